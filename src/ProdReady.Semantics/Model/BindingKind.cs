namespace ProdReady.Semantics.Model;

/// <summary>How a name came to be bound in a scope.</summary>
public enum BindingKind
{
    /// <summary>A plain assignment target (<c>x = ...</c>, unpacking and starred targets included).</summary>
    Assignment,

    /// <summary>An augmented assignment (<c>x += ...</c>), which also reads the name.</summary>
    AugmentedAssignment,

    /// <summary>An annotated assignment with a value (<c>x: int = 0</c>).</summary>
    AnnotatedAssignment,

    /// <summary>A bare annotation (<c>x: int</c>): declares the name local without binding a value.</summary>
    Annotation,

    /// <summary>A function or lambda parameter.</summary>
    Parameter,

    /// <summary><c>import a</c>, <c>import a.b.c</c> (binds <c>a</c>) or <c>import a.b as c</c>.</summary>
    Import,

    /// <summary><c>from m import name</c> or <c>from m import name as alias</c>.</summary>
    FromImport,

    /// <summary><c>from m import *</c>: binds whatever <c>m</c> exports; the binding's name is <c>*</c>.</summary>
    StarImport,

    /// <summary>A <c>def</c> or <c>async def</c> statement.</summary>
    FunctionDefinition,

    /// <summary>A <c>class</c> statement.</summary>
    ClassDefinition,

    /// <summary>A <c>for</c> or <c>async for</c> target.</summary>
    LoopTarget,

    /// <summary>A <c>with ... as</c> target.</summary>
    WithTarget,

    /// <summary>The name of <c>except E as name</c>, unbound again when the handler ends.</summary>
    ExceptionHandler,

    /// <summary>A capture pattern of a <c>match</c> case (<c>case Point(x=px)</c>, <c>case [*rest]</c>, <c>case {**rest}</c>).</summary>
    MatchCapture,

    /// <summary>An assignment expression (<c>(x := ...)</c>).</summary>
    NamedExpression,

    /// <summary>A comprehension's <c>for</c> target.</summary>
    ComprehensionTarget,

    /// <summary>A <c>type</c> alias statement (PEP 695).</summary>
    TypeAlias,

    /// <summary>A type parameter (<c>T</c>, <c>*Ts</c>, <c>**P</c>) of a generic function, class or alias.</summary>
    TypeParameter,

    /// <summary>A <c>global</c> declaration in a function: the name refers to the module's binding.</summary>
    Global,

    /// <summary>A <c>nonlocal</c> declaration: the name refers to an enclosing function's binding.</summary>
    Nonlocal,

    /// <summary>A <c>del name</c> statement, or the implicit unbinding at the end of an <c>except ... as</c> handler.</summary>
    Deletion,

    /// <summary>A name the runtime defines implicitly (<c>__class__</c> in methods, <c>__module__</c> and <c>__qualname__</c> in class bodies).</summary>
    Implicit,
}
