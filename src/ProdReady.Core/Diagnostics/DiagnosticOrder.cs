namespace ProdReady.Core.Diagnostics;

/// <summary>
/// The deterministic order of findings: findings about the change as a whole first, then by path, line,
/// column, end line, end column, code and message, all ordinal. The engine orders its findings so and the report
/// keeps that order, so a report of many findings is sorted once.
/// </summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    /// <summary>Gets the single instance.</summary>
    public static DiagnosticOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = CompareLocations(x.Location, y.Location);
        if (result == 0)
        {
            result = string.CompareOrdinal(x.Code, y.Code);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Message, y.Message);
        }

        if (result == 0)
        {
            result = x.Severity.CompareTo(y.Severity);
        }

        return result == 0 ? x.Item.CompareTo(y.Item) : result;
    }

    private static int CompareLocations(SourceLocation? x, SourceLocation? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var result = string.CompareOrdinal(x.Path, y.Path);
        if (result == 0)
        {
            result = x.Line.CompareTo(y.Line);
        }

        if (result == 0)
        {
            result = x.Column.CompareTo(y.Column);
        }

        if (result == 0)
        {
            result = x.EndLine.CompareTo(y.EndLine);
        }

        return result == 0 ? x.EndColumn.CompareTo(y.EndColumn) : result;
    }
}
