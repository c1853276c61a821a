using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.TypeHints;

/// <summary><c>TYP001 missing-parameter-annotation</c>: a parameter of a function or method has no type annotation.</summary>
public sealed class MissingParameterAnnotation : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TYP001",
        Name: "missing-parameter-annotation",
        Category: ChecklistItem.TypeHints,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a parameter of a function or method without a type annotation, of every kind:
            positional-only, regular, `*args`, keyword-only and `**kwargs`. The first parameter of a
            method (`self`, `cls`, a metaclass's `mcs`) is exempt; a `staticmethod` has none, so its
            first parameter is not. An annotation in a type stub beside the module (`mod.pyi` for
            `mod.py`) counts for the function it describes. The variants of an `@overload`-ed function
            and its implementation are each judged, as mypy's `disallow_untyped_defs` judges them.

            In test code, the functions the test runner calls itself are exempt: `test*` functions and
            methods, fixtures (`@pytest.fixture`) and set-up and tear-down hooks (`setUp`,
            `setup_method`, ...), whose parameters are fixtures pytest injects by name. Helpers in
            test files are checked like any code.

            ## Why is this bad?
            A parameter without an annotation is `Any` to a type checker: every call passes
            unchecked, and every use of the parameter inside the body goes unchecked too.

            ## Example
            ```python
            def scale(value, factor: float = 2.0, *extra, **options) -> float:
                return value * factor
            ```

            Use instead:
            ```python
            def scale(value: float, factor: float = 2.0, *extra: float, **options: str) -> float:
                return value * factor
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<FunctionDef>(Check);
        registry.OnNode<AsyncFunctionDef>(Check);
    }

    private void Check(StmtNode function, RuleContext context)
    {
        if (context.Semantic is not { } model || FunctionFacts.Parts(function) is not { } parts)
        {
            return;
        }

        if (context.IsTestCode && FunctionFacts.IsRunnerCalled(parts.Name, parts.Decorators, model))
        {
            return;
        }

        var receiver = FunctionFacts.HasReceiver(function, parts.Decorators, model) ? FunctionFacts.FirstPositional(parts.Args) : null;
        var stub = context.Project.StubFor(context.Path);
        var stubPath = stub is null ? null : FunctionFacts.StubPath(context, parts.Name);
        foreach (var (arg, prefix) in parts.Args.Parameters)
        {
            if (arg.Annotation is not null || ReferenceEquals(arg, receiver) || (stubPath is not null && stub!.AnnotatesParameter(stubPath, arg.Name)))
            {
                continue;
            }

            context.Report(Info, FunctionFacts.NameSpan(arg), $"Parameter '{prefix}{arg.Name}' of '{parts.Name}' has no type annotation, so it is Any to a type checker");
        }
    }
}
