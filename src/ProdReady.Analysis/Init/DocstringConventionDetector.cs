using System.Text.RegularExpressions;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Init;

/// <summary>
/// Tells which docstring convention a project uses by reading its docstrings (module, class and function ones): each
/// docstring counts for the convention whose section markers it holds, and the most frequent convention wins.
/// </summary>
public static partial class DocstringConventionDetector
{
    /// <summary>Classifies one docstring.</summary>
    /// <param name="docstring">The docstring's text.</param>
    /// <returns><c>numpy</c>, <c>sphinx</c>, <c>google</c>, or <see langword="null"/> when it has no sections.</returns>
    public static string? Classify(string docstring)
    {
        ArgumentNullException.ThrowIfNull(docstring);
        var lines = docstring.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (NumpyHeader().IsMatch(lines[i]) && Underline().IsMatch(lines[i + 1]))
            {
                return "numpy";
            }
        }

        if (lines.Any(l => SphinxField().IsMatch(l)))
        {
            return "sphinx";
        }

        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var header = GoogleHeader().Match(lines[i]);
            if (header.Success && Indent(lines[i + 1]) > Indent(lines[i]) && lines[i + 1].Trim().Length > 0)
            {
                return "google";
            }
        }

        return null;
    }

    /// <summary>Counts the conventions of docstrings and chooses one.</summary>
    /// <param name="docstrings">The docstrings.</param>
    /// <returns>The counts and the choice.</returns>
    public static DocstringConventionCounts Count(IEnumerable<string> docstrings)
    {
        ArgumentNullException.ThrowIfNull(docstrings);
        int google = 0, numpy = 0, sphinx = 0, read = 0;
        foreach (var docstring in docstrings)
        {
            read++;
            switch (Classify(docstring))
            {
                case "google":
                    google++;
                    break;
                case "numpy":
                    numpy++;
                    break;
                case "sphinx":
                    sphinx++;
                    break;
            }
        }

        var convention = numpy > google && numpy >= sphinx ? "numpy"
            : sphinx > google && sphinx > numpy ? "sphinx"
            : "google";
        return new DocstringConventionCounts(convention, google, numpy, sphinx, read);
    }

    /// <summary>Returns the docstrings of a module: its own and those of every class and function in it.</summary>
    /// <param name="module">The module.</param>
    /// <returns>The docstrings' text.</returns>
    public static IEnumerable<string> DocstringsOf(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var found = new List<string>();
        var walker = new DocstringWalker(found);
        walker.Walk(module);
        return found;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static string? Docstring(IReadOnlyList<StmtNode> body) =>
        body.Count > 0 && body[0] is Expr { Value: Constant { Value: string text } } ? text : null;

    [GeneratedRegex(@"^\s*(Parameters|Other Parameters|Returns|Yields|Receives|Raises|Warns|Attributes|Methods|Examples|Notes|See Also|References)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumpyHeader();

    [GeneratedRegex(@"^\s*-{3,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Underline();

    [GeneratedRegex(@"^\s*:(param|parameter|arg|argument|key|keyword|type|returns?|rtype|raises?|except|exception|yields?|ytype)\b[^:]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SphinxField();

    [GeneratedRegex(@"^\s*(Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments|Returns|Return|Yields|Yield|Raises|Attributes|Examples|Example|Note|Notes|Todo|Warning|Warnings|See Also)\s*:\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GoogleHeader();

    private sealed class DocstringWalker(List<string> found) : SyntaxWalker
    {
        protected override bool Enter(SyntaxNode node)
        {
            var docstring = node switch
            {
                Module module => Docstring(module.Body),
                ClassDef type => Docstring(type.Body),
                FunctionDef function => Docstring(function.Body),
                AsyncFunctionDef function => Docstring(function.Body),
                _ => null,
            };
            if (docstring is not null)
            {
                found.Add(docstring);
            }

            return node is not ExprNode;
        }
    }
}
