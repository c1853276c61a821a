using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.AsyncCorrectness;

/// <summary><c>ASY002 dropped-task</c>: the task of <c>asyncio.create_task</c>, <c>ensure_future</c> or <c>loop.create_task</c> is not kept.</summary>
public sealed class DroppedTask : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "ASY002",
        Name: "dropped-task",
        Category: ChecklistItem.AsyncCorrectness,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a call of `asyncio.create_task`, `asyncio.ensure_future` or `create_task` on an
            event loop (a value of `asyncio.get_event_loop()`, `get_running_loop()` or
            `new_event_loop()`, directly or through a name or `self` attribute) used as a bare
            statement: the task it returns is not stored, returned, awaited or passed on.
            `TaskGroup.create_task` is not flagged: the group keeps its tasks.

            Test code is checked too.

            ## Why is this bad?
            The event loop keeps only a weak reference to a task. A task nobody references can be
            garbage-collected before it finishes, silently, and an exception it raises is never
            retrieved.

            ## Example
            ```python
            async def handle(event):
                asyncio.create_task(notify(event))
            ```

            Use instead:
            ```python
            background_tasks = set()

            async def handle(event):
                task = asyncio.create_task(notify(event))
                background_tasks.add(task)
                task.add_done_callback(background_tasks.discard)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Expr>(Check);
    }

    private void Check(Expr statement, RuleContext context)
    {
        if (statement.Value is not Call call || context.Semantic is not { } model)
        {
            return;
        }

        string? what = model.QualifiedNameOf(call.Func) switch
        {
            "asyncio.create_task" or "asyncio.tasks.create_task" => "asyncio.create_task",
            "asyncio.ensure_future" or "asyncio.tasks.ensure_future" => "asyncio.ensure_future",
            _ => call.Func is Python.Syntax.Attribute { Attr: "create_task", Value: var loop } && ConcurrencyFacts.IsEventLoop(loop, model, context.Ancestors)
                ? "loop.create_task"
                : null,
        };
        if (what is not null)
        {
            context.Report(Info, call.Span, $"Task of '{what}' is not kept, so it can be garbage-collected before it finishes: store it (and discard it when done) or await it");
        }
    }
}
