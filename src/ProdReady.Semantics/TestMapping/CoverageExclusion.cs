using System.Text.RegularExpressions;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// What leaves a source line out of coverage.py's measurement: its default exclusion comment (<c># pragma: no cover</c>),
/// or the project's own regular expressions (<c>[report] exclude_lines</c>, which replace the default, and
/// <c>exclude_also</c>, which add to it), searched in each line as coverage.py searches them.
/// </summary>
public sealed partial class CoverageExclusion
{
    /// <summary>coverage.py's default exclusion expression.</summary>
    public const string DefaultPattern = @"#\s*(pragma|PRAGMA)[:\s]?\s*(no|NO)\s*(cover|COVER)";

    private readonly Regex[]? _patterns;

    private CoverageExclusion(Regex[]? patterns)
    {
        _patterns = patterns;
    }

    /// <summary>Gets coverage.py's default: the exclusion comment, searched in a line's comment.</summary>
    public static CoverageExclusion Default { get; } = new(null);

    /// <summary>Builds the exclusion of a project's expressions; one that .NET cannot read is left out.</summary>
    /// <param name="patterns">Python regular expressions, or <see langword="null"/> for coverage.py's default.</param>
    /// <returns>The exclusion.</returns>
    public static CoverageExclusion From(IReadOnlyList<string>? patterns)
    {
        if (patterns is null)
        {
            return Default;
        }

        var compiled = new List<Regex>();
        foreach (var pattern in patterns)
        {
            try
            {
                compiled.Add(new Regex(FromPython(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            }
            catch (ArgumentException)
            {
                // An expression Python reads and .NET does not: it excludes nothing here rather than guessing.
            }
        }

        return new CoverageExclusion([.. compiled]);
    }

    /// <summary>Tells whether coverage.py excludes a line.</summary>
    /// <param name="line">The line's text.</param>
    /// <param name="commentStart">Where the line's comment starts (outside string literals), or -1.</param>
    /// <returns><see langword="true"/> when an expression matches.</returns>
    internal bool Matches(ReadOnlySpan<char> line, int commentStart)
    {
        if (_patterns is null)
        {
            // The default is a comment: read in the comment only, so a `#` inside a string literal is not one.
            return commentStart >= 0 && DefaultComment().IsMatch(line[commentStart..]);
        }

        foreach (var pattern in _patterns)
        {
            try
            {
                if (pattern.IsMatch(line))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological expression: this line is not excluded by it.
            }
        }

        return false;
    }

    /// <summary>Python's spellings .NET writes otherwise: named groups <c>(?P&lt;n&gt;...)</c> and <c>(?P=n)</c>, <c>\Z</c>.</summary>
    private static string FromPython(string pattern) =>
        PythonBackreference().Replace(pattern.Replace("(?P<", "(?<", StringComparison.Ordinal).Replace(@"\Z", @"\z", StringComparison.Ordinal), @"\k<${name}>");

    [GeneratedRegex(DefaultPattern, RegexOptions.CultureInvariant)]
    private static partial Regex DefaultComment();

    [GeneratedRegex(@"\(\?P=(?<name>\w+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PythonBackreference();
}
