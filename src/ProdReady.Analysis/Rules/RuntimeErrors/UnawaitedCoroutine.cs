using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.RuntimeErrors;

/// <summary><c>RUN007 unawaited-coroutine</c>: a coroutine function is called as a bare statement, so its coroutine never runs.</summary>
public sealed class UnawaitedCoroutine : Rule
{
    /// <summary>Coroutine functions of the standard library (module-level functions whose call creates a coroutine).</summary>
    private static readonly FrozenSet<string> s_standardCoroutines = new[]
    {
        "asyncio.sleep", "asyncio.wait", "asyncio.wait_for", "asyncio.open_connection", "asyncio.open_unix_connection",
        "asyncio.start_server", "asyncio.start_unix_server", "asyncio.create_subprocess_exec", "asyncio.create_subprocess_shell",
        "asyncio.to_thread", "asyncio.staggered.staggered_race", "asyncio.tasks.sleep", "asyncio.tasks.wait", "asyncio.tasks.wait_for",
        "asyncio.streams.open_connection", "asyncio.streams.start_server",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "RUN007",
        Name: "unawaited-coroutine",
        Category: ChecklistItem.RuntimeErrors,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a call to a coroutine function used as a bare statement: the call is not awaited,
            not passed to `asyncio.create_task`, `gather` or `ensure_future`, not returned and not
            stored. Coroutine functions are the `async def` functions and methods of the file (a
            method through `self` or `cls`), the `async def` functions of the project's other modules,
            and the standard library's (`asyncio.sleep`, `asyncio.wait_for`, `asyncio.open_connection`,
            `asyncio.to_thread`, ...), through any import alias.

            ## Why is this bad?
            Calling a coroutine function only creates a coroutine object; its body never runs.
            Python warns "coroutine ... was never awaited" at garbage collection, long after the
            statement that lost the work.

            ## Example
            ```python
            async def refresh(cache):
                cache.clear()
                asyncio.sleep(1)
            ```

            Use instead:
            ```python
            async def refresh(cache):
                cache.clear()
                await asyncio.sleep(1)
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

        var name = CoroutineName(call.Func, model, context);
        if (name is not null)
        {
            context.Report(Info, call.Span, $"Coroutine '{name}' is called but never awaited, so it never runs: await it, or schedule it with asyncio.create_task and keep the task");
        }
    }

    private static string? CoroutineName(ExprNode callee, SemanticModel model, RuleContext context)
    {
        if (callee is Name name && model.ReferenceOf(name)?.Binding is { } binding)
        {
            if (binding is { Kind: BindingKind.FunctionDefinition, Node: AsyncFunctionDef } && IsOnlyDefinition(binding))
            {
                return name.Id;
            }

            if (binding.IsImport && binding.QualifiedName is { } imported && IsCoroutine(imported, context))
            {
                return name.Id;
            }

            return null;
        }

        if (callee is Python.Syntax.Attribute attribute)
        {
            if (model.QualifiedNameOf(attribute) is { } qualified && IsCoroutine(qualified, context))
            {
                return qualified;
            }

            if (attribute.Value is Name receiver && AsyncMethodThroughSelf(receiver, attribute.Attr, model))
            {
                return receiver.Id + "." + attribute.Attr;
            }
        }

        return null;
    }

    private static bool IsOnlyDefinition(Binding binding) => binding.Scope.BindingsOf(binding.Name).Count(b => b.BindsValue) == 1;

    private static bool IsCoroutine(string qualified, RuleContext context)
    {
        if (s_standardCoroutines.Contains(qualified))
        {
            return true;
        }

        var dot = qualified.LastIndexOf('.');
        return dot > 0 && context.Project.Index?.Get(qualified[..dot]) is { } summary && summary.AsyncFunctions.Contains(qualified[(dot + 1)..]);
    }

    /// <summary>Tells whether <c>self.name(...)</c> or <c>cls.name(...)</c> calls an <c>async def</c> of the method's class or its local bases.</summary>
    private static bool AsyncMethodThroughSelf(Name receiver, string method, SemanticModel model)
    {
        if (model.ReferenceOf(receiver)?.Binding is not { Kind: BindingKind.Parameter, Node: Arg parameter } binding
            || binding.Scope.Node is not (FunctionDef or AsyncFunctionDef)
            || binding.Scope.Parent is not { Kind: ScopeKind.Class, Node: ClassDef owner })
        {
            return false;
        }

        var arguments = binding.Scope.Node switch
        {
            FunctionDef function => function.Args,
            AsyncFunctionDef function => function.Args,
            _ => null,
        };
        var first = arguments is null ? null : (arguments.Posonlyargs.Length > 0 ? arguments.Posonlyargs[0] : arguments.Args.FirstOrDefault());
        if (!ReferenceEquals(first, parameter))
        {
            return false;
        }

        var own = model.ClassOf(owner);
        if (own.Methods.TryGetValue(method, out var direct))
        {
            return direct is AsyncFunctionDef;
        }

        if (own.LocalBases.IsDefaultOrEmpty)
        {
            return false;
        }

        var seen = new HashSet<ClassDef>(ReferenceEqualityComparer.Instance) { owner };
        var pending = new Stack<ClassDef>(own.LocalBases);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            var facts = model.ClassOf(type);
            if (facts.Methods.TryGetValue(method, out var definition))
            {
                return definition is AsyncFunctionDef;
            }

            foreach (var local in facts.LocalBases)
            {
                pending.Push(local);
            }
        }

        return false;
    }
}
