namespace ProdReady.Analysis.Units;

/// <summary>The unit a line belongs to: the innermost function or class around it, or the module-level statement.</summary>
/// <param name="QualifiedName">The dotted names of the enclosing functions and classes (<c>Exporter.write</c>); empty for a module-level statement.</param>
/// <param name="StartLine">The unit's first line (its first decorator for a decorated definition), 1-based.</param>
/// <param name="EndLine">The unit's last line, 1-based.</param>
public sealed record CodeUnit(string QualifiedName, int StartLine, int EndLine);
