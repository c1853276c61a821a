using System.Collections.Frozen;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.AsyncCorrectness;

/// <summary>What the model can tell about locks, event loops and executors: the value an expression holds, resolved through bindings and <c>self</c> attributes.</summary>
internal static class ConcurrencyFacts
{
    private static readonly FrozenDictionary<string, string> s_locks = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["asyncio.Lock"] = "asyncio",
        ["asyncio.Semaphore"] = "asyncio",
        ["asyncio.BoundedSemaphore"] = "asyncio",
        ["asyncio.Condition"] = "asyncio",
        ["asyncio.locks.Lock"] = "asyncio",
        ["asyncio.locks.Semaphore"] = "asyncio",
        ["asyncio.locks.BoundedSemaphore"] = "asyncio",
        ["asyncio.locks.Condition"] = "asyncio",
        ["threading.Lock"] = "threading",
        ["threading.RLock"] = "threading",
        ["threading.Semaphore"] = "threading",
        ["threading.BoundedSemaphore"] = "threading",
        ["threading.Condition"] = "threading",
        ["multiprocessing.Lock"] = "threading",
        ["multiprocessing.RLock"] = "threading",
        ["multiprocessing.Semaphore"] = "threading",
        ["_thread.allocate_lock"] = "threading",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_loopGetters = new[]
    {
        "asyncio.get_event_loop", "asyncio.get_running_loop", "asyncio.new_event_loop", "asyncio.events.get_event_loop",
        "asyncio.events.get_running_loop", "asyncio.events.new_event_loop",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Returns the nearest enclosing function if it is an <c>async def</c>; <see langword="null"/> in a plain function, lambda, class body or at module level.</summary>
    /// <param name="ancestors">The node's ancestors, outermost first.</param>
    /// <returns>The coroutine function.</returns>
    public static AsyncFunctionDef? EnclosingCoroutine(IReadOnlyList<SyntaxNode> ancestors) =>
        SyntaxSearch.EnclosingFunction(ancestors) as AsyncFunctionDef;

    /// <summary>Tells which family of lock an expression holds: <c>asyncio</c>, <c>threading</c> or neither (<see langword="null"/>).</summary>
    /// <param name="expression">A call, a name or a <c>self</c> attribute.</param>
    /// <param name="model">The file's model.</param>
    /// <param name="ancestors">The ancestors of the expression, used to find the class of a <c>self</c> attribute.</param>
    /// <returns>The family.</returns>
    public static string? LockKind(ExprNode expression, SemanticModel model, IReadOnlyList<SyntaxNode> ancestors) =>
        ValueOf(expression, model, ancestors) is Call call && model.QualifiedNameOf(call.Func) is { } name ? s_locks.GetValueOrDefault(name) : null;

    /// <summary>Tells whether an expression holds an event loop: a call of <c>asyncio.get_event_loop()</c>, <c>get_running_loop()</c> or <c>new_event_loop()</c>, directly or through a binding.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="model">The file's model.</param>
    /// <param name="ancestors">The ancestors of the expression.</param>
    /// <returns><see langword="true"/> for an event loop.</returns>
    public static bool IsEventLoop(ExprNode expression, SemanticModel model, IReadOnlyList<SyntaxNode> ancestors) =>
        ValueOf(expression, model, ancestors) is Call call && model.QualifiedNameOf(call.Func) is { } name && s_loopGetters.Contains(name);

    /// <summary>
    /// Returns the expression a name or <c>self</c> attribute was last assigned from, as far as the model can tell: the value
    /// of the name's only assignment, the context expression of its <c>with ... as</c>, or the value assigned to
    /// <c>self.attr</c> (or at class level) in the enclosing class.
    /// </summary>
    /// <param name="expression">The expression.</param>
    /// <param name="model">The file's model.</param>
    /// <param name="ancestors">The ancestors of the expression.</param>
    /// <returns>The value, or the expression itself when it is not a name or attribute that can be followed.</returns>
    public static ExprNode? ValueOf(ExprNode expression, SemanticModel model, IReadOnlyList<SyntaxNode> ancestors)
    {
        switch (expression)
        {
            case Name name when model.ReferenceOf(name)?.Binding is { } binding:
                if (binding.Scope.BindingsOf(binding.Name).Count(b => b.BindsValue) != 1)
                {
                    return null;
                }

                return binding.Node switch
                {
                    Assign { Targets: [Name] } assign => assign.Value,
                    AnnAssign annotated => annotated.Value,
                    WithItem item => item.ContextExpr,
                    _ => null,
                };
            case Python.Syntax.Attribute { Value: Name receiver } attribute when IsSelf(receiver, ancestors):
                return AttributeValue(attribute.Attr, ancestors);
            default:
                return expression;
        }
    }

    /// <summary>Tells whether a name is the first parameter of the enclosing method (<c>self</c> or <c>cls</c>, whatever it is called).</summary>
    /// <param name="name">The name.</param>
    /// <param name="ancestors">The ancestors of the name.</param>
    /// <returns><see langword="true"/> for the receiver parameter of a method.</returns>
    public static bool IsSelf(Name name, IReadOnlyList<SyntaxNode> ancestors)
    {
        var function = SyntaxSearch.EnclosingFunction(ancestors);
        var index = -1;
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(ancestors[i], function))
            {
                index = i;
                break;
            }
        }

        if (index <= 0 || ancestors[index - 1] is not ClassDef)
        {
            return false;
        }

        var arguments = function switch
        {
            FunctionDef definition => definition.Args,
            AsyncFunctionDef definition => definition.Args,
            _ => null,
        };
        var first = arguments is null ? null : (arguments.Posonlyargs.Length > 0 ? arguments.Posonlyargs[0] : arguments.Args.FirstOrDefault());
        return first is not null && first.Name == name.Id;
    }

    private static ExprNode? AttributeValue(string attribute, IReadOnlyList<SyntaxNode> ancestors)
    {
        ClassDef? owner = null;
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            if (ancestors[i] is ClassDef type)
            {
                owner = type;
                break;
            }
        }

        if (owner is null)
        {
            return null;
        }

        ExprNode? found = null;
        foreach (var statement in owner.Body)
        {
            switch (statement)
            {
                case Assign { Targets: [Name target] } assign when target.Id == attribute:
                    found ??= assign.Value;
                    break;
                case AnnAssign { Target: Name target, Value: { } value } when target.Id == attribute:
                    found ??= value;
                    break;
                case FunctionDef or AsyncFunctionDef:
                    foreach (var node in SyntaxSearch.Descendants(statement))
                    {
                        if (node is Assign { Targets: [Python.Syntax.Attribute { Value: Name, Attr: var name }] } assign && name == attribute)
                        {
                            found ??= assign.Value;
                        }
                        else if (node is AnnAssign { Target: Python.Syntax.Attribute { Value: Name, Attr: var annotatedName }, Value: { } value } && annotatedName == attribute)
                        {
                            found ??= value;
                        }
                    }

                    break;
            }
        }

        return found;
    }
}
