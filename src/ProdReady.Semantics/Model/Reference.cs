using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Semantics.Model;

/// <summary>One read of a name, and what it resolved to.</summary>
public sealed class Reference
{
    internal Reference(int id, string name, Scope scope, TextSpan span, SyntaxNode node, ReferenceFlags flags, TextSpan? loop, int evaluatedAt)
    {
        EvaluatedAt = evaluatedAt;
        Id = id;
        Name = name;
        Scope = scope;
        Span = span;
        Node = node;
        Flags = flags;
        Loop = loop;
    }

    /// <summary>Gets the reference's index in <see cref="SemanticModel.References"/>.</summary>
    public int Id { get; }

    /// <summary>Gets the name read.</summary>
    public string Name { get; }

    /// <summary>Gets the scope the name is read in.</summary>
    public Scope Scope { get; }

    /// <summary>Gets where the name is written; inside a string annotation whose text could not be mapped, the string's span.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the <see cref="Name"/> node read, or the string constant of a string annotation whose text could not be mapped.</summary>
    public SyntaxNode Node { get; }

    /// <summary>Gets where the reference appears.</summary>
    public ReferenceFlags Flags { get; }

    /// <summary>
    /// Gets the offset at which the read happens in straight-line order: its start, or later when Python evaluates it
    /// after code written to its right (the branches of <c>a if test else b</c> run after <c>test</c>).
    /// </summary>
    public int EvaluatedAt { get; }

    /// <summary>Gets the outermost loop of the reference's own function scope that contains it, if any.</summary>
    public TextSpan? Loop { get; }

    /// <summary>Gets what the reference resolved to.</summary>
    public ResolutionKind Resolution { get; internal set; } = ResolutionKind.Undefined;

    /// <summary>Gets the binding the reference resolved to; <see langword="null"/> for builtins, implicit, dynamic and undefined names.</summary>
    public Binding? Binding { get; internal set; }

    /// <summary>Gets a value indicating whether the reference has a flag.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns><see langword="true"/> when it has every bit of <paramref name="flag"/>.</returns>
    public bool Has(ReferenceFlags flag) => (Flags & flag) == flag;

    /// <inheritdoc />
    public override string ToString() => $"{Name} -> {Resolution}";
}
