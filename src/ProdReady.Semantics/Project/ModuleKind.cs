namespace ProdReady.Semantics.Project;

/// <summary>What a resolved module is.</summary>
public enum ModuleKind
{
    /// <summary>A plain module: a <c>.py</c> file or its <c>.pyi</c> stub.</summary>
    Module,

    /// <summary>A regular package: a folder with an <c>__init__.py</c> (or <c>__init__.pyi</c>).</summary>
    Package,

    /// <summary>A namespace package (PEP 420): folders without <c>__init__</c>, merged across the search path.</summary>
    NamespacePackage,
}
