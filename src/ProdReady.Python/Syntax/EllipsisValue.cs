namespace ProdReady.Python.Syntax;

/// <summary>The value of the <c>...</c> constant (Python's <c>Ellipsis</c>).</summary>
public sealed class EllipsisValue
{
    private EllipsisValue()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static EllipsisValue Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "Ellipsis";
}
