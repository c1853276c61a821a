using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.TypeHints;

/// <summary><c>TYP004 unannotated-empty-container</c>: an empty container is assigned without an annotation at module, class or <c>__init__</c> level.</summary>
public sealed class UnannotatedEmptyContainer : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TYP004",
        Name: "unannotated-empty-container",
        Category: ChecklistItem.TypeHints,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an empty container assigned without an annotation where it defines state that
            outlives a call: a module variable, a class attribute, or an instance attribute set in
            `__init__` (`self.items = {}`). Empty containers are `[]`, `{}`, and calls without
            arguments to `list`, `dict`, `set`, `collections.deque`, `collections.OrderedDict` and
            `collections.Counter`, and `collections.defaultdict` with at most a default factory,
            resolved through imports and aliases. A name declared with an annotation elsewhere in the
            same scope (`items: dict[str, int]` in the class body, then `self.items = {}` in
            `__init__`) is not reported, nor are dunder names (`__all__`, `__slots__`) and the
            members of an enum.

            Test code is held to the same standard.

            ## Why is this bad?
            A type checker cannot tell what an empty container will hold. Pyright infers
            `list[Unknown]`; mypy asks for an annotation, or guesses from the first use it sees in
            the same scope, which for module and instance state is often a different function. The
            element type is then `Any` wherever the container is read.

            ## Known problems
            mypy accepts `x = []` followed by `x.append(1)` in the same scope (a partial type); this
            rule still asks for the annotation, as pyright does.

            ## Example
            ```python
            class Registry:
                def __init__(self) -> None:
                    self.handlers = {}
            ```

            Use instead:
            ```python
            class Registry:
                def __init__(self) -> None:
                    self.handlers: dict[str, Handler] = {}
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Assign>(Check);
    }

    private void Check(Assign assignment, RuleContext context)
    {
        if (context.Semantic is not { } model || EmptyKind(assignment.Value, model) is not { } kind)
        {
            return;
        }

        var owner = NearestDefinition(context.Ancestors);
        foreach (var target in assignment.Targets)
        {
            switch (owner, target)
            {
                case (null, Name name) when !IsDunder(name.Id) && !IsDeclared(model.ModuleScope, name.Id):
                    Report(context, name, name.Id, kind, "module variable");
                    break;
                case (ClassDef type, Name name) when !IsDunder(name.Id) && !model.ClassOf(type).Is(ClassKind.Enum)
                    && !(model.ScopeOf(type) is { } scope && IsDeclared(scope, name.Id)):
                    Report(context, name, name.Id, kind, "class attribute");
                    break;
                case (FunctionDef { Name: "__init__" } function, Python.Syntax.Attribute { Value: Name receiver } attribute)
                    when FunctionFacts.OwnerClass(function, model) is { } type && IsReceiver(function, receiver)
                        && !IsDunder(attribute.Attr) && !(model.ScopeOf(type) is { } classScope && IsDeclared(classScope, attribute.Attr)):
                    Report(context, attribute, receiver.Id + "." + attribute.Attr, kind, "instance attribute");
                    break;
            }
        }
    }

    private void Report(RuleContext context, ExprNode target, string name, string kind, string what) =>
        context.Report(Info, target.Span, $"'{name}' is {(what[0] is 'i' ? "an" : "a")} {what} set to an empty {kind} without an annotation, so its elements are Any to a type checker: annotate it ({name}: {Example(kind)} = ...)");

    private static string Example(string kind) => kind switch
    {
        "dict" or "OrderedDict" or "defaultdict" => kind + "[str, int]",
        _ => kind + "[str]",
    };

    private static bool IsDunder(string name) => name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);

    private static bool IsDeclared(Scope scope, string name) =>
        scope.BindingsOf(name).Any(b => b.Kind is BindingKind.Annotation or BindingKind.AnnotatedAssignment);

    private static bool IsReceiver(FunctionDef function, Name receiver) =>
        FunctionFacts.FirstPositional(function.Args) is { } first && string.Equals(first.Name, receiver.Id, StringComparison.Ordinal);

    /// <summary>Returns the innermost function, lambda or class around the statement, or <see langword="null"/> at module level.</summary>
    private static SyntaxNode? NearestDefinition(IReadOnlyList<SyntaxNode> ancestors)
    {
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            if (ancestors[i] is FunctionDef or AsyncFunctionDef or Lambda or ClassDef)
            {
                return ancestors[i];
            }
        }

        return null;
    }

    /// <summary>Returns the kind of empty container an expression creates (<c>list</c>, <c>dict</c>...), or <see langword="null"/>.</summary>
    private static string? EmptyKind(ExprNode value, SemanticModel model)
    {
        switch (value)
        {
            case List { Elts.Length: 0 }:
                return "list";
            case Dict { Keys.Length: 0 }:
                return "dict";
            case Call { Keywords.Length: 0 } call:
                var qualified = model.QualifiedNameOf(call.Func);
                return (qualified, call.Args.Length) switch
                {
                    ("builtins.list", 0) => "list",
                    ("builtins.dict", 0) => "dict",
                    ("builtins.set", 0) => "set",
                    ("collections.deque", 0) => "deque",
                    ("collections.OrderedDict", 0) => "OrderedDict",
                    ("collections.Counter", 0) => "Counter",
                    ("collections.defaultdict", <= 1) => "defaultdict",
                    _ => null,
                };
            default:
                return null;
        }
    }
}
