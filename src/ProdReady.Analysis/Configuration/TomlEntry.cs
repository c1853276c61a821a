using Tomlyn.Syntax;

namespace ProdReady.Analysis.Configuration;

/// <summary>A key of a <see cref="TomlTree"/> with its position and either a value node or a nested table.</summary>
/// <param name="Key">The key.</param>
/// <param name="Line">The 1-based line of the key.</param>
/// <param name="Column">The 1-based column of the key.</param>
/// <param name="Node">The value syntax (or the array-of-tables header); <see langword="null"/> for a table or a missing value.</param>
/// <param name="Table">The nested table, for a table entry.</param>
internal sealed record TomlEntry(string Key, int Line, int Column, SyntaxNode? Node, TomlTree? Table);
