namespace ProdReady.Semantics.Model;

/// <summary>What the model needs to know about a file beyond its text.</summary>
public sealed record SemanticOptions
{
    /// <summary>Gets the file's dotted module name (<c>pkg.mod</c>; <c>pkg</c> for <c>pkg/__init__.py</c>), or <see langword="null"/> when unknown.</summary>
    public string? ModuleName { get; init; }

    /// <summary>Gets a value indicating whether the file is a package's <c>__init__</c>, so relative imports start from the package itself.</summary>
    public bool IsPackage { get; init; }

    /// <summary>Gets a value indicating whether the file is a type stub (<c>.pyi</c>), where every annotation is deferred.</summary>
    public bool IsStub { get; init; }

    /// <summary>Gets whether a name is a builtin of the target Python version.</summary>
    public required Func<string, bool> IsBuiltin { get; init; }

    /// <summary>Gets whether a name is defined in every module's namespace (<c>__name__</c>, <c>__file__</c>, ...); the argument tells whether the file is a package.</summary>
    public required Func<string, bool, bool> IsModuleGlobal { get; init; }
}
