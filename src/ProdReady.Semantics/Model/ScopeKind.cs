namespace ProdReady.Semantics.Model;

/// <summary>The kinds of Python scope.</summary>
public enum ScopeKind
{
    /// <summary>A module's global scope.</summary>
    Module,

    /// <summary>A class body.</summary>
    Class,

    /// <summary>A function or method body (<c>def</c>, <c>async def</c>).</summary>
    Function,

    /// <summary>A lambda's body.</summary>
    Lambda,

    /// <summary>A list, set or dict comprehension or a generator expression.</summary>
    Comprehension,

    /// <summary>The scope of a PEP 695 type parameter list (<c>def f[T]</c>, <c>class C[T]</c>, <c>type A[T]</c>).</summary>
    TypeParameters,

    /// <summary>The lazily evaluated scope of a <c>type</c> alias's value (PEP 695).</summary>
    TypeAlias,
}
