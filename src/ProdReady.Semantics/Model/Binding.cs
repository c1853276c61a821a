using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Semantics.Model;

/// <summary>One binding of a name in a scope: an assignment, import, definition, parameter, deletion...</summary>
public sealed class Binding
{
    private int _referenceCount;

    internal Binding(int id, string name, BindingKind kind, Scope scope, TextSpan span, int effectiveOffset, SyntaxNode node, BindingFlags flags)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Scope = scope;
        Span = span;
        EffectiveOffset = effectiveOffset;
        Node = node;
        Flags = flags;
    }

    /// <summary>Gets the binding's index in <see cref="SemanticModel.Bindings"/>.</summary>
    public int Id { get; }

    /// <summary>Gets the bound name (<c>*</c> for a star import).</summary>
    public string Name { get; }

    /// <summary>Gets how the name was bound.</summary>
    public BindingKind Kind { get; }

    /// <summary>Gets the scope that holds the binding.</summary>
    public Scope Scope { get; }

    /// <summary>Gets where the name is written (the target, the alias, the parameter, the statement for <c>def</c> and <c>class</c>).</summary>
    public TextSpan Span { get; }

    /// <summary>
    /// Gets the offset from which the name is bound in straight-line execution: the end of an assignment statement
    /// (its value is evaluated first), the end of a <c>for</c> loop's iterable, the start of an <c>except</c> handler.
    /// </summary>
    public int EffectiveOffset { get; }

    /// <summary>Gets the node that binds: the statement, the <c>arg</c>, the <c>alias</c>, the pattern, the comprehension...</summary>
    public SyntaxNode Node { get; }

    /// <summary>Gets the binding's flags.</summary>
    public BindingFlags Flags { get; }

    /// <summary>
    /// Gets the fully qualified name the binding stands for: for imports the imported object
    /// (<c>import typing as t</c> → <c>typing</c>; <c>from os import path as p</c> → <c>os.path</c>), for definitions
    /// the module-qualified name, for a simple alias assignment (<c>Any = typing.Any</c>) what it aliases;
    /// <see langword="null"/> when it stands for a value the model does not name.
    /// </summary>
    public string? QualifiedName { get; internal set; }

    /// <summary>Gets how many references resolved to this binding (<see cref="SemanticModel.ReferencesTo"/> lists them).</summary>
    public int ReferenceCount => _referenceCount;

    /// <summary>Gets a value indicating whether any reference resolved to this binding.</summary>
    public bool IsUsed => _referenceCount > 0;

    /// <summary>Gets a value indicating whether the binding is an import of any form.</summary>
    public bool IsImport => Kind is BindingKind.Import or BindingKind.FromImport or BindingKind.StarImport;

    /// <summary>Gets a value indicating whether the binding gives the name a value (not a declaration, annotation or deletion).</summary>
    public bool BindsValue => Kind is not (BindingKind.Annotation or BindingKind.Global or BindingKind.Nonlocal or BindingKind.Deletion);

    /// <summary>Gets a value indicating whether the binding has a flag.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns><see langword="true"/> when it has every bit of <paramref name="flag"/>.</returns>
    public bool Has(BindingFlags flag) => (Flags & flag) == flag;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Name}";

    internal void CountReference() => _referenceCount++;
}
