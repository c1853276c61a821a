using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.AsyncCorrectness;

/// <summary><c>ASY005 event-loop-in-coroutine</c>: <c>asyncio.run</c> or <c>loop.run_until_complete</c> called inside a running coroutine.</summary>
public sealed class EventLoopInCoroutine : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "ASY005",
        Name: "event-loop-in-coroutine",
        Category: ChecklistItem.AsyncCorrectness,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags, in the body of an `async def` (not in a plain function nested in it), a call of
            `asyncio.run`, `asyncio.Runner(...).run`, or `run_until_complete` / `run_forever` on
            an event loop the model can identify (a value of `asyncio.get_event_loop()`,
            `get_running_loop()` or `new_event_loop()`, directly or through a name or `self`
            attribute).

            Test code is checked too.

            ## Why is this bad?
            A coroutine runs inside an event loop that is already running. `asyncio.run` raises
            "cannot be called from a running event loop", and `run_until_complete` on the running
            loop raises "This event loop is already running"; on another loop it blocks the running
            one until it finishes.

            ## Example
            ```python
            async def refresh_all(sources):
                for source in sources:
                    asyncio.run(refresh(source))
            ```

            Use instead:
            ```python
            async def refresh_all(sources):
                for source in sources:
                    await refresh(source)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Call>(Check);
    }

    private void Check(Call call, RuleContext context)
    {
        // Only a name (`run` imported under any alias) or a method called run, run_until_complete or run_forever can
        // start a loop: every other call is dismissed before the ancestors are searched for a coroutine.
        if (call.Func is not (Name or Python.Syntax.Attribute { Attr: "run" or "run_until_complete" or "run_forever" })
            || ConcurrencyFacts.EnclosingCoroutine(context.Ancestors) is null || context.Semantic is not { } model)
        {
            return;
        }

        var qualified = model.QualifiedNameOf(call.Func);
        string? what = qualified is "asyncio.run" or "asyncio.runners.run" ? "asyncio.run" : null;
        if (what is null && call.Func is Python.Syntax.Attribute { Value: var receiver } method)
        {
            if (method.Attr is "run_until_complete" or "run_forever" && ConcurrencyFacts.IsEventLoop(receiver, model, context.Ancestors))
            {
                what = "loop." + method.Attr;
            }
            else if (method.Attr == "run" && ConcurrencyFacts.ValueOf(receiver, model, context.Ancestors) is Call { Func: var runner }
                && model.QualifiedNameOf(runner) is "asyncio.Runner" or "asyncio.runners.Runner")
            {
                what = "Runner.run";
            }
        }

        if (what is not null)
        {
            context.Report(Info, call.Func.Span, $"'{what}' inside a coroutine: the event loop is already running; await the coroutine instead");
        }
    }
}
