using ProdReady.Core.Collections;
using ProdReady.Core.Text;
using ProdReady.Python;
using ProdReady.Python.Syntax;

namespace ProdReady.Semantics.Model;

/// <summary>
/// What every name of one file means: its scopes, the bindings in each, every read resolved to its binding (or to a
/// builtin, or to nothing), the imports with the context they run in, <c>__all__</c>, and the questions rules ask of
/// them (<see cref="QualifiedNameOf"/>, <see cref="Matches(ExprNode?, string)"/>, <see cref="ClassOf"/>). Built once per
/// file by <see cref="Build"/>; read-only afterwards and safe to share between threads.
/// </summary>
public sealed class SemanticModel
{
    private readonly List<Scope> _scopes = [];
    private readonly List<Binding> _bindings;
    private readonly List<Reference> _references;
    // Nodes are found by their start offset (two name reads, two scope-opening nodes or two definitions never start
    // at the same offset of one file), and the node itself is compared on lookup: cheaper than identity hashing.
    // References are found in a sorted array of (start << 32 | id), built once the tree is visited: 8 bytes a
    // reference instead of a dictionary entry's 28, and the first reference of a start (the lowest id) comes first.
    private long[] _referenceIndex = [];
    private readonly Dictionary<SyntaxNode, Scope> _scopeByNode = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Constant, ExprNode>? _stringAnnotations;
    private readonly Dictionary<int, Binding> _definitionByStart = [];
    // Read without a lock: rules ask a class's facts once per method, and other files' analyses read this model through
    // the project index at the same time. Two threads may build the same class's facts; they are equal, and one is kept.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ClassDef, ClassModel> _classes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, List<Reference>> _stringReferences = [];
    private HashSet<string>? _importedTopLevel;

    internal SemanticModel(SourceText source, Module module, SemanticOptions options, int nameTokens)
    {
        // Every reference and binding is a name token of the file (string annotations aside): sized from their count,
        // the lists are allocated once instead of doubling their way up.
        _references = new List<Reference>(nameTokens * 3 / 4);
        _bindings = new List<Binding>(nameTokens / 3);
        Source = source;
        Module = module;
        Options = options;
        ModuleName = options.ModuleName ?? ModuleNameFromPath(source.Path);
    }

    /// <summary>Gets the file's text.</summary>
    public SourceText Source { get; }

    /// <summary>Gets the module's tree.</summary>
    public Module Module { get; }

    /// <summary>Gets what was known about the file when the model was built.</summary>
    public SemanticOptions Options { get; }

    /// <summary>Gets the file's dotted module name, or its file name without extension when the layout is unknown.</summary>
    public string ModuleName { get; }

    /// <summary>Gets the module scope.</summary>
    public Scope ModuleScope => _scopes[0];

    /// <summary>Gets every scope, the module first, then in the order they were opened.</summary>
    public IReadOnlyList<Scope> Scopes => _scopes;

    /// <summary>Gets every binding, in the order met.</summary>
    public IReadOnlyList<Binding> Bindings => _bindings;

    /// <summary>Gets every name read, in the order met, each resolved.</summary>
    public IReadOnlyList<Reference> References => _references;

    /// <summary>Gets every imported name, in the order met.</summary>
    public IReadOnlyList<ImportRecord> Imports => ImportList;

    /// <summary>Gets the module's <c>__all__</c>, or <see langword="null"/> when it defines none.</summary>
    public DunderAll? All { get; internal set; }

    /// <summary>
    /// Gets a value indicating whether the module writes its namespace in ways the model cannot follow
    /// (<c>globals().update(...)</c>, <c>globals()[name] = ...</c>, <c>exec</c> into its globals, <c>sys.modules[__name__] = ...</c>,
    /// an enum's <c>_convert_</c>): its top-level names are then not all known.
    /// </summary>
    public bool HasDynamicGlobals { get; internal set; }

    /// <summary>Gets a value indicating whether the module puts modules into <c>sys.modules</c> itself, as <c>os</c> installs <c>os.path</c>.</summary>
    public bool InstallsModules { get; internal set; }

    /// <summary>Gets a value indicating whether the module defines a module-level <c>__getattr__</c> (PEP 562), which serves any attribute.</summary>
    public bool HasModuleGetattr => ModuleScope.Lookup("__getattr__") is { Kind: BindingKind.FunctionDefinition };

    /// <summary>Gets the names some function of the module declares <c>global</c>: bound in the module at run time, whether or not a binding can be seen.</summary>
    internal HashSet<string> DeclaredGlobals { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the list behind <see cref="Imports"/>.</summary>
    internal List<ImportRecord> ImportList { get; } = [];

    /// <summary>Gets the handler-end unbindings of <c>except ... as name</c>, each with the binding it ends.</summary>
    internal Dictionary<Binding, Binding> HandlerEnds { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Builds the model of a parsed file.</summary>
    /// <param name="parse">The parse result (a tree with errors is modelled as far as it goes).</param>
    /// <param name="options">What is known about the file: its module name, the builtins of the target version...</param>
    /// <returns>The model.</returns>
    public static SemanticModel Build(ParseResult parse, SemanticOptions options) => SemanticModelBuilder.Build(parse, options);

    /// <summary>Returns the resolved reference of a <see cref="Name"/> read, or <see langword="null"/> when the node is not a read.</summary>
    /// <param name="name">A <c>Name</c> node of this file's tree.</param>
    /// <returns>The reference.</returns>
    public Reference? ReferenceOf(Name name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // The first key of the name's start (the start's first reference).
        var index = _referenceIndex;
        var first = SortedKeys.LowerBound(index, (long)name.Span.Start << 32);
        if (first == index.Length || index[first] >> 32 != name.Span.Start)
        {
            return null;
        }

        var reference = _references[(int)(index[first] & 0xFFFF_FFFF)];
        return ReferenceEquals(reference.Node, name) ? reference : null;
    }

    /// <summary>Lists the references that resolved to a binding, in the order met (a scan of <see cref="References"/>).</summary>
    /// <param name="binding">A binding of this model.</param>
    /// <returns>The references.</returns>
    public IEnumerable<Reference> ReferencesTo(Binding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return binding.IsUsed ? _references.Where(reference => ReferenceEquals(reference.Binding, binding)) : [];
    }

    /// <summary>Returns the scope a function, lambda, class or comprehension node opens.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The scope, or <see langword="null"/> for a node that opens none.</returns>
    public Scope? ScopeOf(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _scopeByNode.GetValueOrDefault(node);
    }

    /// <summary>Returns the binding a <c>def</c>, <c>async def</c> or <c>class</c> statement creates.</summary>
    /// <param name="definition">The statement.</param>
    /// <returns>The binding, or <see langword="null"/> for any other node.</returns>
    public Binding? BindingOf(StmtNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return _definitionByStart.TryGetValue(definition.Span.Start, out var binding) && ReferenceEquals(binding.Node, definition) ? binding : null;
    }

    /// <summary>
    /// Returns the fully qualified name an expression stands for, through every alias: <c>t.overload</c> under
    /// <c>import typing as t</c> is <c>typing.overload</c>, <c>len</c> is <c>builtins.len</c>, a class of this module is
    /// <c>module.Class</c>. Calls and subscripts are not looked through.
    /// </summary>
    /// <param name="expression">A <c>Name</c> or an <c>Attribute</c> chain.</param>
    /// <returns>The qualified name, or <see langword="null"/> when the expression names nothing the model knows.</returns>
    public string? QualifiedNameOf(ExprNode? expression) => Qualify(expression, null);

    /// <summary>
    /// Builds a qualified name with one allocation at most (none for a plain name): the attribute chain is measured
    /// first, its root resolved, and the result written from its end. Rules ask this of every call they meet, so it
    /// allocates neither a list nor a delegate.
    /// </summary>
    /// <param name="expression">A <c>Name</c> or an <c>Attribute</c> chain.</param>
    /// <param name="stringReferences">The references of a string annotation's tree, or <see langword="null"/> for this file's own tree.</param>
    private string? Qualify(ExprNode? expression, List<Reference>? stringReferences)
    {
        var root = expression;
        var suffix = 0;
        while (root is Python.Syntax.Attribute attribute)
        {
            suffix += attribute.Attr.Length + 1;
            root = attribute.Value;
        }

        if (root is not Name name || Resolve(name, stringReferences) is not { } reference)
        {
            return null;
        }

        var head = reference.Resolution switch
        {
            ResolutionKind.Builtin => Environment.StandardLibrary.QualifiedBuiltin(name.Id),
            ResolutionKind.Local or ResolutionKind.Enclosing or ResolutionKind.Global => reference.Binding?.QualifiedName,
            _ => null,
        };
        if (head is null || suffix == 0)
        {
            return head;
        }

        return string.Create(head.Length + suffix, (Head: head, Chain: expression!), static (span, state) =>
        {
            var end = span.Length;
            for (var node = state.Chain; node is Python.Syntax.Attribute attribute; node = attribute.Value)
            {
                end -= attribute.Attr.Length;
                attribute.Attr.CopyTo(span[end..]);
                span[--end] = '.';
            }

            state.Head.CopyTo(span);
        });
    }

    private Reference? Resolve(Name name, List<Reference>? stringReferences)
    {
        if (stringReferences is null)
        {
            return ReferenceOf(name);
        }

        foreach (var reference in stringReferences)
        {
            if (string.Equals(reference.Name, name.Id, StringComparison.Ordinal))
            {
                return reference;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the qualified name an expression of a string annotation's own tree stands for (the tree parsed from the
    /// text of <paramref name="literal"/>, or of a string nested in it): its names resolve as the model resolved them
    /// when it read the annotation, in the scope the annotation belongs to.
    /// </summary>
    /// <param name="expression">A <c>Name</c> or an <c>Attribute</c> chain of the string's tree.</param>
    /// <param name="literal">The outermost string literal of this file's tree that holds the annotation.</param>
    /// <returns>The qualified name, or <see langword="null"/> when the expression names nothing the model knows.</returns>
    public string? QualifiedNameInString(ExprNode? expression, Constant literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (!_stringReferences.TryGetValue(literal.Span.Start, out var references))
        {
            return null;
        }

        return Qualify(expression, references);
    }

    /// <summary>Tells whether an expression stands for a qualified name (<c>time.sleep</c>, <c>typing.Any</c>).</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="qualifiedName">The qualified name.</param>
    /// <returns><see langword="true"/> when it resolves to that name.</returns>
    public bool Matches(ExprNode? expression, string qualifiedName) =>
        string.Equals(QualifiedNameOf(expression), qualifiedName, StringComparison.Ordinal);

    /// <summary>
    /// Tells whether an expression stands for a member of <c>typing</c> or <c>typing_extensions</c> (<c>overload</c>,
    /// <c>Any</c>, <c>Protocol</c>...), under any alias.
    /// </summary>
    /// <param name="expression">The expression.</param>
    /// <param name="member">The member's name.</param>
    /// <returns><see langword="true"/> when it resolves to <c>typing.member</c> or <c>typing_extensions.member</c>.</returns>
    public bool MatchesTyping(ExprNode? expression, string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return IsTypingMember(QualifiedNameOf(expression), member);
    }

    /// <summary>Tells whether a qualified name is <c>typing.member</c> or <c>typing_extensions.member</c>.</summary>
    internal static bool IsTypingMember(string? qualified, string member) =>
        qualified is not null && qualified.EndsWith(member, StringComparison.Ordinal)
        && qualified.AsSpan(0, qualified.Length - member.Length) is "typing." or "typing_extensions.";

    /// <summary>Tells whether the file imports a module or one of its submodules, in any form (a cheap guard before asking finer questions).</summary>
    /// <param name="topLevel">A top-level module name (<c>typing</c>, <c>asyncio</c>).</param>
    /// <returns><see langword="true"/> when some import names it.</returns>
    public bool ImportsModule(string topLevel)
    {
        ArgumentNullException.ThrowIfNull(topLevel);
        if (_importedTopLevel is null)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in Imports)
            {
                var module = record.AbsoluteModule ?? record.Module;
                var dot = module.IndexOf('.', StringComparison.Ordinal);
                set.Add(dot < 0 ? module : module[..dot]);
            }

            Interlocked.CompareExchange(ref _importedTopLevel, set, null);
        }

        return _importedTopLevel.Contains(topLevel);
    }

    /// <summary>Returns the facts about a class of this file: its resolved bases, decorators, methods and kind.</summary>
    /// <param name="type">A <c>class</c> statement of this file's tree.</param>
    /// <returns>The class's facts.</returns>
    public ClassModel ClassOf(ClassDef type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _classes.GetOrAdd(type, static (node, model) => new ClassModel(model, node), this);
    }

    /// <summary>Returns the facts of a class when <see cref="ClassOf"/> has built them already.</summary>
    /// <param name="type">A <c>class</c> statement of this file's tree.</param>
    /// <returns>The facts, or <see langword="null"/> when not built yet.</returns>
    internal ClassModel? CachedClass(ClassDef type) => _classes.GetValueOrDefault(type);

    /// <summary>Returns the expression a string annotation holds, as the model parsed it, or <see langword="null"/> for a string it did not read as an annotation.</summary>
    /// <param name="literal">The string literal.</param>
    /// <returns>The parsed expression.</returns>
    public ExprNode? StringAnnotationOf(Constant literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return _stringAnnotations?.GetValueOrDefault(literal);
    }

    internal void MapStringAnnotation(Constant literal, ExprNode expression) =>
        (_stringAnnotations ??= new(ReferenceEqualityComparer.Instance)).TryAdd(literal, expression);

    internal Scope NewScope(ScopeKind kind, Scope? parent, SyntaxNode node, string name)
    {
        var scope = new Scope(_scopes.Count, kind, parent, node, name);
        _scopes.Add(scope);
        if (kind is not ScopeKind.TypeParameters)
        {
            // Keyed by the node itself: a module and a class on its first line start at the same offset.
            _scopeByNode.TryAdd(node, scope);
        }

        return scope;
    }

    internal Binding NewBinding(string name, BindingKind kind, Scope scope, TextSpan span, int effectiveOffset, SyntaxNode node, BindingFlags flags)
    {
        var binding = new Binding(_bindings.Count, name, kind, scope, span, effectiveOffset, node, flags);
        _bindings.Add(binding);
        return binding;
    }

    internal Reference NewReference(string name, Scope scope, TextSpan span, SyntaxNode node, ReferenceFlags flags, TextSpan? loop, int evaluatedAt)
    {
        var reference = new Reference(_references.Count, name, scope, span, node, flags, loop, evaluatedAt);
        _references.Add(reference);
        return reference;
    }

    /// <summary>Indexes the references of this file's own names by their start; called once every read is recorded.</summary>
    internal void IndexReferences()
    {
        var count = 0;
        foreach (var reference in _references)
        {
            count += IsIndexed(reference) ? 1 : 0;
        }

        var index = new long[count];
        count = 0;
        foreach (var reference in _references)
        {
            if (IsIndexed(reference))
            {
                index[count++] = ((long)reference.Node.Span.Start << 32) | (uint)reference.Id;
            }
        }

        SortedKeys.Sort(index);
        _referenceIndex = index;

        // A string annotation's names belong to the string's own tree; only this file's nodes are looked up.
        static bool IsIndexed(Reference reference) =>
            reference.Node.NodeKind == NodeKind.Name && (reference.Flags & ReferenceFlags.StringAnnotation) == 0;
    }

    internal void MapStringReference(Constant literal, Reference reference)
    {
        if (!_stringReferences.TryGetValue(literal.Span.Start, out var references))
        {
            references = [];
            _stringReferences[literal.Span.Start] = references;
        }

        references.Add(reference);
    }

    internal void MapDefinition(SyntaxNode node, Binding binding) => _definitionByStart[node.Span.Start] = binding;

    private static string ModuleNameFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "__main__";
        }

        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        return name.Length == 0 ? "__main__" : name;
    }
}
