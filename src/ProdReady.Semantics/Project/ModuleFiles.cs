namespace ProdReady.Semantics.Project;

/// <summary>The files of one module: its source and its stub.</summary>
/// <param name="Source">The <c>.py</c> file, or <see langword="null"/>.</param>
/// <param name="Stub">The <c>.pyi</c> file, or <see langword="null"/>.</param>
internal readonly record struct ModuleFiles(string? Source, string? Stub)
{
    /// <summary>Gets the file that defines the module: the source, else the stub.</summary>
    public string? Primary => Source ?? Stub;
}
