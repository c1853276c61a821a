using System.Collections.Frozen;
using System.Collections.Immutable;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary>
/// Follows request input through the statements of one web handler, in order: which local bindings hold it, which
/// validation steps cut it (a conversion, an allow-list test, a regex full match, a path reduced to its name, a
/// project-defined validator), and which sinks it reaches. Bindings come from the semantic model, so a name
/// re-assigned from <c>int(name)</c> is a new, clean binding. Nested functions and classes are not entered.
/// </summary>
internal sealed class TaintWalker
{
    /// <summary>Fields of a request object that carry what the client sent.</summary>
    public static readonly FrozenSet<string> RequestFields = new[]
    {
        "args", "form", "values", "json", "data", "files", "cookies", "headers", "view_args", "get_json", "get_data", "stream",
        "GET", "POST", "body", "COOKIES", "META", "FILES", "query_params", "path_params",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Conversions and reductions whose result cannot carry the input's payload.</summary>
    private static readonly FrozenSet<string> s_sanitizers = new[]
    {
        "builtins.int", "builtins.float", "builtins.bool", "builtins.complex", "builtins.len", "builtins.abs", "builtins.round", "builtins.hash",
        "uuid.UUID", "decimal.Decimal", "fractions.Fraction", "ipaddress.ip_address", "ipaddress.IPv4Address", "ipaddress.IPv6Address",
        "os.path.basename", "posixpath.basename", "ntpath.basename", "werkzeug.utils.secure_filename", "werkzeug.secure_filename",
        "shlex.quote", "pipes.quote", "datetime.date.fromisoformat", "datetime.datetime.fromisoformat", "datetime.datetime.strptime",
        "json.loads", "json.load",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Functions whose result carries their arguments' text.</summary>
    private static readonly FrozenSet<string> s_propagators = new[]
    {
        "builtins.str", "builtins.format", "builtins.bytes", "os.path.join", "posixpath.join", "ntpath.join", "os.path.normpath",
        "os.path.abspath", "os.path.realpath", "os.path.expanduser", "os.path.expandvars", "os.fspath", "os.fsencode", "os.fsdecode",
        "urllib.parse.urljoin", "urllib.parse.unquote", "urllib.parse.unquote_plus", "urllib.parse.urlunparse", "urllib.parse.urlunsplit",
        "pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "pathlib.WindowsPath", "pathlib.PurePosixPath", "pathlib.PureWindowsPath",
        "markupsafe.Markup",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>String predicates that accept only a narrow alphabet.</summary>
    private static readonly FrozenSet<string> s_predicates = new[]
    {
        "isdigit", "isdecimal", "isnumeric", "isalnum", "isalpha", "isidentifier", "startswith", "is_relative_to", "fullmatch",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Validators of the standard library and frameworks, used in a test.</summary>
    private static readonly FrozenSet<string> s_validators = new[]
    {
        "re.fullmatch", "re.match", "django.utils.http.url_has_allowed_host_and_scheme", "django.utils.http.is_safe_url",
        "os.path.commonpath", "os.path.commonprefix", "builtins.isinstance",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Methods whose result carries their arguments as well as their receiver.</summary>
    private static readonly FrozenSet<string> s_joiningMethods = new[] { "join", "joinpath", "format", "with_name", "with_suffix", "replace" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly SemanticModel _model;
    private readonly Scope _scope;
    private readonly Func<Call, bool> _isProjectFunction;
    private readonly HashSet<Binding> _requestObjects;
    private readonly Dictionary<Binding, TaintPath> _tainted = new(ReferenceEqualityComparer.Instance);
    private readonly List<(Binding Binding, int Start, int End)> _sanitized = [];
    private readonly List<SinkFinding> _findings = [];
    private readonly HashSet<Call> _reportedSinks = new(ReferenceEqualityComparer.Instance);
    private readonly int _end;

    /// <summary>Initializes a walker for one handler.</summary>
    /// <param name="model">The file's model.</param>
    /// <param name="function">The handler's scope.</param>
    /// <param name="sources">The handler's parameters that carry input, each with its description.</param>
    /// <param name="requestObjects">The handler's parameters that are the request object.</param>
    /// <param name="isProjectFunction">Tells whether a call goes to a function the project defines (a validator when used as a check).</param>
    public TaintWalker(SemanticModel model, Scope function, IEnumerable<(Binding Binding, string What)> sources, IEnumerable<Binding> requestObjects, Func<Call, bool> isProjectFunction)
    {
        _model = model;
        _scope = function;
        _isProjectFunction = isProjectFunction;
        _requestObjects = new HashSet<Binding>(requestObjects, ReferenceEqualityComparer.Instance);
        _end = function.Node.Span.End;
        foreach (var (binding, what) in sources)
        {
            _tainted[binding] = TaintPath.Start(Line(binding.Span.Start), what);
        }
    }

    /// <summary>A sink reached by request input.</summary>
    /// <param name="Span">The sink's argument.</param>
    /// <param name="Sink">The kind of sink (<c>a redirect target</c>).</param>
    /// <param name="Advice">How to validate for that sink.</param>
    /// <param name="Path">How the input got there.</param>
    public sealed record SinkFinding(TextSpan Span, string Sink, string Advice, TaintPath Path);

    /// <summary>Walks the handler's body and returns the sinks request input reaches.</summary>
    /// <param name="body">The handler's statements.</param>
    /// <returns>The findings, in source order.</returns>
    public IReadOnlyList<SinkFinding> Run(ImmutableArray<StmtNode> body)
    {
        Block(body);
        return _findings;
    }

    private void Block(ImmutableArray<StmtNode> statements)
    {
        foreach (var statement in statements)
        {
            Statement(statement);
        }
    }

    private void Statement(StmtNode statement)
    {
        switch (statement)
        {
            case Assign assign:
                Scan(assign.Value);
                var value = Taint(assign.Value);
                foreach (var target in assign.Targets)
                {
                    Bind(target, value, _scope);
                }

                break;
            case AnnAssign { Value: { } annotated } assign:
                Scan(annotated);
                Bind(assign.Target, Taint(annotated), _scope);
                break;
            case AugAssign augmented:
                Scan(augmented.Value);
                Bind(augmented.Target, Taint(augmented.Value) ?? PreviousTaint(augmented.Target), _scope);
                break;
            case Expr expression:
                Scan(expression.Value);
                if (expression.Value is Call or Await { Value: Call })
                {
                    ValidatorStatement(expression.Value is Await awaited ? (Call)awaited.Value : (Call)expression.Value, statement.Span.End);
                }

                break;
            case If branch:
                Scan(branch.Test);
                Guard(branch.Test, branch.Body, branch.Span.End);
                var positive = Validated(branch.Test, positive: true);
                AddRegions(positive, branch.Body.IsEmpty ? branch.Span.End : branch.Body[0].Span.Start, branch.Body.IsEmpty ? branch.Span.End : branch.Body[^1].Span.End);
                Block(branch.Body);
                Block(branch.Orelse);
                break;
            case For loop:
                LoopHeader(loop.Target, loop.Iter);
                Block(loop.Body);
                Block(loop.Orelse);
                break;
            case AsyncFor loop:
                LoopHeader(loop.Target, loop.Iter);
                Block(loop.Body);
                Block(loop.Orelse);
                break;
            case While loop:
                Scan(loop.Test);
                Block(loop.Body);
                Block(loop.Orelse);
                break;
            case With with:
                WithStatement(with.Items, with.Body);
                break;
            case AsyncWith with:
                WithStatement(with.Items, with.Body);
                break;
            case Try attempt:
                TryStatement(attempt.Body, attempt.Handlers, attempt.Orelse, attempt.Finalbody);
                break;
            case TryStar attempt:
                TryStatement(attempt.Body, attempt.Handlers, attempt.Orelse, attempt.Finalbody);
                break;
            case Match match:
                Scan(match.Subject);
                foreach (var @case in match.Cases)
                {
                    Block(@case.Body);
                }

                break;
            case FunctionDef or AsyncFunctionDef or ClassDef:
                break;
            default:
                var children = new List<SyntaxNode>();
                statement.AddChildren(children);
                foreach (var child in children.OfType<ExprNode>())
                {
                    Scan(child);
                }

                break;
        }
    }

    private void WithStatement(ImmutableArray<WithItem> items, ImmutableArray<StmtNode> body)
    {
        foreach (var item in items)
        {
            Scan(item.ContextExpr);
        }

        Block(body);
    }

    private void TryStatement(ImmutableArray<StmtNode> body, ImmutableArray<ExceptHandlerNode> handlers, ImmutableArray<StmtNode> orelse, ImmutableArray<StmtNode> finalbody)
    {
        Block(body);
        foreach (var handler in handlers.OfType<ExceptHandler>())
        {
            Block(handler.Body);
        }

        Block(orelse);
        Block(finalbody);
    }

    private void LoopHeader(ExprNode target, ExprNode iterable)
    {
        Scan(iterable);
        Bind(target, Taint(iterable), _scope);
    }

    /// <summary>A guard <c>if &lt;input is not valid&gt;: return/raise/abort</c> validates the input for the rest of the function.</summary>
    private void Guard(ExprNode test, ImmutableArray<StmtNode> body, int after)
    {
        if (body.IsEmpty || !Terminates(body[^1]))
        {
            return;
        }

        AddRegions(Validated(test, positive: false), after, _end);
    }

    /// <summary>A statement call to a validator the project defines (<c>check_path(name)</c>) validates its arguments afterwards.</summary>
    private void ValidatorStatement(Call call, int after)
    {
        if (!_isProjectFunction(call))
        {
            return;
        }

        foreach (var argument in call.Args.Concat(call.Keywords.Select(k => k.Value)))
        {
            if (argument is Name name && _model.ReferenceOf(name)?.Binding is { } binding && _tainted.ContainsKey(binding))
            {
                _sanitized.Add((binding, after, _end));
            }
        }
    }

    private void AddRegions(List<Binding> bindings, int start, int end)
    {
        foreach (var binding in bindings)
        {
            _sanitized.Add((binding, start, end));
        }
    }

    private static bool Terminates(StmtNode statement) => statement switch
    {
        Return or Raise or Continue or Break => true,
        Expr { Value: Call call } => SyntaxFacts.LastName(call.Func) is "abort" or "exit" or "fail",
        If branch => !branch.Body.IsEmpty && !branch.Orelse.IsEmpty && Terminates(branch.Body[^1]) && Terminates(branch.Orelse[^1]),
        _ => false,
    };

    /// <summary>
    /// Returns the bindings a test validates when it is true (<paramref name="positive"/>) or when it is false: an
    /// allow-list membership, an equality with a constant, a regex match, a narrow string predicate, a validator of the
    /// standard library, a framework or the project.
    /// </summary>
    private List<Binding> Validated(ExprNode test, bool positive)
    {
        var found = new List<Binding>();
        Collect(test, positive, found);
        return found;
    }

    private void Collect(ExprNode test, bool positive, List<Binding> found)
    {
        switch (test)
        {
            case UnaryOp { Op: UnaryOperator.Not, Operand: var operand }:
                Collect(operand, !positive, found);
                break;
            case BoolOp { Op: BoolOperator.And } both when positive:
                foreach (var value in both.Values)
                {
                    Collect(value, positive, found);
                }

                break;
            case BoolOp { Op: BoolOperator.Or } either when !positive:
                foreach (var value in either.Values)
                {
                    Collect(value, positive, found);
                }

                break;
            case Compare { Ops: [var op], Comparators: [var right], Left: var left }:
                var allowList = (op == CmpOperator.In && positive) || (op == CmpOperator.NotIn && !positive);
                var equality = (op == CmpOperator.Eq && positive) || (op == CmpOperator.NotEq && !positive);
                if (allowList || (equality && (right is Constant || left is Constant)))
                {
                    AddName(left, found);
                    if (equality)
                    {
                        AddName(right, found);
                    }
                }

                break;
            case Call call:
                if (!IsValidatorCall(call))
                {
                    break;
                }

                if (call.Func is Python.Syntax.Attribute { Value: var receiver } && s_predicates.Contains(((Python.Syntax.Attribute)call.Func).Attr))
                {
                    AddName(receiver, found);
                }

                foreach (var argument in call.Args)
                {
                    AddName(argument, found);
                }

                break;
        }
    }

    private bool IsValidatorCall(Call call)
    {
        if (call.Func is Python.Syntax.Attribute { Attr: var method } && s_predicates.Contains(method))
        {
            return true;
        }

        if (call.Func is Python.Syntax.Attribute { Attr: "match" or "fullmatch", Value: Name pattern }
            && SecurityFacts.AssignedValue(pattern, _model) is Call compiled && _model.Matches(compiled.Func, "re.compile"))
        {
            return true;
        }

        return (_model.QualifiedNameOf(call.Func) is { } callee && s_validators.Contains(callee)) || _isProjectFunction(call);
    }

    private void AddName(ExprNode expression, List<Binding> found)
    {
        if (expression is Name name && _model.ReferenceOf(name)?.Binding is { } binding)
        {
            found.Add(binding);
        }
    }

    private TaintPath? PreviousTaint(ExprNode target)
    {
        if (target is not Name name)
        {
            return null;
        }

        foreach (var binding in _scope.BindingsOf(name.Id))
        {
            if (binding.Span.Start < target.Span.Start && _tainted.TryGetValue(binding, out var path))
            {
                return path;
            }
        }

        return null;
    }

    private void Bind(ExprNode target, TaintPath? path, Scope scope)
    {
        switch (target)
        {
            case Name name when path is not null:
                foreach (var binding in scope.BindingsOf(name.Id))
                {
                    if (binding.Span.Start == name.Span.Start)
                    {
                        _tainted[binding] = path.Then(Line(name.Span.Start), $"'{name.Id}'");
                        break;
                    }
                }

                break;
            case Python.Syntax.Tuple tuple:
                foreach (var element in tuple.Elts)
                {
                    Bind(element, path, scope);
                }

                break;
            case List list:
                foreach (var element in list.Elts)
                {
                    Bind(element, path, scope);
                }

                break;
            case Starred starred:
                Bind(starred.Value, path, scope);
                break;
        }
    }

    private bool IsSanitized(Binding binding, int offset)
    {
        foreach (var (sanitized, start, end) in _sanitized)
        {
            if (ReferenceEquals(sanitized, binding) && start <= offset && offset < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns how request input reaches the value of an expression, or <see langword="null"/> when it does not.</summary>
    private TaintPath? Taint(ExprNode? expression)
    {
        switch (expression)
        {
            case null:
                return null;
            case Name name:
                return _model.ReferenceOf(name)?.Binding is { } binding && _tainted.TryGetValue(binding, out var path) && !IsSanitized(binding, name.Span.Start) ? path : null;
            case Python.Syntax.Attribute attribute:
                return IsSourceField(attribute) ? TaintPath.Start(Line(attribute.Span.Start), Text(attribute)) : Taint(attribute.Value);
            case Subscript subscript:
                return Taint(subscript.Value);
            case Call call:
                return CallTaint(call);
            case BinOp binary:
                return Taint(binary.Left) ?? Taint(binary.Right);
            case JoinedStr joined:
                return joined.Values.Select(Taint).FirstOrDefault(p => p is not null);
            case FormattedValue formatted:
                return Taint(formatted.Value);
            case IfExp conditional:
                var validated = Validated(conditional.Test, positive: true);
                var body = conditional.Body is Name chosen && _model.ReferenceOf(chosen)?.Binding is { } b && validated.Contains(b, ReferenceEqualityComparer.Instance) ? null : Taint(conditional.Body);
                return body ?? Taint(conditional.Orelse);
            case BoolOp either:
                return either.Values.Select(Taint).FirstOrDefault(p => p is not null);
            case List list:
                return list.Elts.Select(Taint).FirstOrDefault(p => p is not null);
            case Python.Syntax.Tuple tuple:
                return tuple.Elts.Select(Taint).FirstOrDefault(p => p is not null);
            case Set set:
                return set.Elts.Select(Taint).FirstOrDefault(p => p is not null);
            case Dict dict:
                return dict.Values.Select(Taint).FirstOrDefault(p => p is not null);
            case Await awaited:
                return Taint(awaited.Value);
            case Starred starred:
                return Taint(starred.Value);
            case NamedExpr walrus:
                var assigned = Taint(walrus.Value);
                Bind(walrus.Target, assigned, _scope);
                return assigned;
            case UnaryOp { Op: not UnaryOperator.Not } unary:
                return Taint(unary.Operand);
            case ListComp comprehension:
                return Comprehension(comprehension, comprehension.Generators, comprehension.Elt);
            case GeneratorExp comprehension:
                return Comprehension(comprehension, comprehension.Generators, comprehension.Elt);
            case SetComp comprehension:
                return Comprehension(comprehension, comprehension.Generators, comprehension.Elt);
            default:
                return null;
        }
    }

    private TaintPath? Comprehension(ExprNode node, ImmutableArray<Comprehension> generators, ExprNode element)
    {
        if (_model.ScopeOf(node) is not { } scope)
        {
            return null;
        }

        foreach (var generator in generators)
        {
            Bind(generator.Target, Taint(generator.Iter), scope);
        }

        return Taint(element);
    }

    private TaintPath? CallTaint(Call call)
    {
        if (call.Func is Python.Syntax.Attribute method && IsSourceField(method))
        {
            return TaintPath.Start(Line(call.Span.Start), Text(method) + "()");
        }

        var callee = call.Func is Name or Python.Syntax.Attribute ? _model.QualifiedNameOf(call.Func) : null;
        if (callee is not null && s_sanitizers.Contains(callee))
        {
            return null;
        }

        if (callee is not null && s_propagators.Contains(callee))
        {
            return Arguments(call);
        }

        if (call.Func is Python.Syntax.Attribute { Attr: var name, Value: var receiver })
        {
            if (s_predicates.Contains(name))
            {
                return null;
            }

            return Taint(receiver) ?? (s_joiningMethods.Contains(name) ? Arguments(call) : null);
        }

        return null;
    }

    private TaintPath? Arguments(Call call) =>
        call.Args.Select(Taint).FirstOrDefault(p => p is not null) ?? call.Keywords.Select(k => Taint(k.Value)).FirstOrDefault(p => p is not null);

    /// <summary>Tells whether an attribute reads a field of the request: <c>request.args</c> of Flask's global or of a request parameter.</summary>
    private bool IsSourceField(Python.Syntax.Attribute attribute)
    {
        if (!RequestFields.Contains(attribute.Attr))
        {
            return false;
        }

        if (attribute.Value is Name receiver && _model.ReferenceOf(receiver)?.Binding is { } binding && _requestObjects.Contains(binding))
        {
            return true;
        }

        return _model.QualifiedNameOf(attribute.Value) is "flask.request" or "quart.request" or "flask.globals.request";
    }

    /// <summary>Visits every call inside an expression and reports the sinks that request input reaches.</summary>
    private void Scan(ExprNode? expression)
    {
        if (expression is null)
        {
            return;
        }

        var pending = new Stack<SyntaxNode>();
        var children = new List<SyntaxNode>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is Lambda)
            {
                continue;
            }

            if (node is Call call)
            {
                CheckSink(call);
            }

            children.Clear();
            node.AddChildren(children);
            foreach (var child in children)
            {
                pending.Push(child);
            }
        }
    }

    private void CheckSink(Call call)
    {
        if (_reportedSinks.Contains(call) || SinkCatalog.Classify(call, _model) is not { } sink)
        {
            return;
        }

        if (Taint(sink.Argument) is { } path)
        {
            var line = Line(call.Span.Start);
            _reportedSinks.Add(call);
            _findings.Add(new SinkFinding(sink.Argument.Span, sink.Kind, sink.Advice, path.Then(line, sink.Display)));
        }
    }

    private int Line(int offset) => SecurityFacts.LineOf(_model, offset);

    private string Text(SyntaxNode node)
    {
        var text = _model.Source.Slice(node.Span).ToString().ReplaceLineEndings(" ");
        return text.Length <= 40 ? text : text[..37] + "...";
    }
}
