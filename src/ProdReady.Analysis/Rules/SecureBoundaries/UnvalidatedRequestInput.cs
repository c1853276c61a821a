using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC012 unvalidated-request-input</c>: request input reaches a sink inside a web handler without a validation step.</summary>
public sealed partial class UnvalidatedRequestInput : Rule
{
    /// <summary>Calls that create an application or router, by the framework whose handler conventions apply.</summary>
    private static readonly FrozenDictionary<string, string> s_applications = new Dictionary<string, string>
    {
        ["flask.Flask"] = "flask", ["flask.app.Flask"] = "flask", ["flask.Blueprint"] = "flask", ["flask.blueprints.Blueprint"] = "flask",
        ["quart.Quart"] = "flask", ["quart.Blueprint"] = "flask",
        ["fastapi.FastAPI"] = "fastapi", ["fastapi.applications.FastAPI"] = "fastapi", ["fastapi.APIRouter"] = "fastapi", ["fastapi.routing.APIRouter"] = "fastapi",
        ["starlette.applications.Starlette"] = "starlette", ["starlette.routing.Router"] = "starlette",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_applicationFactories = s_applications.Keys.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_routeMethods = new[]
    {
        "route", "get", "post", "put", "delete", "patch", "head", "options", "api_route", "websocket",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Annotations that make a parameter the request object.</summary>
    private static readonly FrozenSet<string> s_requestTypes = new[]
    {
        "starlette.requests.Request", "starlette.requests.HTTPConnection", "fastapi.Request", "fastapi.requests.Request", "django.http.HttpRequest",
        "django.http.request.HttpRequest", "rest_framework.request.Request", "starlette.websockets.WebSocket", "fastapi.WebSocket",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Route classes whose <c>endpoint</c> receives the request.</summary>
    private static readonly FrozenSet<string> s_routeClasses = new[]
    {
        "starlette.routing.Route", "starlette.routing.WebSocketRoute",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>FastAPI parameter types that accept any text.</summary>
    private static readonly FrozenSet<string> s_textTypes = new[]
    {
        "builtins.str", "builtins.bytes", "typing.Any", "typing_extensions.Any", "pathlib.Path", "fastapi.UploadFile", "fastapi.datastructures.UploadFile",
        "starlette.datastructures.UploadFile",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_dependencies = new[]
    {
        "fastapi.Depends", "fastapi.Security", "fastapi.params.Depends", "fastapi.params.Security",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_djangoViewBases = new[]
    {
        "django.views.View", "django.views.generic.View", "django.views.generic.base.View", "django.views.generic.TemplateView",
        "django.views.generic.FormView", "django.views.generic.DetailView", "django.views.generic.ListView", "rest_framework.views.APIView",
        "rest_framework.generics.GenericAPIView", "rest_framework.viewsets.ViewSet", "rest_framework.viewsets.GenericViewSet",
        "rest_framework.viewsets.ModelViewSet", "starlette.endpoints.HTTPEndpoint", "starlette.endpoints.WebSocketEndpoint",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Flask URL converters that only accept a narrow alphabet.</summary>
    private static readonly FrozenSet<string> s_validatingConverters = new[] { "int", "float", "uuid", "any" }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC012",
        Name: "unvalidated-request-input",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Follows request input inside a web handler, from where it enters to where it is used, and flags
            it when it reaches a sink without a validation step on the way. The finding shows the path, from
            the source's line to the sink's line.

            Handlers are functions decorated with a route of an application or router created by
            `flask.Flask`, `flask.Blueprint`, `fastapi.FastAPI`, `fastapi.APIRouter` or `Starlette` (`@app.route`,
            `@app.get`, `@router.post`, ...; an application imported from another module of the project counts
            when the file imports the framework), Starlette endpoints given to `Route(...)`, methods of
            Django, REST framework and Starlette class-based views, and Django view functions whose first
            parameter is `request`.

            Sources are the handler's parameters (Flask URL variables, FastAPI parameters typed `str`, `bytes`,
            `Any`, `Path`, `UploadFile` or untyped, Django URL arguments) and the request's fields: `request.args`,
            `form`, `values`, `json`, `get_json()`, `data`, `files`, `cookies`, `headers`, `view_args` (Flask's
            global `request` included), `GET`, `POST`, `body`, `COOKIES`, `META`, `FILES`, `query_params`,
            `path_params`, `json()`, `form()`.

            Sinks, resolved through the semantic model: SQL (`execute`, `executemany`, `executescript`,
            SQLAlchemy `text()`, Django `raw()`), a shell or subprocess (`os.system`, `os.popen`, `subprocess.*`
            with a string command, `shell=True` or an input-chosen program), a file path (`open`, `io.open`,
            `os.open`, `os.remove`, `shutil.rmtree`, `pathlib.Path(...)` and its `read_text`/`write_text`/...,
            `send_file`, `FileResponse`), `eval`/`exec`/`compile`, a redirect target (`redirect`,
            `HttpResponseRedirect`, `RedirectResponse`) and a URL fetched server-side (`requests`, `httpx`,
            `urlopen`, `urllib.request.Request`).

            The value travels through assignments, formatting, concatenation, subscripts, attributes, method
            calls on it (`.get()`, `.strip()`), `os.path.join`, `str()`, `Path(...)` and comprehensions. A
            validation step cuts the path: a conversion (`int()`, `float()`, `uuid.UUID()`, `Decimal()`,
            `json.loads`), `os.path.basename` or `secure_filename`, `shlex.quote`, a FastAPI parameter with a
            non-text type or a `pattern=`, a Flask `<int:...>`/`<float:...>`/`<uuid:...>` converter, any other
            function's result (a pydantic model, a lookup), and a test that rejects bad input before the sink
            or guards the sink: an allow-list membership (`if name not in ALLOWED: abort(404)`), an equality
            with a constant, `re.fullmatch`/`re.match` or a compiled pattern's, `str.isdigit`/`isalnum`/
            `startswith`, `Path.is_relative_to`, Django's `url_has_allowed_host_and_scheme`, or a function of
            the project (called in the test, or called as a statement on the value before the sink).

            The analysis stays inside the function; input passed to another function is not followed. Test
            code is not checked.

            ## Why is this bad?
            Everything in a request is chosen by the client. Reaching a query, a command line, a file path,
            `eval`, a redirect or a server-side fetch unchecked is SQL injection, command injection, path
            traversal, code execution, an open redirect or server-side request forgery.

            ## Example
            ```python
            from flask import Flask, request, send_file

            app = Flask(__name__)

            @app.route("/download")
            def download():
                name = request.args["name"]
                return send_file(f"/srv/files/{name}")
            ```

            Use instead:
            ```python
            import os
            from flask import Flask, request, send_file

            app = Flask(__name__)

            @app.route("/download")
            def download():
                name = os.path.basename(request.args["name"])
                return send_file(f"/srv/files/{name}")
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnModel(Check, completeParseOnly: true);
    }

    private void Check(SemanticModel model, RuleContext context)
    {
        var flask = model.ImportsModule("flask") || model.ImportsModule("quart");
        var fastapi = model.ImportsModule("fastapi");
        var starlette = model.ImportsModule("starlette");
        var django = model.ImportsModule("django") || model.ImportsModule("rest_framework");
        if (context.IsTestCode || !(flask || fastapi || starlette || django))
        {
            return;
        }

        var functions = new List<(StmtNode Function, ClassDef? Owner)>();
        var endpoints = new HashSet<Binding>(ReferenceEqualityComparer.Instance);
        Collect(model, functions, endpoints);
        foreach (var (function, owner) in functions)
        {
            if (model.ScopeOf(function) is not { } scope)
            {
                continue;
            }

            var (arguments, decorators, body) = function switch
            {
                FunctionDef def => (def.Args, def.DecoratorList, def.Body),
                AsyncFunctionDef def => (def.Args, def.DecoratorList, def.Body),
                _ => throw new InvalidOperationException("only functions are collected"),
            };
            var sources = new List<(Binding, string)>();
            var requests = new List<Binding>();
            var isEndpoint = model.BindingOf(function) is { } own && endpoints.Contains(own);
            if (!Classify(model, context, scope, arguments, decorators, owner, isEndpoint, django, flask, fastapi, sources, requests) && !flask)
            {
                continue;
            }

            var walker = new TaintWalker(model, scope, sources, requests, call => IsProjectFunction(call, model, context));
            foreach (var finding in walker.Run(body))
            {
                context.Report(Info, finding.Span, $"Request input reaches {finding.Sink} without validation ({finding.Path.Render()}): {finding.Advice}");
            }
        }
    }

    /// <summary>Finds the file's functions (with the class whose body holds them) and the functions given to <c>Route(...)</c>.</summary>
    private static void Collect(SemanticModel model, List<(StmtNode, ClassDef?)> functions, HashSet<Binding> endpoints)
    {
        var pending = new Stack<(SyntaxNode Node, ClassDef? Owner)>();
        var children = new List<SyntaxNode>();
        pending.Push((model.Module, null));
        while (pending.Count > 0)
        {
            var (node, owner) = pending.Pop();
            ClassDef? childOwner = null;
            switch (node)
            {
                case FunctionDef or AsyncFunctionDef:
                    functions.Add(((StmtNode)node, owner));
                    break;
                case ClassDef type:
                    childOwner = type;
                    break;
                case Call call when call.Func is Name or Python.Syntax.Attribute:
                    if (model.QualifiedNameOf(call.Func) is { } callee && s_routeClasses.Contains(callee)
                        && SecurityFacts.Argument(call, 1, "endpoint") is Name endpoint && model.ReferenceOf(endpoint)?.Binding is { } binding)
                    {
                        endpoints.Add(binding);
                    }

                    break;
            }

            children.Clear();
            node.AddChildren(children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], node is ClassDef ? childOwner : null));
            }
        }

        functions.Sort((a, b) => a.Item1.Span.Start.CompareTo(b.Item1.Span.Start));
    }

    /// <summary>Finds a handler's input parameters and request objects; returns whether the function is a handler.</summary>
    private static bool Classify(
        SemanticModel model, RuleContext context, Scope scope, Arguments arguments, System.Collections.Immutable.ImmutableArray<ExprNode> decorators, ClassDef? owner,
        bool isEndpoint, bool django, bool flask, bool fastapi, List<(Binding, string)> sources, List<Binding> requests)
    {
        var parameters = arguments.Posonlyargs.AddRange(arguments.Args).AddRange(arguments.Kwonlyargs);
        var positional = arguments.Posonlyargs.AddRange(arguments.Args);
        var skipFirst = owner is not null && positional.Length > 0;
        foreach (var parameter in parameters)
        {
            if (parameter.Annotation is { } annotation and not Constant && model.QualifiedNameOf(Unwrap(annotation, model)) is { } type && s_requestTypes.Contains(type) && ParameterBinding(scope, parameter) is { } binding)
            {
                requests.Add(binding);
            }
        }

        string? framework = null;
        string? route = null;
        foreach (var decorator in decorators)
        {
            if (decorator is Call { Func: Python.Syntax.Attribute { Attr: var method, Value: var application } } call && s_routeMethods.Contains(method)
                && ApplicationFramework(application, model, flask, fastapi) is { } found)
            {
                framework = found;
                route = SecurityFacts.StringValue(SecurityFacts.Argument(call, 0, "rule") ?? SecurityFacts.Argument(call, 0, "path"));
                break;
            }
        }

        var isClassView = owner is not null && model.ClassOf(owner).BaseNames.Any(b => b is not null && s_djangoViewBases.Contains(b));
        var firstIndex = skipFirst ? 1 : 0;
        var first = positional.Length > firstIndex ? positional[firstIndex] : null;
        if ((isEndpoint || (isClassView && first is { Name: "request" }) || framework == "starlette") && first is not null && first.Annotation is null && ParameterBinding(scope, first) is { } request)
        {
            requests.Add(request);
        }

        if (framework is null && django && first is { Name: "request" } && ParameterBinding(scope, first) is { } djangoRequest)
        {
            if (!requests.Contains(djangoRequest, ReferenceEqualityComparer.Instance))
            {
                requests.Add(djangoRequest);
            }

            foreach (var parameter in parameters.Skip(firstIndex + 1))
            {
                if (parameter.Annotation is null && ParameterBinding(scope, parameter) is { } argument)
                {
                    sources.Add((argument, $"URL argument '{parameter.Name}'"));
                }
            }

            AddVariadic(arguments.Kwarg, scope, sources);
            return true;
        }

        if (framework == "flask")
        {
            var converters = Converters(route);
            foreach (var parameter in parameters)
            {
                if (!(converters.TryGetValue(parameter.Name, out var converter) && s_validatingConverters.Contains(converter)) && ParameterBinding(scope, parameter) is { } argument)
                {
                    sources.Add((argument, $"URL variable '{parameter.Name}'"));
                }
            }
        }
        else if (framework == "fastapi")
        {
            var defaults = Defaults(arguments);
            foreach (var parameter in parameters)
            {
                if (ParameterBinding(scope, parameter) is { } argument && !requests.Contains(argument, ReferenceEqualityComparer.Instance)
                    && IsTextParameter(parameter, defaults.GetValueOrDefault(parameter), model))
                {
                    sources.Add((argument, $"parameter '{parameter.Name}'"));
                }
            }
        }

        return framework is not null || requests.Count > 0 || sources.Count > 0;
    }

    private static void AddVariadic(Arg? kwarg, Scope scope, List<(Binding, string)> sources)
    {
        if (kwarg is not null && ParameterBinding(scope, kwarg) is { } binding)
        {
            sources.Add((binding, $"URL arguments '{kwarg.Name}'"));
        }
    }

    /// <summary>Returns the framework of the application a route decorator belongs to, or <see langword="null"/>.</summary>
    private static string? ApplicationFramework(ExprNode application, SemanticModel model, bool flask, bool fastapi)
    {
        if (SecurityFacts.CreatedBy(application, model, s_applicationFactories, s_applicationFactories) is { } factory)
        {
            return s_applications[factory];
        }

        // An application created in another module of the project: the file's own framework import says which.
        if (application is Name name && model.ReferenceOf(name)?.Binding is { IsImport: true } imported
            && (imported.QualifiedName is not { } origin || (!s_applicationFactories.Contains(origin) && !origin.StartsWith("flask.", StringComparison.Ordinal)
            && !origin.StartsWith("fastapi.", StringComparison.Ordinal))))
        {
            return fastapi ? "fastapi" : flask ? "flask" : null;
        }

        return null;
    }

    private static Dictionary<Arg, ExprNode> Defaults(Arguments arguments)
    {
        var defaults = new Dictionary<Arg, ExprNode>(ReferenceEqualityComparer.Instance);
        var positional = arguments.Posonlyargs.AddRange(arguments.Args);
        var offset = positional.Length - arguments.Defaults.Length;
        for (var i = 0; i < arguments.Defaults.Length; i++)
        {
            if (offset + i >= 0)
            {
                defaults[positional[offset + i]] = arguments.Defaults[i];
            }
        }

        for (var i = 0; i < arguments.Kwonlyargs.Length && i < arguments.KwDefaults.Length; i++)
        {
            if (arguments.KwDefaults[i] is { } value)
            {
                defaults[arguments.Kwonlyargs[i]] = value;
            }
        }

        return defaults;
    }

    /// <summary>Tells whether a FastAPI parameter accepts any text: typed <c>str</c>, <c>bytes</c>, <c>Any</c>, <c>Path</c> or untyped, with no <c>pattern=</c> and no dependency.</summary>
    private static bool IsTextParameter(Arg parameter, ExprNode? fallback, SemanticModel model)
    {
        if (fallback is Call { Func: var function } defaultCall)
        {
            if (model.QualifiedNameOf(function) is { } name && s_dependencies.Contains(name))
            {
                return false;
            }

            if (HasPattern(defaultCall))
            {
                return false;
            }
        }

        var annotation = parameter.Annotation;
        if (annotation is Subscript { Value: var outer, Slice: Python.Syntax.Tuple { Elts: [var inner, .. var metadata] } } && model.MatchesTyping(outer, "Annotated"))
        {
            foreach (var item in metadata)
            {
                if (item is Call meta && ((model.QualifiedNameOf(meta.Func) is { } name && s_dependencies.Contains(name)) || HasPattern(meta)))
                {
                    return false;
                }
            }

            annotation = inner;
        }

        return annotation is null || IsTextType(annotation, model);
    }

    private static bool HasPattern(Call call) => call.Keywords.Any(k => k.Arg is "pattern" or "regex");

    private static bool IsTextType(ExprNode annotation, SemanticModel model) => annotation switch
    {
        Constant { Value: string } => false,
        BinOp { Op: Operator.BitOr } union => IsTextType(union.Left, model) || IsTextType(union.Right, model),
        Subscript { Slice: Python.Syntax.Tuple tuple } => tuple.Elts.Any(e => IsTextType(e, model)),
        Subscript subscript => IsTextType(subscript.Slice, model),
        _ => model.QualifiedNameOf(annotation) is { } name && s_textTypes.Contains(name),
    };

    private static ExprNode Unwrap(ExprNode annotation, SemanticModel model) =>
        annotation is Subscript { Value: var outer, Slice: Python.Syntax.Tuple { Elts: [var inner, ..] } } && model.MatchesTyping(outer, "Annotated") ? inner : annotation;

    private static Binding? ParameterBinding(Scope scope, Arg parameter)
    {
        foreach (var binding in scope.BindingsOf(parameter.Name))
        {
            if (binding.Kind == BindingKind.Parameter && ReferenceEquals(binding.Node, parameter))
            {
                return binding;
            }
        }

        return null;
    }

    /// <summary>Reads the converters of a Flask route (<c>/items/&lt;int:item_id&gt;</c>) by variable name.</summary>
    private static Dictionary<string, string> Converters(string? route)
    {
        var converters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (route is null)
        {
            return converters;
        }

        foreach (System.Text.RegularExpressions.Match match in RouteVariable().Matches(route))
        {
            converters[match.Groups["name"].Value] = match.Groups["converter"].Success ? match.Groups["converter"].Value : "default";
        }

        return converters;
    }

    /// <summary>Tells whether a call goes to a function the project defines: in this file, or imported from a module of the project.</summary>
    private static bool IsProjectFunction(Call call, SemanticModel model, RuleContext context)
    {
        if (call.Func is not Name name || model.ReferenceOf(name)?.Binding is not { } binding)
        {
            return false;
        }

        if (binding.Kind == BindingKind.FunctionDefinition)
        {
            return true;
        }

        if (!binding.IsImport || binding.QualifiedName is not { } qualified)
        {
            return false;
        }

        var dot = qualified.LastIndexOf('.');
        return dot > 0 && context.Project.Index?.Get(qualified[..dot]) is not null;
    }

    [GeneratedRegex(@"<(?:(?<converter>\w+)(?:\([^)]*\))?:)?(?<name>\w+)>", RegexOptions.CultureInvariant)]
    private static partial Regex RouteVariable();
}
