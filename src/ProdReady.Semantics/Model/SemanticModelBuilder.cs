using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ProdReady.Core.Text;
using ProdReady.Python;
using ProdReady.Python.Lexing;
using ProdReady.Python.Syntax;

namespace ProdReady.Semantics.Model;

/// <summary>
/// Builds a <see cref="SemanticModel"/> in one traversal of a tree, in the order Python evaluates it: module-level
/// statements (and class bodies, which run at once) first; function and lambda bodies, lazily evaluated PEP 695
/// values and deferred annotations are queued and visited afterwards, so that a module-level name defined below a
/// function still resolves from inside it. Statements recurse (their nesting is bounded by the parser); expressions
/// are walked with an explicit stack, so long operator chains are safe.
/// </summary>
internal sealed partial class SemanticModelBuilder
{
    private readonly SourceText _source;
    private readonly SemanticOptions _options;
    private readonly SemanticModel _model;
    private readonly Queue<Deferred> _deferred = new();
    private readonly Stack<(SyntaxNode Node, Context Context)> _stack = new(64);
    private readonly List<SyntaxNode> _children = new(16);
    private readonly Stack<(ExprNode Target, BindingFlags Flags)> _targets = new(8);
    private readonly Stack<PatternNode> _patterns = new(8);
    private readonly Stack<ExprNode> _tests = new(8);
    private readonly List<(Binding Binding, ExprNode Value)> _aliases = [];
    private bool _futureAnnotations;

    /// <summary>
    /// While a string annotation's parsed text is visited: the offset of its content in the file (-1 when its text does
    /// not map one to one), and the literal to point at otherwise.
    /// </summary>
    private (int Offset, Constant Literal)? _stringAnnotation;

    private SemanticModelBuilder(SourceText source, Module module, SemanticOptions options, int nameTokens)
    {
        _source = source;
        _options = options;
        _model = new SemanticModel(source, module, options, nameTokens);
    }

    /// <summary>Builds the model of a parsed module.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="options">What is known about the file.</param>
    /// <returns>The model.</returns>
    public static SemanticModel Build(ParseResult parse, SemanticOptions options)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        var nameTokens = 0;
        foreach (var token in parse.Tokens)
        {
            if (token.Kind == TokenKind.Name)
            {
                nameTokens++;
            }
        }

        var builder = new SemanticModelBuilder(parse.Source, parse.Module, options, nameTokens);
        builder.Run(parse.Module);
        return builder._model;
    }

    private void Run(Module module)
    {
        var scope = _model.NewScope(ScopeKind.Module, null, module, "<module>");
        _futureAnnotations = _options.IsStub;
        VisitBody(module.Body, new Context(scope, ReferenceFlags.None, BindingFlags.None, ImportContext.None, null));
        while (_deferred.Count > 0)
        {
            var item = _deferred.Dequeue();
            if (item.Body is { } body)
            {
                VisitBody(body, item.Context);
            }
            else if (item.Expression is { } expression)
            {
                VisitExpression(expression, item.Context);
            }
        }

        _model.IndexReferences();
        NameResolver.Resolve(_model);
        foreach (var (binding, value) in _aliases)
        {
            if (binding.Scope.BindingsOf(binding.Name).Length == 1)
            {
                binding.QualifiedName = _model.QualifiedNameOf(value);
            }
        }
    }

    private void VisitBody(ImmutableArray<StmtNode> body, Context context)
    {
        foreach (var statement in body)
        {
            VisitStatement(statement, context);
        }
    }

    private void VisitStatement(StmtNode statement, Context context)
    {
        // One jump on the kind: a type test per case tried would be a call into the runtime each.
        switch (statement.NodeKind)
        {
            case NodeKind.FunctionDef:
            {
                var function = Unsafe.As<FunctionDef>(statement);
                VisitFunction(function, function.Name, function.Args, function.Body, function.DecoratorList, function.Returns, function.TypeParams, isAsync: false, context);
                break;
            }
            case NodeKind.AsyncFunctionDef:
            {
                var function = Unsafe.As<AsyncFunctionDef>(statement);
                VisitFunction(function, function.Name, function.Args, function.Body, function.DecoratorList, function.Returns, function.TypeParams, isAsync: true, context);
                break;
            }
            case NodeKind.ClassDef:
            {
                var type = Unsafe.As<ClassDef>(statement);
                VisitClass(type, context);
                break;
            }
            case NodeKind.Assign:
            {
                var assign = Unsafe.As<Assign>(statement);
                VisitExpression(assign.Value, context);
                foreach (var target in assign.Targets)
                {
                    VisitTarget(target, BindingKind.Assignment, assign.Span.End, assign, context);
                }

                RecordAssignmentFacts(assign, context);
                break;
            }
            case NodeKind.AugAssign:
            {
                var augmented = Unsafe.As<AugAssign>(statement);
                VisitExpression(augmented.Value, context);
                if (augmented.Target is Name augmentedName)
                {
                    AddReference(augmentedName.Id, augmentedName.Span, augmentedName, context.WithFlags(ReferenceFlags.AugmentedRead));
                    Bind(augmentedName.Id, BindingKind.AugmentedAssignment, augmentedName.Span, augmented.Span.End, augmented, context);
                    if (augmentedName.Id == "__all__" && context.Scope.Kind == ScopeKind.Module)
                    {
                        CollectAll(augmented.Value);
                    }
                }
                else
                {
                    VisitTarget(augmented.Target, BindingKind.AugmentedAssignment, augmented.Span.End, augmented, context);
                }

                break;
            }
            case NodeKind.AnnAssign:
            {
                var annotated = Unsafe.As<AnnAssign>(statement);
                VisitAnnotation(annotated.Annotation, context, evaluated: context.Scope.Kind != ScopeKind.Function);
                if (annotated.Value is { } value)
                {
                    VisitExpression(value, context);
                }

                VisitTarget(annotated.Target, annotated.Value is null ? BindingKind.Annotation : BindingKind.AnnotatedAssignment, annotated.Span.End, annotated, context);
                if (annotated.Target is Name { Id: "__all__" } && annotated.Value is { } allValue && context.Scope.Kind == ScopeKind.Module)
                {
                    _model.All = new DunderAll();
                    CollectAll(allValue);
                }

                break;
            }
            case NodeKind.For:
            {
                var loop = Unsafe.As<For>(statement);
                VisitLoop(loop, loop.Target, loop.Iter, loop.Body, loop.Orelse, context);
                break;
            }
            case NodeKind.AsyncFor:
            {
                var loop = Unsafe.As<AsyncFor>(statement);
                VisitLoop(loop, loop.Target, loop.Iter, loop.Body, loop.Orelse, context);
                break;
            }
            case NodeKind.While:
            {
                var loop = Unsafe.As<While>(statement);
                var inner = context.InLoop(loop.Span).Conditional();

                // The test runs once before the body can bind anything: only an outer loop may have bound its names.
                VisitExpression(loop.Test, context.Loop is null ? context : inner);
                VisitBody(loop.Body, inner);
                VisitBody(loop.Orelse, context.Conditional());
                break;
            }

            case NodeKind.If:
            {
                var branch = Unsafe.As<If>(statement);
                VisitIf(branch, context);
                break;
            }
            case NodeKind.With:
            {
                var with = Unsafe.As<With>(statement);
                VisitWith(with.Items, with.Body, context);
                break;
            }
            case NodeKind.AsyncWith:
            {
                var with = Unsafe.As<AsyncWith>(statement);
                VisitWith(with.Items, with.Body, context);
                break;
            }
            case NodeKind.Match:
            {
                var match = Unsafe.As<Match>(statement);
                VisitMatch(match, context);
                break;
            }
            case NodeKind.Try:
            {
                var block = Unsafe.As<Try>(statement);
                VisitTry(block.Body, block.Handlers, block.Orelse, block.Finalbody, context);
                break;
            }
            case NodeKind.TryStar:
            {
                var block = Unsafe.As<TryStar>(statement);
                VisitTry(block.Body, block.Handlers, block.Orelse, block.Finalbody, context);
                break;
            }
            case NodeKind.Import:
            {
                var import = Unsafe.As<Import>(statement);
                VisitImport(import, context);
                break;
            }
            case NodeKind.ImportFrom:
            {
                var importFrom = Unsafe.As<ImportFrom>(statement);
                VisitImportFrom(importFrom, context);
                break;
            }
            case NodeKind.Global:
            {
                var global = Unsafe.As<Global>(statement);
                foreach (var name in global.Names)
                {
                    context.Scope.DeclareGlobal(name);
                    _model.DeclaredGlobals.Add(name);
                    Bind(name, BindingKind.Global, global.Span, global.Span.Start, global, context);
                }

                break;
            }
            case NodeKind.Nonlocal:
            {
                var nonlocal = Unsafe.As<Nonlocal>(statement);
                foreach (var name in nonlocal.Names)
                {
                    context.Scope.DeclareNonlocal(name);
                    Bind(name, BindingKind.Nonlocal, nonlocal.Span, nonlocal.Span.Start, nonlocal, context);
                }

                break;
            }
            case NodeKind.Delete:
            {
                var delete = Unsafe.As<Delete>(statement);
                foreach (var target in delete.Targets)
                {
                    VisitDeleteTarget(target, delete, context);
                }

                break;
            }
            case NodeKind.TypeAlias:
            {
                var alias = Unsafe.As<TypeAlias>(statement);
                VisitTypeAlias(alias, context);
                break;
            }
            case NodeKind.Expr:
            {
                var expression = Unsafe.As<Expr>(statement);
                VisitExpression(expression.Value, context);
                if (context.Scope.Kind == ScopeKind.Module && expression.Value is Call { Func: Python.Syntax.Attribute { Value: Name { Id: "__all__" }, Attr: var method } } call)
                {
                    RecordAllCall(method, call);
                }

                break;
            }
            default:
                // Return, Raise, Assert, Pass, Break, Continue: their expressions are plain reads.
                VisitChildren(statement, context);
                break;
        }
    }

    private void VisitChildren(StmtNode statement, Context context)
    {
        var start = _children.Count;
        statement.AddChildren(_children);
        var count = _children.Count - start;
        for (var i = 0; i < count; i++)
        {
            var child = _children[start + i];
            if (NodeKinds.IsExpression(child.NodeKind))
            {
                VisitExpression(Unsafe.As<ExprNode>(child), context);
            }
        }

        _children.RemoveRange(start, count);
    }

    private void VisitFunction(
        StmtNode function,
        string name,
        Arguments arguments,
        ImmutableArray<StmtNode> body,
        ImmutableArray<ExprNode> decorators,
        ExprNode? returns,
        ImmutableArray<TypeParamNode> typeParams,
        bool isAsync,
        Context context)
    {
        foreach (var decorator in decorators)
        {
            VisitExpression(decorator, context);
        }

        // Defaults run in the enclosing scope, before and outside any type-parameter scope.
        foreach (var value in arguments.Defaults)
        {
            VisitExpression(value, context);
        }

        foreach (var value in arguments.KwDefaults)
        {
            if (value is not null)
            {
                VisitExpression(value, context);
            }
        }

        var annotationContext = context;
        if (!typeParams.IsDefaultOrEmpty)
        {
            annotationContext = context.WithScope(VisitTypeParams(function, name, typeParams, context));
        }

        foreach (var (parameter, _) in arguments.Parameters)
        {
            if (parameter.Annotation is { } annotation)
            {
                VisitAnnotation(annotation, annotationContext, evaluated: true);
            }
        }

        if (returns is not null)
        {
            VisitAnnotation(returns, annotationContext, evaluated: true);
        }

        var nameSpan = DefinitionNameSpan(function.Span.Start, "def", name, isAsync);
        var binding = Bind(name, BindingKind.FunctionDefinition, nameSpan, function.Span.End, function, context);
        binding.QualifiedName = Qualify(context.Scope, name);

        var scope = _model.NewScope(ScopeKind.Function, annotationContext.Scope, function, name);
        _model.MapDefinition(function, binding);
        var bodyContext = new Context(scope, context.ReferenceFlags & ReferenceFlags.TypeCheckingOnly, context.BindingFlags & BindingFlags.TypeCheckingOnly, (context.Imports & ImportContext.TypeCheckingOnly) | ImportContext.InFunction, null);
        foreach (var (parameter, _) in arguments.Parameters)
        {
            Bind(parameter.Name, BindingKind.Parameter, parameter.Span, function.Span.Start, parameter, bodyContext);
        }

        _deferred.Enqueue(new Deferred(body, null, bodyContext));
    }

    private Scope VisitTypeParams(SyntaxNode owner, string name, ImmutableArray<TypeParamNode> typeParams, Context context)
    {
        var scope = _model.NewScope(ScopeKind.TypeParameters, context.Scope, owner, name);
        var inner = context.WithScope(scope);
        foreach (var parameter in typeParams)
        {
            var (parameterName, bound, defaultValue) = parameter switch
            {
                TypeVar typeVar => (typeVar.Name, typeVar.Bound, typeVar.DefaultValue),
                ParamSpec paramSpec => (paramSpec.Name, null, paramSpec.DefaultValue),
                TypeVarTuple tuple => (tuple.Name, null, tuple.DefaultValue),
                _ => (string.Empty, null, null),
            };
            if (parameterName.Length == 0)
            {
                continue;
            }

            Bind(parameterName, BindingKind.TypeParameter, parameter.Span, owner.Span.Start, parameter, inner);
            foreach (var lazy in new[] { bound, defaultValue })
            {
                if (lazy is not null)
                {
                    _deferred.Enqueue(new Deferred(null, lazy, inner.WithFlags(ReferenceFlags.Annotation | ReferenceFlags.Deferred)));
                }
            }
        }

        return scope;
    }

    private void VisitClass(ClassDef type, Context context)
    {
        foreach (var decorator in type.DecoratorList)
        {
            VisitExpression(decorator, context);
            if ((decorator is Call call ? call.Func : decorator) is Name { Id: "global_enum" } or Python.Syntax.Attribute { Attr: "global_enum" })
            {
                // enum.global_enum copies the members into the module's globals.
                _model.HasDynamicGlobals = true;
            }
        }

        var headerContext = context;
        if (!type.TypeParams.IsDefaultOrEmpty)
        {
            headerContext = context.WithScope(VisitTypeParams(type, type.Name, type.TypeParams, context));
        }

        foreach (var baseClass in type.Bases)
        {
            VisitExpression(baseClass, headerContext);
        }

        foreach (var keyword in type.Keywords)
        {
            VisitExpression(keyword.Value, headerContext);
        }

        var scope = _model.NewScope(ScopeKind.Class, headerContext.Scope, type, type.Name);
        scope.DefinitionLoop = context.Loop;
        var bodyContext = new Context(scope, context.ReferenceFlags, context.BindingFlags & ~BindingFlags.Conditional, context.Imports, null);
        VisitBody(type.Body, bodyContext);
        var binding = Bind(type.Name, BindingKind.ClassDefinition, DefinitionNameSpan(type.Span.Start, "class", type.Name, isAsync: false), type.Span.End, type, context);
        binding.QualifiedName = Qualify(context.Scope, type.Name);
        _model.MapDefinition(type, binding);
    }

    private void VisitTypeAlias(TypeAlias alias, Context context)
    {
        var aliasContext = context;
        var name = alias.Name as Name;
        if (!alias.TypeParams.IsDefaultOrEmpty)
        {
            aliasContext = context.WithScope(VisitTypeParams(alias, name?.Id ?? "<alias>", alias.TypeParams, context));
        }

        if (name is not null)
        {
            var binding = Bind(name.Id, BindingKind.TypeAlias, name.Span, alias.Span.Start, alias, context);
            binding.QualifiedName = Qualify(context.Scope, name.Id);
        }

        var scope = _model.NewScope(ScopeKind.TypeAlias, aliasContext.Scope, alias, name?.Id ?? "<alias>");
        _deferred.Enqueue(new Deferred(null, alias.Value, aliasContext.WithScope(scope).WithFlags(ReferenceFlags.Annotation | ReferenceFlags.Deferred)));
    }

    private void VisitLoop(StmtNode loop, ExprNode target, ExprNode iterable, ImmutableArray<StmtNode> body, ImmutableArray<StmtNode> orelse, Context context)
    {
        VisitExpression(iterable, context);
        var inner = context.InLoop(loop.Span).Conditional();
        VisitTarget(target, BindingKind.LoopTarget, iterable.Span.End, loop, inner);
        VisitBody(body, inner);
        VisitBody(orelse, context.Conditional());
    }

    private void VisitIf(If branch, Context context)
    {
        VisitExpression(branch.Test, context);
        var test = branch.Test;
        var negated = false;
        if (test is UnaryOp { Op: UnaryOperator.Not, Operand: var operand })
        {
            test = operand;
            negated = true;
        }

        var body = context.Conditional();
        var orelse = context.Conditional();
        if (IsTypeCheckingTest(test))
        {
            // `if TYPE_CHECKING:` runs its body only for type checkers; `if not TYPE_CHECKING:` its else branch.
            if (negated)
            {
                orelse = orelse.TypeCheckingOnly();
            }
            else
            {
                body = body.TypeCheckingOnly();
            }
        }

        if (IsVersionTest(branch.Test))
        {
            body = body.VersionGuarded();
            orelse = orelse.VersionGuarded();
        }

        VisitBody(branch.Body, body);
        VisitBody(branch.Orelse, orelse);
    }

    private static bool IsTypeCheckingTest(ExprNode test) => test switch
    {
        Name { Id: "TYPE_CHECKING" } => true,
        Python.Syntax.Attribute { Attr: "TYPE_CHECKING", Value: Name } => true,
        _ => false,
    };

    private bool IsVersionTest(ExprNode test)
    {
        var pending = _tests;
        pending.Clear();
        pending.Push(test);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case Python.Syntax.Attribute { Attr: "version_info" or "platform" or "hexversion", Value: Name { Id: "sys" } }:
                case Name { Id: "PY2" or "PY3" or "PY310" or "PY311" or "PY312" or "PY313" or "WINDOWS" or "IS_WINDOWS" }:
                    pending.Clear();
                    return true;
                case Compare compare:
                    pending.Push(compare.Left);
                    foreach (var comparator in compare.Comparators)
                    {
                        pending.Push(comparator);
                    }

                    break;
                case BoolOp boolean:
                    foreach (var value in boolean.Values)
                    {
                        pending.Push(value);
                    }

                    break;
                case UnaryOp unary:
                    pending.Push(unary.Operand);
                    break;
                case Subscript subscript:
                    pending.Push(subscript.Value);
                    break;
                case Call call:
                    pending.Push(call.Func);
                    break;
                case Python.Syntax.Attribute attribute:
                    pending.Push(attribute.Value);
                    break;
            }
        }

        return false;
    }

    private void VisitWith(ImmutableArray<WithItem> items, ImmutableArray<StmtNode> body, Context context)
    {
        foreach (var item in items)
        {
            VisitExpression(item.ContextExpr, context);
            if (item.OptionalVars is { } target)
            {
                VisitTarget(target, BindingKind.WithTarget, item.ContextExpr.Span.End, item, context);
            }
        }

        VisitBody(body, context);
    }

    private void VisitTry(ImmutableArray<StmtNode> body, ImmutableArray<ExceptHandlerNode> handlers, ImmutableArray<StmtNode> orelse, ImmutableArray<StmtNode> finalbody, Context context)
    {
        var guardsNames = false;
        var guardsImports = false;
        foreach (var handler in handlers)
        {
            if (handler is ExceptHandler except)
            {
                foreach (var caught in CaughtNames(except.Type))
                {
                    guardsNames |= caught is "NameError" or null;
                    guardsImports |= caught is "ImportError" or "ModuleNotFoundError" or "Exception" or "BaseException" or null;
                }
            }
        }

        var bodyContext = context.Conditional();
        if (guardsNames)
        {
            bodyContext = bodyContext.WithFlags(ReferenceFlags.NameErrorGuarded);
        }

        if (guardsImports)
        {
            bodyContext = bodyContext.ImportGuarded();
        }

        VisitBody(body, bodyContext);
        foreach (var handler in handlers)
        {
            if (handler is not ExceptHandler except)
            {
                continue;
            }

            var handlerContext = context.Conditional();
            if (except.Type is { } type)
            {
                VisitExpression(type, context);
            }

            Binding? bound = null;
            if (except.Name is { } name)
            {
                bound = Bind(name, BindingKind.ExceptionHandler, NameSpanIn(except, name), except.Span.Start, except, handlerContext);
            }

            VisitBody(except.Body, handlerContext);
            if (bound is not null)
            {
                var unbinding = Bind(except.Name!, BindingKind.Deletion, bound.Span, except.Span.End, except, handlerContext);
                _model.HandlerEnds.Add(unbinding, bound);
            }
        }

        VisitBody(orelse, context.Conditional());
        VisitBody(finalbody, context);
    }

    /// <summary>Lists the exception names a handler catches; <see langword="null"/> stands for a bare <c>except:</c>.</summary>
    private static IEnumerable<string?> CaughtNames(ExprNode? type)
    {
        if (type is null)
        {
            yield return null;
            yield break;
        }

        var items = type is Python.Syntax.Tuple tuple ? tuple.Elts : [type];
        foreach (var item in items)
        {
            yield return item switch
            {
                Name name => name.Id,
                Python.Syntax.Attribute attribute => attribute.Attr,
                _ => string.Empty,
            };
        }
    }

    private void VisitMatch(Match match, Context context)
    {
        VisitExpression(match.Subject, context);
        foreach (var matchCase in match.Cases)
        {
            var caseContext = context.Conditional();
            VisitPattern(matchCase.Pattern, caseContext);
            if (matchCase.Guard is { } guard)
            {
                VisitExpression(guard, caseContext);
            }

            VisitBody(matchCase.Body, caseContext);
        }
    }

    private void VisitPattern(PatternNode root, Context context)
    {
        var pending = _patterns;
        var baseDepth = pending.Count;
        pending.Push(root);
        while (pending.Count > baseDepth)
        {
            var pattern = pending.Pop();
            switch (pattern)
            {
                case MatchValue value:
                    VisitExpression(value.Value, context);
                    break;
                case MatchSequence sequence:
                    PushAll(pending, sequence.Patterns);
                    break;
                case MatchMapping mapping:
                    foreach (var key in mapping.Keys)
                    {
                        VisitExpression(key, context);
                    }

                    PushAll(pending, mapping.Patterns);
                    if (mapping.Rest is { } rest)
                    {
                        Bind(rest, BindingKind.MatchCapture, NameSpanIn(mapping, rest, fromEnd: true), pattern.Span.End, pattern, context);
                    }

                    break;
                case MatchClass matchClass:
                    VisitExpression(matchClass.Cls, context);
                    PushAll(pending, matchClass.Patterns);
                    PushAll(pending, matchClass.KwdPatterns);
                    break;
                case MatchStar star when star.Name is { } starName:
                    Bind(starName, BindingKind.MatchCapture, NameSpanIn(star, starName), pattern.Span.End, pattern, context);
                    break;
                case MatchAs capture:
                    if (capture.Pattern is { } inner)
                    {
                        pending.Push(inner);
                    }

                    if (capture.Name is { } captureName)
                    {
                        Bind(captureName, BindingKind.MatchCapture, NameSpanIn(capture, captureName, fromEnd: true), pattern.Span.End, pattern, context);
                    }

                    break;
                case MatchOr alternatives:
                    PushAll(pending, alternatives.Patterns);
                    break;
            }
        }
    }

    private static void PushAll(Stack<PatternNode> pending, ImmutableArray<PatternNode> patterns)
    {
        for (var i = patterns.Length - 1; i >= 0; i--)
        {
            pending.Push(patterns[i]);
        }
    }

    private void VisitImport(Import import, Context context)
    {
        foreach (var alias in import.Names)
        {
            var top = alias.Asname ?? FirstPart(alias.Name);
            var binding = Bind(top, BindingKind.Import, alias.Span, import.Span.End, alias, context);
            binding.QualifiedName = alias.Asname is null ? FirstPart(alias.Name) : alias.Name;
            var record = new ImportRecord(import, alias, alias.Name, 0, null, binding, context.Imports)
            {
                AbsoluteModule = alias.Name,
            };
            _model.ImportList.Add(record);
        }
    }

    private void VisitImportFrom(ImportFrom import, Context context)
    {
        var module = import.Module ?? string.Empty;
        if (import.Level == 0 && module == "__future__" && import.Names.Any(alias => alias.Name == "annotations"))
        {
            _futureAnnotations = true;
        }

        var absolute = AbsoluteModule(module, import.Level);
        foreach (var alias in import.Names)
        {
            Binding? binding = null;
            if (alias.Name == "*")
            {
                context.Scope.HasStarImport = true;
                binding = Bind("*", BindingKind.StarImport, alias.Span, import.Span.End, alias, context);
                binding.QualifiedName = absolute;
            }
            else
            {
                binding = Bind(alias.Asname ?? alias.Name, BindingKind.FromImport, alias.Span, import.Span.End, alias, context);
                binding.QualifiedName = absolute is null ? null : (absolute.Length == 0 ? alias.Name : absolute + "." + alias.Name);
            }

            _model.ImportList.Add(new ImportRecord(import, alias, module, import.Level, alias.Name, alias.Name == "*" ? null : binding, context.Imports)
            {
                AbsoluteModule = absolute,
            });
        }
    }

    /// <summary>Resolves a (possibly relative) module against the file's module name; <see langword="null"/> when it cannot.</summary>
    private string? AbsoluteModule(string module, int level)
    {
        if (level == 0)
        {
            return module;
        }

        if (_options.ModuleName is not { } current)
        {
            return null;
        }

        var parts = current.Split('.');
        var package = _options.IsPackage ? parts.Length : parts.Length - 1;
        var kept = package - (level - 1);
        if (kept <= 0)
        {
            return null;
        }

        var prefix = string.Join('.', parts, 0, kept);
        return module.Length == 0 ? prefix : prefix + "." + module;
    }

    private static string FirstPart(string dotted)
    {
        var dot = dotted.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? dotted : dotted[..dot];
    }

    private void VisitDeleteTarget(ExprNode target, Delete delete, Context context)
    {
        switch (target)
        {
            case Name name:
                AddReference(name.Id, name.Span, name, context.WithFlags(ReferenceFlags.Deletion));
                Bind(name.Id, BindingKind.Deletion, name.Span, delete.Span.End, delete, context);
                break;
            case Python.Syntax.Tuple tuple:
                foreach (var element in tuple.Elts)
                {
                    VisitDeleteTarget(element, delete, context);
                }

                break;
            case List list:
                foreach (var element in list.Elts)
                {
                    VisitDeleteTarget(element, delete, context);
                }

                break;
            default:
                VisitExpression(target, context);
                break;
        }
    }

    /// <summary>Binds every name of an assignment target; attribute and subscript targets are reads of their parts.</summary>
    private void VisitTarget(ExprNode target, BindingKind kind, int effectiveOffset, SyntaxNode node, Context context)
    {
        var pending = _targets;
        var baseDepth = pending.Count;
        pending.Push((target, BindingFlags.None));
        while (pending.Count > baseDepth)
        {
            var (current, flags) = pending.Pop();
            switch (current)
            {
                case Name name:
                {
                    var binding = Bind(name.Id, kind, name.Span, effectiveOffset, node, context, flags);
                    if (kind is BindingKind.Assignment or BindingKind.AnnotatedAssignment && flags == BindingFlags.None && node is Assign { Targets.Length: 1, Value: Name or Python.Syntax.Attribute } assign)
                    {
                        _aliases.Add((binding, assign.Value));
                    }
                    else if (kind is BindingKind.AnnotatedAssignment && node is AnnAssign { Value: Name or Python.Syntax.Attribute } annotated)
                    {
                        _aliases.Add((binding, annotated.Value!));
                    }

                    break;
                }

                case Python.Syntax.Tuple tuple:
                    for (var i = tuple.Elts.Length - 1; i >= 0; i--)
                    {
                        pending.Push((tuple.Elts[i], flags | BindingFlags.Unpacked));
                    }

                    break;
                case List list:
                    for (var i = list.Elts.Length - 1; i >= 0; i--)
                    {
                        pending.Push((list.Elts[i], flags | BindingFlags.Unpacked));
                    }

                    break;
                case Starred starred:
                    pending.Push((starred.Value, flags | BindingFlags.Starred));
                    break;
                default:
                    VisitExpression(current, context);
                    break;
            }
        }
    }

    private void VisitAnnotation(ExprNode annotation, Context context, bool evaluated)
    {
        var flags = ReferenceFlags.Annotation;
        if (_futureAnnotations || !evaluated)
        {
            _deferred.Enqueue(new Deferred(null, annotation, context.WithFlags(flags | ReferenceFlags.Deferred)));
            return;
        }

        VisitExpression(annotation, context.WithFlags(flags));
    }

    /// <summary>Walks an expression with an explicit stack; scope-opening expressions open their scopes here.</summary>
    private void VisitExpression(ExprNode root, Context rootContext)
    {
        var baseDepth = _stack.Count;
        _stack.Push((root, rootContext));
        while (_stack.Count > baseDepth)
        {
            var (node, context) = _stack.Pop();

            // One jump on the kind: a type test per case tried would be a call into the runtime each, and most nodes
            // fall through every case to the default.
            switch (node.NodeKind)
            {
                case NodeKind.Name:
                {
                    var name = Unsafe.As<Name>(node);
                    if (name.Ctx == ExprContext.Load)
                    {
                        AddReference(name.Id, name.Span, name, context);
                    }
                    else if (name.Ctx == ExprContext.Store)
                    {
                        Bind(name.Id, BindingKind.Assignment, name.Span, name.Span.End, name, context);
                    }

                    break;
                }

                case NodeKind.Lambda:
                    VisitLambda(Unsafe.As<Lambda>(node), context);
                    break;
                case NodeKind.IfExp:
                {
                    // `a if test else b` evaluates its test first: a walrus there binds before either branch reads.
                    var conditional = Unsafe.As<IfExp>(node);
                    var branches = context with { EvaluatedAfter = Math.Max(context.EvaluatedAfter, conditional.Test.Span.End) };
                    _stack.Push((conditional.Orelse, branches));
                    _stack.Push((conditional.Body, branches));
                    _stack.Push((conditional.Test, context));
                    break;
                }

                case NodeKind.ListComp:
                {
                    var comprehension = Unsafe.As<ListComp>(node);
                    VisitComprehension(comprehension, comprehension.Generators, [comprehension.Elt], "<listcomp>", context);
                    break;
                }

                case NodeKind.SetComp:
                {
                    var comprehension = Unsafe.As<SetComp>(node);
                    VisitComprehension(comprehension, comprehension.Generators, [comprehension.Elt], "<setcomp>", context);
                    break;
                }

                case NodeKind.GeneratorExp:
                {
                    var comprehension = Unsafe.As<GeneratorExp>(node);
                    VisitComprehension(comprehension, comprehension.Generators, [comprehension.Elt], "<genexpr>", context);
                    break;
                }

                case NodeKind.DictComp:
                {
                    var comprehension = Unsafe.As<DictComp>(node);
                    VisitComprehension(comprehension, comprehension.Generators, [comprehension.Key, comprehension.Value], "<dictcomp>", context);
                    break;
                }

                case NodeKind.NamedExpr:
                {
                    var walrus = Unsafe.As<NamedExpr>(node);
                    _stack.Push((walrus.Value, context));
                    if (walrus.Target is Name target)
                    {
                        var bindingScope = context.Scope;
                        while (bindingScope.Kind == ScopeKind.Comprehension && bindingScope.Parent is not null)
                        {
                            bindingScope = bindingScope.Parent;
                        }

                        Bind(target.Id, BindingKind.NamedExpression, target.Span, walrus.Span.End, walrus, context.WithScope(bindingScope));
                    }

                    break;
                }

                case NodeKind.Constant when (context.ReferenceFlags & ReferenceFlags.Annotation) != 0 && Unsafe.As<Constant>(node).Value is string text:
                    VisitStringAnnotation(Unsafe.As<Constant>(node), text, context);
                    break;
                case NodeKind.Subscript when (context.ReferenceFlags & ReferenceFlags.Annotation) != 0:
                    VisitAnnotationSubscript(Unsafe.As<Subscript>(node), context);
                    break;
                case NodeKind.Call when WritesGlobalsDynamically(Unsafe.As<Call>(node), context.Scope):
                    _model.HasDynamicGlobals = true;
                    PushChildren(node, context);
                    break;
                case NodeKind.Call when (context.ReferenceFlags & ReferenceFlags.Annotation) != 0:
                    // A call inside an annotation (rare) evaluates its arguments as values, not types.
                    PushChildren(node, context.WithoutFlags(ReferenceFlags.Annotation));
                    break;
                default:
                    PushChildren(node, context);
                    break;
            }
        }
    }

    /// <summary>
    /// Tells whether a call writes module globals the model cannot see: <c>globals().update(...)</c> (also
    /// <c>setdefault</c>, <c>__setitem__</c>; <c>vars()</c> at module level), <c>exec(code)</c> at module level or
    /// <c>exec(code, globals())</c> (not with a separate locals mapping, which takes the writes), and an enum's <c>_convert_</c>, which copies members into a module.
    /// </summary>
    private static bool WritesGlobalsDynamically(Call call, Scope scope)
    {
        // Asked of every call: the kind first, so that an ordinary call costs no type test.
        var function = call.Func;
        if (function.NodeKind == NodeKind.Name)
        {
            return Unsafe.As<Name>(function).Id == "exec"
                && ((call.Args.Length == 1 && scope.Kind == ScopeKind.Module)
                    || (call.Args.Length == 2 && call.Args[1] is Call { Func: Name { Id: "globals" } }));
        }

        return function.NodeKind == NodeKind.Attribute && Unsafe.As<Python.Syntax.Attribute>(function) switch
        {
            { Attr: "update" or "setdefault" or "__setitem__", Value: Call { Func: Name { Id: "globals" } } } => true,
            { Attr: "update" or "setdefault" or "__setitem__", Value: Call { Func: Name { Id: "vars" }, Args.Length: 0 } } => scope.Kind == ScopeKind.Module,
            { Attr: "_convert_" } => true,
            { Attr: "update" or "setdefault" or "__setitem__", Value: Python.Syntax.Attribute { Attr: "__dict__" } } => true,
            _ => false,
        };
    }

    private void PushChildren(SyntaxNode node, Context context)
    {
        var start = _children.Count;
        node.AddChildren(_children);
        for (var i = _children.Count - 1; i >= start; i--)
        {
            var child = _children[i];
            var kind = child.NodeKind;
            if (kind == NodeKind.Keyword)
            {
                _stack.Push((Unsafe.As<Keyword>(child).Value, context));
            }
            else if (kind is NodeKind.Comprehension or NodeKind.Arguments)
            {
                // Only reached for nodes handled above; nothing to read here.
            }
            else
            {
                _stack.Push((child, context));
            }
        }

        _children.RemoveRange(start, _children.Count - start);
    }

    /// <summary>
    /// Reads the subscript of an annotation: <c>Literal[...]</c> holds values, not types, and only the first
    /// argument of <c>Annotated[...]</c> is a type.
    /// </summary>
    private void VisitAnnotationSubscript(Subscript subscript, Context context)
    {
        var last = subscript.Value switch
        {
            Name name => name.Id,
            Python.Syntax.Attribute attribute => attribute.Attr,
            _ => null,
        };
        _stack.Push((subscript.Value, context));
        if (last == "Literal")
        {
            _stack.Push((subscript.Slice, context.WithoutFlags(ReferenceFlags.Annotation)));
        }
        else if (last == "Annotated" && subscript.Slice is Python.Syntax.Tuple { Elts.Length: > 0 } arguments)
        {
            _stack.Push((arguments.Elts[0], context));
            for (var i = 1; i < arguments.Elts.Length; i++)
            {
                _stack.Push((arguments.Elts[i], context.WithoutFlags(ReferenceFlags.Annotation)));
            }
        }
        else
        {
            _stack.Push((subscript.Slice, context));
        }
    }

    private void VisitLambda(Lambda lambda, Context context)
    {
        foreach (var value in lambda.Args.Defaults)
        {
            _stack.Push((value, context));
        }

        foreach (var value in lambda.Args.KwDefaults)
        {
            if (value is not null)
            {
                _stack.Push((value, context));
            }
        }

        var scope = _model.NewScope(ScopeKind.Lambda, context.Scope, lambda, "<lambda>");
        var inner = new Context(scope, context.ReferenceFlags & ReferenceFlags.TypeCheckingOnly, context.BindingFlags & BindingFlags.TypeCheckingOnly, context.Imports | ImportContext.InFunction, null);
        foreach (var (parameter, _) in lambda.Args.Parameters)
        {
            Bind(parameter.Name, BindingKind.Parameter, parameter.Span, lambda.Span.Start, parameter, inner);
        }

        _deferred.Enqueue(new Deferred(null, lambda.Body, inner));
    }

    private void VisitComprehension(ExprNode node, ImmutableArray<Comprehension> generators, ExprNode[] results, string name, Context context)
    {
        if (generators.IsDefaultOrEmpty)
        {
            return;
        }

        // The first iterable is evaluated in the enclosing scope; everything else runs in the comprehension's own.
        _stack.Push((generators[0].Iter, context));
        var scope = _model.NewScope(ScopeKind.Comprehension, context.Scope, node, name);
        scope.DefinitionLoop = context.Loop;
        var inner = context.WithScope(scope) with { Loop = null };
        for (var i = 0; i < generators.Length; i++)
        {
            var generator = generators[i];
            VisitTarget(generator.Target, BindingKind.ComprehensionTarget, generator.Iter.Span.End, generator, inner);
            if (i > 0)
            {
                _stack.Push((generator.Iter, inner));
            }

            foreach (var condition in generator.Ifs)
            {
                _stack.Push((condition, inner));
            }
        }

        foreach (var result in results)
        {
            _stack.Push((result, inner));
        }
    }

    private Binding Bind(string name, BindingKind kind, TextSpan span, int effectiveOffset, SyntaxNode node, Context context, BindingFlags extra = BindingFlags.None)
    {
        var scope = context.Scope;
        var flags = context.BindingFlags | extra;
        if (kind is not (BindingKind.Global or BindingKind.Nonlocal) && scope.Kind is ScopeKind.Function or ScopeKind.Lambda)
        {
            if (scope.IsDeclaredGlobal(name))
            {
                var global = _model.NewBinding(name, kind, _model.ModuleScope, span, effectiveOffset, node, flags | BindingFlags.FromInnerScope);
                _model.ModuleScope.Add(global);
                return global;
            }

            if (scope.IsDeclaredNonlocal(name))
            {
                for (var outer = scope.Parent; outer is not null; outer = outer.Parent)
                {
                    if (outer.Kind is ScopeKind.Function or ScopeKind.Lambda && outer.Binds(name))
                    {
                        var nonlocal = _model.NewBinding(name, kind, outer, span, effectiveOffset, node, flags | BindingFlags.FromInnerScope);
                        outer.Add(nonlocal);
                        return nonlocal;
                    }
                }
            }
        }

        var binding = _model.NewBinding(name, kind, scope, span, effectiveOffset, node, flags);
        scope.Add(binding);
        return binding;
    }

    private void AddReference(string name, TextSpan span, SyntaxNode node, Context context)
    {
        if (_stringAnnotation is { } text)
        {
            // The node belongs to the string's own tree: map its span into the file, or point at the literal.
            (span, node) = text.Offset >= 0 ? (new TextSpan(text.Offset + span.Start - 1, span.Length), node) : (text.Literal.Span, text.Literal);
        }

        var reference = _model.NewReference(name, context.Scope, span, node, context.ReferenceFlags, context.Loop, Math.Max(span.Start, context.EvaluatedAfter));
        if (_stringAnnotation is { } literal)
        {
            _model.MapStringReference(literal.Literal, reference);
        }
    }

    private string Qualify(Scope scope, string name) => string.Concat(QualifiedPrefix(scope), ".", name);

    /// <summary>
    /// Returns the dotted prefix of the names a scope binds: the module's name, then each enclosing class and function
    /// (other scopes add nothing). Kept on the scope, so that each definition costs one concatenation.
    /// </summary>
    private string QualifiedPrefix(Scope scope)
    {
        if (scope.QualifiedPrefix is { } known)
        {
            return known;
        }

        var prefix = scope.Kind == ScopeKind.Module || scope.Parent is null ? _model.ModuleName
            : scope.Kind is ScopeKind.Class or ScopeKind.Function ? string.Concat(QualifiedPrefix(scope.Parent), ".", scope.Name)
            : QualifiedPrefix(scope.Parent);
        scope.QualifiedPrefix = prefix;
        return prefix;
    }

    /// <summary>Finds the span of a definition's name: after <c>async</c>, the keyword and any whitespace or line continuations.</summary>
    private TextSpan DefinitionNameSpan(int start, string keyword, string name, bool isAsync)
    {
        var text = _source.Text;
        var position = start;
        if (isAsync)
        {
            position = SkipSpace(text, position + "async".Length);
        }

        position = SkipSpace(text, position + keyword.Length);
        var end = position;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_' || char.IsSurrogate(text[end]) || text[end] > 127))
        {
            end++;
        }

        return end > position ? TextSpan.FromBounds(position, end) : new TextSpan(Math.Min(start, text.Length), 0);
    }

    private static int SkipSpace(string text, int position)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c is ' ' or '\t' or '\f')
            {
                position++;
            }
            else if (c == '\\' && position + 1 < text.Length && text[position + 1] is '\n' or '\r')
            {
                position += text[position + 1] == '\r' && position + 2 < text.Length && text[position + 2] == '\n' ? 3 : 2;
            }
            else
            {
                break;
            }
        }

        return Math.Min(position, text.Length);
    }

    /// <summary>Finds a plain identifier inside a node's text (an <c>except ... as name</c>, a capture pattern), or the node's span.</summary>
    private TextSpan NameSpanIn(SyntaxNode node, string name, bool fromEnd = false)
    {
        var span = node.Span;
        var text = _source.Text.AsSpan(span.Start, Math.Min(span.Length, _source.Length - span.Start));
        var index = fromEnd ? text.LastIndexOf(name, StringComparison.Ordinal) : FindWord(text, name);
        return index < 0 ? span : new TextSpan(span.Start + index, name.Length);
    }

    private static int FindWord(ReadOnlySpan<char> text, string name)
    {
        var index = text.LastIndexOf(" as ", StringComparison.Ordinal);
        if (index >= 0)
        {
            var after = text[(index + 4)..].IndexOf(name, StringComparison.Ordinal);
            if (after >= 0)
            {
                return index + 4 + after;
            }
        }

        return text.IndexOf(name, StringComparison.Ordinal);
    }

    /// <summary>A queued body or expression with the context it runs in.</summary>
    private readonly record struct Deferred(ImmutableArray<StmtNode>? Body, ExprNode? Expression, Context Context);
}
