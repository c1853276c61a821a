using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.GlobalState;
using ProdReady.Core.Text;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.AsyncCorrectness;

/// <summary><c>ASY006 unguarded-shared-state</c>: shared state read and written across a suspension point, or changed by a thread, without a lock.</summary>
public sealed class UnguardedSharedState : Rule
{
    private static readonly FrozenSet<string> s_threadPools = new[]
    {
        "concurrent.futures.ThreadPoolExecutor", "concurrent.futures.thread.ThreadPoolExecutor",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "ASY006",
        Name: "unguarded-shared-state",
        Category: ChecklistItem.AsyncCorrectness,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags shared state changed without a lock where another task or thread can interleave:
            - in an `async def`, a lost update: a module-level name (declared `global`) or a `self`
              attribute written back (assigned or augmented) from a value read from it before an
              `await`, `async for` or `async with` (`self.n += await f()`, `n = self.n` ... `await`
              ... `self.n = n + 1`), where neither the read nor the write sits inside an
              `async with` on a lock (an `asyncio` lock or semaphore, or a name or attribute the
              model cannot type, which is given the benefit of the doubt). A flag checked and then
              set (`if self.closed: return` ... `self.closed = True`) is not flagged: it is only a
              race when several tasks share the object, which the code does not show;
            - in a function of the module handed to `threading.Thread(target=...)`,
              `threading.Timer`, `ThreadPoolExecutor.submit` / `map`, `loop.run_in_executor` or
              `asyncio.to_thread`, a module-level variable changed in place or rebound through
              `global` outside a `with` block on a lock (a `threading` lock, or a name or attribute
              the model cannot type).

            The async check looks at the straight-line order of the function's own body (not at
            functions nested in it); the thread check follows functions of the same module passed by
            name. Test code is checked too.

            ## Why is this bad?
            Every `await` lets other tasks run. A value read before it may be stale after it, so the
            write that follows overwrites another task's update (a lost update, a double close, a
            counter that drifts). A thread can be preempted between any two bytecodes, so unguarded
            read-modify-write of shared state races the same way, only less reproducibly.

            ## Example
            ```python
            class RateLimiter:
                async def acquire(self):
                    tokens = self.tokens
                    await self.refill()
                    self.tokens = tokens - 1
            ```

            Use instead:
            ```python
            class RateLimiter:
                def __init__(self):
                    self.tokens = 10
                    self._lock = asyncio.Lock()

                async def acquire(self):
                    async with self._lock:
                        tokens = self.tokens
                        await self.refill()
                        self.tokens = tokens - 1
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<AsyncFunctionDef>(CheckCoroutine);
        registry.OnNode<Call>(CheckHandedCall);
    }

    private void CheckCoroutine(AsyncFunctionDef function, RuleContext context)
    {
        if (context.Semantic is not { } model)
        {
            return;
        }

        var ancestors = new List<SyntaxNode>(context.Ancestors) { function };
        var self = context.Parent is ClassDef ? (function.Args.Posonlyargs.Length > 0 ? function.Args.Posonlyargs[0] : function.Args.Args.FirstOrDefault())?.Name : null;
        var globals = model.ScopeOf(function)?.Globals ?? new HashSet<string>();
        var guards = new List<TextSpan>();
        var suspensions = new List<int>();
        var copies = new List<(string Local, string Key, int At)>();
        var writes = new List<(string Key, StmtNode Statement, ExprNode Value, int ReadAt)>();
        foreach (var node in SyntaxSearch.InBlock(function.Body))
        {
            switch (node)
            {
                case Await awaited:
                    suspensions.Add(awaited.Span.End);
                    break;
                case AsyncFor loop:
                    suspensions.Add(loop.Iter.Span.End);
                    suspensions.Add(loop.Span.End);
                    break;
                case AsyncWith block:
                    suspensions.Add(block.Items[^1].ContextExpr.Span.End);
                    suspensions.Add(block.Span.End);
                    if (block.Items.Any(item => IsLock(item.ContextExpr, model, ancestors)))
                    {
                        guards.Add(block.Span);
                    }

                    break;
                case Assign { Targets: [Name local], Value: var value } when !globals.Contains(local.Id):
                    foreach (var read in ReadsOf(value, self, model))
                    {
                        copies.Add((local.Id, read.Key, read.At));
                    }

                    break;
                case Assign { Targets: [var target], Value: var value } when WrittenKey(target, self, globals, model) is { } key:
                    writes.Add((key, (StmtNode)node, value, -1));
                    break;
                case AugAssign augmented when WrittenKey(augmented.Target, self, globals, model) is { } key:
                    writes.Add((key, augmented, augmented.Value, augmented.Target.Span.Start));
                    break;
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        var lines = context.Source.Lines;
        foreach (var (key, statement, value, targetRead) in writes)
        {
            if (reported.Contains(key) || Guarded(guards, statement.Span.Start))
            {
                continue;
            }

            // Where the value written was read: the target of an augmented assignment, the key read inside the value,
            // or a local copied from the key earlier and used in the value.
            var readAts = new List<int>();
            if (targetRead >= 0)
            {
                readAts.Add(targetRead);
            }

            readAts.AddRange(ReadsOf(value, self, model).Where(r => r.Key == key).Select(r => r.At));
            var usedLocals = SyntaxSearch.Descendants(value).Prepend(value).OfType<Name>().Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            readAts.AddRange(copies.Where(c => c.Key == key && usedLocals.Contains(c.Local) && c.At < statement.Span.Start).Select(c => c.At));
            foreach (var readAt in readAts.Where(r => !Guarded(guards, r)).Order())
            {
                var suspension = suspensions.FirstOrDefault(s => s > readAt && s <= value.Span.End);
                if (suspension == 0)
                {
                    continue;
                }

                reported.Add(key);
                context.Report(Info, statement.Span, $"'{key}' is read (line {lines.GetLineNumber(readAt)}) and written back here after a suspension point (line {lines.GetLineNumber(suspension)}) without a lock: another task can update it in between and its update is lost; hold an asyncio.Lock around the read and the write");
                break;
            }
        }
    }

    private static IEnumerable<(string Key, int At)> ReadsOf(ExprNode expression, string? self, SemanticModel model)
    {
        foreach (var node in SyntaxSearch.Descendants(expression).Prepend(expression))
        {
            if (node is ExprNode inner && KeyOf(inner, self, model) is { } key)
            {
                yield return (key, inner.Span.Start);
            }
        }
    }

    private static string? WrittenKey(ExprNode target, string? self, IReadOnlySet<string> globals, SemanticModel model) => target switch
    {
        Name name when globals.Contains(name.Id) => name.Id,
        Python.Syntax.Attribute attribute => KeyOf(attribute, self, model),
        _ => null,
    };

    /// <summary>
    /// Checks the function a call hands to another thread, the first time a call hands it over: this rides the file's
    /// one walk instead of searching the whole module again for calls.
    /// </summary>
    private void CheckHandedCall(Call call, RuleContext context)
    {
        if (context.Semantic is not { } model
            || (!model.ImportsModule("threading") && !model.ImportsModule("concurrent") && !model.ImportsModule("asyncio"))
            || ThreadTarget(call, model) is not Name target
            || model.ReferenceOf(target)?.Binding is not { Kind: BindingKind.FunctionDefinition, Node: FunctionDef function }
            || !context.Shared(static _ => new HandedFunctions()).Functions.Add(function))
        {
            return;
        }

        CheckHandedFunction(call, function, model, context);
    }

    // Apart from CheckHandedCall, which every call of a file passes through: the lambdas below capture the model, and
    // their closure is allocated on entry to the method that declares what they capture.
    private void CheckHandedFunction(Call call, FunctionDef function, SemanticModel model, RuleContext context)
    {
        var scope = model.ScopeOf(function);
        var handedAt = call.Span.Start;
        var changed = new List<ExprNode>(2);
        var guards = SyntaxSearch.InBlock(function.Body).OfType<With>().Where(w => w.Items.Any(i => IsThreadLock(i.ContextExpr, model))).Select(w => w.Span).ToList();
        foreach (var node in SyntaxSearch.InBlock(function.Body))
        {
            changed.Clear();
            MutableValues.CollectChanged(node, changed);
            if (node is Assign assign && scope is not null)
            {
                changed.AddRange(assign.Targets.OfType<Name>().Where(n => scope.Globals.Contains(n.Id)));
            }

            foreach (var expression in changed)
            {
                if (expression is not Name name || Guarded(guards, node.Span.Start) || !IsModuleVariable(name, scope, model))
                {
                    continue;
                }

                var line = context.Source.Lines.GetLineNumber(handedAt);
                context.Report(Info, node.Span, $"Module-level '{name.Id}' is changed by '{function.Name}', which runs in another thread (handed over on line {line}), without a lock: guard it with a threading.Lock or pass results back through a queue or future");
            }
        }
    }

    private static ExprNode? ThreadTarget(Call call, SemanticModel model)
    {
        var callee = model.QualifiedNameOf(call.Func);
        switch (callee)
        {
            case "threading.Thread":
                return call.Keywords.FirstOrDefault(k => k.Arg == "target")?.Value;
            case "threading.Timer":
                return call.Args.Length > 1 ? call.Args[1] : call.Keywords.FirstOrDefault(k => k.Arg == "function")?.Value;
            case "asyncio.to_thread":
                return call.Args.FirstOrDefault();
        }

        if (call.Func is not Python.Syntax.Attribute { Attr: var method, Value: var receiver })
        {
            return null;
        }

        if (method is "submit" or "map" && ConcurrencyFacts.ValueOf(receiver, model, []) is Call { Func: var pool } && model.QualifiedNameOf(pool) is { } poolName && s_threadPools.Contains(poolName))
        {
            return call.Args.FirstOrDefault();
        }

        return method == "run_in_executor" && ConcurrencyFacts.IsEventLoop(receiver, model, []) && call.Args.Length > 1 ? call.Args[1] : null;
    }

    private static bool IsModuleVariable(Name name, Scope? scope, SemanticModel model)
    {
        if (model.ReferenceOf(name) is { } reference)
        {
            return reference.Binding is { Kind: BindingKind.Assignment or BindingKind.AnnotatedAssignment or BindingKind.AugmentedAssignment } binding
                && ReferenceEquals(binding.Scope, model.ModuleScope);
        }

        return scope is not null && scope.Globals.Contains(name.Id);
    }

    private static bool IsLock(ExprNode expression, SemanticModel model, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (ConcurrencyFacts.LockKind(expression, model, ancestors) is not null)
        {
            return true;
        }

        // A name or attribute the model cannot follow may well be a lock: no finding rather than a wrong one.
        return expression is Name or Python.Syntax.Attribute && ConcurrencyFacts.ValueOf(expression, model, ancestors) is null;
    }

    private static bool IsThreadLock(ExprNode expression, SemanticModel model) =>
        ConcurrencyFacts.LockKind(expression, model, []) is not null
        || (expression is Name or Python.Syntax.Attribute && ConcurrencyFacts.ValueOf(expression, model, []) is null)
        || expression is Python.Syntax.Attribute;

    private static bool Guarded(List<TextSpan> guards, int offset) => guards.Any(g => g.Start <= offset && offset < g.End);

    /// <summary>Names the shared state an expression is: <c>self.attr</c> for an attribute of the method's receiver, the name of a module-level variable.</summary>
    private static string? KeyOf(ExprNode expression, string? self, SemanticModel model) => expression switch
    {
        Python.Syntax.Attribute { Value: Name receiver, Attr: var attribute } when self is not null && receiver.Id == self
            && model.ReferenceOf(receiver)?.Binding is { Kind: BindingKind.Parameter } => self + "." + attribute,
        Name name when model.ReferenceOf(name)?.Binding is { Kind: BindingKind.Assignment or BindingKind.AnnotatedAssignment } binding
            && ReferenceEquals(binding.Scope, model.ModuleScope) && !ModuleState.IsDunder(name.Id) => name.Id,
        _ => null,
    };

    /// <summary>The functions of a file already handed to another thread and checked, so each is checked once, from its first hand-over.</summary>
    private sealed class HandedFunctions
    {
        public HashSet<FunctionDef> Functions { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
