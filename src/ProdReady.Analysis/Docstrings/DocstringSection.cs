namespace ProdReady.Analysis.Docstrings;

/// <summary>A section of a docstring: its kind, its header as written, where it starts, and its entries.</summary>
/// <param name="Kind">What the section documents.</param>
/// <param name="Header">The header as written (<c>Args</c>, <c>Parameters</c>, <c>:param</c>).</param>
/// <param name="Line">The 0-based line of the header (of the first field, for Sphinx fields).</param>
/// <param name="Entries">The entries, in order.</param>
public sealed record DocstringSection(SectionKind Kind, string Header, int Line, IReadOnlyList<DocstringEntry> Entries);
