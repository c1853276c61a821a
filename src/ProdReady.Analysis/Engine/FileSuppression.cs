using ProdReady.Analysis.Suppressions;

namespace ProdReady.Analysis.Engine;

/// <summary>A <c># noqa</c> directive of an analysed file that sits on a line the change added or modified.</summary>
/// <param name="Path">The path relative to the checked root, with forward slashes.</param>
/// <param name="Directive">The directive.</param>
public sealed record FileSuppression(string Path, NoqaDirective Directive);
