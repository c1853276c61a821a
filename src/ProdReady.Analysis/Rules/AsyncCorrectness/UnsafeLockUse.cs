using System.Collections.Immutable;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.AsyncCorrectness;

/// <summary><c>ASY004 unsafe-lock-use</c>: an asyncio lock entered with a plain <c>with</c>, or a lock acquired without a <c>try</c>/<c>finally</c> that releases it.</summary>
public sealed class UnsafeLockUse : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "ASY004",
        Name: "unsafe-lock-use",
        Category: ChecklistItem.AsyncCorrectness,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags two unsafe uses of a lock the model can identify (a value of `asyncio.Lock`,
            `Semaphore`, `BoundedSemaphore` or `Condition`, of `threading.Lock`, `RLock`,
            `Semaphore`, `BoundedSemaphore` or `Condition`, or of `multiprocessing`'s locks, directly,
            through a name, or through a `self` attribute assigned in the class):
            - an asyncio lock or semaphore used with a plain `with` instead of `async with`;
            - `acquire()` (awaited or not) that is not protected by a `try` / `finally` releasing
              the same lock: neither inside such a `try`, nor followed by one, nor (for
              `if lock.acquire(timeout=...):`) opening a branch that starts one.

            Test code is checked too.

            ## Why is this bad?
            An asyncio lock has no synchronous context manager: `with` fails at run time. A lock
            acquired by hand stays held when the code between `acquire()` and `release()` raises,
            and every later caller deadlocks.

            ## Example
            ```python
            def record(event):
                _lock.acquire()
                _events.append(event)
                _lock.release()
            ```

            Use instead:
            ```python
            def record(event):
                with _lock:
                    _events.append(event)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<With>(CheckWith);
        registry.OnNode<Call>(CheckAcquire);
    }

    private void CheckWith(With statement, RuleContext context)
    {
        if (context.Semantic is not { } model)
        {
            return;
        }

        foreach (var item in statement.Items)
        {
            if (ConcurrencyFacts.LockKind(item.ContextExpr, model, context.Ancestors) == "asyncio")
            {
                context.Report(Info, item.ContextExpr.Span, "asyncio lock used with a plain 'with', which fails at run time: use 'async with'");
            }
        }
    }

    private void CheckAcquire(Call call, RuleContext context)
    {
        if (call.Func is not Python.Syntax.Attribute { Attr: "acquire", Value: var receiver } || context.Semantic is not { } model
            || ConcurrencyFacts.LockKind(receiver, model, context.Ancestors) is null || SyntaxFacts.DottedName(receiver) is not { } lockName)
        {
            return;
        }

        CheckAcquired(call, lockName, context);
    }

    // Apart from CheckAcquire, which every call of a file passes through: a lambda below captures the lock's name, and
    // its closure is allocated on entry to the method that declares it.
    private void CheckAcquired(Call call, string lockName, RuleContext context)
    {
        var ancestors = context.Ancestors;
        if (SyntaxSearch.EnclosingFunction(ancestors) is FunctionDef { Name: "__enter__" or "acquire" } or AsyncFunctionDef { Name: "__aenter__" or "acquire" })
        {
            // A lock wrapper hands the release to its own __exit__ or release.
            return;
        }

        StmtNode? statement = null;
        var statementIndex = -1;
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            var node = ancestors[i];
            if (SyntaxSearch.OpensScope(node))
            {
                break;
            }

            if (statement is null && node is StmtNode first)
            {
                statement = first;
                statementIndex = i;
            }

            if (node is Try block && i + 1 < ancestors.Count && ancestors[i + 1] is StmtNode inBody && block.Body.Contains(inBody) && Releases(block.Finalbody, lockName))
            {
                return;
            }
        }

        if (statement is not null && statementIndex > 0 && BlockOf(ancestors[statementIndex - 1], statement) is { IsDefault: false } siblings)
        {
            var index = siblings.IndexOf(statement);
            if (index + 1 < siblings.Length && siblings[index + 1] is Try next && Releases(next.Finalbody, lockName))
            {
                return;
            }

            if (statement is If branch && branch.Body.OfType<Try>().Any(t => Releases(t.Finalbody, lockName)))
            {
                return;
            }
        }

        context.Report(Info, call.Span, $"'{lockName}.acquire()' is not followed by a try/finally that releases it: an exception leaves the lock held; use 'with {lockName}:' ('async with' for asyncio)");
    }

    private static bool Releases(ImmutableArray<StmtNode> finalBody, string lockName) =>
        SyntaxSearch.InBlock(finalBody).Any(node => node is Call { Func: Python.Syntax.Attribute { Attr: "release", Value: var receiver } } && SyntaxFacts.DottedName(receiver) == lockName);

    private static ImmutableArray<StmtNode> BlockOf(SyntaxNode parent, StmtNode statement)
    {
        IEnumerable<ImmutableArray<StmtNode>> blocks = parent switch
        {
            Module module => [module.Body],
            FunctionDef function => [function.Body],
            AsyncFunctionDef function => [function.Body],
            ClassDef type => [type.Body],
            If branch => [branch.Body, branch.Orelse],
            For loop => [loop.Body, loop.Orelse],
            AsyncFor loop => [loop.Body, loop.Orelse],
            While loop => [loop.Body, loop.Orelse],
            With block => [block.Body],
            AsyncWith block => [block.Body],
            Try block => [block.Body, block.Orelse, block.Finalbody],
            TryStar block => [block.Body, block.Orelse, block.Finalbody],
            ExceptHandler handler => [handler.Body],
            MatchCase matchCase => [matchCase.Body],
            _ => [],
        };
        return blocks.FirstOrDefault(block => block.Contains(statement));
    }
}
