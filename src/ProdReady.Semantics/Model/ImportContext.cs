namespace ProdReady.Semantics.Model;

/// <summary>Where an import statement runs.</summary>
[Flags]
public enum ImportContext
{
    /// <summary>At module level, unconditionally.</summary>
    None = 0,

    /// <summary>Under <c>if TYPE_CHECKING:</c>: never runs.</summary>
    TypeCheckingOnly = 1 << 0,

    /// <summary>In a <c>try</c> body whose handlers catch the failure (<c>ImportError</c>, <c>ModuleNotFoundError</c>, <c>Exception</c>, or everything).</summary>
    Guarded = 1 << 1,

    /// <summary>Inside a function: runs only when the function is called.</summary>
    InFunction = 1 << 2,

    /// <summary>In a branch that tests <c>sys.version_info</c> or <c>sys.platform</c>.</summary>
    VersionGuarded = 1 << 3,

    /// <summary>Inside a conditional block other than the ones above.</summary>
    Conditional = 1 << 4,
}
