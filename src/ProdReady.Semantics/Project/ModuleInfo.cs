namespace ProdReady.Semantics.Project;

/// <summary>A module of the project that an import reaches.</summary>
/// <param name="Name">The absolute dotted name.</param>
/// <param name="Kind">Whether it is a module, a regular package or a namespace package.</param>
/// <param name="Path">The file that defines it (the module, or the package's <c>__init__</c>): the <c>.py</c>
/// file when there is one, else the <c>.pyi</c> stub; <see langword="null"/> for a namespace package.</param>
/// <param name="StubPath">The <c>.pyi</c> stub that describes it, or <see langword="null"/>.</param>
/// <param name="Directories">The folders its submodules are searched in, in order: the package folder, or every
/// portion of a namespace package; empty for a plain module.</param>
public sealed record ModuleInfo(string Name, ModuleKind Kind, string? Path, string? StubPath, IReadOnlyList<string> Directories)
{
    /// <summary>Gets a value indicating whether submodules can be imported from it (a regular or namespace package).</summary>
    public bool IsPackage => Kind != ModuleKind.Module;
}
