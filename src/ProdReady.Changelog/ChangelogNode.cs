using ProdReady.Core.Text;

namespace ProdReady.Changelog;

/// <summary>
/// An element of a parsed changelog. It covers whole lines (line breaks included) and keeps the
/// exact source text it was parsed from.
/// </summary>
public abstract class ChangelogNode
{
    private readonly string _source;

    private protected ChangelogNode(string source, TextSpan span, int startLine, int endLine)
    {
        _source = source;
        Span = span;
        StartLine = startLine;
        EndLine = endLine;
    }

    /// <summary>Gets the covered range of the document text, line breaks included.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the 1-based first line.</summary>
    public int StartLine { get; }

    /// <summary>Gets the 1-based last line (inclusive).</summary>
    public int EndLine { get; }

    /// <summary>Gets the exact source text of the element, line breaks included.</summary>
    public string SourceText => _source.Substring(Span.Start, Span.Length);
}
