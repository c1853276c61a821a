using System.Collections.Frozen;
using System.Collections.Immutable;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// Follows the values of the non-deterministic calls of one body (unseeded random numbers, the wall clock, fresh ids) to
/// what the body asserts, returns or keeps on <c>self</c>, giving the entries of <see cref="UnitFacts.Nondeterminism"/>.
/// The flow is flow-insensitive (a local is tainted if any assignment taints it, so loops need no ordering) and stays
/// inside the body; what crosses into another unit is left as an entry the test map's users join:
/// <list type="bullet">
/// <item><c>SOURCE</c>: the source's value decides an assertion of the body;</item>
/// <item><c>SOURCE@return</c>, <c>SOURCE@self.NAME</c>, <c>self.OTHER@self.NAME</c>: the value is returned (or yielded) or kept on the instance;</item>
/// <item><c>?self.NAME</c>, <c>?param:NAME</c>, <c>?call:QUALIFIED</c>: an attribute, a parameter (a fixture) or a local helper's
/// result decides an assertion of the body, and is non-deterministic if that other unit says it is.</item>
/// </list>
/// An assertion is decided by a value when the value is checked alone (<c>assert not token.expired()</c>, <c>assertTrue</c>)
/// or compared for equality with a literal (<c>result.exception is None</c>, <c>== 3</c>). A value compared with another
/// one derived from the same source (a round trip, a shuffled list against itself), compared by order or within a tolerance
/// (a deadline, an elapsed time, a bound), or reduced to its length or type does not decide it.
/// </summary>
internal sealed class NondeterminismFlow
{
    /// <summary>The calls whose result is the same whatever the value passed: a length, a type, a type test.</summary>
    private static readonly FrozenSet<string> s_sanitizers = FrozenSet.ToFrozenSet(
        ["builtins.len", "builtins.type", "builtins.isinstance", "builtins.issubclass", "builtins.id", "builtins.hasattr", "builtins.callable"],
        StringComparer.Ordinal);

    /// <summary>The clock readings: the difference of two of them is an elapsed time, not a date.</summary>
    private static readonly FrozenSet<string> s_clocks = FrozenSet.ToFrozenSet(
        ["time.time", "time.time_ns", "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today", "datetime.date.today"],
        StringComparer.Ordinal);

    /// <summary>The sources that reorder their argument in place rather than return a value.</summary>
    private static readonly FrozenSet<string> s_inPlace = FrozenSet.ToFrozenSet(["random.shuffle", "numpy.random.shuffle"], StringComparer.Ordinal);

    /// <summary>The methods of the built-in collections that put what they are passed into the collection.</summary>
    private static readonly FrozenSet<string> s_collectors = FrozenSet.ToFrozenSet(
        ["append", "extend", "insert", "add", "update", "appendleft", "extendleft", "setdefault"], StringComparer.Ordinal);

    /// <summary>
    /// The <c>unittest</c> (and <c>numpy.testing</c>) assertions that their first two arguments are equal (or one holds the
    /// other); their negations are left out, since being different from one literal is what almost every value is.
    /// </summary>
    private static readonly FrozenSet<string> s_equalityAsserts = FrozenSet.ToFrozenSet(
    [
        "assertEqual", "assertEquals", "assertIs", "assertIn",
        "assertListEqual", "assertTupleEqual", "assertDictEqual", "assertSetEqual", "assertSequenceEqual", "assertMultiLineEqual",
        "assertCountEqual", "assert_equal", "assert_array_equal",
    ], StringComparer.Ordinal);

    /// <summary>The assertions checking their first argument alone.</summary>
    private static readonly FrozenSet<string> s_unaryAsserts = FrozenSet.ToFrozenSet(
        ["assertTrue", "assertFalse", "assertIsNone", "assertIsNotNone", "assert_", "failUnless", "failIf"], StringComparer.Ordinal);

    /// <summary>Deeper expressions than this are left untainted (the walk of an expression recurses).</summary>
    private const int MaxDepth = 100;

    /// <summary>How often the assignments are read again for taint to travel along chains of locals.</summary>
    private const int MaxRounds = 8;

    private readonly SemanticModel _model;
    private readonly Func<string, Call, bool> _isSource;
    private readonly string? _selfName;
    private readonly HashSet<string> _parameters;
    private readonly Dictionary<string, HashSet<string>> _locals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _attributes = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _entries = new(StringComparer.Ordinal);
    private bool _changed;

    private NondeterminismFlow(SemanticModel model, Func<string, Call, bool> isSource, string? selfName, HashSet<string> parameters)
    {
        _model = model;
        _isSource = isSource;
        _selfName = selfName;
        _parameters = parameters;
    }

    /// <summary>Follows the non-deterministic values of a function's body.</summary>
    /// <param name="model">The module's model.</param>
    /// <param name="body">The body, nested functions and lambdas included.</param>
    /// <param name="arguments">The function's parameters.</param>
    /// <param name="isMethod">Whether the first parameter is the instance (or the class).</param>
    /// <param name="isSource">Tells whether a call, by its qualified name, gives a non-deterministic value.</param>
    /// <returns>The entries, in ordinal order; empty when nothing non-deterministic reaches an assertion, a return or the instance.</returns>
    public static IEnumerable<string> Analyze(SemanticModel model, IReadOnlyList<StmtNode> body, Arguments arguments, bool isMethod, Func<string, Call, bool> isSource)
    {
        var nodes = new NodeCollector();
        foreach (var statement in body)
        {
            nodes.Walk(statement);
        }

        if (!nodes.HasAssertion && !nodes.KeepsAttribute && !nodes.HasSource(model, isSource))
        {
            return [];
        }

        string? selfName = null;
        var parameters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in (ReadOnlySpan<ImmutableArray<Arg>>)[arguments.Posonlyargs, arguments.Args, arguments.Kwonlyargs])
        {
            foreach (var argument in group)
            {
                if (isMethod && selfName is null && parameters.Count == 0)
                {
                    selfName = argument.Name;
                    continue;
                }

                parameters.Add(argument.Name);
            }
        }

        var flow = new NondeterminismFlow(model, isSource, selfName, parameters);
        for (var round = 0; round < MaxRounds; round++)
        {
            flow._changed = false;
            foreach (var node in nodes.Nodes)
            {
                flow.Propagate(node);
            }

            if (!flow._changed)
            {
                break;
            }
        }

        foreach (var node in nodes.Nodes)
        {
            flow.Judge(node);
        }

        return flow._entries;
    }

    private void Propagate(SyntaxNode node)
    {
        switch (node)
        {
            case Assign assign:
                var value = Taint(assign.Value, 0);
                foreach (var target in assign.Targets)
                {
                    Bind(target, value);
                }

                break;
            case AugAssign augmented:
                Bind(augmented.Target, Taint(augmented.Value, 0));
                break;
            case AnnAssign { Value: { } annotated } declaration:
                Bind(declaration.Target, Taint(annotated, 0));
                break;
            case For loop:
                Bind(loop.Target, Taint(loop.Iter, 0));
                break;
            case AsyncFor loop:
                Bind(loop.Target, Taint(loop.Iter, 0));
                break;
            case WithItem { OptionalVars: { } variables } item:
                Bind(variables, Taint(item.ContextExpr, 0));
                break;
            case NamedExpr named:
                Bind(named.Target, Taint(named.Value, 0));
                break;
            case Comprehension generator:
                Bind(generator.Target, Taint(generator.Iter, 0));
                break;
            case Call call:
                PropagateCall(call);
                break;
        }
    }

    /// <summary>A call fills the collection it is called on: <c>items.append(value)</c>.</summary>
    private void PropagateCall(Call call)
    {
        if (FactsExtractor.Qualified(_model, call.Func) is { } name && s_inPlace.Contains(name))
        {
            // A shuffled list holds the same items: a test shuffling checks that their order does not matter.
            return;
        }

        if (call.Func is Python.Syntax.Attribute { Value: var receiver } method && s_collectors.Contains(method.Attr) && !IsSelf(receiver) && IsLocal(receiver))
        {
            HashSet<string>? passed = null;
            foreach (var argument in call.Args)
            {
                Union(ref passed, Taint(argument, 0));
            }

            foreach (var keyword in call.Keywords)
            {
                Union(ref passed, Taint(keyword.Value, 0));
            }

            Bind(receiver, passed);
        }
    }

    private void Bind(ExprNode target, HashSet<string>? labels)
    {
        if (labels is null || labels.Count == 0)
        {
            return;
        }

        switch (target)
        {
            case Name name when name.Id != _selfName:
                Add(_locals, name.Id, labels);
                break;
            case Python.Syntax.Attribute { Value: var owner } attribute when IsSelf(owner):
                Add(_attributes, attribute.Attr, labels);
                break;
            case Python.Syntax.Attribute attribute:
                Bind(attribute.Value, labels);
                break;
            case Subscript subscript:
                Bind(subscript.Value, labels);
                break;
            case Starred starred:
                Bind(starred.Value, labels);
                break;
            case Python.Syntax.Tuple tuple:
                foreach (var element in tuple.Elts)
                {
                    Bind(element, labels);
                }

                break;
            case Python.Syntax.List list:
                foreach (var element in list.Elts)
                {
                    Bind(element, labels);
                }

                break;
        }
    }

    private void Add(Dictionary<string, HashSet<string>> into, string key, HashSet<string> labels)
    {
        if (!into.TryGetValue(key, out var existing))
        {
            into[key] = existing = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var label in labels)
        {
            _changed |= existing.Add(label);
        }
    }

    /// <summary>Tells whether a value is held by the body (a local, or something reached from one or from <c>self</c>), not a module's.</summary>
    private bool IsLocal(ExprNode node)
    {
        var root = node;
        while (root is Python.Syntax.Attribute or Subscript)
        {
            root = root is Python.Syntax.Attribute attribute ? attribute.Value : ((Subscript)root).Value;
        }

        return root is Name name && (IsSelf(name) || FactsExtractor.Qualified(_model, name) is null);
    }

    private bool IsSelf(ExprNode node) => node is Name name && _selfName is not null && name.Id == _selfName;

    /// <summary>What an expression's value comes from: sources, and the attributes, parameters and local helpers it reads.</summary>
    private HashSet<string>? Taint(ExprNode? node, int depth)
    {
        if (node is null || depth > MaxDepth)
        {
            return null;
        }

        switch (node)
        {
            case Name name:
                HashSet<string>? named = null;
                if (_locals.TryGetValue(name.Id, out var local))
                {
                    Union(ref named, local);
                }

                if (_parameters.Contains(name.Id))
                {
                    Union(ref named, ["param:" + name.Id]);
                }

                return named;
            case Python.Syntax.Attribute { Value: var owner } attribute when IsSelf(owner):
                HashSet<string> read = new(StringComparer.Ordinal) { "self." + attribute.Attr };
                if (_attributes.TryGetValue(attribute.Attr, out var kept))
                {
                    read.UnionWith(kept);
                }

                return read;
            case Python.Syntax.Attribute attribute:
                return Taint(attribute.Value, depth + 1);
            case Subscript subscript:
                // An item picked at a random position is checked against what the test put there: the position is left out.
                return Taint(subscript.Value, depth + 1);
            case Call call:
                return TaintOfCall(call, depth);
            case BinOp { Op: Operator.Sub } difference:
                var left = Taint(difference.Left, depth + 1);
                var right = Taint(difference.Right, depth + 1);
                if (left is not null && right is not null)
                {
                    // One clock reading less another is an elapsed time, the same whatever the date.
                    var elapsed = left.Where(s_clocks.Contains).Intersect(right).ToList();
                    left.UnionWith(right);
                    left.ExceptWith(elapsed);
                    return left;
                }

                return left ?? right;
            case Lambda or Constant:
                return null;
            default:
                HashSet<string>? result = null;
                var children = new List<SyntaxNode>();
                node.AddChildren(children);
                foreach (var child in children)
                {
                    if (child is ExprNode expression)
                    {
                        Union(ref result, Taint(expression, depth + 1));
                    }
                    else if (child is Comprehension generator)
                    {
                        Union(ref result, Taint(generator.Iter, depth + 1));
                    }
                    else if (child is Keyword keyword)
                    {
                        Union(ref result, Taint(keyword.Value, depth + 1));
                    }
                }

                return result;
        }
    }

    private HashSet<string>? TaintOfCall(Call call, int depth)
    {
        var name = FactsExtractor.Qualified(_model, call.Func);
        if (name is not null && _isSource(name, call))
        {
            return new HashSet<string>(StringComparer.Ordinal) { name };
        }

        if (name is not null && s_sanitizers.Contains(name))
        {
            return null;
        }

        HashSet<string>? result = null;
        if (call.Func is Python.Syntax.Attribute { Value: var owner } method)
        {
            Union(ref result, IsSelf(owner) ? ["call:self." + method.Attr] : Taint(owner, depth + 1));
        }
        else if (name is not null && name.StartsWith(_model.ModuleName + ".", StringComparison.Ordinal))
        {
            Union(ref result, ["call:" + name]);
        }
        else if (call.Func is not Name)
        {
            Union(ref result, Taint(call.Func, depth + 1));
        }

        foreach (var argument in call.Args)
        {
            Union(ref result, Taint(argument, depth + 1));
        }

        foreach (var keyword in call.Keywords)
        {
            Union(ref result, Taint(keyword.Value, depth + 1));
        }

        return result;
    }

    private static void Union(ref HashSet<string>? into, IEnumerable<string>? labels)
    {
        if (labels is null)
        {
            return;
        }

        into ??= new HashSet<string>(StringComparer.Ordinal);
        into.UnionWith(labels);
    }

    private void Judge(SyntaxNode node)
    {
        switch (node)
        {
            case Assert assertion:
                JudgeTest(assertion.Test, false);
                break;
            case Call { Func: Python.Syntax.Attribute method } call when s_equalityAsserts.Contains(method.Attr) && call.Args.Length >= 2:
                JudgeEquality(call.Args[0], call.Args[1]);
                break;
            case Call { Func: Python.Syntax.Attribute method } call when s_unaryAsserts.Contains(method.Attr) && call.Args.Length >= 1:
                JudgeTest(call.Args[0], method.Attr is "assertFalse" or "failIf");
                break;
            case Call { Func: Name } call when FactsExtractor.Qualified(_model, call.Func) is { } name
                && name.StartsWith("numpy.testing.", StringComparison.Ordinal) && s_equalityAsserts.Contains(name["numpy.testing.".Length..]) && call.Args.Length >= 2:
                JudgeEquality(call.Args[0], call.Args[1]);
                break;
            case Return { Value: { } returned }:
                Keep(Taint(returned, 0), "return");
                break;
            case Yield { Value: { } yielded }:
                Keep(Taint(yielded, 0), "return");
                break;
            case Assign assign:
                foreach (var target in assign.Targets)
                {
                    if (target is Python.Syntax.Attribute { Value: var owner } attribute && IsSelf(owner))
                    {
                        Keep(Taint(assign.Value, 0), "self." + attribute.Attr);
                    }
                }

                break;
        }
    }

    /// <summary>Records what leaves the body: concrete sources, and an attribute kept under another name.</summary>
    private void Keep(HashSet<string>? labels, string sink)
    {
        foreach (var label in labels ?? [])
        {
            if (!IsSymbolic(label) || (sink != "return" && label.StartsWith("self.", StringComparison.Ordinal) && label != sink))
            {
                _entries.Add(label + "@" + sink);
            }
        }
    }

    /// <summary>Judges what an assertion checks; <paramref name="negated"/> when it checks that the test does not hold.</summary>
    private void JudgeTest(ExprNode test, bool negated)
    {
        switch (test)
        {
            case UnaryOp { Op: UnaryOperator.Not } negation:
                JudgeTest(negation.Operand, !negated);
                break;
            case BoolOp either:
                foreach (var value in either.Values)
                {
                    JudgeTest(value, negated);
                }

                break;
            case Compare comparison:
                var left = comparison.Left;
                for (var i = 0; i < comparison.Ops.Length; i++)
                {
                    var right = comparison.Comparators[i];
                    // Being different from one literal is what almost every value is: only a check of equality decides.
                    var equal = comparison.Ops[i] is CmpOperator.Eq or CmpOperator.Is or CmpOperator.In;
                    var different = comparison.Ops[i] is CmpOperator.NotEq or CmpOperator.IsNot or CmpOperator.NotIn;
                    if (negated ? different : equal)
                    {
                        JudgeEquality(left, right);
                    }

                    left = right;
                }

                break;
            default:
                // A value checked alone decides the assertion when it is a date (`not token.expired()`); a random value
                // checked alone is a property every value has (`assertTrue(complex(random() + 1e-6, 0))`); what another unit
                // provides is not known to be a date, and is left out.
                Decide(Taint(test, 0)?.Where(s_clocks.Contains));
                break;
        }
    }

    /// <summary>
    /// An equality decides on a value only against a literal: against anything else it may be a round trip. Against
    /// <c>None</c>, <c>True</c> or <c>False</c> it checks that nothing went wrong or that a predicate holds, which every random
    /// value must pass; only a date can decide such a check.
    /// </summary>
    private void JudgeEquality(ExprNode left, ExprNode right)
    {
        var (value, literal) = IsLiteral(right) ? (left, right) : IsLiteral(left) ? (right, left) : (null, null);
        if (value is null)
        {
            return;
        }

        var labels = Taint(value, 0);
        Decide(literal is Constant { Value: null or bool } ? labels?.Where(s_clocks.Contains) : labels);
    }

    private void Decide(IEnumerable<string>? labels)
    {
        foreach (var label in labels ?? [])
        {
            _entries.Add(IsSymbolic(label) ? "?" + label : label);
        }
    }

    private static bool IsSymbolic(string label) =>
        label.StartsWith("self.", StringComparison.Ordinal) || label.StartsWith("param:", StringComparison.Ordinal) || label.StartsWith("call:", StringComparison.Ordinal);

    private static bool IsLiteral(ExprNode node) => node switch
    {
        Constant => true,
        UnaryOp { Operand: Constant } => true,
        Python.Syntax.Tuple tuple => tuple.Elts.All(IsLiteral),
        Python.Syntax.List list => list.Elts.All(IsLiteral),
        Set set => set.Elts.All(IsLiteral),
        Dict dict => dict.Keys.All(k => k is not null && IsLiteral(k)) && dict.Values.All(IsLiteral),
        _ => false,
    };

    /// <summary>Gathers the nodes of a body the flow reads, nested functions included, in source order.</summary>
    private sealed class NodeCollector : SyntaxWalker
    {
        public List<SyntaxNode> Nodes { get; } = [];

        public bool HasAssertion { get; private set; }

        public bool KeepsAttribute { get; private set; }

        private readonly List<Call> _calls = [];

        public bool HasSource(SemanticModel model, Func<string, Call, bool> isSource) =>
            _calls.Exists(c => FactsExtractor.Qualified(model, c.Func) is { } name && isSource(name, c));

        protected override bool Enter(SyntaxNode node)
        {
            switch (node)
            {
                case Assign assign:
                    KeepsAttribute |= assign.Targets.Any(t => t is Python.Syntax.Attribute);
                    Nodes.Add(node);
                    break;
                case AugAssign or AnnAssign or For or AsyncFor or WithItem or NamedExpr or Comprehension or Return or Yield:
                    Nodes.Add(node);
                    break;
                case Assert:
                    HasAssertion = true;
                    Nodes.Add(node);
                    break;
                case Call call:
                    _calls.Add(call);
                    HasAssertion |= call.Func is Python.Syntax.Attribute { Attr: var attribute } && attribute.StartsWith("assert", StringComparison.Ordinal);
                    Nodes.Add(node);
                    break;
            }

            return true;
        }
    }
}
