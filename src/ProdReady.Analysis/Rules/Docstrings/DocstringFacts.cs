using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary>
/// What the docstring rules of one file share, computed once per file and per definition on first use: each
/// definition's parsed docstring, whether it is public, and each function's facts (parameters, what it returns,
/// yields and raises). Built through <see cref="RuleContext.Shared{T}"/>, so the eleven rules parse each docstring
/// and scan each body once.
/// </summary>
internal sealed class DocstringFacts
{
    private static readonly FrozenSet<string> s_iteratorTypes = new[]
    {
        "Iterator", "Iterable", "Generator", "AsyncIterator", "AsyncIterable", "AsyncGenerator",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_propertyDecorators = new[]
    {
        "builtins.property", "functools.cached_property", "abc.abstractproperty", "types.DynamicClassAttribute",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly RuleContext _context;
    private readonly Dictionary<SyntaxNode, DocstringInfo?> _docstrings;
    private readonly Dictionary<SyntaxNode, FunctionFacts?> _functions;
    private readonly ExceptionResolver _resolver;
    private BodyScanner? _scanner;
    private bool? _modulePrivate;
    private FunctionFacts? _lastFunction;

    private DocstringFacts(RuleContext context, SemanticModel model)
    {
        _context = context;
        Model = model;
        _resolver = new ExceptionResolver(model, context.Project.Index);

        // Sized once from the model's scopes: a function's docstring is kept with its facts, so the docstrings are the
        // module's and the classes'.
        var classes = 0;
        var functions = 0;
        foreach (var scope in model.Scopes)
        {
            classes += scope.Kind == ScopeKind.Class ? 1 : 0;
            functions += scope.Kind == ScopeKind.Function ? 1 : 0;
        }

        _docstrings = new Dictionary<SyntaxNode, DocstringInfo?>(classes + 1, ReferenceEqualityComparer.Instance);
        _functions = new Dictionary<SyntaxNode, FunctionFacts?>(functions, ReferenceEqualityComparer.Instance);
    }

    /// <summary>Gets the file's semantic model.</summary>
    public SemanticModel Model { get; }

    /// <summary>Gets the docstring settings of the project.</summary>
    public DocstringSettings Settings => _context.Project.Docstrings;

    /// <summary>Gets the facts of a file; the rules call this through <see cref="RuleContext.Shared{T}"/>.</summary>
    /// <param name="context">The file's context.</param>
    /// <returns>The facts, or <see langword="null"/> for a file without a model or a stub.</returns>
    public static DocstringFacts? For(RuleContext context) =>
        context.IsStub || context.Semantic is null ? null : context.Shared(c => new DocstringFacts(c, c.Semantic!));

    /// <summary>Gets a value indicating whether the module is private: test code, or a path segment with a leading underscore (<c>_internal/x.py</c>).</summary>
    public bool ModuleIsPrivate => _modulePrivate ??= _context.IsTestCode || HasPrivateSegment(_context.Path);

    /// <summary>Tells whether a name is a special (<c>__name__</c>) name.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for a dunder name.</returns>
    public static bool IsDunder(string name) => IsDunder(name.AsSpan());

    /// <summary>Returns the docstring of a module, class or function.</summary>
    /// <param name="node">The definition.</param>
    /// <returns>The docstring, or <see langword="null"/> when the body does not open with a string literal.</returns>
    public DocstringInfo? DocstringOf(SyntaxNode node)
    {
        // A function's docstring is parsed with its facts, which every docstring rule asks for anyway.
        if (node is FunctionDef or AsyncFunctionDef)
        {
            return Function((StmtNode)node).Own;
        }

        if (_docstrings.TryGetValue(node, out var known))
        {
            return known;
        }

        var info = ParseDocstring(node);
        _docstrings[node] = info;
        return info;
    }

    /// <summary>
    /// Tells whether a class or function is public: its name has no leading underscore (special names count as
    /// public here), it is listed in <c>__all__</c> when the module declares a complete one, its enclosing classes
    /// are public, it is not nested in a function, and the module is not private or test code.
    /// </summary>
    /// <param name="definition">The <c>class</c>, <c>def</c> or <c>async def</c> statement.</param>
    /// <returns><see langword="true"/> when public.</returns>
    public bool IsPublic(StmtNode definition)
    {
        if (ModuleIsPrivate || Model.BindingOf(definition) is not { } binding || binding.Has(BindingFlags.TypeCheckingOnly))
        {
            return false;
        }

        var name = binding.Name;
        if (name.StartsWith('_') && !IsDunder(name))
        {
            return false;
        }

        return binding.Scope.Kind switch
        {
            ScopeKind.Module => Model.All is not { IsIncomplete: false } all || Lists(all, name),
            ScopeKind.Class => binding.Scope.Node is ClassDef owner && IsPublic(owner),
            _ => false,
        };
    }

    /// <summary>Returns the facts of a function or method.</summary>
    /// <param name="function">The <c>def</c> or <c>async def</c> statement.</param>
    /// <returns>The facts.</returns>
    public FunctionFacts Function(StmtNode function)
    {
        // The docstring rules ask in turn about the same function: the last answer is checked before the dictionary.
        if (_lastFunction is { } last && ReferenceEquals(last.Node, function))
        {
            return last;
        }

        if (!_functions.TryGetValue(function, out var facts) || facts is null)
        {
            facts = BuildFunction(function);
            _functions[function] = facts;
        }

        _lastFunction = facts;
        return facts;
    }

    /// <summary>
    /// Tells whether a method without a docstring inherits one: it is marked <c>@override</c>, or a base class (of the
    /// file, or of the project through the index) defines the method with a docstring. Off when the settings say so.
    /// </summary>
    /// <param name="facts">The method's facts.</param>
    /// <returns><see langword="true"/> when the method inherits a docstring.</returns>
    public bool InheritsDocstring(FunctionFacts facts)
    {
        if (!Settings.InheritOverridden || facts.Owner is null)
        {
            return false;
        }

        if (facts.IsOverride || (facts.Owner.Bases.Length > 0 && BaseDocuments(facts.Owner, facts.Name, new HashSet<ClassDef>(ReferenceEqualityComparer.Instance))))
        {
            return true;
        }

        // A base the model cannot see into (a standard-library or third-party class) may define and document the
        // method; builtin exception classes define no public methods an override would document.
        var index = _context.Project.Index;
        return Model.ClassOf(facts.Owner).BaseDefines(facts.Name, (qualified, method) =>
            ExceptionResolver.IsBuiltinExceptionName(qualified) ? false : index?.ClassDefines(qualified, method)) is null;
    }

    private bool BaseDocuments(ClassDef owner, string method, HashSet<ClassDef> seen)
    {
        if (!seen.Add(owner))
        {
            return false;
        }

        var model = Model.ClassOf(owner);
        for (var i = 0; i < owner.Bases.Length; i++)
        {
            var expression = owner.Bases[i] is Subscript subscript ? subscript.Value : owner.Bases[i];
            if (expression is Name name && Model.ReferenceOf(name)?.Binding is { Kind: BindingKind.ClassDefinition, Node: ClassDef local })
            {
                if (Model.ClassOf(local).Methods.TryGetValue(method, out var definition))
                {
                    if (DocstringOf(definition) is not null || (Function(definition) is var inherited && InheritsDocstring(inherited)))
                    {
                        return true;
                    }

                    continue;
                }

                if (BaseDocuments(local, method, seen))
                {
                    return true;
                }
            }
            else if (model.BaseNames[i] is { } qualified && _context.Project.Index is { } index && index.MethodDocumented(qualified, method))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Lists(DunderAll all, string name)
    {
        // A loop rather than a lambda: a lambda capturing the name allocates a closure for every definition asked about.
        foreach (var listed in all.Names)
        {
            if (listed.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDunder(ReadOnlySpan<char> name) => name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);

    /// <summary>Tells whether a path has a segment with a leading underscore that is not a special name (<c>_internal/x.py</c>, not <c>__init__.py</c>).</summary>
    private static bool HasPrivateSegment(string path)
    {
        var text = path.AsSpan();
        foreach (var range in text.Split('/'))
        {
            var segment = text[range];
            var stem = segment.EndsWith(".py", StringComparison.Ordinal) ? segment[..^3] : segment;
            if (stem.StartsWith('_') && !IsDunder(stem))
            {
                return true;
            }
        }

        return false;
    }

    private DocstringInfo? ParseDocstring(SyntaxNode node)
    {
        var body = BodyOf(node);
        return !body.IsDefaultOrEmpty && body[0] is Expr { Value: Constant { Value: string text } constant }
            ? new DocstringInfo(constant, text, DocstringParser.Parse(text, Settings.Convention), _context.Source)
            : null;
    }

    private static ImmutableArray<StmtNode> BodyOf(SyntaxNode node) => node switch
    {
        Module module => module.Body,
        ClassDef type => type.Body,
        FunctionDef function => function.Body,
        AsyncFunctionDef function => function.Body,
        _ => [],
    };

    private FunctionFacts BuildFunction(StmtNode node)
    {
        var (name, arguments, body, decorators, returns) = node switch
        {
            FunctionDef f => (f.Name, f.Args, f.Body, f.DecoratorList, f.Returns),
            AsyncFunctionDef f => (f.Name, f.Args, f.Body, f.DecoratorList, f.Returns),
            _ => throw new ArgumentException($"{node.TypeName} is not a function definition", nameof(node)),
        };
        var owner = Model.BindingOf(node) is { Scope: { Kind: ScopeKind.Class, Node: ClassDef type } } ? type : null;
        var facts = new FunctionFacts(node, name, arguments, body, owner);
        foreach (var decorator in decorators)
        {
            var target = decorator is Call call ? call.Func : decorator;
            var qualified = Model.QualifiedNameOf(target);
            facts.IsStatic |= qualified == "builtins.staticmethod";
            facts.IsClassMethod |= qualified == "builtins.classmethod";
            facts.IsProperty |= qualified is not null && s_propertyDecorators.Contains(qualified);
            facts.IsOverload |= Model.MatchesTyping(target, "overload");
            facts.IsOverride |= Model.MatchesTyping(target, "override");
            if (decorator is Python.Syntax.Attribute { Attr: "setter" or "deleter" })
            {
                facts.IsAccessor = true;
            }
            else if (decorator is Python.Syntax.Attribute { Attr: "getter" })
            {
                facts.IsProperty = true;
            }
        }

        facts.SkipsFirst = owner is not null && !facts.IsStatic && arguments.Posonlyargs.Length + arguments.Args.Length > 0;
        facts.HasKwargs = arguments.Kwarg is not null;
        facts.Own = ParseDocstring(node);
        facts.IsPublic = IsPublic(node);
        facts.AnnotatedReturn = returns is not null && !IsNothing(returns);
        facts.ReturnsIterator = returns is not null && IsIterator(returns);
        if (facts.Own is not null)
        {
            // Only a function with its own docstring is compared with what its body returns, yields and raises.
            facts.IsStubBody = IsStub(body);
            (_scanner ??= new BodyScanner(this)).Scan(facts, body);
        }

        return facts;
    }

    private bool IsNothing(ExprNode annotation) => annotation switch
    {
        Constant { Value: null } => true,
        Constant { Value: string text } => text.Trim() is "None" or "NoReturn" or "Never" or "typing.NoReturn" or "typing.Never",
        _ => Model.MatchesTyping(annotation, "NoReturn") || Model.MatchesTyping(annotation, "Never"),
    };

    private bool IsIterator(ExprNode annotation)
    {
        var origin = annotation is Subscript subscript ? subscript.Value : annotation;
        if (origin is Constant { Value: string text })
        {
            var head = text.Split('[')[0].Trim();
            return s_iteratorTypes.Contains(head[(head.LastIndexOf('.') + 1)..]);
        }

        var qualified = Model.QualifiedNameOf(origin);
        if (qualified is null)
        {
            return false;
        }

        var dot = qualified.LastIndexOf('.');
        var module = dot < 0 ? string.Empty : qualified[..dot];
        return module is "typing" or "typing_extensions" or "collections.abc" && s_iteratorTypes.Contains(qualified[(dot + 1)..]);
    }

    private static bool IsStub(ImmutableArray<StmtNode> body)
    {
        var start = !body.IsDefaultOrEmpty && SyntaxFacts.IsStringStatement(body[0]) ? 1 : 0;
        for (var i = start; i < body.Length; i++)
        {
            var stub = body[i] switch
            {
                Pass => true,
                Expr { Value: Constant { Value: EllipsisValue } } => true,
                Raise { Exc: var exception } => SyntaxFacts.LastName(exception) is "NotImplementedError",
                _ => false,
            };
            if (!stub)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Walks a function's body, not nested functions, classes or lambdas, for returns, yields and raises. One scanner
    /// serves every function of a file in turn: its lists are cleared, not allocated, for each body, and the walker keeps
    /// its stack from one walk to the next.
    /// </summary>
    private sealed class BodyScanner(DocstringFacts owner) : SyntaxWalker
    {
        private readonly List<Raise> _raises = [];
        private readonly List<SyntaxNode> _tries = [];
        private readonly List<ExceptHandler> _handlers = [];
        private readonly HashSet<SyntaxNode> _raisedClasses = new(ReferenceEqualityComparer.Instance);
        private FunctionFacts _facts = null!;

        public void Scan(FunctionFacts facts, ImmutableArray<StmtNode> body)
        {
            _facts = facts;
            _raises.Clear();
            _tries.Clear();
            _handlers.Clear();
            _raisedClasses.Clear();
            Walk(body);

            foreach (var raise in _raises)
            {
                Classify(raise);
            }

            _facts = null!;
        }

        protected override bool Enter(SyntaxNode node)
        {
            var facts = _facts;
            // One jump on the kind: this runs for every node of every function body, and a type test per case tried
            // would be a call into the runtime each.
            switch (node.NodeKind)
            {
                case NodeKind.FunctionDef or NodeKind.AsyncFunctionDef or NodeKind.ClassDef or NodeKind.Lambda:
                    return false;
                case NodeKind.Return when Unsafe.As<Return>(node).Value is { } value && value is not Constant { Value: null }:
                    facts.ReturnsValue = true;
                    break;
                case NodeKind.Yield:
                    facts.IsGenerator = true;
                    facts.YieldsValue |= Unsafe.As<Yield>(node).Value is not null and not Constant { Value: null };
                    break;
                case NodeKind.YieldFrom:
                    facts.IsGenerator = true;
                    facts.YieldsValue = true;
                    break;
                case NodeKind.Raise:
                {
                    var raise = Unsafe.As<Raise>(node);
                    _raises.Add(raise);

                    // `raise errors.Error(...)` names and builds the exception it raises: neither the call nor the
                    // attribute reads of the class's name are callees that may raise.
                    for (var named = raise.Exc is Call constructor ? constructor.Func : raise.Exc; named is not null;)
                    {
                        if (raise.Exc is Call call)
                        {
                            _raisedClasses.Add(call);
                        }

                        _raisedClasses.Add(named);
                        named = named is Python.Syntax.Attribute attribute ? attribute.Value : null;
                    }

                    break;
                }

                case NodeKind.Call or NodeKind.Subscript or NodeKind.Await or NodeKind.Attribute when !_raisedClasses.Contains(node):
                    // A callee, a subscript, an awaited coroutine or a property may raise what no `raise` shows.
                    facts.HasImplicitRaises = true;
                    break;
                case NodeKind.Try or NodeKind.TryStar:
                    _tries.Add(node);
                    break;
                case NodeKind.ExceptHandler:
                    _handlers.Add(Unsafe.As<ExceptHandler>(node));
                    break;
            }

            return true;
        }

        private void Classify(Raise raise)
        {
            if (raise.Exc is null)
            {
                // A bare `raise` re-raises what the innermost enclosing handler caught.
                ExceptHandler? handler = null;
                for (var i = _handlers.Count - 1; i >= 0 && handler is null; i--)
                {
                    handler = _handlers[i].Span.Contains(raise.Span) ? _handlers[i] : null;
                }

                var caught = handler?.Type is null ? [] : Types(handler.Type);
                if (caught.Length == 0)
                {
                    _facts.HasUnresolvedRaise = true;
                }

                foreach (var type in caught)
                {
                    if (owner._resolver.Resolve(type) is { } resolved)
                    {
                        _facts.AddReraised(resolved);
                    }
                    else
                    {
                        _facts.HasUnresolvedRaise = true;
                    }
                }

                return;
            }

            if (owner._resolver.Resolve(raise.Exc) is not { } exception)
            {
                _facts.HasUnresolvedRaise = true;
                return;
            }

            if (!IsCaught(raise, exception))
            {
                _facts.AddRaised(exception, raise.Exc);
            }
        }

        private bool IsCaught(Raise raise, ResolvedException exception)
        {
            foreach (var node in _tries)
            {
                var (body, handlers) = node switch
                {
                    Try t => (t.Body, t.Handlers),
                    TryStar t => (t.Body, t.Handlers),
                    _ => ([], []),
                };
                if (body.IsDefaultOrEmpty || raise.Span.Start < body[0].Span.Start || raise.Span.End > body[^1].Span.End)
                {
                    continue;
                }

                foreach (var item in handlers)
                {
                    if (item is not ExceptHandler handler)
                    {
                        continue;
                    }

                    if (handler.Type is null)
                    {
                        return true;
                    }

                    foreach (var type in Types(handler.Type))
                    {
                        var name = owner._resolver.Resolve(type)?.Name ?? SyntaxFacts.LastName(type);
                        if (name is not null && exception.IsCoveredBy(name))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static ImmutableArray<ExprNode> Types(ExprNode type) => type is Python.Syntax.Tuple tuple ? tuple.Elts : [type];
    }
}
