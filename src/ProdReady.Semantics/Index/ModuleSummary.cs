namespace ProdReady.Semantics.Index;

/// <summary>
/// What other files need to know about one module, kept small so it can be cached on disk: the names it binds at top
/// level, its <c>__all__</c>, its star imports, its <c>async def</c> functions and its classes.
/// </summary>
public sealed class ModuleSummary
{
    /// <summary>Gets the dotted module name.</summary>
    public required string Module { get; init; }

    /// <summary>Gets the file the summary was made from, relative to the project root.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the hash of the module name and the file's bytes that the summary was made from.</summary>
    public required string Hash { get; init; }

    /// <summary>Gets the names the module binds at top level at run time (conditional bindings included).</summary>
    public required List<string> Names { get; init; }

    /// <summary>Gets the names bound only under <c>if TYPE_CHECKING:</c>.</summary>
    public required List<string> TypeCheckingNames { get; init; }

    /// <summary>Gets the names of <c>__all__</c>, or <see langword="null"/> when the module has none.</summary>
    public List<string>? All { get; init; }

    /// <summary>Gets the absolute modules of the module's top-level <c>from ... import *</c> (empty text for one that could not be resolved).</summary>
    public required List<string> StarImports { get; init; }

    /// <summary>Gets a value indicating whether the module defines a module-level <c>__getattr__</c>.</summary>
    public bool HasGetattr { get; init; }

    /// <summary>Gets a value indicating whether the module writes its namespace in ways the model cannot follow.</summary>
    public bool HasDynamicGlobals { get; init; }

    /// <summary>Gets a value indicating whether the module puts modules into <c>sys.modules</c> itself.</summary>
    public bool InstallsModules { get; init; }

    /// <summary>Gets the module-level <c>async def</c> functions.</summary>
    public required List<string> AsyncFunctions { get; init; }

    /// <summary>Gets the module-level classes by name.</summary>
    public required Dictionary<string, ClassSummary> Classes { get; init; }

    /// <summary>Gets the facts of the module's top-level code (first, named empty) and of each function, method and class, for the test map.</summary>
    public List<TestMapping.UnitFacts>? Units { get; init; }

    /// <summary>Gets the web routes the module registers: <c>METHOD PATH</c>, a tab, and the handler's qualified name.</summary>
    public List<string>? Routes { get; init; }

    /// <summary>Gets the top-level names the module imports, with the qualified name each stands for (re-exports).</summary>
    public Dictionary<string, string>? Imported { get; init; }

    /// <summary>Gets a value indicating whether the file parsed without error (a partial tree gives a partial summary).</summary>
    public bool Parsed { get; init; }
}
