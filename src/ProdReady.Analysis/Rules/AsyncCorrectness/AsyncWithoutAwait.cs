using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.AsyncCorrectness;

/// <summary><c>ASY003 async-without-await</c>: an <c>async def</c> that never awaits, never uses <c>async for</c> / <c>async with</c>, and never yields.</summary>
public sealed class AsyncWithoutAwait : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "ASY003",
        Name: "async-without-await",
        Category: ChecklistItem.AsyncCorrectness,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an `async def` whose own body (functions nested in it aside) has no `await`, no
            `async for`, no `async with`, no async comprehension and no `yield`.

            Not flagged, because the signature is imposed from outside: a decorated function (a
            route, a fixture, a registered callback), a method that overrides one of a base class
            (searched through the file and the project; a base the model cannot see into counts as
            one that may define it), a method of a protocol class, a special method
            (`__aenter__`, `__aexit__`, `__anext__`...), and a stub body (docstring, `pass`, `...`,
            `raise NotImplementedError`). Not checked in test code, where async tests and fixtures
            are declared `async` for their runner.

            ## Why is this bad?
            The function is a coroutine only in name: callers must await it, pay for a coroutine
            object and a trip through the event loop, and readers look for a suspension point that
            does not exist. A plain `def` says what it is.

            ## Example
            ```python
            async def total(prices):
                return sum(prices)
            ```

            Use instead:
            ```python
            def total(prices):
                return sum(prices)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<AsyncFunctionDef>(Check);
    }

    private void Check(AsyncFunctionDef function, RuleContext context)
    {
        if (context.IsTestCode || context.IsStub || function.DecoratorList.Length > 0 || IsDunder(function.Name)
            || context.Semantic is not { } model || IsStubBody(function, model) || Suspends(function) || IsImposedMethod(function, model, context))
        {
            return;
        }

        context.Report(Info, NameSpan(function, context), $"'async def {function.Name}' never awaits, iterates or enters anything asynchronously: make it a plain 'def'");
    }

    private static bool Suspends(AsyncFunctionDef function)
    {
        foreach (var node in SyntaxSearch.InBlock(function.Body))
        {
            if (node is Await or AsyncFor or AsyncWith or Yield or YieldFrom or Comprehension { IsAsync: not 0 })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsImposedMethod(AsyncFunctionDef function, SemanticModel model, RuleContext context)
    {
        if (context.Parent is not ClassDef owner)
        {
            return false;
        }

        var facts = model.ClassOf(owner);
        if (facts.Is(ClassKind.Protocol))
        {
            return true;
        }

        var index = context.Project.Index;
        return facts.BaseDefines(function.Name, index is null ? null : index.ClassDefines) != false;
    }

    private static bool IsDunder(string name) => name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);

    private static bool IsStubBody(AsyncFunctionDef function, SemanticModel model) => function.Body.All(statement => statement switch
    {
        Pass => true,
        Expr { Value: Constant { Value: string or EllipsisValue } } => true,
        Raise { Exc: var raised } => raised is null || model.Matches(raised is Call call ? call.Func : raised, "builtins.NotImplementedError"),
        _ => false,
    });

    private static Core.Text.TextSpan NameSpan(AsyncFunctionDef function, RuleContext context)
    {
        var text = context.Source.Text;
        var keyword = text.IndexOf("def", function.Span.Start, StringComparison.Ordinal);
        var start = keyword < 0 ? -1 : text.IndexOf(function.Name, keyword + 3, StringComparison.Ordinal);
        return start < 0 ? function.Span : new Core.Text.TextSpan(start, function.Name.Length);
    }
}
