namespace ProdReady.Semantics.Model;

/// <summary>Facts about a binding beyond its kind.</summary>
[Flags]
public enum BindingFlags
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>The binding happens only for type checkers: it sits under <c>if TYPE_CHECKING:</c>.</summary>
    TypeCheckingOnly = 1 << 0,

    /// <summary>The binding sits in a <c>try</c> body whose handlers catch a failed import (<c>ImportError</c>, <c>ModuleNotFoundError</c>, <c>Exception</c> or everything).</summary>
    ImportGuarded = 1 << 1,

    /// <summary>The binding sits inside a branch, loop, <c>try</c> or <c>with</c> block of its scope, so it may not happen.</summary>
    Conditional = 1 << 2,

    /// <summary>The binding is one of several names of an unpacking target (<c>a, b = ...</c>).</summary>
    Unpacked = 1 << 3,

    /// <summary>The binding is a starred target (<c>first, *rest = ...</c>).</summary>
    Starred = 1 << 4,

    /// <summary>The statement assigns to a name declared <c>global</c> or <c>nonlocal</c> from an inner function.</summary>
    FromInnerScope = 1 << 5,

    /// <summary>The binding sits in a branch guarded by <c>sys.version_info</c> or <c>sys.platform</c>.</summary>
    VersionGuarded = 1 << 6,
}
