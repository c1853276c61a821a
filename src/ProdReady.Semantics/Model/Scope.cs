using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProdReady.Python.Syntax;

namespace ProdReady.Semantics.Model;

/// <summary>
/// One Python scope: a module, class body, function, lambda, comprehension or PEP 695 scope, with its bindings
/// in source order and its <c>global</c> and <c>nonlocal</c> declarations.
/// </summary>
public sealed class Scope
{
    // Most names are bound once: an exact-size array per name (grown by copying on a rebinding) costs one object where a
    // list costs two.
    private readonly Dictionary<string, Binding[]> _byName = new(StringComparer.Ordinal);
    private Dictionary<string, List<Binding>>? _more;
    private readonly List<Binding> _bindings = [];
    private List<Scope>? _children;
    private HashSet<string>? _globals;
    private HashSet<string>? _nonlocals;

    internal Scope(int id, ScopeKind kind, Scope? parent, SyntaxNode node, string name)
    {
        Id = id;
        Kind = kind;
        Parent = parent;
        Node = node;
        Name = name;
        if (parent is not null)
        {
            (parent._children ??= []).Add(this);
        }
    }

    /// <summary>Gets the scope's index in <see cref="SemanticModel.Scopes"/>; the module scope is 0.</summary>
    public int Id { get; }

    /// <summary>Gets the kind of scope.</summary>
    public ScopeKind Kind { get; }

    /// <summary>Gets the enclosing scope; <see langword="null"/> for the module.</summary>
    public Scope? Parent { get; }

    /// <summary>Gets the node that opens the scope (the module, the <c>def</c>, the <c>class</c>, the lambda, the comprehension...).</summary>
    public SyntaxNode Node { get; }

    /// <summary>Gets the function's or class's name; <c>&lt;module&gt;</c>, <c>&lt;lambda&gt;</c>, <c>&lt;listcomp&gt;</c>... otherwise.</summary>
    public string Name { get; }

    /// <summary>Gets the scopes directly inside this one, in source order.</summary>
    public IReadOnlyList<Scope> Children => (IReadOnlyList<Scope>?)_children ?? [];

    /// <summary>Gets every binding of the scope, in the order met (source order of the statements).</summary>
    public IReadOnlyList<Binding> Bindings => _bindings;

    /// <summary>Gets the names this scope declares <c>global</c>.</summary>
    public IReadOnlySet<string> Globals => (IReadOnlySet<string>?)_globals ?? EmptySet;

    /// <summary>Gets the names this scope declares <c>nonlocal</c>.</summary>
    public IReadOnlySet<string> Nonlocals => (IReadOnlySet<string>?)_nonlocals ?? EmptySet;

    /// <summary>Gets a value indicating whether the scope runs later than its definition (function and lambda bodies).</summary>
    public bool IsDeferred => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.TypeAlias;

    /// <summary>Gets a value indicating whether the scope holds a <c>from m import *</c>.</summary>
    public bool HasStarImport { get; internal set; }

    /// <summary>
    /// Gets the outermost loop of the enclosing function around this scope's definition, for the eagerly executed
    /// scopes (class bodies, comprehensions): a later binding inside that loop may be current when the body runs again.
    /// </summary>
    internal Core.Text.TextSpan? DefinitionLoop { get; set; }

    /// <summary>Gets or sets the dotted prefix of the qualified names of what this scope binds, once the model builder has computed it.</summary>
    internal string? QualifiedPrefix { get; set; }

    /// <summary>Gets the names bound in the scope, in first-binding order.</summary>
    public IEnumerable<string> Names => _byName.Keys;

    private static HashSet<string> EmptySet { get; } = [];

    /// <summary>Returns the bindings of <paramref name="name"/> in this scope, in the order they take effect; empty when it has none.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The bindings (a view of the scope's own array: a <c>foreach</c> over it allocates nothing).</returns>
    public ImmutableArray<Binding> BindingsOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out var list) ? ImmutableCollectionsMarshal.AsImmutableArray(list) : [];
    }

    /// <summary>Tells whether the scope binds <paramref name="name"/> (a deletion or declaration alone counts too).</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when the scope has any binding of the name.</returns>
    public bool Binds(string name) => _byName.ContainsKey(name);

    /// <summary>Returns the last binding of <paramref name="name"/> that gives it a value, or <see langword="null"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The binding.</returns>
    public Binding? Lookup(string name)
    {
        if (!_byName.TryGetValue(name, out var list))
        {
            return null;
        }

        for (var i = list.Length - 1; i >= 0; i--)
        {
            if (list[i].BindsValue)
            {
                return list[i];
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Name}";

    internal void Add(Binding binding)
    {
        _bindings.Add(binding);
        ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byName, binding.Name, out var exists);
        if (!exists)
        {
            // Most names are bound once: an exact one-element array, final as it is.
            list = [binding];
        }
        else
        {
            // Later bindings of a name wait in a list until the scope is complete (no quadratic copying).
            _more ??= new(StringComparer.Ordinal);
            ref var more = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_more, binding.Name, out _);
            (more ??= [list![0]]).Add(binding);
        }
    }

    /// <summary>Gathers each name's bindings into one array ordered by the offset they take effect at (then the order met), once the scope is complete.</summary>
    internal void SortByEffect()
    {
        if (_more is not null)
        {
            foreach (var (name, more) in _more)
            {
                _byName[name] = [.. more];
            }

            _more = null;
        }

        foreach (var list in _byName.Values)
        {
            if (list.Length > 1)
            {
                Array.Sort(list, static (a, b) => a.EffectiveOffset != b.EffectiveOffset ? a.EffectiveOffset.CompareTo(b.EffectiveOffset) : a.Id.CompareTo(b.Id));
            }
        }
    }

    internal bool DeclareGlobal(string name) => (_globals ??= new(StringComparer.Ordinal)).Add(name);

    internal bool DeclareNonlocal(string name) => (_nonlocals ??= new(StringComparer.Ordinal)).Add(name);

    internal bool IsDeclaredGlobal(string name) => _globals is not null && _globals.Contains(name);

    internal bool IsDeclaredNonlocal(string name) => _nonlocals is not null && _nonlocals.Contains(name);
}
