using System.Collections.Frozen;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.GlobalState;

/// <summary>What makes a value a mutable container, and which statements and calls change one in place.</summary>
internal static class MutableValues
{
    private static readonly FrozenDictionary<string, string> s_constructors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["builtins.list"] = "list",
        ["builtins.dict"] = "dict",
        ["builtins.set"] = "set",
        ["builtins.bytearray"] = "bytearray",
        ["collections.defaultdict"] = "defaultdict",
        ["collections.deque"] = "deque",
        ["collections.OrderedDict"] = "OrderedDict",
        ["collections.Counter"] = "Counter",
        ["array.array"] = "array",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_mutators = new[]
    {
        "append", "extend", "insert", "remove", "pop", "clear", "update", "setdefault", "add", "discard", "popitem",
        "sort", "reverse", "appendleft", "extendleft", "popleft", "rotate", "difference_update", "intersection_update",
        "symmetric_difference_update", "move_to_end", "subtract", "frombytes", "fromlist", "__setitem__", "__delitem__",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Names the kind of mutable container an expression creates: a display or comprehension, or a call of a known constructor.</summary>
    /// <param name="value">The expression.</param>
    /// <param name="model">The file's model, which resolves constructor names through imports.</param>
    /// <returns><c>list</c>, <c>dict</c>, <c>set</c>, <c>deque</c>..., or <see langword="null"/> when the value is not one.</returns>
    public static string? KindOf(ExprNode? value, SemanticModel model) => value switch
    {
        List or ListComp => "list",
        Dict or DictComp => "dict",
        Set or SetComp => "set",
        Call call when model.QualifiedNameOf(call.Func) is { } name && s_constructors.TryGetValue(name, out var kind) => kind,
        _ => null,
    };

    /// <summary>Names the immutable alternative to a kind of container.</summary>
    /// <param name="kind">A kind from <see cref="KindOf"/>.</param>
    /// <returns>The alternative, in words.</returns>
    public static string ImmutableAlternative(string kind) => kind switch
    {
        "list" or "deque" or "array" => "a tuple",
        "set" => "a frozenset",
        "bytearray" => "bytes",
        _ => "a types.MappingProxyType (or annotate it Final)",
    };

    /// <summary>Tells whether a method name changes a built-in container in place.</summary>
    /// <param name="method">The method's name.</param>
    /// <returns><see langword="true"/> for <c>append</c>, <c>update</c>, <c>pop</c>...</returns>
    public static bool IsMutator(string method) => s_mutators.Contains(method);

    /// <summary>
    /// Adds the expressions whose object a node changes in place: the receiver of a mutating method call, the container of
    /// an item assignment, item deletion or augmented item assignment, the target of an augmented assignment. Subscripts are
    /// looked through (<c>table[key].append(v)</c> changes <c>table</c>'s contents).
    /// </summary>
    /// <param name="node">The node.</param>
    /// <param name="into">Where to add the changed expressions.</param>
    public static void CollectChanged(SyntaxNode node, List<ExprNode> into)
    {
        // Asked of every node of a module: the kind first, so that the nodes that change nothing cost no type test.
        if (node.NodeKind is not (NodeKind.Call or NodeKind.Assign or NodeKind.AugAssign or NodeKind.AnnAssign or NodeKind.Delete))
        {
            return;
        }

        switch (node)
        {
            case Call { Func: Python.Syntax.Attribute method } when IsMutator(method.Attr):
                into.Add(Root(method.Value));
                break;
            case Assign assign:
                foreach (var target in assign.Targets)
                {
                    AddItemTargets(target, into);
                }

                break;
            case AugAssign augmented:
                into.Add(Root(augmented.Target));
                break;
            case AnnAssign { Target: Subscript subscript, Value: not null }:
                into.Add(Root(subscript));
                break;
            case Delete deletion:
                foreach (var target in deletion.Targets)
                {
                    AddItemTargets(target, into);
                }

                break;
        }
    }

    /// <summary>Strips subscripts off an expression: <c>table[a][b]</c> is <c>table</c>.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The innermost subscripted value.</returns>
    public static ExprNode Root(ExprNode expression)
    {
        while (expression is Subscript subscript)
        {
            expression = subscript.Value;
        }

        return expression;
    }

    private static void AddItemTargets(ExprNode target, List<ExprNode> into)
    {
        switch (target)
        {
            case Subscript subscript:
                into.Add(Root(subscript));
                break;
            case Python.Syntax.Tuple tuple:
                foreach (var element in tuple.Elts)
                {
                    AddItemTargets(element, into);
                }

                break;
            case List list:
                foreach (var element in list.Elts)
                {
                    AddItemTargets(element, into);
                }

                break;
        }
    }
}
