namespace ProdReady.Semantics.Index;

/// <summary>A module-level class as other files see it: its bases (qualified names; empty text where unknown) and its methods.</summary>
public sealed class ClassSummary
{
    /// <summary>Gets the qualified names of the bases, empty text where a base cannot be named.</summary>
    public required List<string> Bases { get; init; }

    /// <summary>Gets the names of the methods defined in the class body.</summary>
    public required List<string> Methods { get; init; }

    /// <summary>Gets a value indicating whether the class takes type arguments (see <see cref="Model.ClassModel.IsGeneric"/>).</summary>
    public bool IsGeneric { get; init; }

    /// <summary>
    /// Gets, for each method defined in the class body, the parameters a call may pass by position or by keyword (see
    /// <see cref="Model.ClassModel.PositionalParameters"/>).
    /// </summary>
    public Dictionary<string, List<string>>? Parameters { get; init; }

    /// <summary>Gets the names of the methods whose body opens with a docstring (overrides may inherit it).</summary>
    public List<string> DocumentedMethods { get; init; } = [];
}
