using ProdReady.Core.Text;

namespace ProdReady.Python.Syntax;

/// <summary>
/// The base of every node of the Python syntax tree. Nodes mirror CPython 3.13's <c>ast</c> module
/// (same node kinds, same fields), are immutable, and carry the range of source text they cover;
/// lines and columns are computed on demand from the <see cref="SourceText"/>'s line index.
/// </summary>
public abstract class SyntaxNode
{
    /// <summary>Initializes a new instance of the <see cref="SyntaxNode"/> class.</summary>
    /// <param name="span">The source range the node covers.</param>
    private protected SyntaxNode(TextSpan span)
    {
        Span = span;
    }

    /// <summary>Gets the source range the node covers, as CPython's positions define it.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the concrete kind of the node.</summary>
    public abstract NodeKind NodeKind { get; }

    /// <summary>Gets CPython's class name of the node (<c>FunctionDef</c>, <c>arguments</c>, ...).</summary>
    public abstract string TypeName { get; }

    /// <summary>
    /// Gets a value indicating whether CPython gives this kind of node a position (statements,
    /// expressions, patterns, ...; not <c>arguments</c>, <c>comprehension</c>, <c>withitem</c>,
    /// <c>match_case</c> or modules, whose <see cref="Span"/> is still meaningful).
    /// </summary>
    public abstract bool HasPosition { get; }

    /// <summary>Appends the node's direct children to <paramref name="children"/>, in source order.</summary>
    /// <param name="children">The list to append to.</param>
    public abstract void AddChildren(List<SyntaxNode> children);

    /// <summary>Returns the 1-based line and 0-based code-point column of the node's start.</summary>
    /// <param name="source">The source the node was parsed from.</param>
    /// <returns>The start position, as CPython reports it (<c>lineno</c>, <c>col_offset</c>).</returns>
    public LinePosition GetStart(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Lines.GetCodePointPosition(Span.Start);
    }

    /// <summary>Returns the 1-based line and 0-based code-point column of the node's end.</summary>
    /// <param name="source">The source the node was parsed from.</param>
    /// <returns>The end position, as CPython reports it (<c>end_lineno</c>, <c>end_col_offset</c>).</returns>
    public LinePosition GetEnd(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Lines.GetCodePointPosition(Span.End);
    }
}
