using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.TypeHints;

/// <summary><c>TYP002 missing-return-annotation</c>: a function or method has no return annotation.</summary>
public sealed class MissingReturnAnnotation : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TYP002",
        Name: "missing-return-annotation",
        Category: ChecklistItem.TypeHints,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a function or method without a return annotation: `__init__` included (it returns
            `None`, and says so with `-> None`), properties, static and class methods, nested
            functions and the variants and implementation of an `@overload`-ed function (each is
            judged, as mypy's `disallow_untyped_defs` judges them). A return annotation in a type stub
            beside the module (`mod.pyi` for `mod.py`) counts for the function it describes. Lambdas
            cannot be annotated and are not reported.

            In test code, the functions the test runner calls itself are exempt: `test*` functions and
            methods, fixtures (`@pytest.fixture`) and set-up and tear-down hooks, whose return value
            nobody reads. Helpers in test files are checked like any code.

            ## Why is this bad?
            Without a return annotation the result of every call is `Any` to a type checker (mypy
            does not even check the body of a function without annotations), so mistakes spread
            silently from the function to its callers.

            ## Example
            ```python
            class Cache:
                def __init__(self, size: int):
                    self.size = size

                def get(self, key: str):
                    return None
            ```

            Use instead:
            ```python
            class Cache:
                def __init__(self, size: int) -> None:
                    self.size = size

                def get(self, key: str) -> bytes | None:
                    return None
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
        if (context.Semantic is not { } model || FunctionFacts.Parts(function) is not { } parts || parts.Returns is not null)
        {
            return;
        }

        if (context.IsTestCode && FunctionFacts.IsRunnerCalled(parts.Name, parts.Decorators, model))
        {
            return;
        }

        if (context.Project.StubFor(context.Path) is { } stub && FunctionFacts.StubPath(context, parts.Name) is { } stubPath && stub.AnnotatesReturn(stubPath))
        {
            return;
        }

        var hint = parts.Name is "__init__" or "__init_subclass__" or "setUp" or "tearDown" ? " (it returns nothing: write -> None)" : string.Empty;
        context.Report(Info, FunctionFacts.NameSpan(context.Source, function, parts.Name, parts.Decorators),
            $"'{parts.Name}' has no return annotation, so every call returns Any to a type checker{hint}");
    }
}
