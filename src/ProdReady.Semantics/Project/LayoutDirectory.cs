namespace ProdReady.Semantics.Project;

/// <summary>One folder of the project that holds Python files, directly or below it.</summary>
internal sealed class LayoutDirectory
{
    /// <summary>Gets the module files of the folder by name (file name without extension, <c>__init__</c> excluded).</summary>
    public Dictionary<string, ModuleFiles> Modules { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the names of the sub-folders that hold Python files.</summary>
    public HashSet<string> Subdirectories { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the folder's <c>__init__</c> files.</summary>
    public ModuleFiles Init { get; set; }

    /// <summary>Gets a value indicating whether the folder is a regular package.</summary>
    public bool HasInit => Init.Source is not null || Init.Stub is not null;
}
