using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// Follows the values of the non-deterministic calls of one body (unseeded random numbers, the wall clock, fresh ids) to
/// what the body asserts, returns or keeps on <c>self</c>, giving the entries of <see cref="UnitFacts.Nondeterminism"/>.
/// The flow follows the statements in the order they run, scope by scope: an assignment replaces what a local held, the
/// arms of a branch meet after it, a loop's body is walked until what one iteration leaves for the next settles, and a
/// nested function is a scope of its own whose name holds what it returns. Attributes kept on <c>self</c> are shared by
/// the whole body. The flow stays inside the body; what crosses into another unit is left as an entry the test map's
/// users join:
/// <list type="bullet">
/// <item><c>SOURCE</c>: the source's value decides an assertion of the body;</item>
/// <item><c>SOURCE@return</c>, <c>SOURCE@self.NAME</c>, <c>self.OTHER@self.NAME</c>: the value is returned (or yielded) or kept on the instance;</item>
/// <item><c>?self.NAME</c>, <c>?param:NAME</c>, <c>?call:QUALIFIED</c>: an attribute, a parameter (a fixture) or a local helper's
/// result decides an assertion of the body, and is non-deterministic if that other unit says it is;</item>
/// <item><c>~self.NAME</c>, <c>~param:NAME</c>, <c>~call:QUALIFIED</c>: the same, checked alone, which decides only a clock reading.</item>
/// </list>
/// An assertion is decided by a value when the value is compared for equality with a literal (<c>== 3</c>) or, for a date
/// or time, checked alone (<c>assert not token.expired()</c>, <c>assertTrue</c>, <c>result.exception is None</c>). A test
/// that fails itself (<c>self.fail</c>, <c>pytest.fail</c>, <c>raise AssertionError</c>) asserts too: under <c>if value != 3</c>
/// as <c>assert value == 3</c> does, and in the handler of a <c>try</c> as a check alone of what the body's calls are passed
/// (that none of them raises). A value compared with another
/// one derived from the same source (a round trip, a shuffled list against itself), compared by order or within a tolerance
/// (a deadline, an elapsed time, a bound), or reduced to its length or type does not decide it.
/// </summary>
internal sealed class NondeterminismFlow
{
    /// <summary>The calls whose result is the same whatever the value passed: a length, a type, a type test.</summary>
    private static readonly FrozenSet<string> s_sanitizers = FrozenSet.ToFrozenSet(
        ["builtins.len", "builtins.type", "builtins.isinstance", "builtins.issubclass", "builtins.id", "builtins.hasattr", "builtins.callable"],
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

    /// <summary>Deeper nesting of statements than this is not followed (the walk of the statements recurses).</summary>
    private const int MaxNesting = 100;

    /// <summary>How often a loop's body is walked for the values it carries round to reach the next iteration.</summary>
    private const int MaxLoopRounds = 4;

    /// <summary>How often the whole body is walked for an attribute read before the statement that keeps it.</summary>
    private const int MaxPasses = 3;

    /// <summary>How many statements one body's walk visits at most, loops walked again included.</summary>
    private const int MaxVisits = 50_000;

    private readonly SemanticModel _model;
    private readonly Func<string, Call, bool> _isSource;
    private readonly Dictionary<string, HashSet<string>> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _attributes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _readAttributes = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _entries = new(StringComparer.Ordinal);
    private readonly Stack<LoopExits> _loops = new();

    /// <summary>Lists for the children of the expressions being tainted, kept for the next (the walk of an expression recurses).</summary>
    private readonly Stack<List<SyntaxNode>> _lists = new();

    /// <summary>What the calls of each <c>try</c> body being walked are passed, for a handler that fails the test.</summary>
    private readonly Stack<HashSet<string>> _tried = new();
    private readonly EffectWalker _effects;

    /// <summary>
    /// The tainted locals of the scope being walked at the current statement, by name; <see langword="null"/> where the code
    /// cannot be reached (after a <c>return</c>, <c>raise</c>, <c>break</c> or <c>continue</c>). A set stored in it is
    /// never changed afterwards, so copies of the state share them.
    /// </summary>
    private Dictionary<string, HashSet<string>>? _state;

    /// <summary>What the nested function being walked returns or yields; <see langword="null"/> in the body itself.</summary>
    private HashSet<string>? _returned;

    private bool _rerun;

    /// <summary>Whether the body fails the test anywhere (<c>self.fail</c>...): only then are branches and handlers searched for it.</summary>
    private bool _fails;
    private int _visits;
    private int _nesting;
    private string? _selfName;

    /// <summary>Initializes a new instance of the <see cref="NondeterminismFlow"/> class, which follows the bodies of one module one after another.</summary>
    /// <param name="model">The module's model.</param>
    /// <param name="isSource">Tells whether a call, by its qualified name, gives a non-deterministic value.</param>
    public NondeterminismFlow(SemanticModel model, Func<string, Call, bool> isSource)
    {
        _model = model;
        _isSource = isSource;
        _effects = new EffectWalker(this);
    }

    /// <summary>Follows the non-deterministic values of a function's body.</summary>
    /// <param name="body">The body, nested functions and lambdas included.</param>
    /// <param name="arguments">The function's parameters.</param>
    /// <param name="isMethod">Whether the first parameter is the instance (or the class).</param>
    /// <param name="hints">What the walk of the body for its other facts saw it do.</param>
    /// <returns>
    /// The entries, in ordinal order; empty when nothing non-deterministic reaches an assertion, a return or the instance.
    /// They are valid until the next body is followed.
    /// </returns>
    public IReadOnlyCollection<string> Analyze(IReadOnlyList<StmtNode> body, Arguments arguments, bool isMethod, FlowHints hints)
    {
        _entries.Clear();

        // Without a source or an assertion, a body can only keep one attribute under another name: most bodies have none.
        if ((hints & (FlowHints.Asserts | FlowHints.Source)) == 0 && (hints & FlowHints.Keeps) != FlowHints.Keeps)
        {
            return _entries;
        }

        _selfName = null;
        _parameters.Clear();
        _attributes.Clear();
        _readAttributes.Clear();
        _loops.Clear();
        _tried.Clear();
        _returned = null;
        _visits = 0;
        _nesting = 0;
        _fails = (hints & FlowHints.Fails) != 0;
        var first = true;
        foreach (var group in (ReadOnlySpan<ImmutableArray<Arg>>)[arguments.Posonlyargs, arguments.Args, arguments.Kwonlyargs])
        {
            foreach (var argument in group)
            {
                if (isMethod && first)
                {
                    _selfName = argument.Name;
                }
                else
                {
                    _parameters[argument.Name] = new HashSet<string>(StringComparer.Ordinal) { "param:" + argument.Name };
                }

                first = false;
            }
        }

        for (var pass = 0; pass < MaxPasses; pass++)
        {
            // A parameter holds what the caller (pytest, for a fixture) passes until the body assigns it.
            _state = new Dictionary<string, HashSet<string>>(_parameters, StringComparer.Ordinal);
            _rerun = false;
            Walk(body);
            if (!_rerun)
            {
                break;
            }
        }

        return _entries;
    }

    private void Walk(IReadOnlyList<StmtNode> statements) => Walk(statements, 0, statements.Count);

    private void Walk(IReadOnlyList<StmtNode> statements, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var statement = statements[i];
            if (_state is null)
            {
                // What follows a return, a raise, a break or a continue is not reached.
                return;
            }

            if (++_visits > MaxVisits || _nesting > MaxNesting)
            {
                return;
            }

            _nesting++;
            Execute(statement);
            _nesting--;
        }
    }

    /// <summary>Walks one statement: what its expressions do, then what it binds, in the order Python runs them.</summary>
    private void Execute(StmtNode statement)
    {
        switch (statement.NodeKind)
        {
            case NodeKind.Expr:
                Visit(Unsafe.As<Expr>(statement).Value);
                break;
            case NodeKind.Assign:
            {
                var assign = Unsafe.As<Assign>(statement);
                Visit(assign.Value);
                var value = Taint(assign.Value, 0);
                foreach (var target in assign.Targets)
                {
                    if (target is Python.Syntax.Attribute { Value: var owner } attribute && IsSelf(owner))
                    {
                        Keep(value, "self." + attribute.Attr);
                    }

                    Visit(target);
                    Bind(target, value, strong: true);
                }

                break;
            }
            case NodeKind.AugAssign:
            {
                var augmented = Unsafe.As<AugAssign>(statement);
                Visit(augmented.Value);
                Bind(augmented.Target, Taint(augmented.Value, 0), strong: false);
                break;
            }
            case NodeKind.AnnAssign when Unsafe.As<AnnAssign>(statement) is { Value: { } annotated } declaration:
            {
                Visit(annotated);
                Bind(declaration.Target, Taint(annotated, 0), strong: true);
                break;
            }
            case NodeKind.Assert:
            {
                var assertion = Unsafe.As<Assert>(statement);
                Visit(assertion.Test);
                JudgeTest(assertion.Test, false);
                break;
            }
            case NodeKind.Return:
            {
                var returned = Unsafe.As<Return>(statement);
                Visit(returned.Value);
                Leave(Taint(returned.Value, 0));
                _state = null;
                break;
            }
            case NodeKind.Raise:
            {
                var raised = Unsafe.As<Raise>(statement);
                Visit(raised.Exc);
                _state = null;
                break;
            }
            case NodeKind.Break:
            {
                if (_loops.TryPeek(out var broken))
                {
                    broken.Breaks = JoinInto(broken.Breaks, _state);
                }

                _state = null;
                break;
            }
            case NodeKind.Continue:
            {
                if (_loops.TryPeek(out var continued))
                {
                    continued.Continues = JoinInto(continued.Continues, _state);
                }

                _state = null;
                break;
            }
            case NodeKind.Delete:
            {
                var deletion = Unsafe.As<Delete>(statement);
                foreach (var target in deletion.Targets)
                {
                    if (target is Name name)
                    {
                        _state!.Remove(name.Id);
                    }
                }

                break;
            }
            case NodeKind.If:
            {
                var branch = Unsafe.As<If>(statement);
                Visit(branch.Test);
                if (_fails && Fails(branch.Body))
                {
                    // `if value != 3: self.fail()` asserts `value == 3`.
                    JudgeTest(branch.Test, true);
                }

                if (_fails && Fails(branch.Orelse))
                {
                    JudgeTest(branch.Test, false);
                }

                Branch(branch.Body, branch.Orelse);
                break;
            }
            case NodeKind.For:
            {
                var loop = Unsafe.As<For>(statement);
                Visit(loop.Iter);
                Loop(loop.Target, Taint(loop.Iter, 0), null, loop.Body, loop.Orelse);
                break;
            }
            case NodeKind.AsyncFor:
            {
                var loop = Unsafe.As<AsyncFor>(statement);
                Visit(loop.Iter);
                Loop(loop.Target, Taint(loop.Iter, 0), null, loop.Body, loop.Orelse);
                break;
            }
            case NodeKind.While:
            {
                var loop = Unsafe.As<While>(statement);
                Loop(null, null, loop.Test, loop.Body, loop.Orelse);
                break;
            }
            case NodeKind.With:
            {
                var with = Unsafe.As<With>(statement);
                Enter(with.Items);
                Walk(with.Body);
                break;
            }
            case NodeKind.AsyncWith:
            {
                var with = Unsafe.As<AsyncWith>(statement);
                Enter(with.Items);
                Walk(with.Body);
                break;
            }
            case NodeKind.Try:
            {
                var attempt = Unsafe.As<Try>(statement);
                Attempt(attempt.Body, attempt.Handlers, attempt.Orelse, attempt.Finalbody);
                break;
            }
            case NodeKind.TryStar:
            {
                var attempt = Unsafe.As<TryStar>(statement);
                Attempt(attempt.Body, attempt.Handlers, attempt.Orelse, attempt.Finalbody);
                break;
            }
            case NodeKind.Match:
            {
                var match = Unsafe.As<Match>(statement);
                Choose(match);
                break;
            }
            case NodeKind.FunctionDef:
            {
                var function = Unsafe.As<FunctionDef>(statement);
                Nested(function.Name, function.Args, function.DecoratorList, function.Body);
                break;
            }
            case NodeKind.AsyncFunctionDef:
            {
                var function = Unsafe.As<AsyncFunctionDef>(statement);
                Nested(function.Name, function.Args, function.DecoratorList, function.Body);
                break;
            }
            case NodeKind.ClassDef:
            {
                var type = Unsafe.As<ClassDef>(statement);
                foreach (var expression in type.Bases.Concat(type.DecoratorList))
                {
                    Visit(expression);
                }

                Nested(type.Name, null, [], type.Body);
                break;
            }
        }
    }

    /// <summary>Walks both arms of a branch from the same state; after it a local holds what either arm left in it.</summary>
    private void Branch(IReadOnlyList<StmtNode> body, IReadOnlyList<StmtNode> orelse)
    {
        var before = _state;
        _state = Copy(before);
        Walk(body);
        var taken = _state;
        _state = Copy(before);
        Walk(orelse);
        _state = JoinInto(taken, _state);
    }

    /// <summary>
    /// Walks a loop's body until the state at its head no longer grows (what one iteration leaves reaches the next), then
    /// its <c>else</c>; after it a local holds what it held before, at the end of an iteration or at a <c>break</c>.
    /// </summary>
    private void Loop(ExprNode? target, HashSet<string>? items, ExprNode? test, IReadOnlyList<StmtNode> body, IReadOnlyList<StmtNode> orelse)
    {
        var exits = new LoopExits();
        _loops.Push(exits);
        var head = _state;
        for (var round = 0; round < MaxLoopRounds; round++)
        {
            _state = Copy(head);
            if (test is not null)
            {
                Visit(test);
            }

            if (target is not null)
            {
                Visit(target);
                Bind(target, items, strong: true);
            }

            Walk(body);
            var next = Join(head, JoinInto(_state, exits.Continues));
            exits.Continues = null;
            var settled = Same(next, head);
            head = next;
            if (settled)
            {
                break;
            }
        }

        _loops.Pop();
        _state = Copy(head);
        if (test is not null)
        {
            Visit(test);
        }

        Walk(orelse);
        _state = JoinInto(_state, exits.Breaks);
    }

    /// <summary>Binds what each context manager gives (<c>with open(name) as handle</c>).</summary>
    private void Enter(IReadOnlyList<WithItem> items)
    {
        foreach (var item in items)
        {
            Visit(item.ContextExpr);
            if (item.OptionalVars is { } variables)
            {
                Bind(variables, Taint(item.ContextExpr, 0), strong: true);
            }
        }
    }

    /// <summary>
    /// Walks a <c>try</c>: a handler may start after any statement of the body, so it starts from what any of them left;
    /// the <c>finally</c> block from what the body, its <c>else</c> or a handler left.
    /// </summary>
    private void Attempt(IReadOnlyList<StmtNode> body, IReadOnlyList<ExceptHandlerNode> handlers, IReadOnlyList<StmtNode> orelse, IReadOnlyList<StmtNode> finalbody)
    {
        // A handler that fails the test asserts that nothing the body calls raises: what those calls are passed decides it.
        var failing = _fails && handlers.OfType<ExceptHandler>().Any(h => Fails(h.Body));
        if (failing)
        {
            _tried.Push(new HashSet<string>(StringComparer.Ordinal));
        }

        var raised = Copy(_state);
        for (var i = 0; i < body.Count && _state is not null; i++)
        {
            Walk(body, i, i + 1);
            raised = JoinInto(raised, _state);
        }

        if (failing)
        {
            var passed = _tried.Pop();
            DecideAlone(passed);
            if (_tried.TryPeek(out var enclosing))
            {
                enclosing.UnionWith(passed);
            }
        }

        Walk(orelse);
        var after = _state;
        foreach (var handler in handlers.OfType<ExceptHandler>())
        {
            _state = Copy(raised);
            if (handler.Name is { } name)
            {
                _state?.Remove(name);
            }

            Walk(handler.Body);
            after = JoinInto(after, _state);
        }

        _state = after;
        Walk(finalbody);
    }

    /// <summary>Walks each case of a <c>match</c> from the same state; the names a pattern captures hold the subject's value.</summary>
    private void Choose(Match match)
    {
        Visit(match.Subject);
        var subject = Taint(match.Subject, 0);
        var before = _state;
        var after = Copy(before);
        foreach (var option in match.Cases)
        {
            _state = Copy(before);
            var captures = new List<SyntaxNode>();
            new CaptureCollector(captures).Walk(option.Pattern);
            foreach (var capture in captures)
            {
                var name = capture switch
                {
                    MatchAs { Name: { } captured } => captured,
                    MatchStar { Name: { } captured } => captured,
                    MatchMapping { Rest: { } captured } => captured,
                    _ => null,
                };

                if (name is not null)
                {
                    BindName(name, subject, strong: true);
                }
            }

            Visit(option.Guard);
            Walk(option.Body);
            after = JoinInto(after, _state);
        }

        _state = after;
    }

    /// <summary>
    /// Walks a nested function (or class) as a scope of its own: it sees the locals of the enclosing body as they are where
    /// it is defined, less its parameters; what it binds stays inside; its name holds what it returns, so a call of it
    /// gives that.
    /// </summary>
    private void Nested(string name, Arguments? arguments, IReadOnlyList<ExprNode> decorators, IReadOnlyList<StmtNode> body)
    {
        foreach (var decorator in decorators)
        {
            Visit(decorator);
        }

        var outer = _state;
        var outerReturned = _returned;
        _state = Copy(outer);
        if (arguments is not null)
        {
            foreach (var expression in arguments.Defaults.Concat(arguments.KwDefaults.OfType<ExprNode>()))
            {
                Visit(expression);
            }

            foreach (var (argument, _) in arguments.Parameters)
            {
                _state!.Remove(argument.Name);
            }
        }

        _returned = arguments is null ? null : new HashSet<string>(StringComparer.Ordinal);
        Walk(body);
        var returned = _returned;
        _state = outer;
        _returned = outerReturned;
        BindName(name, returned, strong: true);
    }

    /// <summary>Records what the body returns or yields; a nested function's is kept on its name instead.</summary>
    private void Leave(HashSet<string>? labels)
    {
        if (_returned is null)
        {
            Keep(labels, "return");
        }
        else if (labels is not null)
        {
            _returned.UnionWith(labels);
        }
    }

    /// <summary>Walks the parts of an expression that act: calls (assertions, collections filled), <c>:=</c> and <c>yield</c>.</summary>
    private void Visit(ExprNode? expression)
    {
        if (expression is not null && _state is not null)
        {
            _effects.Walk(expression);
        }
    }

    private void OnCall(Call call)
    {
        JudgeCall(call);
        PropagateCall(call);
        if (_tried.TryPeek(out var passed))
        {
            // What the call is passed and called on, not what it gives: a clock read inside the body raises nothing.
            if (call.Func is Python.Syntax.Attribute { Value: var receiver } && !IsSelf(receiver))
            {
                if (Taint(receiver, 0) is { } fromReceiver)
                {
                    passed.UnionWith(fromReceiver);
                }
            }

            foreach (var argument in call.Args)
            {
                if (Taint(argument, 0) is { } fromArgument)
                {
                    passed.UnionWith(fromArgument);
                }
            }

            foreach (var keyword in call.Keywords)
            {
                if (Taint(keyword.Value, 0) is { } fromKeyword)
                {
                    passed.UnionWith(fromKeyword);
                }
            }
        }
    }

    /// <summary>Tells whether statements fail the test (<c>self.fail</c>, <c>pytest.fail</c>, <c>raise AssertionError</c>), nested functions left out.</summary>
    private bool Fails(IReadOnlyList<StmtNode> statements)
    {
        var finder = new FailFinder(_model, _selfName);
        foreach (var statement in statements)
        {
            finder.Walk(statement);
            if (finder.Found)
            {
                return true;
            }
        }

        return false;
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

            Bind(receiver, passed, strong: false);
        }
    }

    /// <summary>
    /// Binds a target to what a value carries: a name (strongly: it holds that alone afterwards, unless <paramref name="strong"/>
    /// is false, as for <c>+=</c>), an attribute kept on the instance, or what an item or attribute is set on (which keeps
    /// what it held too).
    /// </summary>
    private void Bind(ExprNode target, HashSet<string>? labels, bool strong)
    {
        switch (target)
        {
            case Name name when name.Id != _selfName:
                BindName(name.Id, labels, strong);
                break;
            case Python.Syntax.Attribute { Value: var owner } attribute when IsSelf(owner):
                if (labels is { Count: > 0 })
                {
                    if (!_attributes.TryGetValue(attribute.Attr, out var kept))
                    {
                        _attributes[attribute.Attr] = kept = new HashSet<string>(StringComparer.Ordinal);
                    }

                    if (!kept.IsSupersetOf(labels))
                    {
                        kept.UnionWith(labels);
                        _rerun |= _readAttributes.Contains(attribute.Attr);
                    }
                }

                break;
            case Python.Syntax.Attribute attribute:
                Bind(attribute.Value, labels, strong: false);
                break;
            case Subscript subscript:
                Bind(subscript.Value, labels, strong: false);
                break;
            case Starred starred:
                Bind(starred.Value, labels, strong);
                break;
            case Python.Syntax.Tuple tuple:
                foreach (var element in tuple.Elts)
                {
                    Bind(element, labels, strong);
                }

                break;
            case Python.Syntax.List list:
                foreach (var element in list.Elts)
                {
                    Bind(element, labels, strong);
                }

                break;
        }
    }

    private void BindName(string name, HashSet<string>? labels, bool strong)
    {
        if (_state is null)
        {
            return;
        }

        if (labels is not { Count: > 0 })
        {
            if (strong)
            {
                _state.Remove(name);
            }

            return;
        }

        if (strong || !_state.TryGetValue(name, out var held))
        {
            // What a value carries is never changed once made, so a local can hold the same set.
            _state[name] = labels;
        }
        else if (!held.IsSupersetOf(labels))
        {
            var joined = new HashSet<string>(held, StringComparer.Ordinal);
            joined.UnionWith(labels);
            _state[name] = joined;
        }
    }

    private static Dictionary<string, HashSet<string>>? Copy(Dictionary<string, HashSet<string>>? state) =>
        state is null ? null : new Dictionary<string, HashSet<string>>(state, StringComparer.Ordinal);

    /// <summary>The state where two paths meet: a local holds what it holds on either; an unreachable path adds nothing.</summary>
    private static Dictionary<string, HashSet<string>>? Join(Dictionary<string, HashSet<string>>? first, Dictionary<string, HashSet<string>>? second) =>
        first is null ? Copy(second) : JoinInto(Copy(first)!, second);

    /// <summary>Joins a state into one no other path holds any longer, which it changes and returns.</summary>
    private static Dictionary<string, HashSet<string>>? JoinInto(Dictionary<string, HashSet<string>>? joined, Dictionary<string, HashSet<string>>? second)
    {
        if (joined is null || second is null)
        {
            return joined ?? Copy(second);
        }

        foreach (var (name, labels) in second)
        {
            if (!joined.TryGetValue(name, out var held))
            {
                joined[name] = labels;
            }
            else if (!ReferenceEquals(held, labels) && !held.IsSupersetOf(labels))
            {
                var union = new HashSet<string>(held, StringComparer.Ordinal);
                union.UnionWith(labels);
                joined[name] = union;
            }
        }

        return joined;
    }

    private static bool Same(Dictionary<string, HashSet<string>>? first, Dictionary<string, HashSet<string>>? second)
    {
        if (first is null || second is null)
        {
            return first is null && second is null;
        }

        if (first.Count != second.Count)
        {
            return false;
        }

        foreach (var (name, labels) in first)
        {
            if (!second.TryGetValue(name, out var other) || !(ReferenceEquals(labels, other) || labels.SetEquals(other)))
            {
                return false;
            }
        }

        return true;
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

        switch (node.NodeKind)
        {
            case NodeKind.Name:
                // A held set is never changed: it is returned as it is.
                return _state is not null && _state.TryGetValue(Unsafe.As<Name>(node).Id, out var local) ? local : null;
            case NodeKind.Attribute when Unsafe.As<Python.Syntax.Attribute>(node) is { Value: var owner } attribute && IsSelf(owner):
            {
                _readAttributes.Add(attribute.Attr);
                HashSet<string> read = new(StringComparer.Ordinal) { "self." + attribute.Attr };
                if (_attributes.TryGetValue(attribute.Attr, out var kept))
                {
                    read.UnionWith(kept);
                }

                return read;
            }
            case NodeKind.Attribute:
                return Taint(Unsafe.As<Python.Syntax.Attribute>(node).Value, depth + 1);
            case NodeKind.Subscript:
                // An item picked at a random position is checked against what the test put there: the position is left out.
                return Taint(Unsafe.As<Subscript>(node).Value, depth + 1);
            case NodeKind.Call:
                return TaintOfCall(Unsafe.As<Call>(node), depth);
            case NodeKind.BinOp when Unsafe.As<BinOp>(node) is { Op: Operator.Sub } difference:
                return TaintOfDifference(Taint(difference.Left, depth + 1), Taint(difference.Right, depth + 1));
            case NodeKind.Lambda or NodeKind.Constant:
                return null;
            case NodeKind.ListComp:
            {
                var comprehension = Unsafe.As<ListComp>(node);
                return TaintOfComprehension(comprehension.Generators, comprehension.Elt, null, depth);
            }
            case NodeKind.SetComp:
            {
                var comprehension = Unsafe.As<SetComp>(node);
                return TaintOfComprehension(comprehension.Generators, comprehension.Elt, null, depth);
            }
            case NodeKind.GeneratorExp:
            {
                var comprehension = Unsafe.As<GeneratorExp>(node);
                return TaintOfComprehension(comprehension.Generators, comprehension.Elt, null, depth);
            }
            case NodeKind.DictComp:
            {
                var comprehension = Unsafe.As<DictComp>(node);
                return TaintOfComprehension(comprehension.Generators, comprehension.Key, comprehension.Value, depth);
            }
            default:
            {
                var result = default(Labels);
                var children = _lists.Count > 0 ? _lists.Pop() : [];
                node.AddChildren(children);
                foreach (var child in children)
                {
                    if (child is ExprNode expression)
                    {
                        result.Add(Taint(expression, depth + 1));
                    }
                    else if (child is Keyword keyword)
                    {
                        result.Add(Taint(keyword.Value, depth + 1));
                    }
                }

                children.Clear();
                _lists.Push(children);
                return result.Set;
            }
        }
    }

    /// <summary>
    /// What a difference holds: one clock reading less another is an elapsed time, the same whatever the date. (Its own
    /// method, without a lambda: a lambda capturing the two sides in <see cref="Taint"/> allocated on every call of it.)
    /// </summary>
    private static HashSet<string>? TaintOfDifference(HashSet<string>? left, HashSet<string>? right)
    {
        if (left is null || right is null)
        {
            return left ?? right;
        }

        var apart = new HashSet<string>(left, StringComparer.Ordinal);
        apart.UnionWith(right);
        foreach (var label in left)
        {
            if (NondeterministicSources.IsClock(label) && right.Contains(label))
            {
                apart.Remove(label);
            }
        }

        return apart;
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

        var result = default(Labels);
        if (call.Func is Python.Syntax.Attribute { Value: var owner } method)
        {
            if (IsSelf(owner))
            {
                result.Add("call:self." + method.Attr);
            }
            else
            {
                result.Add(Taint(owner, depth + 1));
            }
        }
        else if (name is not null && name.StartsWith(_model.ModuleName + ".", StringComparison.Ordinal))
        {
            result.Add("call:" + name);
        }
        else
        {
            // A local called: a nested function gives what it returns, a value picked at random what it is.
            result.Add(Taint(call.Func, depth + 1));
        }

        foreach (var argument in call.Args)
        {
            result.Add(Taint(argument, depth + 1));
        }

        foreach (var keyword in call.Keywords)
        {
            result.Add(Taint(keyword.Value, depth + 1));
        }

        return result.Set;
    }

    /// <summary>
    /// What a comprehension gives: what its iterables carry, and its items, read with each target holding what its iterable
    /// carries (the targets are the comprehension's own, and hold nothing outside it).
    /// </summary>
    private HashSet<string>? TaintOfComprehension(ImmutableArray<Comprehension> generators, ExprNode first, ExprNode? second, int depth)
    {
        HashSet<string>? result = null;
        if (_state is null)
        {
            return null;
        }

        var outer = _state;
        _state = Copy(outer);
        foreach (var generator in generators)
        {
            var items = Taint(generator.Iter, depth + 1);
            Union(ref result, items);
            Bind(generator.Target, items, strong: true);
        }

        Union(ref result, Taint(first, depth + 1));
        Union(ref result, Taint(second, depth + 1));
        _state = outer;
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

    /// <summary>Judges an assertion method's call: <c>assertEqual(value, 3)</c>, <c>assertTrue(value)</c>, <c>numpy.testing.assert_equal</c>.</summary>
    private void JudgeCall(Call call)
    {
        switch (call)
        {
            case { Func: Python.Syntax.Attribute method } when s_equalityAsserts.Contains(method.Attr) && call.Args.Length >= 2:
                JudgeEquality(call.Args[0], call.Args[1]);
                break;
            case { Func: Python.Syntax.Attribute method } when s_unaryAsserts.Contains(method.Attr) && call.Args.Length >= 1:
                JudgeTest(call.Args[0], method.Attr is "assertFalse" or "failIf");
                break;
            case { Func: Name } when FactsExtractor.Qualified(_model, call.Func) is { } name
                && name.StartsWith("numpy.testing.", StringComparison.Ordinal) && s_equalityAsserts.Contains(name["numpy.testing.".Length..]) && call.Args.Length >= 2:
                JudgeEquality(call.Args[0], call.Args[1]);
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
                // checked alone is a property every value has (`assertTrue(complex(random() + 1e-6, 0))`).
                DecideAlone(Taint(test, 0));
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
        if (literal is Constant { Value: null or bool })
        {
            DecideAlone(labels);
        }
        else
        {
            Decide(labels);
        }
    }

    /// <summary>
    /// Records the values that decide a check of one value alone (or against <c>None</c>, <c>True</c>, <c>False</c>, or that
    /// a call does not raise): only a date or time can, so what another unit provides decides only if it is a clock reading.
    /// </summary>
    private void DecideAlone(IEnumerable<string>? labels)
    {
        foreach (var label in labels ?? [])
        {
            if (IsSymbolic(label))
            {
                _entries.Add("~" + label);
            }
            else if (NondeterministicSources.IsClock(label))
            {
                _entries.Add(label);
            }
        }
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

    /// <summary>Walks an expression for what acts in it: calls, <c>:=</c>, <c>yield</c>.</summary>
    private sealed class EffectWalker(NondeterminismFlow flow) : SyntaxWalker
    {
        protected override bool Enter(SyntaxNode node)
        {
            // The node's kind, not its class: precompiled code tests a class with a call into the runtime.
            switch (node.NodeKind)
            {
                case NodeKind.Call:
                    flow.OnCall(Unsafe.As<Call>(node));
                    break;
                case NodeKind.NamedExpr:
                    var named = Unsafe.As<NamedExpr>(node);
                    flow.Bind(named.Target, flow.Taint(named.Value, 0), strong: true);
                    break;
                case NodeKind.Yield:
                    flow.Leave(flow.Taint(Unsafe.As<Yield>(node).Value, 0));
                    break;
                case NodeKind.YieldFrom:
                    flow.Leave(flow.Taint(Unsafe.As<YieldFrom>(node).Value, 0));
                    break;
            }

            return true;
        }
    }

    /// <summary>Finds a call that fails the test, or a <c>raise AssertionError</c>, outside nested functions and classes.</summary>
    private sealed class FailFinder(SemanticModel model, string? selfName) : SyntaxWalker
    {
        public bool Found { get; private set; }

        protected override bool Enter(SyntaxNode node)
        {
            switch (node)
            {
                case FunctionDef or AsyncFunctionDef or ClassDef or Lambda:
                    return false;
                case Call call:
                    Found |= (call.Func is Python.Syntax.Attribute { Attr: "fail", Value: Name owner } && owner.Id == selfName)
                        || FactsExtractor.Qualified(model, call.Func) == "pytest.fail";
                    break;
                case Raise { Exc: { } raised }:
                    Found |= FactsExtractor.Qualified(model, raised is Call made ? made.Func : raised) == "builtins.AssertionError";
                    break;
            }

            return !Found;
        }
    }

    /// <summary>Collects the patterns of a <c>match</c> case that capture a name.</summary>
    private sealed class CaptureCollector(List<SyntaxNode> captures) : SyntaxWalker
    {
        protected override bool Enter(SyntaxNode node)
        {
            if (node is MatchAs or MatchStar or MatchMapping)
            {
                captures.Add(node);
            }

            return true;
        }
    }

    /// <summary>
    /// What an expression carries, gathered from its parts: the first part's set is taken as it is (a held set is never
    /// changed), and copied only when a second adds to it.
    /// </summary>
    private struct Labels
    {
        private bool _owned;

        public HashSet<string>? Set { get; private set; }

        public void Add(HashSet<string>? labels)
        {
            if (labels is not { Count: > 0 } || ReferenceEquals(labels, Set))
            {
                return;
            }

            if (Set is null)
            {
                Set = labels;
                return;
            }

            if (!_owned)
            {
                if (Set.IsSupersetOf(labels))
                {
                    return;
                }

                Set = new HashSet<string>(Set, StringComparer.Ordinal);
                _owned = true;
            }

            Set.UnionWith(labels);
        }

        public void Add(string label)
        {
            if (Set is null || !_owned)
            {
                Set = Set is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(Set, StringComparer.Ordinal);
                _owned = true;
            }

            Set.Add(label);
        }
    }

    /// <summary>The states that leave a loop by <c>break</c> and go back to its head by <c>continue</c>.</summary>
    private sealed class LoopExits
    {
        public Dictionary<string, HashSet<string>>? Breaks { get; set; }

        public Dictionary<string, HashSet<string>>? Continues { get; set; }
    }
}

/// <summary>What the walk of a body for its other facts saw it do, which tells whether its values are worth following.</summary>
[Flags]
internal enum FlowHints
{
    /// <summary>Nothing the flow follows.</summary>
    None = 0,

    /// <summary>An assertion: <c>assert</c>, an <c>assert*</c> method, a failure of the test.</summary>
    Asserts = 1,

    /// <summary>A call of a non-deterministic source.</summary>
    Source = 2,

    /// <summary>An attribute of the instance assigned.</summary>
    KeepsAttribute = 4,

    /// <summary>An attribute of the instance read.</summary>
    ReadsAttribute = 8,

    /// <summary>Both: an attribute may be kept under another name.</summary>
    Keeps = KeepsAttribute | ReadsAttribute,

    /// <summary>A failure of the test: <c>self.fail</c>, <c>pytest.fail</c>, <c>raise AssertionError</c>.</summary>
    Fails = 16,
}
