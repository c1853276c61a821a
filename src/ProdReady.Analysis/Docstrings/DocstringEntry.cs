namespace ProdReady.Analysis.Docstrings;

/// <summary>One entry of a section: a parameter, an exception, or the description of a return value.</summary>
/// <param name="Name">
/// The documented name as written, without backslashes and reStructuredText roles (<c>*args</c>, <c>ValueError</c>);
/// empty for an entry that names nothing (a <c>Returns:</c> description).
/// </param>
/// <param name="Type">The type written with the entry, or <see langword="null"/>.</param>
/// <param name="Description">The description, its lines joined by single spaces; empty when there is none.</param>
/// <param name="Line">The 0-based line of the entry in the docstring's text.</param>
public sealed record DocstringEntry(string Name, string? Type, string Description, int Line)
{
    /// <summary>Gets the name without leading stars (<c>args</c> for <c>*args</c>).</summary>
    public string BareName => Name.TrimStart('*');
}
