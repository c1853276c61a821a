namespace ProdReady.Semantics.Model;

/// <summary>Where a name reference appears.</summary>
[Flags]
public enum ReferenceFlags
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>Inside an annotation (parameter, return, variable, or a string annotation's text).</summary>
    Annotation = 1 << 0,

    /// <summary>Inside a string annotation, parsed from the string's text.</summary>
    StringAnnotation = 1 << 1,

    /// <summary>Evaluated later than its position suggests (an annotation under <c>from __future__ import annotations</c>, a string annotation, a <c>type</c> alias value), so every binding of an enclosing scope counts.</summary>
    Deferred = 1 << 2,

    /// <summary>Under <c>if TYPE_CHECKING:</c>, seen only by type checkers.</summary>
    TypeCheckingOnly = 1 << 3,

    /// <summary>Inside a <c>try</c> body whose handlers catch <c>NameError</c>: an undefined name there is expected.</summary>
    NameErrorGuarded = 1 << 4,

    /// <summary>The read half of an augmented assignment (<c>x += 1</c> reads <c>x</c>).</summary>
    AugmentedRead = 1 << 5,

    /// <summary>The name of a <c>del</c> statement, which must be bound.</summary>
    Deletion = 1 << 6,
}
