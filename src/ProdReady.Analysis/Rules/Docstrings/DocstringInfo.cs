using ProdReady.Analysis.Docstrings;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary>A docstring found in the tree: its string constant, its parsed form, and where each of its lines is in the file.</summary>
internal sealed class DocstringInfo
{
    // The file line of the value's first line, -1 when lines cannot be mapped; worked out when a finding first needs it.
    private int? _firstLine;

    public DocstringInfo(Constant node, string text, Docstring parsed, SourceText source)
    {
        Node = node;
        Text = text;
        Parsed = parsed;
        Source = source;
    }

    /// <summary>Gets the string constant.</summary>
    public Constant Node { get; }

    /// <summary>Gets the docstring's value.</summary>
    public string Text { get; }

    /// <summary>Gets the parsed docstring.</summary>
    public Docstring Parsed { get; }

    /// <summary>Gets the file's text.</summary>
    public SourceText Source { get; }

    /// <summary>Gets the offset where a <c># noqa</c> for the docstring can be written: its end.</summary>
    public int SuppressionOffset => Node.Span.End;

    /// <summary>Returns the span of a line of the docstring in the file, trimmed; the whole string when lines cannot be mapped.</summary>
    /// <param name="line">The 0-based line of the docstring's value.</param>
    /// <returns>The span.</returns>
    public TextSpan LineSpan(int line)
    {
        var firstLine = _firstLine ??= FirstLine();
        if (firstLine < 0 || firstLine + line > Source.Lines.LineCount)
        {
            return Node.Span;
        }

        var span = Source.Lines.GetLineSpan(firstLine + line);
        var start = Math.Max(span.Start, line == 0 ? Node.Span.Start : span.Start);
        var end = Math.Min(span.End, Node.Span.End);
        while (start < end && char.IsWhiteSpace(Source.Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Source.Text[end - 1]))
        {
            end--;
        }

        return start < end ? TextSpan.FromBounds(start, end) : Node.Span;
    }

    private int FirstLine()
    {
        // A literal whose source holds as many line breaks as its value maps value lines one to one to file lines
        // (escaped line breaks or implicit concatenation do not); otherwise findings point at the whole string.
        var breaks = Source.Slice(Node.Span).Count('\n');
        return breaks == Text.Count('\n') ? Source.Lines.GetLineNumber(Node.Span.Start) : -1;
    }

    /// <summary>Returns the span of the docstring's first line (where a missing section is reported).</summary>
    public TextSpan FirstLineSpan => LineSpan(0);
}
