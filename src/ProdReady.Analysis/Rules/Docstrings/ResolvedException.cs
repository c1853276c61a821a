namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary>An exception class a function raises or catches: its name and the names of its ancestors.</summary>
/// <param name="Name">The class's own name.</param>
/// <param name="Ancestors">The names of its bases, transitively.</param>
internal sealed record ResolvedException(string Name, IReadOnlyList<string> Ancestors)
{
    /// <summary>Tells whether a documented or caught name covers this class: its own name or an ancestor's.</summary>
    /// <param name="name">The name (the last part of a dotted name).</param>
    /// <returns><see langword="true"/> when it covers the class.</returns>
    public bool IsCoveredBy(string name) => Name == name || Ancestors.Contains(name);
}
