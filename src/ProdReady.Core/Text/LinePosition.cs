namespace ProdReady.Core.Text;

/// <summary>A position in a text as a line and a column.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 0-based column, in the unit the producer documents.</param>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
