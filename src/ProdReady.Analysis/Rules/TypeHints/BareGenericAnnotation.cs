using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.TypeHints;

/// <summary><c>TYP003 bare-generic-annotation</c>: a generic type is used in an annotation without type arguments.</summary>
public sealed class BareGenericAnnotation : Rule
{
    /// <summary>The generic types of the standard library that an annotation must give type arguments, by qualified name.</summary>
    private static readonly FrozenSet<string> s_generics = Build();

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TYP003",
        Name: "bare-generic-annotation",
        Category: ChecklistItem.TypeHints,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a generic type written without type arguments anywhere in a parameter, return,
            variable or attribute annotation or a type alias (`X: TypeAlias = ...`, `type X = ...`),
            nested positions included (`dict[str, list]`, `Callable[[dict], None]`, `Optional[Queue]`,
            string annotations): `list`, `dict`, `set`, `frozenset`, `tuple`, `type`, the generic
            classes of `collections.abc` and `typing` (`Callable`, `Iterable`, `Mapping`, `Sequence`,
            `Awaitable`, `Generator`, `List`, `Dict`, ...), `defaultdict`, `deque`, `Counter`,
            `OrderedDict`, `ChainMap`, `re.Pattern`, `re.Match`, `queue.Queue`, `asyncio.Queue`,
            `asyncio.Future`, `os.PathLike`, and the generic classes of the project (a class that
            subscripts `Generic` or `Protocol`, declares type parameters, or passes a type variable to
            a base), resolved through imports and aliases.

            Test code is held to the same standard.

            ## Why is this bad?
            A bare generic means "of `Any`": `list` is `list[Any]`, `Callable` is `Callable[..., Any]`.
            Nothing taken out of such a container is checked; this is the implicit `Any` that mypy's
            `disallow_any_generics` forbids.

            ## Example
            ```python
            def group(rows: list, key: Callable) -> dict:
                ...
            ```

            Use instead:
            ```python
            def group(rows: list[Row], key: Callable[[Row], str]) -> dict[str, list[Row]]:
                ...
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<FunctionDef>((function, context) => CheckFunction(function.Args, function.Returns, context));
        registry.OnNode<AsyncFunctionDef>((function, context) => CheckFunction(function.Args, function.Returns, context));
        registry.OnNode<AnnAssign>(CheckVariable);
        registry.OnNode<TypeAlias>((alias, context) => CheckAnnotation(alias.Value, context));
    }

    private void CheckFunction(Arguments arguments, ExprNode? returns, RuleContext context)
    {
        foreach (var (arg, _) in arguments.Parameters)
        {
            if (arg.Annotation is { } annotation)
            {
                CheckAnnotation(annotation, context);
            }
        }

        if (returns is not null)
        {
            CheckAnnotation(returns, context);
        }
    }

    private void CheckVariable(AnnAssign assignment, RuleContext context)
    {
        CheckAnnotation(assignment.Annotation, context);
        if (assignment.Value is { } value && context.Semantic is { } model && model.MatchesTyping(assignment.Annotation, "TypeAlias"))
        {
            CheckAnnotation(value, context);
        }
    }

    private void CheckAnnotation(ExprNode annotation, RuleContext context)
    {
        if (context.Semantic is not { } model)
        {
            return;
        }

        AnnotationWalker.Walk(annotation, model, type =>
        {
            if (!type.Subscripted && type.Qualified is { } qualified && IsGeneric(qualified, model, context))
            {
                var shown = qualified.StartsWith("builtins.", StringComparison.Ordinal) ? qualified["builtins.".Length..] : qualified;
                context.Report(Info, type.Span, $"'{shown}' has no type arguments, so its contents are Any to a type checker: write {Example(shown)}");
            }
        });
    }

    private static bool IsGeneric(string qualified, SemanticModel model, RuleContext context)
    {
        if (s_generics.Contains(qualified))
        {
            return true;
        }

        var dot = qualified.LastIndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        var module = qualified[..dot];
        var name = qualified[(dot + 1)..];
        if (string.Equals(module, model.ModuleName, StringComparison.Ordinal))
        {
            return model.ModuleScope.Lookup(name) is { Kind: BindingKind.ClassDefinition, Node: ClassDef type } && model.ClassOf(type).IsGeneric;
        }

        return context.Project.Index?.Get(module) is { } summary && summary.Classes.TryGetValue(name, out var summarized) && summarized.IsGeneric;
    }

    private static string Example(string shown) => shown switch
    {
        "dict" or "typing.Dict" or "collections.defaultdict" or "typing.DefaultDict" or "typing.Mapping" or "collections.abc.Mapping"
            or "typing.MutableMapping" or "collections.abc.MutableMapping" or "collections.OrderedDict" or "typing.OrderedDict" => shown + "[str, int]",
        "tuple" or "typing.Tuple" => shown + "[int, ...]",
        "typing.Callable" or "collections.abc.Callable" => shown + "[[int], str]",
        "typing.Generator" or "collections.abc.Generator" => shown + "[int, None, None]",
        _ => shown + "[...]",
    };

    private static FrozenSet<string> Build()
    {
        string[] abc =
        [
            "Callable", "Iterable", "Iterator", "Mapping", "MutableMapping", "Sequence", "MutableSequence", "MutableSet",
            "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "Generator", "AsyncGenerator", "Collection",
            "Container", "Reversible", "KeysView", "ValuesView", "ItemsView", "MappingView",
        ];
        string[] typingOnly =
        [
            "List", "Dict", "Set", "FrozenSet", "Tuple", "Type", "DefaultDict", "OrderedDict", "Counter", "Deque", "ChainMap",
            "AbstractSet", "Pattern", "Match", "ContextManager", "AsyncContextManager", "IO",
        ];
        var names = new List<string>
        {
            "builtins.list", "builtins.dict", "builtins.set", "builtins.frozenset", "builtins.tuple", "builtins.type",
            "collections.defaultdict", "collections.deque", "collections.Counter", "collections.OrderedDict", "collections.ChainMap",
            "collections.abc.Set", "re.Pattern", "re.Match", "queue.Queue", "queue.LifoQueue", "queue.PriorityQueue", "queue.SimpleQueue",
            "asyncio.Queue", "asyncio.LifoQueue", "asyncio.PriorityQueue", "asyncio.Future", "asyncio.Task", "os.PathLike",
            "contextlib.AbstractContextManager", "contextlib.AbstractAsyncContextManager",
            "weakref.WeakKeyDictionary", "weakref.WeakValueDictionary", "weakref.WeakSet",
        };
        foreach (var name in abc)
        {
            names.Add("collections.abc." + name);
            names.Add("typing." + name);
            names.Add("typing_extensions." + name);
        }

        foreach (var name in typingOnly)
        {
            names.Add("typing." + name);
            names.Add("typing_extensions." + name);
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
