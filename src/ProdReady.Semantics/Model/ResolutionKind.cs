namespace ProdReady.Semantics.Model;

/// <summary>What a name reference resolved to.</summary>
public enum ResolutionKind
{
    /// <summary>A binding of the reference's own scope.</summary>
    Local,

    /// <summary>A binding of an enclosing function, lambda, comprehension or type-parameter scope (a closure).</summary>
    Enclosing,

    /// <summary>A binding of the module's global scope.</summary>
    Global,

    /// <summary>A builtin of the target Python version (<c>len</c>, <c>ExceptionGroup</c>, ...).</summary>
    Builtin,

    /// <summary>A name every module has (<c>__name__</c>, <c>__file__</c>, ...) or the runtime defines in a class or method.</summary>
    Implicit,

    /// <summary>
    /// Possibly defined by something the model cannot see: a <c>from m import *</c> in scope, or a module that writes its
    /// own globals dynamically (<see cref="SemanticModel.HasDynamicGlobals"/>).
    /// </summary>
    Dynamic,

    /// <summary>A local variable of a function read where no path through the function has bound it yet.</summary>
    Unbound,

    /// <summary>Not bound anywhere the reference can see: an undefined name.</summary>
    Undefined,
}
