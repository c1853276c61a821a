using System.Buffers;

namespace ProdReady.Analysis.Discovery;

/// <summary>
/// One gitignore-style pattern: <c>!</c> negation, a trailing <c>/</c> for directories only, a pattern
/// with a slash anchored to its base directory, one without a slash matched against the name at any
/// depth, globs per <see cref="Wildmatch"/>. Literal names and <c>*.ext</c> take a fast path.
/// </summary>
internal sealed class IgnorePattern
{
    private static readonly SearchValues<char> s_globSpecial = SearchValues.Create("*?[\\");

    private readonly string _glob;
    private readonly Shape _shape;
    private readonly int _literalPrefix;

    private IgnorePattern(string source, int line, string glob, bool negated, bool directoryOnly, bool anchored)
    {
        Source = source;
        Line = line;
        _glob = glob;
        IsNegated = negated;
        IsDirectoryOnly = directoryOnly;
        IsAnchored = anchored;
        _shape = Classify(glob, anchored);
        var special = glob.AsSpan().IndexOfAny(s_globSpecial);
        _literalPrefix = special < 0 ? glob.Length : special;
    }

    private enum Shape
    {
        Glob,
        LiteralName,
        SuffixName,
    }

    /// <summary>Gets the pattern line as written.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based line of the pattern in its file (0 when it did not come from a file).</summary>
    public int Line { get; }

    /// <summary>Gets a value indicating whether the pattern re-includes what it matches (<c>!</c>).</summary>
    public bool IsNegated { get; }

    /// <summary>Gets a value indicating whether the pattern matches directories only (trailing <c>/</c>).</summary>
    public bool IsDirectoryOnly { get; }

    /// <summary>Gets a value indicating whether the pattern is matched against the whole relative path (it has a slash).</summary>
    public bool IsAnchored { get; }

    /// <summary>Parses one line of a gitignore file.</summary>
    /// <param name="text">The line, without its line break.</param>
    /// <param name="line">The 1-based line number, kept for diagnostics.</param>
    /// <returns>The pattern, or <see langword="null"/> for a blank line or a comment.</returns>
    public static IgnorePattern? Parse(string text, int line)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = text;
        var value = TrimTrailingSpaces(text.AsSpan().TrimEnd('\r'));
        if (value.IsEmpty || value[0] == '#')
        {
            return null;
        }

        var negated = value[0] == '!';
        if (negated)
        {
            value = value[1..];
        }

        var directoryOnly = false;
        if (value.Length > 0 && value[^1] == '/')
        {
            directoryOnly = true;
            value = value[..^1];
        }

        if (value.IsEmpty)
        {
            return null;
        }

        var anchored = value.Contains('/');
        if (value[0] == '/')
        {
            value = value[1..];
        }

        return value.IsEmpty ? null : new IgnorePattern(source, line, value.ToString(), negated, directoryOnly, anchored);
    }

    /// <summary>Whether the pattern matches a path relative to the pattern's base directory.</summary>
    /// <param name="relativePath">The path relative to the base, <c>/</c>-separated, never empty.</param>
    /// <param name="isDirectory">Whether the path names a directory.</param>
    /// <returns><see langword="true"/> when the pattern applies to the path (negated or not).</returns>
    public bool Matches(ReadOnlySpan<char> relativePath, bool isDirectory)
    {
        if (IsDirectoryOnly && !isDirectory)
        {
            return false;
        }

        if (IsAnchored)
        {
            return MatchesPath(relativePath);
        }

        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        return _shape switch
        {
            Shape.LiteralName => name.SequenceEqual(_glob),
            Shape.SuffixName => name.EndsWith(_glob.AsSpan(1), StringComparison.Ordinal),
            _ => Wildmatch.IsMatch(_glob, name, pathName: false),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Source;

    /// <summary>
    /// Matches an anchored pattern as git's <c>match_pathname</c> does: the literal prefix (up to the first
    /// glob character) is compared first and only the rest goes to <see cref="Wildmatch"/>. This is not
    /// only faster; it is git's behaviour, which the tests pin: in <c>a/x**/b</c> the <c>**</c> starts
    /// what is matched after the prefix, so it spans directories and <c>a/xy/z/b</c> is ignored.
    /// </summary>
    private bool MatchesPath(ReadOnlySpan<char> relativePath)
    {
        var prefix = _glob.AsSpan(0, _literalPrefix);
        if (!relativePath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return _literalPrefix == _glob.Length
            ? relativePath.Length == _literalPrefix
            : Wildmatch.IsMatch(_glob.AsSpan(_literalPrefix), relativePath[_literalPrefix..], pathName: true);
    }

    private static Shape Classify(string glob, bool anchored)
    {
        if (anchored)
        {
            return Shape.Glob;
        }

        var special = glob.AsSpan().IndexOfAny(s_globSpecial);
        if (special < 0)
        {
            return Shape.LiteralName;
        }

        return special == 0 && glob[0] == '*' && glob.AsSpan(1).IndexOfAny(s_globSpecial) < 0
            ? Shape.SuffixName
            : Shape.Glob;
    }

    /// <summary>Removes trailing spaces unless escaped with a backslash (git's <c>trim_trailing_spaces</c>).</summary>
    private static ReadOnlySpan<char> TrimTrailingSpaces(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            var backslashes = 0;
            for (var i = end - 2; i >= 0 && text[i] == '\\'; i--)
            {
                backslashes++;
            }

            if (backslashes % 2 == 1)
            {
                break;
            }

            end--;
        }

        return text[..end];
    }
}
