using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;
using ProdReady.Core.Collections;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// Reads the <see cref="UnitFacts"/> of every function, method and class of a module from its semantic model: one
/// walk of each body, names resolved through the model (imports, aliases), values of locals followed through their
/// assignments inside the body (local type tracking), and test vocabulary (fixtures, marks, <c>pytest.raises</c>,
/// patches) recognised by qualified name. The result is cached with the module's summary.
/// </summary>
internal static partial class FactsExtractor
{
    private static readonly FrozenSet<string> s_httpVerbs = FrozenSet.ToFrozenSet(["get", "post", "put", "delete", "patch", "head", "options"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_routeDecorators = FrozenSet.ToFrozenSet(
        ["route", "get", "post", "put", "delete", "patch", "head", "options", "api_route", "websocket"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> s_protocolBuiltins = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["builtins.len"] = "__len__", ["builtins.iter"] = "__iter__", ["builtins.next"] = "__next__", ["builtins.str"] = "__str__",
        ["builtins.repr"] = "__repr__", ["builtins.bool"] = "__bool__", ["builtins.hash"] = "__hash__", ["builtins.reversed"] = "__reversed__",
        ["builtins.list"] = "__iter__", ["builtins.tuple"] = "__iter__", ["builtins.sorted"] = "__iter__", ["builtins.format"] = "__format__",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<Operator, string> s_operatorMethods = new Dictionary<Operator, string>
    {
        [Operator.Add] = "__add__", [Operator.Sub] = "__sub__", [Operator.Mult] = "__mul__", [Operator.MatMult] = "__matmul__",
        [Operator.Div] = "__truediv__", [Operator.FloorDiv] = "__floordiv__", [Operator.Mod] = "__mod__", [Operator.Pow] = "__pow__",
        [Operator.BitOr] = "__or__", [Operator.BitAnd] = "__and__", [Operator.BitXor] = "__xor__", [Operator.LShift] = "__lshift__",
        [Operator.RShift] = "__rshift__",
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> s_routeCalls = FrozenSet.ToFrozenSet(["add_url_rule", "add_route", "add_api_route"], StringComparer.Ordinal);

    /// <summary>A prefix and a path under it, as the frameworks join them (<c>/admin/</c> and <c>/users</c> is <c>/admin/users</c>).</summary>
    /// <param name="prefix">The prefix, or <see langword="null"/> or empty for none.</param>
    /// <param name="path">The path under it.</param>
    /// <returns>The joined path.</returns>
    internal static string JoinPath(string? prefix, string path) =>
        string.IsNullOrEmpty(prefix) ? path : path.Length == 0 ? prefix : prefix.TrimEnd('/') + path;

    /// <summary>What builds a Starlette (or FastAPI) application's routes: the application, routers, mounts, hosts and routes.</summary>
    private static readonly FrozenSet<string> s_routeConstructs = FrozenSet.ToFrozenSet(
        [
            "starlette.applications.Starlette", "starlette.routing.Router", "fastapi.FastAPI", "fastapi.applications.FastAPI",
            "starlette.routing.Route", "starlette.routing.WebSocketRoute", "fastapi.routing.APIRoute", "starlette.routing.Mount",
            "starlette.routing.Host",
        ], StringComparer.Ordinal);

    /// <summary>The web applications and routers a test module may build for itself (see <c>IsLocalApp</c>).</summary>
    private static readonly FrozenSet<string> s_localApps = FrozenSet.ToFrozenSet(
        [
            "starlette.applications.Starlette", "starlette.routing.Router", "fastapi.FastAPI", "fastapi.applications.FastAPI",
            "fastapi.APIRouter", "fastapi.routing.APIRouter", "flask.Flask", "flask.app.Flask",
        ], StringComparer.Ordinal);

    /// <summary>The routers and blueprints that take a prefix for their routes, with the keyword that gives it.</summary>
    private static readonly FrozenDictionary<string, string> s_routers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fastapi.APIRouter"] = "prefix", ["fastapi.routing.APIRouter"] = "prefix",
        ["flask.Blueprint"] = "url_prefix", ["flask.blueprints.Blueprint"] = "url_prefix",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What tells the platform the code runs on.</summary>
    private static readonly FrozenSet<string> s_platformReads = FrozenSet.ToFrozenSet(
    [
        "sys.platform", "os.name", "os.uname", "sys.getwindowsversion", "platform.system", "platform.machine", "platform.mac_ver",
        "platform.win32_ver", "platform.win32_edition", "platform.platform", "platform.release", "platform.android_ver", "platform.ios_ver",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_testClients = FrozenSet.ToFrozenSet(
        ["starlette.testclient.TestClient", "fastapi.testclient.TestClient", "flask.testing.FlaskClient"], StringComparer.Ordinal);

    /// <summary>
    /// The decorators that register a function to run around the requests an application or router serves, named by the
    /// attribute of the object they are taken from: middleware functions, exception handlers and start-up events
    /// (Starlette, FastAPI), request hooks and error handlers (Flask); each with whether it is called (<c>@app.middleware("http")</c>)
    /// or written bare (<c>@app.before_request</c>).
    /// </summary>
    private static readonly FrozenDictionary<string, bool> s_hookDecorators = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["middleware"] = true, ["exception_handler"] = true, ["on_event"] = true, ["errorhandler"] = true, ["app_errorhandler"] = true,
        ["before_request"] = false, ["after_request"] = false, ["teardown_request"] = false,
        ["before_app_request"] = false, ["after_app_request"] = false, ["teardown_app_request"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What wraps a middleware class for an application's <c>middleware=</c> list (<c>Middleware(Cls, **options)</c>).</summary>
    private static readonly FrozenSet<string> s_middlewareWrappers = FrozenSet.ToFrozenSet(
        ["starlette.middleware.Middleware", "fastapi.middleware.Middleware"], StringComparer.Ordinal);

    /// <summary>
    /// The methods of a middleware class an application calls on its instance for each request it serves: an ASGI
    /// application's, and Starlette's <c>BaseHTTPMiddleware</c> hook. Read by the map too.
    /// </summary>
    internal static readonly ImmutableArray<string> MiddlewareMethods = ["__call__", "dispatch"];

    /// <summary>The methods that run when a class is called to make an object of it. Read by the map too.</summary>
    internal static readonly ImmutableArray<string> ConstructorMethods = ["__init__", "__post_init__", "__new__"];

    /// <summary>What builds an application or router whose constructor takes what runs around its requests (<c>middleware=</c>, <c>dependencies=</c>...).</summary>
    private static readonly FrozenSet<string> s_hookedConstructs = FrozenSet.ToFrozenSet(
        [
            "starlette.applications.Starlette", "starlette.routing.Router", "fastapi.FastAPI", "fastapi.applications.FastAPI",
            "fastapi.APIRouter", "fastapi.routing.APIRouter",
        ], StringComparer.Ordinal);

    /// <summary>FastAPI's markers of a dependency: <c>Depends(f)</c> and <c>Security(f)</c>, wherever FastAPI defines them.</summary>
    private static readonly FrozenSet<string> s_dependencyMarkers = FrozenSet.ToFrozenSet(
        ["fastapi.Depends", "fastapi.Security", "fastapi.params.Depends", "fastapi.params.Security", "fastapi.param_functions.Depends", "fastapi.param_functions.Security"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_patchers = FrozenSet.ToFrozenSet(
        ["unittest.mock.patch", "mock.patch", "unittest.mock.patch.object", "mock.patch.object", "unittest.mock.patch.dict", "mock.patch.dict", "unittest.mock.patch.multiple", "mock.patch.multiple"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_nondeterministic = FrozenSet.ToFrozenSet(
        [
            "random.random", "random.randint", "random.choice", "random.choices", "random.shuffle", "random.sample", "random.uniform",
            "random.randrange", "random.getrandbits", "random.gauss", "random.randbytes", "random.triangular", "random.normalvariate",
            "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today", "datetime.date.today",
            "time.time", "time.time_ns", "uuid.uuid1", "uuid.uuid4", "os.urandom",
            "numpy.random.rand", "numpy.random.randn", "numpy.random.randint", "numpy.random.random", "numpy.random.choice",
            "numpy.random.shuffle", "numpy.random.permutation", "numpy.random.normal", "numpy.random.uniform", "numpy.random.default_rng",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_seeders = FrozenSet.ToFrozenSet(
        ["random.seed", "numpy.random.seed", "freezegun.freeze_time", "time_machine.travel", "libfaketime.fake_time"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_loopRunners = FrozenSet.ToFrozenSet(["asyncio.run", "anyio.run", "trio.run", "asyncio.Runner"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> s_effects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["socket.socket"] = "network", ["socket.create_connection"] = "network", ["urllib.request.urlopen"] = "network",
        ["http.client.HTTPConnection"] = "network", ["http.client.HTTPSConnection"] = "network", ["smtplib.SMTP"] = "network",
        ["smtplib.SMTP_SSL"] = "network", ["ftplib.FTP"] = "network", ["requests.get"] = "network", ["requests.post"] = "network",
        ["requests.put"] = "network", ["requests.delete"] = "network", ["requests.patch"] = "network", ["requests.head"] = "network",
        ["requests.request"] = "network", ["requests.Session"] = "network", ["httpx.get"] = "network", ["httpx.post"] = "network",
        ["httpx.put"] = "network", ["httpx.delete"] = "network", ["httpx.patch"] = "network", ["httpx.request"] = "network",
        ["httpx.stream"] = "network", ["httpx.Client"] = "network", ["httpx.AsyncClient"] = "network", ["aiohttp.ClientSession"] = "network",
        ["aiohttp.request"] = "network", ["urllib3.PoolManager"] = "network",
        ["sqlite3.connect"] = "database", ["psycopg2.connect"] = "database", ["psycopg.connect"] = "database", ["pymysql.connect"] = "database",
        ["MySQLdb.connect"] = "database", ["sqlalchemy.create_engine"] = "database", ["redis.Redis"] = "database", ["redis.StrictRedis"] = "database",
        ["pymongo.MongoClient"] = "database", ["asyncpg.connect"] = "database", ["asyncpg.create_pool"] = "database",
        ["subprocess.run"] = "subprocess", ["subprocess.call"] = "subprocess", ["subprocess.check_call"] = "subprocess",
        ["subprocess.check_output"] = "subprocess", ["subprocess.Popen"] = "subprocess", ["subprocess.getoutput"] = "subprocess",
        ["subprocess.getstatusoutput"] = "subprocess", ["os.system"] = "subprocess", ["os.popen"] = "subprocess",
        ["asyncio.create_subprocess_exec"] = "subprocess", ["asyncio.create_subprocess_shell"] = "subprocess",
        ["time.sleep"] = "clock", ["asyncio.sleep"] = "clock",
        ["os.remove"] = "files", ["os.unlink"] = "files", ["os.rename"] = "files", ["os.replace"] = "files", ["os.makedirs"] = "files",
        ["os.mkdir"] = "files", ["os.rmdir"] = "files", ["shutil.rmtree"] = "files", ["shutil.copy"] = "files", ["shutil.copy2"] = "files",
        ["shutil.copyfile"] = "files", ["shutil.copytree"] = "files", ["shutil.move"] = "files",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> s_tools = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["httpx.MockTransport"] = "network", ["responses.activate"] = "network", ["responses.RequestsMock"] = "network", ["responses.add"] = "network",
        ["respx.mock"] = "network", ["respx.route"] = "network", ["aioresponses.aioresponses"] = "network", ["requests_mock.Mocker"] = "network",
        ["requests_mock.mock"] = "network", ["tempfile.TemporaryDirectory"] = "files", ["tempfile.mkdtemp"] = "files",
        ["tempfile.mkstemp"] = "files", ["tempfile.NamedTemporaryFile"] = "files", ["tempfile.TemporaryFile"] = "files",
        ["tempfile.SpooledTemporaryFile"] = "files", ["io.StringIO"] = "files", ["io.BytesIO"] = "files",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Extracts the facts of every unit of the module, and the web routes it registers.</summary>
    /// <param name="model">The module's model.</param>
    /// <param name="routes">Receives the routes, each <c>METHOD PATH</c>, a tab, and the handler's qualified name.</param>
    /// <param name="exclusion">What leaves a line out of coverage (coverage.py's default comment when <see langword="null"/>).</param>
    /// <returns>The module's top-level code first (named empty), then every definition in source order.</returns>
    public static List<UnitFacts> Extract(SemanticModel model, List<string> routes, CoverageExclusion? exclusion = null)
    {
        exclusion ??= CoverageExclusion.Default;
        var units = new List<UnitFacts>();
        var moduleScanner = new BodyScanner(model, null, null, routes);
        foreach (var statement in model.Module.Body)
        {
            if (statement is FunctionDef or AsyncFunctionDef or ClassDef)
            {
                continue;
            }

            moduleScanner.ScanModuleStatement(statement);
            if (statement is If { Test: var test, Body: var body } && IsMainCheck(test))
            {
                moduleScanner.NoteScriptEntries(body);
            }
            else if (statement is Expr or Raise && IsPackageMain(model.ModuleName))
            {
                // A package's `__main__.py` is what `python -m pkg` runs: its top-level calls are its script's.
                moduleScanner.NoteScriptEntries([statement]);
            }
        }

        units.Add(moduleScanner.ToFacts(string.Empty, "module", 1, 1, 1, 1, false, null, null, null));
        // One scanner serves unit after unit (each is done with it before the next starts): it holds some thirty
        // collections, which a module of many small functions would otherwise make again and again.
        AddDefinitions(model, exclusion, model.Module.Body, string.Empty, null, units, moduleScanner);
        return units;
    }

    /// <summary>Tells whether a module is a package's <c>__main__</c>, which <c>python -m PACKAGE</c> runs.</summary>
    private static bool IsPackageMain(string module) => module == "__main__" || module.EndsWith(".__main__", StringComparison.Ordinal);

    /// <summary>Tells whether a test is <c>__name__ == "__main__"</c> (either way round): the module runs as a script.</summary>
    private static bool IsMainCheck(ExprNode test) =>
        test is Compare { Ops: [CmpOperator.Eq], Left: var left, Comparators: [var right] }
        && ((left is Name { Id: "__name__" } && right is Constant { Value: "__main__" }) || (right is Name { Id: "__name__" } && left is Constant { Value: "__main__" }));

    private static void AddDefinitions(
        SemanticModel model, CoverageExclusion exclusion, IEnumerable<StmtNode> body, string prefix, string? classQualified, List<UnitFacts> units, BodyScanner scanner, bool excluded = false)
    {
        foreach (var statement in body)
        {
            switch (statement)
            {
                case FunctionDef function:
                {
                    var functionExcluded = excluded || ExcludedFromCoverage(model, exclusion, function, function.DecoratorList);
                    units.Add(FunctionFacts(
                        model, function, function.Name, function.Args, function.Body, function.DecoratorList, function.Returns, false, prefix, classQualified, scanner,
                        functionExcluded));
                    AddLocalClasses(model, exclusion, function.Body, prefix + function.Name + LocalsPart, units, scanner, functionExcluded);
                    break;
                }

                case AsyncFunctionDef function:
                {
                    var functionExcluded = excluded || ExcludedFromCoverage(model, exclusion, function, function.DecoratorList);
                    units.Add(FunctionFacts(
                        model, function, function.Name, function.Args, function.Body, function.DecoratorList, function.Returns, true, prefix, classQualified, scanner,
                        functionExcluded));
                    AddLocalClasses(model, exclusion, function.Body, prefix + function.Name + LocalsPart, units, scanner, functionExcluded);
                    break;
                }

                case ClassDef type:
                    var typeExcluded = excluded || ExcludedFromCoverage(model, exclusion, type, type.DecoratorList);
                    units.Add(ClassFacts(model, type, prefix, scanner, typeExcluded));
                    var qualified = model.ModuleName + "." + prefix + type.Name;
                    AddDefinitions(model, exclusion, type.Body, prefix + type.Name + ".", qualified, units, scanner, typeExcluded);
                    break;
                case If or Try or With:
                    // Definitions under `if`/`try` at the same level are still the module's (or class's) units; a branch
                    // whose header carries the exclusion comment (`if sys.version_info >= (3, 11):  # pragma: no cover`,
                    // `else:  # pragma: no cover`) is left out of coverage whole, as coverage.py leaves out the block a
                    // matched line opens.
                    foreach (var (block, blockExcluded) in Blocks(model, exclusion, statement))
                    {
                        AddDefinitions(model, exclusion, block, prefix, classQualified, units, scanner, excluded || blockExcluded);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The qualified name's prefix for what a function's scope defines (<c>Tests.test_run._locals_.</c>), through the
    /// classes and functions around it up to the module; <see langword="null"/> inside a lambda or comprehension.
    /// </summary>
    private static string? LocalName(Scope scope)
    {
        var parts = new List<string>();
        for (var current = scope; current is { Kind: not ScopeKind.Module }; current = current.Parent)
        {
            switch (current.Kind)
            {
                case ScopeKind.Function:
                    parts.Add(current.Name + LocalsPart);
                    break;
                case ScopeKind.Class:
                    parts.Add(current.Name + ".");
                    break;
                default:
                    return null;
            }
        }

        parts.Reverse();
        return string.Concat(parts);
    }

    /// <summary>
    /// The part of a qualified name between a function and what its body defines (<c>test_run._locals_.Local</c>, where
    /// Python's <c>__qualname__</c> writes <c>&lt;locals&gt;</c>, whose brackets call targets use): its leading underscore
    /// keeps such a unit out of every public one.
    /// </summary>
    internal const string LocalsPart = "._locals_.";

    /// <summary>
    /// Adds the classes a function's body defines (in its own block or the blocks of its compound statements, not in a
    /// nested function), each with its methods, named through the function: a test's <c>class Local(Base)</c> whose
    /// <c>Local().run()</c> runs <c>Base.run</c>. They are found by name where the body uses them, never listed or judged.
    /// </summary>
    private static void AddLocalClasses(SemanticModel model, CoverageExclusion exclusion, IEnumerable<StmtNode> body, string prefix, List<UnitFacts> units, BodyScanner scanner, bool excluded)
    {
        foreach (var statement in body)
        {
            switch (statement)
            {
                case ClassDef type:
                    var typeExcluded = excluded || ExcludedFromCoverage(model, exclusion, type, type.DecoratorList);
                    units.Add(ClassFacts(model, type, prefix, scanner, typeExcluded));
                    AddDefinitions(model, exclusion, type.Body, prefix + type.Name + ".", model.ModuleName + "." + prefix + type.Name, units, scanner, typeExcluded);
                    break;
                default:
                    // The blocks of a compound statement, each left out of coverage as its header says.
                    foreach (var (block, blockExcluded) in Blocks(model, exclusion, statement))
                    {
                        AddLocalClasses(model, exclusion, block, prefix, units, scanner, excluded || blockExcluded);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Tells whether coverage.py leaves a definition out of what it measures: its header (the decorators, the <c>def</c> or
    /// <c>class</c> line, up to the line that ends the signature with its colon) carries coverage.py's exclusion (its
    /// default comment, <c># pragma: no cover</c>, or the project's own expressions), matched on the source lines as
    /// coverage.py matches them; or, for a function,
    /// every statement of its body after the docstring is left out so (see <see cref="StatementExcluded"/>).
    /// </summary>
    private static bool ExcludedFromCoverage(SemanticModel model, CoverageExclusion exclusion, StmtNode definition, IReadOnlyList<ExprNode> decorators)
    {
        if (HeaderExcluded(model, exclusion, definition, decorators))
        {
            return true;
        }

        // A function whose every statement coverage.py leaves out (`return self.router.mount(...)  # pragma: no cover`)
        // has nothing left to measure: coverage.py counts it covered without a test. Its docstring is no statement.
        IReadOnlyList<StmtNode> body = definition switch
        {
            FunctionDef function => function.Body,
            AsyncFunctionDef function => function.Body,
            _ => [],
        };
        var start = body.Count > 0 && body[0] is Expr { Value: Constant { Value: string } } ? 1 : 0;
        if (start >= body.Count)
        {
            return false;
        }

        for (var i = start; i < body.Count; i++)
        {
            if (!StatementExcluded(model, exclusion, body[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Tells whether coverage.py leaves a statement of a body out: a simple statement when any of its lines carries the
    /// exclusion comment (a multi-line statement is excluded whole); a statement that introduces blocks (a nested
    /// definition, <c>if</c>, <c>for</c>, <c>with</c>, <c>try</c>, ...) when the header of each of its blocks does, since
    /// a matched line leaves out only the block it opens (an <c>if</c>'s, not its <c>elif</c> or <c>else</c>).
    /// </summary>
    private static bool StatementExcluded(SemanticModel model, CoverageExclusion exclusion, StmtNode statement)
    {
        switch (statement)
        {
            case FunctionDef function:
                return HeaderExcluded(model, exclusion, function, function.DecoratorList);
            case AsyncFunctionDef function:
                return HeaderExcluded(model, exclusion, function, function.DecoratorList);
            case ClassDef type:
                return HeaderExcluded(model, exclusion, type, type.DecoratorList);
            case If or For or AsyncFor or While or Try or TryStar or With or AsyncWith or Match:
                return Blocks(model, exclusion, statement).All(block => block.Block.Count == 0 || block.Excluded);
        }

        var lines = model.Source.Lines;
        var last = lines.GetLineNumber(Math.Max(statement.Span.Start, statement.Span.End - 1));
        for (var line = lines.GetLineNumber(statement.Span.Start); line <= last; line++)
        {
            var text = model.Source.Slice(lines.GetLineSpan(line));
            var hash = CommentStart(text);
            if (exclusion.Matches(text, hash))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells whether the header of a statement that introduces a block (its decorators, its first line, up to the line
    /// that ends with the header's colon, and no further than its block's first statement) carries the exclusion.
    /// </summary>
    private static bool HeaderExcluded(SemanticModel model, CoverageExclusion exclusion, StmtNode definition, IReadOnlyList<ExprNode> decorators)
    {
        var start = decorators.Count > 0 ? Math.Min(decorators[0].Span.Start, definition.Span.Start) : definition.Span.Start;
        var block = definition switch
        {
            FunctionDef function => function.Body,
            AsyncFunctionDef function => function.Body,
            ClassDef type => type.Body,
            If branch => branch.Body,
            For loop => loop.Body,
            AsyncFor loop => loop.Body,
            While loop => loop.Body,
            With with => with.Body,
            AsyncWith with => with.Body,
            Try attempt => attempt.Body,
            TryStar attempt => attempt.Body,
            _ => [],
        };

        // A one-line block (`if ready: return 1`) ends its header on its own line.
        return HeaderExcluded(model, exclusion, start, definition.Span.Start, block.Length > 0 ? Math.Min(definition.Span.End, block[0].Span.Start + 1) : definition.Span.End);
    }

    /// <summary>Tells whether a header from <paramref name="start"/> (its decorators') through the colon after <paramref name="keyword"/>, before <paramref name="end"/>, carries the exclusion comment.</summary>
    private static bool HeaderExcluded(SemanticModel model, CoverageExclusion exclusion, int start, int keyword, int end)
    {
        var lines = model.Source.Lines;
        var defined = lines.GetLineNumber(keyword);
        var first = lines.GetLineNumber(start);
        var last = lines.GetLineNumber(Math.Max(keyword, end - 1));
        for (var line = first; line <= last; line++)
        {
            var text = model.Source.Slice(lines.GetLineSpan(line));
            var hash = CommentStart(text);
            if (exclusion.Matches(text, hash))
            {
                return true;
            }

            // The header ends on the first line of the statement whose code (before any comment) ends with its colon.
            var code = (hash >= 0 ? text[..hash] : text).TrimEnd();
            if (line >= defined && code.EndsWith(':'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The position of the <c>#</c> that starts a line's comment, outside string literals (quotes escaped with a backslash
    /// skipped), or -1. A string left open at the end of the line (a triple-quoted one) hides the rest of it.
    /// </summary>
    internal static int CommentStart(ReadOnlySpan<char> line)
    {
        var quote = '\0';
        var triple = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote && (!triple || (i + 2 < line.Length && line[i + 1] == quote && line[i + 2] == quote)))
                {
                    i += triple ? 2 : 0;
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                triple = i + 2 < line.Length && line[i + 1] == c && line[i + 2] == c;
                i += triple ? 2 : 0;
            }
            else if (c == '#')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What click and Typer print on a usage error: a test that looks for it in a run's output expects the run to fail.</summary>
    private static readonly string[] s_usageFailures = ["Usage: ", "Error: ", "Missing argument", "Missing option", "No such command", "No such option", "Invalid value", "Got unexpected extra argument"];

    /// <summary>
    /// Tells whether a body asserts that a command run failed (<c>assert result.exit_code != 0</c>, <c>== 2</c>,
    /// <c>&gt; 0</c>, <c>assert result.exit_code</c>, <c>self.assertNotEqual(result.exit_code, 0)</c>, or a usage error's
    /// words in its output, <c>assert "Missing argument" in result.output</c>): click and Typer fail so on a usage error,
    /// before the command's callback runs. Statements only are read, in blocks and nested functions too.
    /// </summary>
    private static bool AssertsFailedRun(IReadOnlyList<StmtNode> body)
    {
        foreach (var statement in body)
        {
            switch (statement)
            {
                case Assert { Test: var test } when IsFailedExit(test):
                    return true;
                case Expr { Value: Call { Func: Python.Syntax.Attribute { Attr: "assertNotEqual" }, Args: [var first, var second] } }
                    when (IsExitCode(first) && second is Constant { Value: 0L }) || (IsExitCode(second) && first is Constant { Value: 0L }):
                    return true;
                case Expr { Value: Call { Func: Python.Syntax.Attribute { Attr: "assertEqual" }, Args: [var first, var second] } }
                    when (IsExitCode(first) && second is Constant { Value: 2L }) || (IsExitCode(second) && first is Constant { Value: 2L }):
                    return true;
                case With with when AssertsFailedRun(with.Body):
                    return true;
                case If branch when AssertsFailedRun(branch.Body) || AssertsFailedRun(branch.Orelse):
                    return true;
                case For loop when AssertsFailedRun(loop.Body):
                    return true;
                case FunctionDef nested when AssertsFailedRun(nested.Body):
                    return true;
            }
        }

        return false;

        static bool IsExitCode(ExprNode node) => node is Python.Syntax.Attribute { Attr: "exit_code" };

        static bool IsFailedExit(ExprNode test) => test switch
        {
            Python.Syntax.Attribute { Attr: "exit_code" } => true,
            Compare { Left: var left, Ops: [CmpOperator.NotEq or CmpOperator.Gt], Comparators: [Constant { Value: 0L }] } => IsExitCode(left),
            Compare { Left: var left, Ops: [CmpOperator.Eq], Comparators: [Constant { Value: 2L }] } => IsExitCode(left),
            Compare { Left: Constant { Value: 2L }, Ops: [CmpOperator.Eq], Comparators: [var right] } => IsExitCode(right),
            BoolOp { Values: var values } => values.Any(IsFailedExit),
            Compare { Left: Constant { Value: string message }, Ops: [CmpOperator.In], Comparators: [Python.Syntax.Attribute { Attr: "output" or "stdout" or "stderr" }] }
                => Array.Exists(s_usageFailures, f => message.Contains(f, StringComparison.Ordinal)),
            _ => false,
        };
    }

    /// <summary>
    /// The blocks a statement opens, in the order definitions are read from them, each with whether coverage.py leaves
    /// it out: a block is left out when the line that opens it matches (the statement's header, <c>except ...:</c>,
    /// <c>else:</c>, <c>finally:</c>), and an <c>elif</c> when every block of its own is.
    /// </summary>
    private static IEnumerable<(IReadOnlyList<StmtNode> Block, bool Excluded)> Blocks(SemanticModel model, CoverageExclusion exclusion, StmtNode statement) => statement switch
    {
        If branch => IfBlocks(model, exclusion, branch),
        For loop => LoopBlocks(model, exclusion, loop, loop.Body, loop.Orelse),
        AsyncFor loop => LoopBlocks(model, exclusion, loop, loop.Body, loop.Orelse),
        While loop => LoopBlocks(model, exclusion, loop, loop.Body, loop.Orelse),
        Try attempt => TryBlocks(model, exclusion, attempt, attempt.Body, attempt.Handlers, attempt.Orelse, attempt.Finalbody),
        TryStar attempt => TryBlocks(model, exclusion, attempt, attempt.Body, attempt.Handlers, attempt.Orelse, attempt.Finalbody),
        With with => [(with.Body, HeaderExcluded(model, exclusion, with, []))],
        AsyncWith with => [(with.Body, HeaderExcluded(model, exclusion, with, []))],
        Match match => [([.. match.Cases.SelectMany(c => c.Body)], HeaderExcluded(model, exclusion, match, []))],
        _ => [],
    };

    /// <summary>An <c>if</c>'s blocks: its own, then its <c>else</c> (an <c>elif</c> is left out when every block of its own is).</summary>
    private static IEnumerable<(IReadOnlyList<StmtNode> Block, bool Excluded)> IfBlocks(SemanticModel model, CoverageExclusion exclusion, If branch)
    {
        yield return (branch.Body, HeaderExcluded(model, exclusion, branch, []));
        yield return (branch.Orelse, branch.Orelse is [If elif]
            ? StatementExcluded(model, exclusion, elif)
            : KeywordExcluded(model, exclusion, BodyEnd(branch.Body), branch.Orelse));
    }

    /// <summary>A loop's blocks: its own, then its <c>else</c>.</summary>
    private static IEnumerable<(IReadOnlyList<StmtNode> Block, bool Excluded)> LoopBlocks(
        SemanticModel model, CoverageExclusion exclusion, StmtNode loop, IReadOnlyList<StmtNode> body, IReadOnlyList<StmtNode> orelse)
    {
        yield return (body, HeaderExcluded(model, exclusion, loop, []));
        yield return (orelse, KeywordExcluded(model, exclusion, BodyEnd(body), orelse));
    }

    /// <summary>A <c>try</c>'s blocks: its own, its <c>else</c>, its <c>finally</c>, then each handler's.</summary>
    private static IEnumerable<(IReadOnlyList<StmtNode> Block, bool Excluded)> TryBlocks(
        SemanticModel model, CoverageExclusion exclusion, StmtNode attempt, IReadOnlyList<StmtNode> body, IReadOnlyList<ExceptHandlerNode> handlers,
        IReadOnlyList<StmtNode> orelse, IReadOnlyList<StmtNode> finalbody)
    {
        var afterHandlers = handlers.Count > 0 ? handlers[^1].Span.End : BodyEnd(body);
        yield return (body, HeaderExcluded(model, exclusion, attempt, []));
        yield return (orelse, KeywordExcluded(model, exclusion, afterHandlers, orelse));
        yield return (finalbody, KeywordExcluded(model, exclusion, orelse.Count > 0 ? BodyEnd(orelse) : afterHandlers, finalbody));
        foreach (var handler in handlers.OfType<ExceptHandler>())
        {
            yield return (handler.Body, HeaderExcluded(model, exclusion, handler.Span.Start, handler.Span.Start, handler.Body[0].Span.Start + 1));
        }
    }

    /// <summary>Where a non-empty body ends.</summary>
    private static int BodyEnd(IReadOnlyList<StmtNode> body) => body.Count > 0 ? body[^1].Span.End : 0;

    /// <summary>
    /// Tells whether the line of the keyword that opens a branch (<c>else:</c>, <c>finally:</c>), the last line between
    /// the end of what precedes it and the branch's first statement that holds code, carries the exclusion comment.
    /// </summary>
    private static bool KeywordExcluded(SemanticModel model, CoverageExclusion exclusion, int after, IReadOnlyList<StmtNode> branch)
    {
        if (branch.Count == 0 || after <= 0)
        {
            return false;
        }

        var lines = model.Source.Lines;
        var first = lines.GetLineNumber(Math.Max(0, after - 1));
        for (var line = lines.GetLineNumber(branch[0].Span.Start); line >= first; line--)
        {
            var text = model.Source.Slice(lines.GetLineSpan(line));
            var hash = CommentStart(text);
            var code = (hash >= 0 ? text[..hash] : text).Trim();
            if (code is "else:" or "finally:")
            {
                return exclusion.Matches(text, hash);
            }
        }

        return false;
    }

    /// <summary>Tells whether a body holds nothing but a docstring, <c>...</c> or <c>pass</c>.</summary>
    private static bool IsStubBody(IReadOnlyList<StmtNode> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            var declaration = body[i] switch
            {
                Pass => true,
                Expr { Value: Constant { Value: EllipsisValue } } => true,
                Expr { Value: Constant { Value: string } } => i == 0,
                _ => false,
            };
            if (!declaration)
            {
                return false;
            }
        }

        return true;
    }

    private static UnitFacts FunctionFacts(
        SemanticModel model, StmtNode node, string name, Arguments arguments, IReadOnlyList<StmtNode> body, IReadOnlyList<ExprNode> decorators,
        ExprNode? returns, bool isAsync, string prefix, string? classQualified, BodyScanner scanner, bool excluded)
    {
        var qualified = model.ModuleName + "." + prefix + name;
        scanner.Reset(classQualified, qualified);
        if (excluded)
        {
            scanner.AddMarker(UnitFacts.NoCoverMarker);
        }

        if (classQualified is not null && RaisesNotImplemented(model, body))
        {
            // A method that only raises NotImplementedError: abstract by convention when a subclass implements it.
            scanner.AddMarker(UnitFacts.NotImplementedMarker);
        }

        var bound = classQualified is not null && !IsStatic(model, decorators);
        var parameters = Parameters(arguments, bound);
        scanner.SetParameters(arguments, bound, bound && decorators.Any(d => model.Matches(d, "builtins.classmethod")));
        scanner.NotePassedContext(arguments, bound, decorators);
        scanner.NoteDependencies(arguments, decorators);
        foreach (var decorator in decorators)
        {
            scanner.ScanDecorator(decorator, qualified);
        }

        // pytest fills the parameters of fixtures and of tests (functions named `test...`, as pytest collects by default).
        scanner.SettleModuleParameters(name.StartsWith("test", StringComparison.Ordinal) || scanner.IsFixture);
        scanner.ScanDocstring(body);
        scanner.MadeBy = decorators.Count > 0 ? scanner.DecoratedOrigin(decorators[0]) : null;
        scanner.Body = body;
        foreach (var statement in body)
        {
            scanner.Walk(statement);
        }

        scanner.NoteNondeterminism(scanner.Flow.Analyze(body, arguments, bound, scanner.FlowHints));
        scanner.NoteCaughtAroundYield(body);
        if (classQualified is not null && IsStubBody(body))
        {
            // A method that only declares its signature (`...`, `pass`, a docstring): a protocol's member, say.
            scanner.AddMarker(UnitFacts.StubMarker);
        }

        if (parameters is not null && !TakesData(model, arguments, bound, body, returns, scanner.CalledParameters))
        {
            scanner.AddMarker("no-data-inputs");
        }

        if (arguments.Defaults.Concat(arguments.KwDefaults.OfType<ExprNode>()).Any(IsEdgeValue))
        {
            scanner.AddMarker("edge-default");
        }

        if (classQualified is null)
        {
            // A command's parameters, when one defaults to an edge value: a run that leaves it out tries that value.
            foreach (var marker in CommandParameterMarkers(model, arguments, decorators))
            {
                scanner.AddMarker(marker);
            }
        }

        var (line, column, startLine, endLine) = Position(model, node, decorators);
        return scanner.ToFacts(prefix + name, classQualified is null ? "function" : "method", line, column, startLine, endLine, isAsync, parameters,
            DeclaredAnnotation(model, returns), null);
    }

    /// <summary>Tells whether a default value is an edge of its kind: <c>None</c>, an empty string, bytes or display, zero, a negative number.</summary>
    private static bool IsEdgeValue(ExprNode value) => value switch
    {
        Constant { Value: null } => true,
        Constant { Value: string text } => text.Length == 0,
        Constant { Value: byte[] bytes } => bytes.Length == 0,
        Constant { Value: BigInteger integer } => integer.IsZero,
        Constant { Value: long integer } => integer == 0,
        Constant { Value: double real } => real == 0,
        UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: long or BigInteger or double } } => true,
        Python.Syntax.Tuple { Elts.Length: 0 } or Python.Syntax.List { Elts.Length: 0 } or Dict { Keys.Length: 0 } => true,
        _ => false,
    };

    /// <summary>Tells whether a body (after its docstring) only raises <c>NotImplementedError</c>, the class or an instance of it.</summary>
    private static bool RaisesNotImplemented(SemanticModel model, IReadOnlyList<StmtNode> body)
    {
        var start = body.Count > 0 && body[0] is Expr { Value: Constant { Value: string } } ? 1 : 0;
        return body.Count == start + 1 && body[start] is Raise { Exc: { } raised, Cause: null }
            && Qualified(model, raised is Call { Func: var made } ? made : raised) == "builtins.NotImplementedError";
    }

    private static UnitFacts ClassFacts(SemanticModel model, ClassDef type, string prefix, BodyScanner scanner, bool excluded)
    {
        var qualified = model.ModuleName + "." + prefix + type.Name;
        scanner.Reset(qualified, qualified);
        if (excluded)
        {
            scanner.AddMarker(UnitFacts.NoCoverMarker);
        }

        foreach (var decorator in type.DecoratorList)
        {
            scanner.ScanDecorator(decorator, qualified);
        }

        foreach (var statement in type.Body)
        {
            if (statement is Assign { Targets: [Name { Id: "pytestmark" }] } marks)
            {
                scanner.ScanMarks(marks.Value);
            }
            else if (statement is AnnAssign { Target: Name field } annotated && DeclaredAnnotation(model, annotated.Annotation) is { } fieldType)
            {
                scanner.NoteAttribute(field.Id, "@decl:" + fieldType);
            }
            else if (statement is Assign { Targets: [Name accelerated] } assigned && FreshImport(model, assigned.Value) is (var module, true))
            {
                // `json = cjson`, the module imported with its C accelerator: what the class reads of it may be the
                // accelerator's own function or class instead of the module's.
                scanner.NoteAttribute(accelerated.Id, "@maybe:@module:" + module);
            }
            else if (statement is Assign { Targets: [Name held] } holding && HeldReference(model, holding.Value) is { } reference)
            {
                // `loads = staticmethod(json.loads)`, `ioclass = io.BytesIO`, `module = pickle`: the class holds the
                // function, class or module itself, which `self.loads(...)` calls and `self.module.dumps(...)` reads.
                scanner.NoteAttribute(held.Id, HeldReferencePrefix + reference);
            }
        }

        // A generic base (`ParamType[str]`) is a subclass of its origin: the subscript is left out, as the class facts do.
        var bases = type.Bases.Select(b => Qualified(model, b is Subscript generic ? generic.Value : b)).OfType<string>().ToList();
        var (line, column, startLine, endLine) = Position(model, type, type.DecoratorList);
        return scanner.ToFacts(prefix + type.Name, "class", line, column, startLine, endLine, false, null, null, bases);
    }

    /// <summary>The origin of a class attribute that holds a function, class or module itself: <c>@ref:</c> and its qualified name.</summary>
    internal const string HeldReferencePrefix = "@ref:";

    /// <summary>
    /// The qualified name a class body's value holds as it is, unwrapped from <c>staticmethod(...)</c> or
    /// <c>classmethod(...)</c>: a name or attribute the model resolves outside the builtins, or <see langword="null"/>.
    /// </summary>
    private static string? HeldReference(SemanticModel model, ExprNode value)
    {
        if (value is Call { Args: [var wrapped], Keywords.IsEmpty: true } wrapper && Qualified(model, wrapper.Func) is "builtins.staticmethod" or "builtins.classmethod")
        {
            value = wrapped;
        }

        // `json = pyjson`, `loads = staticmethod(pyjson.loads)`, where the module binds `pyjson = import_fresh_module("json",
        // blocked=["_json"])`: the module imported afresh, or its member (with its accelerator, see the class body's scan).
        if (FreshImport(model, value) is var (fresh, accelerated))
        {
            return accelerated ? null : fresh;
        }

        if (value is Python.Syntax.Attribute { Value: var holder } member && FreshImport(model, holder) is var (owner, ownerAccelerated))
        {
            return ownerAccelerated ? null : owner + "." + member.Attr;
        }

        return value is Name or Python.Syntax.Attribute && Qualified(model, value) is { } qualified && !qualified.StartsWith("builtins.", StringComparison.Ordinal)
            ? qualified
            : null;
    }

    /// <summary>
    /// The module a name holds when its module binds it once, at its top level, to CPython's test helper
    /// <c>import_fresh_module("NAME", ...)</c> (a module imported again by name, with or without its C accelerator), or the
    /// module such a call imports, and whether it is imported with its accelerator (<c>fresh=</c> without <c>blocked=</c>),
    /// which replaces some of the module's functions and classes with its own; else <see langword="null"/>.
    /// </summary>
    internal static (string Module, bool Accelerated)? FreshImport(SemanticModel model, ExprNode value)
    {
        if (value is Name name)
        {
            if (model.ReferenceOf(name)?.Binding is not { } binding || HeldValue(binding, name.Id) is not Call made)
            {
                return null;
            }

            value = made;
        }

        if (value is not Call { Args: [Constant { Value: string module }, ..] } call || Qualified(model, call.Func) is not { } callee || !s_freshImports.Contains(callee)
            || module.Length == 0 || !module.Split('.').All(part => Project.PythonNames.IsIdentifier(part)))
        {
            return null;
        }

        return (module, call.Keywords.Any(k => k.Arg == "fresh") && !call.Keywords.Any(k => k.Arg == "blocked"));
    }

    /// <summary>The origin of a module imported afresh (see <see cref="FreshImport"/>): the module, or, with its accelerator, the module as one possibility.</summary>
    internal static string? FreshModuleOrigin(SemanticModel model, ExprNode value) =>
        FreshImport(model, value) is var (module, accelerated) ? (accelerated ? "@maybe:@module:" : "@module:") + module : null;

    /// <summary>The value of a module's only assignment to a name, when it binds the name alone; else <see langword="null"/>.</summary>
    private static ExprNode? HeldValue(Binding binding, string name) =>
        binding is { Kind: BindingKind.Assignment, Scope: { Kind: ScopeKind.Module } scope, Node: Assign { Targets: [Name], Value: var value } }
        && scope.BindingsOf(name).Length == 1
            ? value
            : null;

    /// <summary>CPython's test helper that imports a module again by name (in <c>test.support</c> before 3.10).</summary>
    private static readonly FrozenSet<string> s_freshImports = FrozenSet.ToFrozenSet(
        ["test.support.import_helper.import_fresh_module", "test.support.import_fresh_module"], StringComparer.Ordinal);

    private static (int Line, int Column, int StartLine, int EndLine) Position(SemanticModel model, StmtNode node, IReadOnlyList<ExprNode> decorators)
    {
        var lines = model.Source.Lines;
        var nameSpan = model.BindingOf(node)?.Span ?? node.Span;
        var name = lines.GetCodePointPosition(nameSpan.Start);
        var start = decorators.Count > 0 ? Math.Min(decorators[0].Span.Start, node.Span.Start) : node.Span.Start;
        var end = Math.Max(node.Span.Start, node.Span.End - 1);
        return (name.Line, name.Column + 1, lines.GetLineNumber(start), lines.GetLineNumber(end));
    }

    private static readonly FrozenSet<string> s_dataTypes = FrozenSet.ToFrozenSet(
        [
            "builtins.str", "builtins.bytes", "builtins.bytearray", "builtins.int", "builtins.float", "builtins.complex", "builtins.bool",
            "builtins.list", "builtins.dict", "builtins.set", "builtins.frozenset", "builtins.tuple", "builtins.object", "typing.Any",
            "typing.List", "typing.Dict", "typing.Set", "typing.FrozenSet", "typing.Tuple", "typing.Sequence", "typing.MutableSequence",
            "typing.Mapping", "typing.MutableMapping", "typing.Iterable", "typing.Collection", "typing.AnyStr", "typing.Literal",
            "collections.abc.Sequence", "collections.abc.MutableSequence", "collections.abc.Mapping", "collections.abc.MutableMapping",
            "collections.abc.Iterable", "collections.abc.Collection", "os.PathLike", "pathlib.Path", "pathlib.PurePath",
            "datetime.datetime", "datetime.date", "datetime.timedelta", "decimal.Decimal", "fractions.Fraction",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a test can vary the function's inputs meaningfully: some parameter takes plain data (text, numbers,
    /// collections, paths, or no annotation and never called). Callables, classes, objects of other classes and the
    /// parameters of a decorator factory (a function returning a function it defines) have no edge value to try.
    /// </summary>
    private static bool TakesData(SemanticModel model, Arguments arguments, bool dropFirst, IReadOnlyList<StmtNode> body, ExprNode? returns, IReadOnlySet<string> called)
    {
        if (IsCallableAnnotation(model, returns) || ReturnsLocalFunction(body))
        {
            return false;
        }

        var positional = arguments.Posonlyargs.Concat(arguments.Args).ToList();
        var required = positional.Take(positional.Count - arguments.Defaults.Length)
            .Concat(arguments.Kwonlyargs.Where((_, i) => arguments.KwDefaults[i] is null))
            .Skip(dropFirst ? 1 : 0)
            .ToList();
        var all = positional.Concat(arguments.Kwonlyargs).Skip(dropFirst ? 1 : 0);
        if (arguments.Vararg is { } vararg)
        {
            all = all.Append(vararg);
        }

        var defaults = new Dictionary<Arg, ExprNode>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < arguments.Defaults.Length; i++)
        {
            defaults[positional[positional.Count - arguments.Defaults.Length + i]] = arguments.Defaults[i];
        }

        for (var i = 0; i < arguments.Kwonlyargs.Length && i < arguments.KwDefaults.Length; i++)
        {
            if (arguments.KwDefaults[i] is { } kwDefault)
            {
                defaults[arguments.Kwonlyargs[i]] = kwDefault;
            }
        }

        // A flag (`bool`, or a `True`/`False` default) has its two values and no edge between them.
        bool IsFlag(Arg a) => a.Annotation is null
            ? defaults.TryGetValue(a, out var flagDefault) && flagDefault is Constant { Value: bool }
            : IsFlagAnnotation(model, a.Annotation, 0);

        bool IsData(Arg a) => !IsFlag(a) && (a.Annotation is null ? !called.Contains(a.Name) : IsDataAnnotation(model, a.Annotation, 0));

        // A unit whose required inputs are all objects or callables (`add_command(cmd, name=None)`) is about those
        // objects; its optional extras are not what a test of it varies.
        return required.Count > 0 ? required.Any(IsData) : all.Any(IsData);
    }

    private static bool IsCallableAnnotation(SemanticModel model, ExprNode? annotation) => annotation switch
    {
        null => false,
        Subscript { Value: var outer } => model.QualifiedNameOf(outer) is "typing.Callable" or "collections.abc.Callable",
        _ => model.QualifiedNameOf(annotation) is "typing.Callable" or "collections.abc.Callable",
    };

    private static bool ReturnsLocalFunction(IReadOnlyList<StmtNode> body)
    {
        var local = body.OfType<FunctionDef>().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return local.Count > 0 && body.OfType<Return>().Any(r => r.Value is Name { Id: var id } && local.Contains(id));
    }

    /// <summary>Whether an annotation is <c>bool</c>, maybe with <c>None</c> (<c>bool | None</c>, <c>Optional[bool]</c>).</summary>
    private static bool IsFlagAnnotation(SemanticModel model, ExprNode annotation, int depth)
    {
        static bool IsNone(ExprNode member) => member is Constant { Value: null };

        switch (annotation)
        {
            case BinOp { Op: Operator.BitOr, Left: var left, Right: var right } when depth < 4:
                return (IsFlagAnnotation(model, left, depth + 1) && (IsNone(right) || IsFlagAnnotation(model, right, depth + 1)))
                    || (IsNone(left) && IsFlagAnnotation(model, right, depth + 1));
            case Subscript { Value: var outer, Slice: var inner } when depth < 4 && (model.MatchesTyping(outer, "Optional") || model.MatchesTyping(outer, "Union")):
                var members = inner is Python.Syntax.Tuple tuple ? tuple.Elts : [inner];
                return members.Any(m => !IsNone(m)) && members.All(m => IsNone(m) || IsFlagAnnotation(model, m, depth + 1));
            case Constant { Value: string text }:
                return text.Trim() == "bool";
            default:
                return model.QualifiedNameOf(annotation) == "builtins.bool";
        }
    }

    private static bool IsDataAnnotation(SemanticModel model, ExprNode annotation, int depth)
    {
        if (depth > 4)
        {
            return true;
        }

        switch (annotation)
        {
            case Constant { Value: null }:
                return false;
            case Constant { Value: string text }:
                return ResolveModuleName(model, text.Trim()) is not { } named || s_dataTypes.Contains(named);
            case BinOp { Op: Operator.BitOr, Left: var left, Right: var right }:
                return IsDataAnnotation(model, left, depth + 1) || IsDataAnnotation(model, right, depth + 1);
            case Subscript { Value: var outer, Slice: var inner }:
                if (model.MatchesTyping(outer, "Optional") || model.MatchesTyping(outer, "Union"))
                {
                    var members = inner is Python.Syntax.Tuple tuple ? tuple.Elts : [inner];
                    return members.Any(m => IsDataAnnotation(model, m, depth + 1));
                }

                return model.QualifiedNameOf(outer) is { } container && s_dataTypes.Contains(container);
            default:
                // A class of the project or of a library (an object to pass in), `type`, a callable: no edge value.
                return model.QualifiedNameOf(annotation) is not { } name || s_dataTypes.Contains(name);
        }
    }

    /// <summary>Tells whether a call gives a value that changes from run to run (an unseeded generator, the clock, a fresh id).</summary>
    private static bool IsNondeterministic(string name, Call call) =>
        s_nondeterministic.Contains(name) && !(name == "numpy.random.default_rng" && call.Args.Length > 0);

    // A loop rather than a lambda: every function of every file is asked, and a lambda capturing the model allocates.
    private static bool IsStatic(SemanticModel model, IReadOnlyList<ExprNode> decorators)
    {
        foreach (var decorator in decorators)
        {
            if (model.Matches(decorator, "builtins.staticmethod"))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string>? Parameters(Arguments arguments, bool dropFirst)
    {
        var positional = arguments.Posonlyargs.Length + arguments.Args.Length;
        var defaults = arguments.Defaults.Length;
        var result = new List<string>();
        for (var i = 0; i < positional; i++)
        {
            if (i == 0 && dropFirst)
            {
                continue;
            }

            var name = (i < arguments.Posonlyargs.Length ? arguments.Posonlyargs[i] : arguments.Args[i - arguments.Posonlyargs.Length]).Name;
            result.Add(i >= positional - defaults ? name + "=" : name);
        }

        for (var i = 0; i < arguments.Kwonlyargs.Length; i++)
        {
            result.Add(arguments.KwDefaults[i] is null ? arguments.Kwonlyargs[i].Name : arguments.Kwonlyargs[i].Name + "=");
        }

        if (arguments.Vararg is { } vararg)
        {
            result.Add("*" + vararg.Name);
        }

        if (arguments.Kwarg is { } kwarg)
        {
            result.Add("**" + kwarg.Name);
        }

        return result.Count == 0 ? null : result;
    }

    /// <summary>
    /// What an annotation declares, as the map reads a declared origin: the class it names (see <see cref="AnnotationType(SemanticModel, ExprNode?)"/>);
    /// for a union (<c>A | B</c>, <c>Union[A, B]</c>), each member's, separated by <c>;</c> (the value may be any of them),
    /// empty for a member that names no class (<c>A | str</c> is <c>A;</c>) and <see cref="FunctionMember"/> for a callable;
    /// for a tuple of fixed length (<c>tuple[A | B, str]</c>), each position's in
    /// parentheses, separated by commas (<c>(A;B,)</c>), so that unpacking it types each name. A string annotation
    /// (<c>"Cart | None"</c>) is read as the expression it holds, its names resolved as the model resolved them.
    /// </summary>
    /// <returns><see langword="null"/> when the annotation names no class (built-ins left out).</returns>
    internal static string? DeclaredAnnotation(SemanticModel model, ExprNode? annotation) => DeclaredAnnotation(new AnnotationNames(model, null), annotation, inTuple: false);

    private static string? DeclaredAnnotation(AnnotationNames names, ExprNode? annotation, bool inTuple)
    {
        if (annotation is Constant { Value: string } literal && names.Unquoted(literal) is (var inner, var tree))
        {
            return DeclaredAnnotation(inner, tree, inTuple);
        }

        if (!inTuple && annotation is Subscript { Value: var outer, Slice: Python.Syntax.Tuple { Elts: { Length: >= 2 } positions } } && IsFixedTuple(names, outer, positions))
        {
            var types = new string[positions.Length];
            var any = false;
            for (var i = 0; i < positions.Length; i++)
            {
                types[i] = DeclaredAnnotation(names, positions[i], inTuple: true) ?? string.Empty;
                any |= types[i].Length > 0;
            }

            return any ? "(" + string.Join(',', types) + ")" : AnnotationType(names, annotation);
        }

        var members = new List<(AnnotationNames Names, ExprNode Member)>();
        UnionMembers(names, annotation, members);
        if (members.Count < 2)
        {
            return AnnotationType(names, annotation);
        }

        // Each member once, in order; a callable (`Callable[..., T]`) is a function, and a member that names no class (a
        // built-in, a name not bound) is kept as an empty member, so that the map knows the value may be something else.
        var named = new List<string>(members.Count);
        foreach (var (memberNames, member) in members)
        {
            var memberType = IsCallableForm(memberNames, member) ? FunctionMember : AnnotationType(memberNames, member) ?? string.Empty;
            if (!named.Contains(memberType))
            {
                named.Add(memberType);
            }
        }

        // A single member that names no class, or names a callable only, declares nothing.
        return named.Count == 1 ? (named[0] is "" or FunctionMember ? null : named[0])
            : named.TrueForAll(t => t.Length == 0) ? null
            : string.Join(';', named);
    }

    /// <summary>How a union names a member that is a callable: a function, which has no method of the project's.</summary>
    internal const string FunctionMember = "builtins.function";

    /// <summary>Whether an annotation is a callable's (<c>Callable[[int], str]</c>, <c>typing.Callable</c>, <c>collections.abc.Callable</c>).</summary>
    private static bool IsCallableForm(AnnotationNames names, ExprNode annotation)
    {
        var form = annotation is Subscript { Value: var outer } ? outer : annotation;
        return names.MatchesTyping(form, "Callable") || names.QualifiedNameOf(form) == "collections.abc.Callable";
    }

    /// <summary>Whether a subscripted annotation is a tuple of fixed length (<c>tuple[A, B]</c>, <c>Tuple[A, B]</c>; not <c>tuple[A, ...]</c>).</summary>
    private static bool IsFixedTuple(AnnotationNames names, ExprNode outer, ImmutableArray<ExprNode> positions) =>
        names.QualifiedNameOf(outer) is "builtins.tuple" or "typing.Tuple" && positions[^1] is not Constant { Value: EllipsisValue };

    /// <summary>
    /// The members of a union annotation (<c>A | B | None</c>, <c>Union[A, B]</c>, <c>Optional[A | B]</c>, and any of
    /// them written as a string) in order, <c>None</c> left out, each with how its names resolve; the annotation itself
    /// when it is no union.
    /// </summary>
    private static void UnionMembers(AnnotationNames names, ExprNode? annotation, List<(AnnotationNames, ExprNode)> members)
    {
        switch (annotation)
        {
            case null or Constant { Value: null }:
                return;
            case Constant { Value: string } literal when names.Unquoted(literal) is (var inner, var tree):
                UnionMembers(inner, tree, members);
                return;
            case BinOp { Op: Operator.BitOr, Left: var left, Right: var right }:
                UnionMembers(names, left, members);
                UnionMembers(names, right, members);
                return;
            case Subscript { Value: var outer, Slice: Python.Syntax.Tuple { Elts: var union } } when names.MatchesTyping(outer, "Union"):
                foreach (var member in union)
                {
                    UnionMembers(names, member, members);
                }

                return;
            case Subscript { Value: var outer, Slice: var inner } when names.MatchesTyping(outer, "Optional"):
                UnionMembers(names, inner, members);
                return;
            default:
                members.Add((names, annotation));
                return;
        }
    }

    /// <summary>Whether an annotation names one type at most, <c>None</c> left out (<c>X | None</c> does; <c>A | B</c> does not).</summary>
    private static bool IsOneMember(AnnotationNames names, ExprNode annotation)
    {
        var members = new List<(AnnotationNames, ExprNode)>();
        UnionMembers(names, annotation, members);
        return members.Count <= 1;
    }

    /// <summary>
    /// The class an annotation names, through <c>X | None</c>, <c>Optional[X]</c> and string forward references (a whole
    /// annotation written as a string, <c>"Cart | None"</c>, included); built-ins left out. <c>typing.Self</c> is kept as
    /// written: the map reads it as the class the method was reached on.
    /// </summary>
    internal static string? AnnotationType(SemanticModel model, ExprNode? annotation) => AnnotationType(new AnnotationNames(model, null), annotation);

    private static string? AnnotationType(AnnotationNames names, ExprNode? annotation)
    {
        var name = annotation switch
        {
            null => null,
            Constant { Value: string } literal when names.Unquoted(literal) is (var inner, var tree) => AnnotationType(inner, tree),
            Constant { Value: string text } => ResolveModuleName(names.Model, text.Trim()),
            BinOp { Op: Operator.BitOr, Left: var left, Right: var right } => AnnotationType(names, left is Constant { Value: null } ? right : left),
            Subscript { Value: var outer, Slice: var inner } when names.MatchesTyping(outer, "Optional") => AnnotationType(names, inner),
            Subscript { Value: var outer, Slice: var inner } when IsTypeOfClass(names, outer) && AnnotationType(names, inner) is { } made && !made.EndsWith(']')
                => "type[" + made + "]",
            Subscript { Value: var outer, Slice: var inner } when IsCollection(names, outer) && !IsFixedTupleForm(names, outer, inner) && ElementOf(inner) is { } element
                && AnnotationType(names, element) is { } item
                => item + "[]",
            Subscript { Value: var outer, Slice: Python.Syntax.Tuple { Elts: [_, var valueType] } } when IsMapping(names, outer) && IsOneMember(names, valueType)
                && AnnotationType(names, valueType) is { } value
                => value + "{}",
            Subscript { Value: var outer } when IsGenericClass(names, outer) => names.Qualified(outer),
            _ => names.Qualified(annotation),
        };
        return name is null || name.StartsWith("builtins.", StringComparison.Ordinal) ? null : name;
    }

    /// <summary>
    /// How the names of an annotation resolve: through the file's model, or, in the tree parsed from a string annotation,
    /// as the model resolved them when it read that string (<see cref="SemanticModel.QualifiedNameInString"/>).
    /// </summary>
    /// <param name="Model">The file's model.</param>
    /// <param name="Literal">The outermost string literal whose tree is read, or <see langword="null"/> for the file's own tree.</param>
    private readonly record struct AnnotationNames(SemanticModel Model, Constant? Literal)
    {
        /// <summary>The qualified name a name or attribute chain stands for.</summary>
        public string? QualifiedNameOf(ExprNode? expression) =>
            Literal is null ? Model.QualifiedNameOf(expression) : Model.QualifiedNameInString(expression, Literal);

        /// <summary>The qualified name of a module-level thing (see <see cref="FactsExtractor.Qualified(SemanticModel, ExprNode?)"/>); in a string, what the string's name stands for.</summary>
        public string? Qualified(ExprNode? expression) =>
            Literal is null ? FactsExtractor.Qualified(Model, expression) : Model.QualifiedNameInString(expression, Literal);

        /// <summary>Whether an expression stands for a member of <c>typing</c> or <c>typing_extensions</c>.</summary>
        public bool MatchesTyping(ExprNode? expression, string member) => SemanticModel.IsTypingMember(QualifiedNameOf(expression), member);

        /// <summary>The tree the model parsed from a string annotation, with how its names resolve; <see langword="null"/> when the model read none.</summary>
        public (AnnotationNames Names, ExprNode Tree)? Unquoted(Constant literal) =>
            Model.StringAnnotationOf(literal) is { } tree ? (new AnnotationNames(Model, Literal ?? literal), tree) : null;
    }

    /// <summary>The functions that run a command in a subprocess, given its words as their first argument.</summary>
    private static readonly FrozenSet<string> s_subprocessRuns = FrozenSet.ToFrozenSet(
        ["subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen"], StringComparer.Ordinal);

    /// <summary>The functions whose result names the same file as their one argument (<c>str(path)</c>, <c>Path(mod.__file__)</c>).</summary>
    private static readonly FrozenSet<string> s_sameFile = FrozenSet.ToFrozenSet(
        ["builtins.str", "pathlib.Path", "pathlib.PurePath", "os.fspath", "os.path.abspath", "os.path.realpath", "os.path.normpath"], StringComparer.Ordinal);

    /// <summary>The built-ins whose result holds the elements of their one argument (<c>list(routes)</c>, <c>sorted(items)</c>).</summary>
    private static readonly FrozenSet<string> s_elementCopies = FrozenSet.ToFrozenSet(
        ["builtins.list", "builtins.tuple", "builtins.set", "builtins.frozenset", "builtins.sorted", "builtins.reversed", "builtins.iter"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_collections = FrozenSet.ToFrozenSet(
        [
            "builtins.list", "builtins.set", "builtins.frozenset", "builtins.tuple", "typing.List", "typing.Set", "typing.FrozenSet", "typing.Tuple",
            "typing.Sequence", "typing.MutableSequence", "typing.Iterable", "typing.Iterator", "typing.Collection", "typing.AbstractSet",
            "collections.abc.Sequence", "collections.abc.MutableSequence", "collections.abc.Iterable", "collections.abc.Iterator",
            "collections.abc.Collection", "collections.abc.Set", "collections.abc.Generator", "typing.Generator",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a subscripted annotation names a generic class of the project or a library (<c>ParamType[Any]</c> is a
    /// <c>ParamType</c>), rather than a form of the typing modules, a builtin or a standard collection.
    /// </summary>
    private static bool IsGenericClass(AnnotationNames names, ExprNode outer) =>
        names.QualifiedNameOf(outer) is { } name
        && !name.StartsWith("builtins.", StringComparison.Ordinal)
        && !name.StartsWith("typing.", StringComparison.Ordinal)
        && !name.StartsWith("typing_extensions.", StringComparison.Ordinal)
        && !name.StartsWith("collections.", StringComparison.Ordinal);

    /// <summary>Whether an annotation's subscripted name is the class of its type argument (<c>type[X]</c>, <c>typing.Type[X]</c>): the value is a class, calling it makes an <c>X</c>.</summary>
    private static bool IsTypeOfClass(AnnotationNames names, ExprNode outer) => names.QualifiedNameOf(outer) == "builtins.type" || names.MatchesTyping(outer, "Type");

    /// <summary>The mappings whose second type argument is what an item read by key holds (<c>dict[str, X]</c>, <c>Mapping[str, X]</c>).</summary>
    private static readonly FrozenSet<string> s_mappings = FrozenSet.ToFrozenSet(
        [
            "builtins.dict", "typing.Dict", "typing.Mapping", "typing.MutableMapping", "typing.DefaultDict", "typing.OrderedDict",
            "typing.ChainMap", "collections.abc.Mapping", "collections.abc.MutableMapping", "collections.defaultdict",
            "collections.OrderedDict", "collections.ChainMap",
        ],
        StringComparer.Ordinal);

    /// <summary>Whether an annotation's subscripted name is a mapping whose second type argument is what its keys give (<c>dict[str, X]</c>).</summary>
    private static bool IsMapping(AnnotationNames names, ExprNode outer) => names.QualifiedNameOf(outer) is { } name && s_mappings.Contains(name);

    /// <summary>Whether an annotation's subscripted name is a collection whose type argument is its element (<c>list[X]</c>, <c>Sequence[X]</c>).</summary>
    private static bool IsCollection(AnnotationNames names, ExprNode outer) => names.QualifiedNameOf(outer) is { } name && s_collections.Contains(name);

    /// <summary>
    /// Whether a subscripted annotation is a tuple of fixed length of two or more positions (<c>tuple[A, B]</c>): inside
    /// another annotation it is no collection of its first position's class, and names no class.
    /// </summary>
    private static bool IsFixedTupleForm(AnnotationNames names, ExprNode outer, ExprNode slice) =>
        slice is Python.Syntax.Tuple { Elts: { Length: >= 2 } positions } && IsFixedTuple(names, outer, positions);

    private static ExprNode? ElementOf(ExprNode slice) => slice switch
    {
        Python.Syntax.Tuple { Elts: [var first, ..] } => first,
        _ => slice,
    };

    /// <summary>Resolves a dotted name written in text (a forward reference, a docstring) through the module's top-level bindings and the builtins.</summary>
    internal static string? ResolveModuleName(SemanticModel model, string dotted)
    {
        if (dotted.Length == 0 || !dotted.All(c => char.IsLetterOrDigit(c) || c is '_' or '.'))
        {
            return null;
        }

        var dot = dotted.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? dotted : dotted[..dot];
        var rest = dot < 0 ? string.Empty : dotted[dot..];
        if (model.ModuleScope.Lookup(first) is { QualifiedName: { } qualified })
        {
            return qualified + rest;
        }

        return model.Options.IsBuiltin?.Invoke(first) == true ? "builtins." + dotted : null;
    }

    /// <summary>The qualified name of an expression when it names a module-level thing (an import, a definition, a builtin, an alias), not a local.</summary>
    internal static string? Qualified(SemanticModel model, ExprNode? expression)
    {
        var root = expression;
        while (root is Python.Syntax.Attribute attribute)
        {
            root = attribute.Value;
        }

        if (root is not Name name || model.ReferenceOf(name) is not { } reference)
        {
            return null;
        }

        if (reference.Resolution == ResolutionKind.Builtin)
        {
            return model.QualifiedNameOf(expression);
        }

        if (reference.Binding is not { } binding)
        {
            return null;
        }

        var moduleLevel = binding.Scope.Kind == ScopeKind.Module;
        if (!moduleLevel && binding.Kind == BindingKind.ClassDefinition && expression is Name && LocalName(binding.Scope) is { } enclosing)
        {
            // A class a function or a class body defines, named as the facts name it (`test_run._locals_.Local`, `Outer.Inner`).
            return model.ModuleName + "." + enclosing + name.Id;
        }

        var definition = binding.Kind is BindingKind.Import or BindingKind.FromImport or BindingKind.FunctionDefinition or BindingKind.ClassDefinition;
        return moduleLevel || (definition && binding.Kind is BindingKind.Import or BindingKind.FromImport) ? model.QualifiedNameOf(expression) : null;
    }

    /// <summary>One walk over a body (nested functions and lambdas included), collecting the facts.</summary>
    private sealed class BodyScanner : SyntaxWalker
    {
        private readonly SemanticModel _model;
        private string? _classQualified;
        private string? _selfQualified;

        /// <summary>Whether the unit is a class method, whose first parameter (<see cref="_selfName"/>) holds the class itself.</summary>
        private bool _classMethod;
        private readonly List<string> _routes;
        private Dictionary<Call, (string Prefix, string? Owner)>? _routeTree;
        private HashSet<Call>? _routeConstructs;

        /// <summary>How many lambdas the walk is inside: a lambda is handed to a call, so what it calls is handed too.</summary>
        private int _lambdas;
        private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);

        /// <summary>The functions, lambdas and classes nested in the unit that the walk is inside, outermost first.</summary>
        private readonly List<SyntaxNode> _scopeNodes = [];
        private readonly HashSet<string> _parameters = new(StringComparer.Ordinal);
        private readonly HashSet<int> _calledFunctions = [];

        /// <summary>The start positions of the bare decorators of local functions (<c>@ctx.call_on_close</c>): applied, so called.</summary>
        private readonly HashSet<int> _appliedDecorators = [];

        /// <summary>The attributes a registration decorator is applied to (<c>app.command()(mod.main)</c>), by span: registered, not run.</summary>
        private readonly HashSet<(int Start, int End)> _registered = [];

        /// <summary>The local names that hold the file of a project module (<c>path = Path(mod.__file__)</c>), with the module's name.</summary>
        private readonly Dictionary<string, string> _scriptFiles = new(StringComparer.Ordinal);

        /// <summary>The positions of reads of a runner result that only assert success (<c>assert not result.exception</c>, <c>assert result.exit_code == 0</c>).</summary>
        private readonly HashSet<int> _successChecks = [];

        /// <summary>The names (keyed as origins are) of values whose success an assertion checks (<c>result</c> in <c>assert result.exit_code == 0</c>).</summary>
        private readonly HashSet<string> _succeeded = new(StringComparer.Ordinal);

        /// <summary>The names (keyed as origins are) the body binds, and those it binds more than once.</summary>
        private readonly HashSet<string> _bound = new(StringComparer.Ordinal);
        private readonly HashSet<string> _rebound = new(StringComparer.Ordinal);

        /// <summary>The names (keyed as origins are) of runner results whose output the body reads (<c>result.output</c>).</summary>
        private readonly HashSet<string> _outputReads = new(StringComparer.Ordinal);

        /// <summary>Whether the body reads the output of a runner result that no name holds (<c>runner.invoke(cli).output</c>).</summary>
        private bool _unnamedOutputRead;
        private readonly OrdinalSet _calls = new();
        private readonly OrdinalSet _raises = new();
        private readonly OrdinalSet _effects = new();
        private readonly OrdinalSet _boundaries = new();
        private readonly OrdinalSet _expects = new();
        private readonly OrdinalSet _numbers = new();
        private readonly OrdinalSet _mocks = new();
        private readonly OrdinalSet _nondeterminism = new();
        private readonly OrdinalSet _markers = new();
        private readonly OrdinalSet _yields = new();
        private readonly OrdinalSet _decorators = new();
        private readonly OrdinalSet _parametrized = new();
        private readonly OrdinalSet _parameterValues = new();
        private readonly OrdinalSet _attributes = new();
        private readonly HashSet<string> _calledParameters = new(StringComparer.Ordinal);
        // Nodes are hashed by identity, which the runtime makes and stores on the first request per object: the four
        // sets below are asked about every node scanned, so each is asked only while it holds something (rarely). The
        // last holds the messages of the `assert` statements being walked, evaluated only when the assertion fails.
        private readonly HashSet<SyntaxNode> _alwaysRun = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<SyntaxNode> _expectedToRaise = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<SyntaxNode> _platformBranches = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<SyntaxNode> _assertMessages = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _platformCalls = new(StringComparer.Ordinal);
        private readonly HashSet<string> _everywhereCalls = new(StringComparer.Ordinal);
        private readonly OrdinalSet _bareCalls = new();
        private readonly Stack<bool> _loops = new();
        private readonly Dictionary<string, string> _constants = new(StringComparer.Ordinal);
        private string? _selfName;
        private NondeterminismFlow? _flow;

        /// <summary>Whether the module imports FastAPI, whose dependencies are read only then (see <see cref="NoteDependencies"/>).</summary>
        private bool? _readsFastApi;

        /// <summary>Gets a value indicating whether the module imports FastAPI, read once per module.</summary>
        private bool ReadsFastApi => _readsFastApi ??= _model.ImportsModule("fastapi");

        /// <summary>The origin of <c>self</c> in a method (<c>@self:</c> and the class), made on first use.</summary>
        private string? _selfOrigin;
        private int _conditional;
        private int _raising;
        private int _platformOnly;
        private int _nestedScopes;
        private bool _mayHaveLeft;
        private int _cases;
        private bool _edge;
        private bool _seeds;
        private bool _asserts;
        private bool _dynamic;
        private bool _runsLoop;

        /// <summary>The values a fixture's <c>params</c> lists, when each is a string literal; else <see langword="null"/>.</summary>
        private List<string>? _fixtureParams;

        /// <summary>The unit's own parameter named <c>request</c> (pytest's request of a fixture), if it has one.</summary>
        private Arg? _requestArgument;

        /// <summary>The unit's own parameters by name (those after <c>self</c>).</summary>
        private readonly Dictionary<string, Arg> _parameterArgs = new(StringComparer.Ordinal);

        /// <summary>
        /// The strings a <c>parametrize</c> table gives each of its columns, when every row gives a string literal; a
        /// column with any other value maps to <see langword="null"/>.
        /// </summary>
        private readonly Dictionary<string, List<string>?> _parameterStrings = new(StringComparer.Ordinal);

        /// <summary>The parameters annotated <c>types.ModuleType</c>, read as what a fixture supplies (tests and fixtures only).</summary>
        private readonly List<string> _moduleParameters = [];

        /// <summary>The texts the module's units hold so far, each once (see <see cref="OrdinalSet.ToSortedList"/>).</summary>
        private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

        public BodyScanner(SemanticModel model, string? classQualified, string? selfQualified, List<string> routes)
        {
            _model = model;
            _classQualified = classQualified;
            _selfQualified = selfQualified;
            _routes = routes;
        }

        /// <summary>
        /// Makes the scanner ready for another unit of the same module, as a new one would be: every collection emptied
        /// (their storage kept, which is what reusing a scanner saves) and every flag and counter cleared.
        /// </summary>
        /// <param name="classQualified">The qualified name of the enclosing class, if any.</param>
        /// <param name="selfQualified">The qualified name of the unit scanned.</param>
        public void Reset(string? classQualified, string? selfQualified)
        {
            _classQualified = classQualified;
            _selfQualified = selfQualified;
            _origins.Clear();
            _scopeNodes.Clear();
            _parameters.Clear();
            _calledFunctions.Clear();
            _appliedDecorators.Clear();
            _registered.Clear();
            _scriptFiles.Clear();
            _successChecks.Clear();
            _succeeded.Clear();
            _bound.Clear();
            _rebound.Clear();
            _outputReads.Clear();
            _unnamedOutputRead = false;
            _calls.Clear();
            _raises.Clear();
            _effects.Clear();
            _boundaries.Clear();
            _expects.Clear();
            _numbers.Clear();
            _mocks.Clear();
            _nondeterminism.Clear();
            _markers.Clear();
            _yields.Clear();
            _decorators.Clear();
            _parametrized.Clear();
            _parameterValues.Clear();
            _parameterArgs.Clear();
            _parameterStrings.Clear();
            _attributes.Clear();
            _calledParameters.Clear();
            _alwaysRun.Clear();
            _expectedToRaise.Clear();
            _platformBranches.Clear();
            _platformCalls.Clear();
            _everywhereCalls.Clear();
            _bareCalls.Clear();
            _loops.Clear();
            _constants.Clear();
            _selfName = null;
            _classMethod = false;
            FlowHints = FlowHints.None;
            _selfOrigin = null;
            _conditional = 0;
            _lambdas = 0;
            _assertMessages.Clear();
            _raising = 0;
            _platformOnly = 0;
            _nestedScopes = 0;
            _mayHaveLeft = false;
            _cases = 0;
            _edge = false;
            _seeds = false;
            _asserts = false;
            _dynamic = false;
            _fixtureParams = null;
            _requestArgument = null;
            _moduleParameters.Clear();
            _runsLoop = false;
            MadeBy = null;
            Body = null;
            _expectsFailedRun = null;
        }

        /// <summary>Tells whether an expression is a class method's first parameter (<c>cls</c>), which holds the class itself.</summary>
        private bool IsClassParameter(ExprNode value) => _classMethod && value is Name { Id: var id } && id == _selfName;

        /// <summary>Notes the unit's parameters; the first of a method is its object (<c>self</c>), or its class in a class method (<c>cls</c>).</summary>
        public void SetParameters(Arguments arguments, bool isMethod, bool isClassMethod)
        {
            _classMethod = isClassMethod;
            var first = true;
            var positional = arguments.Posonlyargs.Length + arguments.Args.Length;
            var position = 0;
            foreach (var group in (ReadOnlySpan<ImmutableArray<Arg>>)[arguments.Posonlyargs, arguments.Args, arguments.Kwonlyargs])
            {
                foreach (var argument in group)
                {
                    var at = position++;
                    var byDefault = at < positional
                        ? (at >= positional - arguments.Defaults.Length ? arguments.Defaults[at - (positional - arguments.Defaults.Length)] : null)
                        : arguments.KwDefaults[at - positional];
                    if (first && isMethod)
                    {
                        _selfName = argument.Name;
                        first = false;
                        continue;
                    }

                    first = false;
                    _parameters.Add(argument.Name);
                    _parameterArgs[argument.Name] = argument;
                    _requestArgument = argument.Name == "request" ? argument : _requestArgument;
                    var type = DeclaredAnnotation(_model, argument.Annotation);
                    if (type == "types.ModuleType")
                    {
                        _moduleParameters.Add(argument.Name);
                    }

                    // `modulefinder_class=modulefinder.ModuleFinder`: unannotated, the value is the project class or function
                    // the default names unless the caller passes another, one possibility among others.
                    _origins[argument.Name] = type is not null ? "@decl:" + type
                        : byDefault is not null && HeldReference(_model, byDefault) is { } held ? "@maybe:" + HeldReferencePrefix + held
                        : "@param:" + argument.Name;
                }
            }
        }

        /// <summary>
        /// Reads the parameters annotated <c>types.ModuleType</c> of a test or fixture as what pytest passes them (a fixture
        /// of that name, which may import the module by name): the annotation names no module. Other functions' such
        /// parameters keep their annotation, whoever calls them.
        /// </summary>
        /// <param name="filledByPytest">Whether pytest fills the unit's parameters: a fixture, or a test by its name.</param>
        public void SettleModuleParameters(bool filledByPytest)
        {
            if (!filledByPytest)
            {
                return;
            }

            foreach (var name in _moduleParameters)
            {
                _origins[name] = "@param:" + name;
            }
        }

        /// <summary>
        /// Types the first parameter of a unit that click's <c>@pass_context</c> decorates, when not annotated: click passes
        /// it the current <c>click.Context</c>.
        /// </summary>
        /// <param name="arguments">The unit's parameters.</param>
        /// <param name="isMethod">Whether the first parameter is <c>self</c> or <c>cls</c>.</param>
        /// <param name="decorators">The unit's decorators.</param>
        public void NotePassedContext(Arguments arguments, bool isMethod, IReadOnlyList<ExprNode> decorators)
        {
            if (PassedContext(arguments, isMethod, decorators) is { } context)
            {
                _origins[context] = PassedContextOrigin;
            }
        }

        /// <summary>
        /// Records the dependencies FastAPI resolves before a path operation or another dependency runs: a parameter whose
        /// default is <c>Depends(f)</c> or <c>Security(f)</c>, or whose annotation is <c>Annotated[T, Depends(f)]</c> (written
        /// out, or through a name the module binds once to it), <c>Depends()</c> with no callable (the annotation's class), and
        /// the <c>dependencies=[Depends(f)]</c> of a route decorator. FastAPI calls each when a request reaches the function,
        /// and not when code calls the function itself: each is a marker (<see cref="UnitFacts.DependsMarker"/>), which the
        /// map follows from a request only. An alias imported from another module is marked with its name
        /// (<see cref="UnitFacts.DependsAliasMarker"/>), which the map reads in that module's routes.
        /// </summary>
        /// <param name="arguments">The unit's parameters.</param>
        /// <param name="decorators">The unit's decorators.</param>
        public void NoteDependencies(Arguments arguments, IReadOnlyList<ExprNode> decorators)
        {
            if (!ReadsFastApi)
            {
                return;
            }

            var positional = arguments.Posonlyargs.Length + arguments.Args.Length;
            var firstDefault = positional - arguments.Defaults.Length;
            var position = 0;
            foreach (var (parameter, prefix) in arguments.Parameters)
            {
                ExprNode? fallback = null;
                if (prefix.Length == 0)
                {
                    var keywordOnly = arguments.Kwonlyargs.IndexOf(parameter);
                    fallback = keywordOnly >= 0 ? arguments.KwDefaults[keywordOnly] : position >= firstDefault ? arguments.Defaults[position - firstDefault] : null;
                    position += keywordOnly >= 0 ? 0 : 1;
                }

                var dependency = fallback is Call made && IsDependency(made) ? made : null;
                if (dependency is not null)
                {
                    NoteDependency(dependency, parameter.Annotation);
                }

                if (parameter.Annotation is { } annotation)
                {
                    NoteAnnotatedDependencies(annotation, 0);
                    if (dependency is null && prefix.Length == 0 && !AnnotatedDependencies(annotation).Any())
                    {
                        // FastAPI builds the value from the request (a body, a query model): the annotation's class validates it.
                        NoteValidated(annotation, 0);
                    }
                }
            }

            foreach (var decorator in decorators)
            {
                if (decorator is Call { Func: Python.Syntax.Attribute } route && route.Keywords.FirstOrDefault(k => k.Arg == "dependencies")?.Value is { } listed)
                {
                    NoteDependencyList(listed);
                }
            }
        }

        /// <summary>
        /// Records, for FastAPI, the classes a parameter's annotation names (<see cref="UnitFacts.ValidatesMarker"/>):
        /// the type itself, each member of a union (<c>Item | None</c>, <c>Optional[Item]</c>), the items of a collection
        /// (<c>list[Item]</c>) and the type <c>Annotated[Item, Body()]</c> wraps. A name of <c>builtins</c> or <c>typing</c>,
        /// and a string (a forward reference), name none.
        /// </summary>
        private void NoteValidated(ExprNode annotation, int depth)
        {
            if (depth > 4)
            {
                return;
            }

            switch (annotation)
            {
                case BinOp { Op: Operator.BitOr } union:
                    NoteValidated(union.Left, depth + 1);
                    NoteValidated(union.Right, depth + 1);
                    break;
                case Subscript { Slice: var slice } generic when Qualified(_model, generic.Value) is { } outer && (outer.StartsWith("typing.", StringComparison.Ordinal)
                    || outer.StartsWith("typing_extensions.", StringComparison.Ordinal) || outer.StartsWith("builtins.", StringComparison.Ordinal)
                    || outer.StartsWith("collections.abc.", StringComparison.Ordinal)):
                    var members = slice is Python.Syntax.Tuple { Elts: var elements } ? elements.ToArray() : [slice];
                    var wrapped = outer is "typing.Annotated" or "typing_extensions.Annotated";
                    for (var i = 0; i < members.Length && (!wrapped || i == 0); i++)
                    {
                        NoteValidated(members[i], depth + 1);
                    }

                    break;
                case Name or Python.Syntax.Attribute when Qualified(_model, annotation) is { } named && !named.StartsWith("builtins.", StringComparison.Ordinal)
                    && !named.StartsWith("typing.", StringComparison.Ordinal) && !named.StartsWith("typing_extensions.", StringComparison.Ordinal):
                    _markers.Add(UnitFacts.ValidatesMarker + named);
                    break;
            }
        }

        /// <summary>
        /// Records, in a module that imports FastAPI, the exception classes a generator catches around a <c>yield</c> of
        /// its own body (<c>try: yield db</c> then <c>except OwnerError: raise HTTPException(...)</c>): used as a dependency,
        /// it answers what the path operation raises with its own response (see <see cref="UnitFacts.CatchesAroundYieldMarker"/>).
        /// </summary>
        /// <param name="body">The function's body.</param>
        public void NoteCaughtAroundYield(IReadOnlyList<StmtNode> body)
        {
            if (!ReadsFastApi)
            {
                return;
            }

            foreach (var statement in body)
            {
                if (statement is not Try attempt || !attempt.Body.Any(s => s is Expr { Value: Yield } or Assign { Value: Yield } or AnnAssign { Value: Yield }))
                {
                    continue;
                }

                foreach (var handler in attempt.Handlers.OfType<ExceptHandler>())
                {
                    if (ReRaises(handler))
                    {
                        // `except Exception: session.rollback(); raise`: the exception goes on to the client.
                        continue;
                    }

                    var caught = handler.Type switch
                    {
                        null => ["builtins.BaseException"],
                        Python.Syntax.Tuple several => several.Elts.Select(e => Qualified(_model, e)).OfType<string>().ToList(),
                        var one => Qualified(_model, one) is { } name ? [name] : new List<string>(),
                    };
                    foreach (var name in caught)
                    {
                        _markers.Add(UnitFacts.CatchesAroundYieldMarker + name);
                    }
                }
            }
        }

        /// <summary>Whether an exception handler raises what it caught again (a bare <c>raise</c>, or <c>raise e</c> of its name), anywhere in its body.</summary>
        private static bool ReRaises(ExceptHandler handler)
        {
            var pending = new Stack<StmtNode>(handler.Body);
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case Raise { Exc: null }:
                        return true;
                    case Raise { Exc: Name raised } when raised.Id == handler.Name:
                        return true;
                    case If branch:
                        branch.Body.ToList().ForEach(pending.Push);
                        branch.Orelse.ToList().ForEach(pending.Push);
                        break;
                    case With with:
                        with.Body.ToList().ForEach(pending.Push);
                        break;
                    case Try inner:
                        inner.Body.Concat(inner.Orelse).Concat(inner.Finalbody).ToList().ForEach(pending.Push);
                        break;
                }
            }

            return false;
        }

        /// <summary>Records the dependencies of a list or tuple of <c>Depends(f)</c> (a route's, router's or application's <c>dependencies=</c>).</summary>
        private void NoteDependencyList(ExprNode list)
        {
            foreach (var item in ListedItems(list))
            {
                if (item is Call made && IsDependency(made))
                {
                    NoteDependency(made, null);
                }
            }
        }

        /// <summary>Whether a call is FastAPI's <c>Depends(...)</c> or <c>Security(...)</c>.</summary>
        private bool IsDependency(Call call) => Qualified(_model, call.Func) is { } name && s_dependencyMarkers.Contains(name);

        /// <summary>Records the callable a <c>Depends(...)</c> names, or the class its parameter is annotated with when it names none.</summary>
        private void NoteDependency(Call depends, ExprNode? annotation)
        {
            if (DependencyName(depends, annotation) is { } name)
            {
                _markers.Add(UnitFacts.DependsMarker + name);
            }
        }

        /// <summary>The qualified name of the callable a <c>Depends(...)</c> names, or of its annotation's class when it names none.</summary>
        private string? DependencyName(Call depends, ExprNode? annotation)
        {
            var callable = depends.Args.Length > 0 ? depends.Args[0] : depends.Keywords.FirstOrDefault(k => k.Arg == "dependency")?.Value;
            if (callable is null && annotation is Subscript { Slice: Python.Syntax.Tuple { Elts: [var annotated, ..] } } wrapped && IsAnnotated(wrapped.Value))
            {
                callable = annotated;
            }

            if (callable is Name held && _model.ReferenceOf(held)?.Binding is { Kind: BindingKind.Assignment, Node: Assign { Targets: [Name], Value: Call { Func: var maker } } } binding
                && binding.Scope.BindingsOf(held.Id).Length == 1 && NamedCallable(maker) is { } made)
            {
                // An instance (`checker = FixedContentQueryChecker("bar")`, then `Depends(checker)`): FastAPI calls it, so
                // its class's `__call__` runs (nothing, when what made it is not a project class).
                return made + ".__call__";
            }

            return NamedCallable(callable ?? annotation);
        }

        /// <summary>The qualified name a name or attribute stands for, unless it is a built-in; else <see langword="null"/>.</summary>
        private string? NamedCallable(ExprNode? value) =>
            value is Name or Python.Syntax.Attribute && Qualified(_model, value) is { } name && !name.StartsWith("builtins.", StringComparison.Ordinal) ? name : null;

        /// <summary>The <c>Depends(...)</c> and <c>Security(...)</c> calls an <c>Annotated[T, ...]</c> annotation carries after its type.</summary>
        private IEnumerable<Call> AnnotatedDependencies(ExprNode annotation)
        {
            if (annotation is not Subscript { Slice: Python.Syntax.Tuple { Elts: [_, ..] elements } } wrapped || !IsAnnotated(wrapped.Value))
            {
                yield break;
            }

            for (var i = 1; i < elements.Length; i++)
            {
                if (elements[i] is Call made && IsDependency(made))
                {
                    yield return made;
                }
            }
        }

        /// <summary>
        /// Notes a module-level alias of an annotation that declares dependencies (<c>SessionDep = Annotated[Session,
        /// Depends(get_session)]</c>), bound once, as <c>DEPENDS ALIAS</c>, a tab and the dependency, among the module's routes:
        /// a function of another module annotated with the alias depends on it (see <see cref="UnitFacts.DependsAliasMarker"/>).
        /// </summary>
        private void NoteDependencyAlias(string alias, ExprNode value)
        {
            if (!ReadsFastApi || _model.ModuleScope.BindingsOf(alias).Length != 1)
            {
                return;
            }

            foreach (var made in AnnotatedDependencies(value))
            {
                if (DependencyName(made, value) is { } dependency)
                {
                    _routes.Add("DEPENDS " + _model.ModuleName + "." + alias + "\t" + dependency);
                }
            }
        }

        /// <summary>Records the dependencies an annotation declares: <c>Annotated[T, Depends(f)]</c>, or a name bound to one.</summary>
        private void NoteAnnotatedDependencies(ExprNode annotation, int depth)
        {
            switch (annotation)
            {
                case Subscript:
                    foreach (var made in AnnotatedDependencies(annotation))
                    {
                        NoteDependency(made, annotation);
                    }

                    break;
                case Name name when depth == 0 && _model.ReferenceOf(name)?.Binding is { } binding:
                    if (HeldValue(binding, name.Id) is Subscript held)
                    {
                        // `SessionDep = Annotated[Session, Depends(get_session)]` in this module.
                        NoteAnnotatedDependencies(held, depth + 1);
                    }
                    else if (binding.Kind == BindingKind.FromImport && Qualified(_model, name) is { } imported && !imported.StartsWith("fastapi.", StringComparison.Ordinal))
                    {
                        // The same alias imported from the module that defines it: read there (see AliasedDependencies).
                        _markers.Add(UnitFacts.DependsAliasMarker + imported);
                    }

                    break;
            }
        }

        /// <summary>Whether an expression names <c>typing.Annotated</c> (or <c>typing_extensions</c>').</summary>
        private bool IsAnnotated(ExprNode value) => Qualified(_model, value) is "typing.Annotated" or "typing_extensions.Annotated";

        /// <summary>
        /// Records where the parameters of a function or lambda nested in the unit come from, under the nested scope's
        /// keys: an annotation's class, a default's origin (the default is made where the function is defined), and the
        /// context click passes under <c>@pass_context</c>. The parameters of a method of a nested class start after
        /// <c>self</c>.
        /// </summary>
        private void NoteNestedParameters(SyntaxNode nested, Arguments arguments, IReadOnlyList<ExprNode> decorators)
        {
            var isMethod = _scopeNodes.Count >= 2 && _scopeNodes[^2] is ClassDef && !IsStatic(_model, decorators);
            var count = arguments.Posonlyargs.Length + arguments.Args.Length;
            var defaults = arguments.Defaults;
            var firstDefault = count - defaults.Length;
            for (var i = isMethod ? 1 : 0; i < count; i++)
            {
                var parameter = Positional(arguments, i);
                if (ParameterOrigin(parameter, i >= firstDefault ? defaults[i - firstDefault] : null) is { } origin)
                {
                    _origins[ScopedKey(parameter.Name, nested)] = origin;
                }
            }

            for (var i = 0; i < arguments.Kwonlyargs.Length; i++)
            {
                if (ParameterOrigin(arguments.Kwonlyargs[i], i < arguments.KwDefaults.Length ? arguments.KwDefaults[i] : null) is { } origin)
                {
                    _origins[ScopedKey(arguments.Kwonlyargs[i].Name, nested)] = origin;
                }
            }

            if (PassedContext(arguments, isMethod, decorators) is { } context)
            {
                _origins[ScopedKey(context, nested)] = PassedContextOrigin;
            }
        }

        /// <summary>Where a nested function's parameter comes from: its annotation's class, else its default's origin.</summary>
        private string? ParameterOrigin(Arg parameter, ExprNode? defaultValue) =>
            DeclaredAnnotation(_model, parameter.Annotation) is { } type ? "@decl:" + type : defaultValue is null ? null : Origin(defaultValue);

        /// <summary>The positional parameter at an index, the positional-only ones first.</summary>
        private static Arg Positional(Arguments arguments, int index) =>
            index < arguments.Posonlyargs.Length ? arguments.Posonlyargs[index] : arguments.Args[index - arguments.Posonlyargs.Length];

        /// <summary>The name of the parameter click's <c>@pass_context</c> passes the context to (the first, after <c>self</c>), when it is not annotated.</summary>
        private string? PassedContext(Arguments arguments, bool isMethod, IReadOnlyList<ExprNode> decorators)
        {
            // Asked for every unit: the decorators first, which most units have none of.
            var index = isMethod ? 1 : 0;
            if (decorators.Count == 0 || arguments.Posonlyargs.Length + arguments.Args.Length <= index
                || !decorators.Any(d => Qualified(_model, d) is "click.pass_context" or "click.decorators.pass_context"))
            {
                return null;
            }

            var parameter = Positional(arguments, index);
            return parameter.Annotation is null ? parameter.Name : null;
        }

        /// <summary>The origin of the context click passes: an instance of <c>click.core.Context</c> (a unit of the project only in click itself).</summary>
        private const string PassedContextOrigin = "@decl:click.core.Context";

        /// <summary>Gets what the body does that the flow of its non-deterministic values follows (see <see cref="NondeterminismFlow"/>).</summary>
        public FlowHints FlowHints { get; private set; }

        /// <summary>Gets the flow of the non-deterministic values, made for the module's first body that needs it and kept for the next.</summary>
        public NondeterminismFlow Flow => _flow ??= new NondeterminismFlow(_model, IsNondeterministic);

        /// <summary>Gets the parameters the body calls (callables passed in).</summary>
        public IReadOnlySet<string> CalledParameters => _calledParameters;

        /// <summary>Adds what the flow of the body's non-deterministic values found (see <see cref="NondeterminismFlow"/>).</summary>
        /// <param name="entries">The entries.</param>
        public void NoteNondeterminism(IEnumerable<string> entries) => _nondeterminism.UnionWith(entries);

        /// <summary>Adds a marker to the facts.</summary>
        /// <param name="marker">The marker.</param>
        public void AddMarker(string marker) => _markers.Add(marker);

        /// <summary>Gets a value indicating whether the decorators scanned make the unit a pytest fixture.</summary>
        public bool IsFixture => _markers.Contains("fixture");

        /// <summary>
        /// The pytest mark a name used as a decorator holds: the value of the module's only assignment to the name, when it
        /// binds the name alone to a <c>pytest.mark</c> member or a call of one (<c>slow = pytest.mark.slow</c>,
        /// <c>each = pytest.mark.parametrize(...)</c>); else <see langword="null"/>.
        /// </summary>
        private ExprNode? MarkHeldBy(Name name)
        {
            if (_model.ReferenceOf(name)?.Binding is not { } binding || HeldValue(binding, name.Id) is not { } value)
            {
                return null;
            }

            var mark = value is Call { Func: var made } ? made : value;
            return Qualified(_model, mark) is { } qualified && qualified.StartsWith("pytest.mark.", StringComparison.Ordinal) ? value : null;
        }

        /// <summary>
        /// The origin of a test runner or web test client a module holds in a name it binds once, at module level, as the
        /// frameworks' documentation writes them: <c>runner = CliRunner()</c> (click, Typer), <c>client = TestClient(app)</c>
        /// (Starlette, FastAPI), <c>client = app.test_client()</c> (Flask). <see langword="null"/> for any other
        /// module-level name, whose value the walk does not follow.
        /// </summary>
        private string? RunnerHeldBy(Binding binding, string name)
        {
            if (HeldValue(binding, name) is not Call { Func: var made } held)
            {
                return null;
            }

            if (made is Python.Syntax.Attribute { Attr: "test_client", Value: var flaskApp })
            {
                return IsLocalApp(flaskApp) ? "@localclient" : "@client";
            }

            var callee = Qualified(_model, made);
            if (callee is "click.testing.CliRunner" or "typer.testing.CliRunner")
            {
                return "@call:" + callee;
            }

            return callee is not null && s_testClients.Contains(callee) ? (ServesLocalApp(held) ? "@localclient" : "@client") : null;
        }

        /// <summary>Gets or sets the body of the function scanned, read for what it asserts when it runs a command.</summary>
        public IReadOnlyList<StmtNode>? Body { get; set; }

        /// <summary>Whether the function scanned asserts that a command run failed, read when it first runs one.</summary>
        private bool? _expectsFailedRun;

        /// <summary>Gets a value indicating whether the function scanned asserts that a command run failed (see <see cref="AssertsFailedRun"/>).</summary>
        private bool ExpectsFailedRun => _expectsFailedRun ??= Body is { } body && AssertsFailedRun(body);

        /// <summary>Gets or sets the origin of what the outermost decorator makes of the function scanned.</summary>
        public string? MadeBy { get; set; }

        public UnitFacts ToFacts(string name, string kind, int line, int column, int startLine, int endLine, bool isAsync, List<string>? parameters, string? returns, List<string>? bases)
        {
            var calls = _calls.ToSortedList(_texts);
            if (ReadsOnlySucceededOutput())
            {
                _markers.Add("succeeded-output");
            }

            return new()
            {
                Name = name,
                Kind = kind,
                Line = line,
                Column = column,
                StartLine = startLine,
                EndLine = endLine,
                IsAsync = isAsync,
                Parameters = parameters,
                Decorators = _decorators.ToSortedList(_texts),
                Bases = bases is { Count: > 0 } ? bases : null,
                Returns = returns,
                MadeBy = MadeBy,
                Attributes = _attributes.ToSortedList(_texts),
                Calls = calls,
                PlatformCalls = _platformCalls.Count == 0 ? null : CallIndexes(calls, c => _platformCalls.Contains(c) && !_everywhereCalls.Contains(c)),
                BareCalls = _bareCalls.Count == 0 ? null : CallIndexes(calls, _bareCalls.Contains),
                Raises = _raises.ToSortedList(_texts),
                Effects = _effects.ToSortedList(_texts),
                Boundaries = _boundaries.ToSortedList(_texts),
                Expects = _expects.ToSortedList(_texts),
                Cases = _cases,
                Parametrized = _parametrized.ToSortedList(_texts),
                ParameterValues = _parameterValues.ToSortedList(_texts),
                EdgeValues = _edge,
                Numbers = _numbers.ToSortedList(_texts),
                Mocks = _mocks.ToSortedList(_texts),
                Nondeterminism = _nondeterminism.ToSortedList(_texts),
                Seeds = _seeds,
                Asserts = _asserts,
                Markers = _markers.ToSortedList(_texts),
                Yields = _yields.ToSortedList(_texts),
                Dynamic = _dynamic,
                RunsLoop = _runsLoop,
            };
        }

        public void ScanModuleStatement(StmtNode statement)
        {
            switch (statement)
            {
                case Assign { Targets: [Name held], Value: var value }:
                    NoteRouteTree(value, string.Empty, _model.ModuleName + "." + held.Id);
                    NoteDependencyAlias(held.Id, value);
                    if (value is Call made)
                    {
                        NoteConstructedHooks(made, _model.ModuleName + "." + held.Id);

                        // An object the module makes once and holds, for the modules that import the name and call its
                        // methods (`from idlelib.config import idleConf`, then `idleConf.GetOption(...)`).
                        if (_model.ModuleScope.BindingsOf(held.Id) is [var only] && HeldCall(only, held.Id) is { } heldCall)
                        {
                            _attributes.Add(held.Id + "=" + heldCall);
                        }
                    }

                    break;
                case Assign { Value: var value }:
                    NoteRouteTree(value, string.Empty, null);
                    break;
                case AnnAssign { Target: Name held, Value: { } value }:
                    NoteRouteTree(value, string.Empty, _model.ModuleName + "." + held.Id);
                    NoteDependencyAlias(held.Id, value);
                    break;
            }

            if (statement is Assign { Targets: [Name app], Value: Call { } constructed } && Qualified(_model, constructed.Func) is "typer.Typer" or "typer.main.Typer")
            {
                NoteTyper(constructed, _model.ModuleName + "." + app.Id);
            }

            if (statement is Assign { Targets: [Name { Id: "pytestmark" }] } marks)
            {
                ScanMarks(marks.Value);
            }
            else if (statement is Assign { Targets: [Name { Id: "pytest_plugins" }] } or AnnAssign { Target: Name { Id: "pytest_plugins" } })
            {
                _markers.Add("plugins");
            }
            else if (statement is Assign { Targets: [Name router], Value: Call made } && Qualified(_model, made.Func) is { } maker && s_routers.TryGetValue(maker, out var keyword)
                && made.Keywords.FirstOrDefault(k => k.Arg == keyword)?.Value is { } prefix and not Constant { Value: null })
            {
                // `router = APIRouter(prefix="/items")`, `bp = Blueprint("admin", __name__, url_prefix="/admin")`: the
                // prefix of every route registered on the name (see NoteRouting).
                _routes.Add("PREFIX " + (prefix is Constant { Value: string text } ? text : "?") + "\t" + _model.ModuleName + "." + router.Id);
            }

            Walk(statement);
        }

        public void ScanMarks(ExprNode value)
        {
            var items = value is Python.Syntax.List list ? list.Elts : value is Python.Syntax.Tuple tuple ? tuple.Elts : [value];
            foreach (var item in items)
            {
                ScanDecorator(item, null);
            }
        }

        public void ScanDocstring(IReadOnlyList<StmtNode> body)
        {
            // Only a `Raises` section says anything here: a docstring without the word is not split into lines.
            if (body.Count == 0 || body[0] is not Expr { Value: Constant { Value: string text } } || !text.Contains("Raises", StringComparison.Ordinal))
            {
                return;
            }

            var lines = text.Split('\n');
            var inRaises = false;
            var indent = -1;
            foreach (var raw in lines)
            {
                var trimmed = raw.Trim();
                var lineIndent = raw.Length - raw.TrimStart().Length;
                if (trimmed is "Raises:" or "Raises")
                {
                    inRaises = true;
                    indent = lineIndent;
                    continue;
                }

                if (!inRaises)
                {
                    continue;
                }

                if (trimmed.Length == 0)
                {
                    continue;
                }

                if (lineIndent <= indent || (trimmed.EndsWith(':') && !trimmed.Contains(' ', StringComparison.Ordinal) && lineIndent <= indent))
                {
                    inRaises = false;
                    continue;
                }

                var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
                var exception = (colon > 0 ? trimmed[..colon] : trimmed).Trim();
                if (ResolveModuleName(_model, exception) is { } resolved)
                {
                    _raises.Add(resolved);
                }
            }
        }

        public void ScanDecorator(ExprNode decorator, string? unitQualified)
        {
            if (decorator is Name held && MarkHeldBy(held) is { } mark)
            {
                // `_all_modules = pytest.mark.parametrize(...)` at module level, then `@_all_modules`: the mark it holds.
                decorator = mark;
            }

            var call = decorator as Call;
            var target = call?.Func ?? decorator;
            var name = Qualified(_model, target);
            if (name is not null)
            {
                _decorators.Add(name);
            }
            else if (target is Python.Syntax.Attribute { Attr: "setter" or "getter" or "deleter" } accessor)
            {
                // `@prereleases.setter`: the property defined above in the class body, which names no module member.
                _decorators.Add("property." + accessor.Attr);
            }

            if (unitQualified is not null && call is { Func: Python.Syntax.Attribute { Attr: "command" or "group" or "callback" } registration })
            {
                NoteCommand(registration, call, unitQualified);
            }
            else if (unitQualified is not null && decorator is Python.Syntax.Attribute { Attr: "command" or "group" } bare)
            {
                // `@cli.command` without parentheses, as click 8.1 and later allow: named after the function.
                NoteCommand(bare, null, unitQualified);
            }

            if (unitQualified is not null && call is not null && name is "click.command" or "click.group" or "click.decorators.command" or "click.decorators.group"
                && (call.Args.Length > 0 ? call.Args[0] : call.Keywords.FirstOrDefault(k => k.Arg == "name")?.Value) is Constant { Value: string commandName }
                && !commandName.Contains('\t', StringComparison.Ordinal))
            {
                // `@click.command("real")`: a command that is not registered yet, named for when `add_command` adds it.
                _routes.Add("CLI-NAMED " + commandName + "\t" + unitQualified);
            }

            if (unitQualified is not null && target is Python.Syntax.Attribute hook && s_hookDecorators.TryGetValue(hook.Attr, out var called)
                && called == call is not null && HookOwner(hook.Value) is { } hooked)
            {
                // `@app.middleware("http")`, `@app.exception_handler(E)`, `@app.before_request`: runs around the requests the
                // object's routes serve (see NoteHook).
                NoteHook(unitQualified, hooked, hook.Attr == "on_event");
                if (hook.Attr is "exception_handler" or "errorhandler" or "app_errorhandler" && call is { Args: [var handled, ..] })
                {
                    NoteHandled(handled, hooked);
                }
            }

            if (unitQualified is not null && call is { Func: Python.Syntax.Attribute route } && s_routeDecorators.Contains(route.Attr)
                && call.Args.Length > 0 && call.Args[0] is Constant { Value: string path } && path.StartsWith('/'))
            {
                var owner = RouteOwner(route.Value);
                foreach (var method in RouteMethods(route.Attr, call))
                {
                    _routes.Add(method + " " + path + "\t" + unitQualified + owner);
                }
            }

            switch (name)
            {
                case "pytest.fixture":
                    _markers.Add("fixture");
                    if (call is not null)
                    {
                        foreach (var keyword in call.Keywords)
                        {
                            if (keyword.Arg == "autouse" && keyword.Value is Constant { Value: true })
                            {
                                _markers.Add("autouse");
                            }
                            else if (keyword.Arg == "name" && keyword.Value is Constant { Value: string alias })
                            {
                                _markers.Add("fixture:" + alias);
                            }
                            else if (keyword.Arg == "params")
                            {
                                _fixtureParams = LiteralStrings(keyword.Value);
                            }
                            else if (keyword.Arg == "scope" && keyword.Value is not Constant { Value: "function" })
                            {
                                // Made once for more than one test (or a scope not written out): a method fixture of this
                                // kind runs on another instance than the tests'.
                                _markers.Add("wide-fixture");
                            }
                        }
                    }

                    return;
                case "pytest.mark.parametrize":
                    if (call is not null)
                    {
                        ScanParametrize(call);
                    }

                    return;
                case "pytest.mark.skip":
                    _markers.Add(call is not null && (call.Args.Length > 0 || call.Keywords.Any(k => k.Arg == "reason")) ? "skip" : "skip-no-reason");
                    return;
                case "pytest.mark.skipif":
                    _markers.Add(call is not null && call.Keywords.Any(k => k.Arg == "reason") ? "skip" : "skip-no-reason");
                    return;
                case "pytest.mark.xfail":
                    _markers.Add(call is not null && call.Keywords.Any(k => k.Arg == "reason") ? "xfail" : "xfail-no-reason");
                    return;
                case "unittest.skip" or "unittest.skipIf" or "unittest.skipUnless" or "unittest.expectedFailure":
                    _markers.Add("skip");
                    return;
                case "pytest.mark.asyncio" or "pytest.mark.anyio" or "pytest.mark.trio":
                    _markers.Add("async");
                    return;
                case "pytest.mark.usefixtures":
                    foreach (var argument in call?.Args ?? [])
                    {
                        if (argument is Constant { Value: string fixture })
                        {
                            _markers.Add("usefixtures:" + fixture);
                        }
                    }

                    return;
                case "hypothesis.given":
                    _markers.Add("given");
                    break;
                case "abc.abstractmethod" or "typing.overload" or "typing_extensions.overload":
                    _markers.Add(name.EndsWith("overload", StringComparison.Ordinal) ? "overload" : "abstract");
                    return;
            }

            if (name is not null && s_patchers.Contains(name))
            {
                _markers.Add("patched");
            }

            if (call is not null)
            {
                // The decorator's own call runs where the function is defined (a module's or class's when it is imported),
                // not each time the function runs: what it calls may have run for a test, not surely in it.
                _conditional++;
                Walk(call);
                _conditional--;
            }
            else if (name is not null)
            {
                Classify(name, null);
            }
        }

        /// <summary>
        /// Records where the values of one row of a <c>parametrize</c> table come from, per parameter (<c>name=ORIGIN</c>):
        /// an instance a constructor call makes (<c>@call:QN</c>), or a callable named (<c>QN</c>). The object is built when
        /// pytest collects the test; what the test then calls on it runs in the test.
        /// </summary>
        private void NoteParameterValues(List<string> columns, ExprNode row)
        {
            if (columns.Count == 0)
            {
                return;
            }

            ImmutableArray<ExprNode> cells = row switch
            {
                Call paramCall when Qualified(_model, paramCall.Func) == "pytest.param" => paramCall.Args,
                Python.Syntax.Tuple tuple when columns.Count > 1 => tuple.Elts,
                Python.Syntax.List list when columns.Count > 1 => list.Elts,
                _ when columns.Count == 1 => [row],
                _ => [],
            };

            // A column whose every row is a string literal is known by its values (a request's path, a module's name); the
            // columns from an unpacked value on are not known. A case marked to be skipped (always or on a condition) may
            // never run: its values are not counted.
            var skipped = row is Call param && Qualified(_model, param.Func) == "pytest.param" && IsSkippedCase(param);
            var unpacked = cells.Length;
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] is Starred)
                {
                    unpacked = i;
                    break;
                }
            }

            for (var i = 0; i < columns.Count; i++)
            {
                var text = i < unpacked && cells[i] is Constant { Value: string value } ? value : null;
                var seen = _parameterStrings.TryGetValue(columns[i], out var values);
                if (skipped)
                {
                    _parameterStrings.TryAdd(columns[i], []);
                }
                else if (text is null)
                {
                    _parameterStrings[columns[i]] = null;
                }
                else if (!seen)
                {
                    _parameterStrings[columns[i]] = [text];
                }
                else
                {
                    values?.Add(text);
                }
            }

            for (var i = 0; i < cells.Length && i < columns.Count; i++)
            {
                if (cells[i] is Starred)
                {
                    // The columns after an unpacked value are not known.
                    break;
                }

                var origin = cells[i] switch
                {
                    Call => Origin(cells[i]),
                    Name or Python.Syntax.Attribute when Qualified(_model, cells[i]) is { } named && !named.StartsWith("builtins.", StringComparison.Ordinal) => named,
                    _ => null,
                };
                if (origin is not null)
                {
                    _parameterValues.Add(columns[i] + "=" + origin);
                }
            }
        }

        private static List<string> RouteMethods(string attribute, Call call)
        {
            if (s_httpVerbs.Contains(attribute))
            {
                return [attribute.ToUpperInvariant()];
            }

            var methods = call.Keywords.FirstOrDefault(k => k.Arg == "methods")?.Value;
            var listed = methods is Python.Syntax.List list ? list.Elts : methods is Python.Syntax.Tuple tuple ? tuple.Elts : default;
            if (listed.IsDefaultOrEmpty)
            {
                return [attribute == "websocket" ? "WEBSOCKET" : "GET"];
            }

            return listed.OfType<Constant>().Select(c => c.Value as string).OfType<string>().Select(m => m.ToUpperInvariant()).ToList();
        }

        private void ScanParametrize(Call call)
        {
            var names = call.Args.Length > 0 ? call.Args[0] : call.Keywords.FirstOrDefault(k => k.Arg == "argnames")?.Value;
            var values = call.Args.Length > 1 ? call.Args[1] : call.Keywords.FirstOrDefault(k => k.Arg == "argvalues")?.Value;
            var columns = new List<string>();
            switch (names)
            {
                case Constant { Value: string text }:
                    columns.AddRange(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case Python.Syntax.List or Python.Syntax.Tuple:
                    foreach (var element in names is Python.Syntax.List l ? l.Elts : ((Python.Syntax.Tuple)names).Elts)
                    {
                        if (element is not Constant { Value: string part })
                        {
                            // A name the table cannot be read by: its columns are not known.
                            columns.Clear();
                            break;
                        }

                        columns.Add(part);
                    }

                    break;
            }

            _parametrized.UnionWith(columns);

            // `indirect=True` (or a list of names) hands a column's values to the fixtures of those names: the test gets
            // what the fixture makes of them, not the values.
            if (call.Keywords.FirstOrDefault(k => k.Arg == "indirect")?.Value is { } indirect && indirect is not Constant { Value: false })
            {
                foreach (var column in columns)
                {
                    _parameterStrings[column] = null;
                }
            }

            if (values is Python.Syntax.List or Python.Syntax.Tuple)
            {
                var elements = values is Python.Syntax.List list ? list.Elts : ((Python.Syntax.Tuple)values).Elts;
                _cases = Math.Max(_cases, elements.Length);
                foreach (var element in elements)
                {
                    NoteParameterValues(columns, element);
                    NoteArgument(element);
                    NoteReference(element);
                    if (element is Python.Syntax.Tuple row)
                    {
                        foreach (var cell in row.Elts)
                        {
                            NoteArgument(cell);
                            NoteReference(cell);
                        }
                    }
                    else if (element is Call paramCall && Qualified(_model, paramCall.Func) == "pytest.param")
                    {
                        foreach (var cell in paramCall.Args)
                        {
                            NoteArgument(cell);
                        }
                    }
                }
            }
            else if (values is not null)
            {
                // A table built elsewhere (a constant, a comprehension): more than one case is the norm.
                _cases = Math.Max(_cases, 2);
                foreach (var column in columns)
                {
                    _parameterStrings[column] = null;
                }
            }

            if (values is not null)
            {
                Walk(values);
            }
        }

        /// <summary>
        /// Constructs whose body may not run when the enclosing code runs: calls inside them are recorded with a leading <c>?</c>.
        /// Loop bodies are not among them: measured against coverage, treating them so lost more right links than wrong ones.
        /// </summary>
        private static bool IsConditional(NodeKind kind) =>
            kind is NodeKind.If or NodeKind.IfExp or NodeKind.BoolOp or NodeKind.ExceptHandler or NodeKind.Lambda or NodeKind.FunctionDef
                or NodeKind.AsyncFunctionDef or NodeKind.MatchCase or NodeKind.While;

        /// <summary>The part of a conditional construct that runs whenever the construct is reached: an <c>if</c>'s or <c>while</c>'s test, a boolean operator's first operand.</summary>
        private static ExprNode? AlwaysRunPart(SyntaxNode node, NodeKind kind) => kind switch
        {
            NodeKind.If => Unsafe.As<If>(node).Test,
            NodeKind.While => Unsafe.As<While>(node).Test,
            NodeKind.IfExp => Unsafe.As<IfExp>(node).Test,
            NodeKind.BoolOp when Unsafe.As<BoolOp>(node).Values is { Length: > 0 } values => values[0],
            _ => null,
        };

        /// <summary>Scopes whose <c>return</c> does not leave the unit scanned.</summary>
        private static bool IsNestedScope(NodeKind kind) => kind is NodeKind.Lambda or NodeKind.FunctionDef or NodeKind.AsyncFunctionDef or NodeKind.ClassDef;

        protected override void Leave(SyntaxNode node)
        {
            if (_alwaysRun.Count > 0 && _alwaysRun.Remove(node))
            {
                _conditional++;
            }

            if (_expectedToRaise.Count > 0 && _expectedToRaise.Remove(node))
            {
                _raising--;
            }

            if (_platformBranches.Count > 0 && _platformBranches.Remove(node))
            {
                _platformOnly--;
            }

            // Precompiled code tests a node's class with a call into the runtime: the node's kind is read once instead.
            var kind = node.NodeKind;
            if (kind == NodeKind.Lambda)
            {
                _lambdas--;
            }

            if (_assertMessages.Count > 0 && _assertMessages.Remove(node))
            {
                _lambdas--;
                _conditional--;
            }

            if (IsConditional(kind))
            {
                _conditional--;
            }

            if (IsNestedScope(kind))
            {
                _nestedScopes--;
                _scopeNodes.RemoveAt(_scopeNodes.Count - 1);
            }
            else if (kind is NodeKind.For or NodeKind.AsyncFor or NodeKind.While)
            {
                _loops.Pop();
            }
            else if (_nestedScopes == 0 && kind == NodeKind.Return)
            {
                // Whatever follows a `return` (in source order) runs only when that exit was not taken. A `raise` is not
                // counted so: guards that reject bad input leave the rest of the unit to every valid call.
                _mayHaveLeft = true;
            }
            else if (_nestedScopes == 0 && kind is NodeKind.Continue or NodeKind.Break && _loops.Count > 0 && !_loops.Peek())
            {
                _loops.Pop();
                _loops.Push(true);
            }
        }

        /// <summary>Tells whether code reached now may not run when the unit runs: under a conditional construct, after an early exit of the unit or of the loop.</summary>
        private bool MayNotRun => _conditional > 0 || _mayHaveLeft || _loops.Contains(true);

        /// <summary>The marks a recorded call may start with, in their order (<c>?~!^</c>), by the bits of <see cref="AddCall"/>.</summary>
        private static readonly string[] s_callMarks = [.. Enumerable.Range(0, 16).Select(static bits =>
            ((bits & 1) != 0 ? "?" : string.Empty) + ((bits & 2) != 0 ? "~" : string.Empty) + ((bits & 4) != 0 ? "!" : string.Empty) + ((bits & 8) != 0 ? "^" : string.Empty))];

        /// <summary>
        /// Records a call target: with a leading <c>?</c> when it may not run whenever the unit runs, and then a <c>!</c>
        /// when the call sits where the code expects an exception (a <c>with pytest.raises(...)</c> body), so that what
        /// the callee calls after the point that raised may not run; a <c>^</c> last for a member read without being
        /// called (<c>self.handler</c>), which runs only if it is a property.
        /// </summary>
        private string AddCall(string target, bool mayNotRun = false, bool handed = false, bool read = false)
        {
            var marks = (mayNotRun || MayNotRun ? 1 : 0) | (handed || _lambdas > 0 ? 2 : 0) | (_raising > 0 ? 4 : 0) | (read ? 8 : 0);
            var call = marks == 0 ? target : string.Concat(s_callMarks[marks], target);
            _calls.Add(call);
            (_platformOnly > 0 ? _platformCalls : _everywhereCalls).Add(call);
            return call;
        }

        /// <summary>Records that a call passes no argument at all, so that every parameter of the callee takes its default.</summary>
        private void NoteBareCall(Call call, string recorded)
        {
            if (call.Args.Length == 0 && call.Keywords.Length == 0)
            {
                _bareCalls.Add(recorded);
            }
        }

        /// <summary>
        /// Marks the branches of an <c>if</c>, a conditional expression or a <c>match</c> that tests the platform the code
        /// runs on (<c>sys.platform</c>, <c>os.name</c>, <c>platform.system()</c>...): what they call runs on some platforms only.
        /// </summary>
        private void NotePlatformBranches(SyntaxNode node, NodeKind kind)
        {
            switch (kind)
            {
                case NodeKind.If when Unsafe.As<If>(node) is var branch && ReadsPlatform(branch.Test):
                    _platformBranches.UnionWith(branch.Body);
                    _platformBranches.UnionWith(branch.Orelse);
                    break;
                case NodeKind.IfExp when Unsafe.As<IfExp>(node) is var choice && ReadsPlatform(choice.Test):
                    _platformBranches.Add(choice.Body);
                    _platformBranches.Add(choice.Orelse);
                    break;
                case NodeKind.Match when Unsafe.As<Match>(node) is var match && ReadsPlatform(match.Subject):
                    _platformBranches.UnionWith(match.Cases);
                    break;
            }
        }

        /// <summary>Tells whether an expression reads the platform: <c>sys.platform</c>, <c>os.name</c>, <c>platform.system()</c> and the like.</summary>
        private bool ReadsPlatform(ExprNode test)
        {
            switch (test)
            {
                case Name or Python.Syntax.Attribute when Qualified(_model, test) is { } name && s_platformReads.Contains(name):
                    return true;
                case Python.Syntax.Attribute attribute:
                    return ReadsPlatform(attribute.Value);
                case Call call:
                    return ReadsPlatform(call.Func) || AnyReadsPlatform(call.Args);
                case Compare compare:
                    return ReadsPlatform(compare.Left) || AnyReadsPlatform(compare.Comparators);
                case BoolOp boolean:
                    return AnyReadsPlatform(boolean.Values);
                case UnaryOp unary:
                    return ReadsPlatform(unary.Operand);
                case Subscript subscript:
                    return ReadsPlatform(subscript.Value);
                default:
                    return false;
            }
        }

        // A loop rather than `Any(ReadsPlatform)`: the method group made a delegate on every test of every branch.
        private bool AnyReadsPlatform(ImmutableArray<ExprNode> expressions)
        {
            foreach (var expression in expressions)
            {
                if (ReadsPlatform(expression))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Tells whether a context manager expects its body to raise: <c>pytest.raises(E)</c>, <c>self.assertRaises(E)</c>, <c>self.assertRaisesRegex(E, ...)</c>.</summary>
        private bool ExpectsRaise(ExprNode context) => context is Call call && RaisingCallable(call, Qualified(_model, call.Func)) > 0;

        /// <summary>
        /// For a call that expects an exception (<c>pytest.raises</c>, <c>assertRaises</c>, <c>assertRaisesRegex</c>), the
        /// position of the callable it may be given to call (<c>pytest.raises(E, f, *args)</c>, <c>assertRaisesRegex(E, pattern, f)</c>); 0 for any other call.
        /// </summary>
        private static int RaisingCallable(Call call, string? name) => call.Func switch
        {
            Python.Syntax.Attribute { Attr: "assertRaises" } => 1,
            Python.Syntax.Attribute { Attr: "assertRaisesRegex" } => 2,
            _ => name == "pytest.raises" ? 1 : 0,
        };

        protected override bool Enter(SyntaxNode node)
        {
            // Precompiled code tests a node's class with a call into the runtime: the node's kind is read once, and every
            // test below is of the kind (each kind is one sealed class).
            var kind = node.NodeKind;
            if (kind == NodeKind.Lambda)
            {
                _lambdas++;
            }
            else if (kind == NodeKind.Assert && Unsafe.As<Assert>(node).Msg is { } message)
            {
                _assertMessages.Add(message);
            }

            if (_assertMessages.Count > 0 && _assertMessages.Contains(node))
            {
                // `assert ok, result.output`: the message is evaluated only when the assertion fails, as a lambda's body
                // runs only when called. Its calls are marked as a lambda's are (`?~`): possible, in test code too.
                _lambdas++;
                _conditional++;
            }

            if (IsConditional(kind))
            {
                _conditional++;
                if (AlwaysRunPart(node, kind) is { } always)
                {
                    _alwaysRun.Add(always);
                }
            }

            if (_alwaysRun.Count > 0 && _alwaysRun.Contains(node))
            {
                _conditional--;
            }

            if (_expectedToRaise.Count > 0 && _expectedToRaise.Contains(node))
            {
                _raising++;
            }

            if (_platformBranches.Count > 0 && _platformBranches.Contains(node))
            {
                _platformOnly++;
            }

            NotePlatformBranches(node, kind);
            NoteFlowHint(node, kind);

            if (IsNestedScope(kind))
            {
                _nestedScopes++;
                _scopeNodes.Add(node);
            }
            else if (kind is NodeKind.For or NodeKind.AsyncFor or NodeKind.While)
            {
                _loops.Push(false);
            }

            if (kind == NodeKind.Name && Unsafe.As<Name>(node) is { Ctx: ExprContext.Store } stored && OriginKey(stored.Id) is var key && !_bound.Add(key))
            {
                // Bound twice (assigned, a loop's or a `with`'s variable, unpacked): which run a read sees is not known.
                _rebound.Add(key);
            }

            switch (kind)
            {
                case NodeKind.Call:
                    VisitCall(Unsafe.As<Call>(node));
                    break;
                case NodeKind.Attribute when Unsafe.As<Python.Syntax.Attribute>(node) is { Ctx: ExprContext.Load } attribute && !_calledFunctions.Contains(attribute.Span.Start):
                {
                    if (Origin(attribute.Value) is { } origin && !_successChecks.Contains(attribute.Span.Start))
                    {
                        // A member a registration decorator is applied to runs only if what registered it runs it.
                        var registered = _registered.Contains((attribute.Span.Start, attribute.Span.End));
                        AddCall(origin + "#" + attribute.Attr, registered, registered, read: !_appliedDecorators.Contains(attribute.Span.Start));
                        NoteOutputRead(attribute, origin);
                    }

                    break;
                }
                case NodeKind.Assign:
                {
                    var assign = Unsafe.As<Assign>(node);
                    NoteConstant(assign);
                    if (assign.Targets is [Name scriptPath] && ScriptModule(assign.Value) is { } scriptModule)
                    {
                        _scriptFiles[scriptPath.Id] = scriptModule;
                    }

                    if (assign.Targets is [Name assignedName] && Origin(assign.Value) is { } assigned)
                    {
                        _origins[OriginKey(assignedName.Id)] = assigned;
                    }
                    else if (assign.Targets is [var pattern] && UnpackedNames(pattern) is { } unpacked && PositionOrigins(unpacked, assign.Value) is { } taken)
                    {
                        // Each name, or attribute of `self` (`self.regex, self.convertors = compile(path)`), takes the value at
                        // its position; names after a starred one are not at a known position.
                        for (var position = 0; position < unpacked.Length && unpacked[position] is not Starred; position++)
                        {
                            if (unpacked[position] is Name item)
                            {
                                if (taken[position] is { } at)
                                {
                                    _origins[OriginKey(item.Id)] = at;
                                }
                                else
                                {
                                    _origins.Remove(OriginKey(item.Id));
                                }
                            }
                            else if (unpacked[position] is Python.Syntax.Attribute { Value: Name holder } field && holder.Id == _selfName && taken[position] is { } fieldAt)
                            {
                                NoteAttribute(field.Attr, fieldAt);
                            }
                        }
                    }
                    else if (assign.Targets is [Python.Syntax.Attribute { Value: Name owner } field] && owner.Id == _selfName && Origin(assign.Value) is { } fieldOrigin)
                    {
                        NoteAttribute(field.Attr, fieldOrigin);
                    }

                    break;
                }
                case NodeKind.AnnAssign when Unsafe.As<AnnAssign>(node) is { Target: Python.Syntax.Attribute { Value: Name owner } field } annotatedField && owner.Id == _selfName:
                {
                    var valueOrigin = annotatedField.Value is { } fieldValue ? Origin(fieldValue) : null;
                    if (DeclaredAnnotation(_model, annotatedField.Annotation) is { } fieldType)
                    {
                        NoteAttribute(field.Attr, "@decl:" + fieldType);

                        // `self.lifespan_context: Lifespan = _DefaultLifespan(self)`: the value made here is one the attribute
                        // holds, as an unannotated assignment's is; the annotation may name no class (an alias of a callable).
                        if (valueOrigin is not null && valueOrigin.StartsWith("@call:", StringComparison.Ordinal))
                        {
                            // One possibility: another assignment may store what the annotation allows (a parameter, say).
                            NoteAttribute(field.Attr, "@maybe:" + valueOrigin);
                        }
                    }
                    else if (valueOrigin is not null)
                    {
                        NoteAttribute(field.Attr, valueOrigin);
                    }

                    break;
                }
                case NodeKind.AnnAssign when Unsafe.As<AnnAssign>(node) is { Target: Name annotatedName } annotated:
                {
                    if (DeclaredAnnotation(_model, annotated.Annotation) is { } type)
                    {
                        _origins[OriginKey(annotatedName.Id)] = "@decl:" + type;
                    }
                    else if (annotated.Value is { } value && Origin(value) is { } annotatedOrigin)
                    {
                        _origins[OriginKey(annotatedName.Id)] = annotatedOrigin;
                    }

                    break;
                }
                case NodeKind.With:
                {
                    var with = Unsafe.As<With>(node);
                    NoteProtocol(with.Items, "__enter__", "__exit__");
                    if (with.Items.Any(i => ExpectsRaise(i.ContextExpr)))
                    {
                        _expectedToRaise.UnionWith(with.Body);
                    }

                    break;
                }
                case NodeKind.ExceptHandler when Unsafe.As<ExceptHandler>(node) is { Name: { } caught, Type: { } caughtType }:
                {
                    // The handler's variable holds an instance of the class the clause names (or of a subclass).
                    if (Qualified(_model, caughtType) is { } caughtClass && !caughtClass.StartsWith("builtins.", StringComparison.Ordinal))
                    {
                        _origins[OriginKey(caught)] = "@decl:" + caughtClass;
                    }

                    break;
                }
                case NodeKind.AsyncWith:
                {
                    var with = Unsafe.As<AsyncWith>(node);
                    NoteProtocol(with.Items, "__aenter__", "__aexit__");
                    break;
                }
                case NodeKind.For:
                {
                    var loop = Unsafe.As<For>(node);
                    NoteProtocol(loop.Iter, "__iter__");
                    NoteElement(loop.Target, loop.Iter);
                    break;
                }
                case NodeKind.AsyncFor:
                {
                    var loop = Unsafe.As<AsyncFor>(node);
                    NoteProtocol(loop.Iter, "__aiter__");
                    break;
                }
                case NodeKind.ListComp:
                    NoteElements(node, Unsafe.As<ListComp>(node).Generators);
                    break;
                case NodeKind.SetComp:
                    NoteElements(node, Unsafe.As<SetComp>(node).Generators);
                    break;
                case NodeKind.GeneratorExp:
                    NoteElements(node, Unsafe.As<GeneratorExp>(node).Generators);
                    break;
                case NodeKind.DictComp:
                    NoteElements(node, Unsafe.As<DictComp>(node).Generators);
                    break;
                case NodeKind.Comprehension:
                {
                    // The loop's variable was noted when the comprehension was entered (NoteElements).
                    var generator = Unsafe.As<Comprehension>(node);
                    NoteProtocol(generator.Iter, generator.IsAsync != 0 ? "__aiter__" : "__iter__");
                    break;
                }
                case NodeKind.Subscript:
                {
                    var subscript = Unsafe.As<Subscript>(node);
                    NoteProtocol(subscript.Value, subscript.Ctx switch { ExprContext.Store => "__setitem__", ExprContext.Del => "__delitem__", _ => "__getitem__" });
                    break;
                }
                case NodeKind.BinOp when Unsafe.As<BinOp>(node) is var operation && s_operatorMethods.TryGetValue(operation.Op, out var operatorMethod):
                {
                    NoteProtocol(operation.Left, operatorMethod);
                    break;
                }
                case NodeKind.WithItem when Unsafe.As<WithItem>(node) is { OptionalVars: Name withName } item:
                {
                    if (Origin(item.ContextExpr) is { } entered)
                    {
                        _origins[OriginKey(withName.Id)] = entered;
                    }

                    break;
                }
                case NodeKind.Raise when Unsafe.As<Raise>(node) is { Exc: { } exception }:
                {
                    var raised = exception is Call raisedCall ? raisedCall.Func : exception;
                    if (Qualified(_model, raised) is { } raisedName)
                    {
                        _raises.Add(raisedName);
                    }

                    break;
                }
                case NodeKind.Compare:
                {
                    var compare = Unsafe.As<Compare>(node);
                    NoteComparison(compare);
                    NoteBoundary(compare.Left);
                    foreach (var comparator in compare.Comparators)
                    {
                        NoteBoundary(comparator);
                    }

                    break;
                }
                case NodeKind.Assert:
                {
                    var assertion = Unsafe.As<Assert>(node);
                    _asserts = true;
                    NoteSuccessCheck(assertion.Test);
                    break;
                }
                case NodeKind.Return when Unsafe.As<Return>(node) is { Value: { } returned }:
                {
                    NoteYield(returned);
                    break;
                }
                case NodeKind.Yield when Unsafe.As<Yield>(node) is { Value: { } yielded }:
                {
                    NoteYield(yielded);
                    break;
                }
                case NodeKind.FunctionDef:
                {
                    var nested = Unsafe.As<FunctionDef>(node);
                    foreach (var decorator in nested.DecoratorList)
                    {
                        _appliedDecorators.Add(decorator.Span.Start);
                        NoteReference(decorator is Call c ? c.Func : decorator);
                    }

                    // A local function under a decorator is what the outermost decorator makes of it (a command, a route).
                    if (nested.DecoratorList.Length > 0 && DecoratedOrigin(nested.DecoratorList[0]) is { } made)
                    {
                        _origins[OriginKey(nested.Name, enclosing: true)] = made;
                    }

                    NoteNestedParameters(nested, nested.Args, nested.DecoratorList);
                    break;
                }
                case NodeKind.AsyncFunctionDef:
                {
                    var nested = Unsafe.As<AsyncFunctionDef>(node);
                    foreach (var decorator in nested.DecoratorList)
                    {
                        _appliedDecorators.Add(decorator.Span.Start);
                        NoteReference(decorator is Call c ? c.Func : decorator);
                    }

                    NoteNestedParameters(nested, nested.Args, nested.DecoratorList);
                    break;
                }
                case NodeKind.Lambda:
                {
                    var lambda = Unsafe.As<Lambda>(node);
                    NoteNestedParameters(lambda, lambda.Args, []);
                    break;
                }
            }

            return true;
        }

        /// <summary>Records the protocol methods Python calls on values of known origin (<c>with</c>, iteration, subscripts, operators).</summary>
        private void NoteProtocol(ImmutableArray<WithItem> items, string enter, string exit)
        {
            foreach (var item in items)
            {
                if (Origin(item.ContextExpr) is { } origin)
                {
                    AddCall(origin + "#" + enter);
                    AddCall(origin + "#" + exit);
                }
            }
        }

        // One value and one method, the common case, without a list and an array made for each.
        private void NoteProtocol(ExprNode value, string method)
        {
            if (Origin(value) is { } origin)
            {
                AddCall(origin + "#" + method);
            }
        }

        private void NoteComparison(Compare compare)
        {
            var left = compare.Left;
            for (var i = 0; i < compare.Ops.Length; i++)
            {
                var right = compare.Comparators[i];
                switch (compare.Ops[i])
                {
                    case CmpOperator.In or CmpOperator.NotIn:
                        NoteProtocol(right, "__contains__");
                        break;
                    case CmpOperator.Eq or CmpOperator.NotEq:
                        NoteProtocol(left, compare.Ops[i] == CmpOperator.Eq ? "__eq__" : "__ne__");
                        break;
                    case CmpOperator.Lt or CmpOperator.LtE or CmpOperator.Gt or CmpOperator.GtE:
                        NoteProtocol(left, compare.Ops[i] switch { CmpOperator.Lt => "__lt__", CmpOperator.LtE => "__le__", CmpOperator.Gt => "__gt__", _ => "__ge__" });
                        break;
                }

                left = right;
            }
        }

        /// <summary>The origin of what a decorator returns for the function under it: the result of calling the decorator (or decorator factory).</summary>
        public string? DecoratedOrigin(ExprNode decorator)
        {
            if (decorator is Call call)
            {
                return Origin(call);
            }

            if (Qualified(_model, decorator) is { } name)
            {
                return name.StartsWith("builtins.", StringComparison.Ordinal) ? null : "@call:" + name;
            }

            return decorator is Python.Syntax.Attribute { Value: var receiver } method && Origin(receiver) is { } owner ? "@ret:" + owner + "#" + method.Attr : null;
        }

        /// <summary>
        /// The key a name's origin is kept under where the walk binds it: the name itself in the unit's own scope; in a
        /// function, lambda or class nested in it, the name and that scope's position, so that a nested function's
        /// variable does not lend its class to a variable of the same name around it (a test's `websocket` and its
        /// application's). A name declared <c>nonlocal</c> binds in the scope around. A name read in a nested scope that
        /// bound it without a known origin (a parameter, most often given the variable of the same name around it, as
        /// in <c>def redirect(h, req): h.http_error_302(...)</c> called with the test's <c>h</c>) takes the origin of the
        /// unit's own variable of that name.
        /// </summary>
        /// <param name="name">The name bound.</param>
        /// <param name="enclosing">Whether the name binds around the innermost nested scope (the name of a nested <c>def</c>, met on entering it).</param>
        private string OriginKey(string name, bool enclosing = false)
        {
            var index = _scopeNodes.Count - (enclosing ? 2 : 1);
            while (index >= 0 && _model.ScopeOf(_scopeNodes[index]) is { } scope && scope.Nonlocals.Contains(name))
            {
                index--;
            }

            return index < 0 ? name : ScopedKey(name, _scopeNodes[index]);
        }

        /// <summary>The key of a name read, by the scope its binding is in (a comprehension's loop variables by the comprehension, where NoteElements keyed them).</summary>
        private string OriginKey(string name, Scope scope)
        {
            if (scope.Kind is ScopeKind.Comprehension && scope.Node is { } comprehension)
            {
                return ScopedKey(name, comprehension);
            }

            for (var i = _scopeNodes.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(_scopeNodes[i], scope.Node))
                {
                    return ScopedKey(name, _scopeNodes[i]);
                }
            }

            return name;
        }

        private static string ScopedKey(string name, SyntaxNode scope) => name + "\u0001" + scope.Span.Start.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// Notes a read of an exception or an exit code that an assertion only checks to show success
        /// (<c>assert not result.exception</c>, <c>assert result.exception is None</c>, <c>assert result.exit_code == 0</c>,
        /// <c>self.assertIsNone(result.exception)</c>, <c>self.assertEqual(result.exit_code, 0)</c>): it checks that the
        /// run succeeded, not how it failed, so it is not recorded as a read of the failure.
        /// </summary>
        /// <param name="test">What is asserted.</param>
        /// <param name="negated">Whether the assertion asserts its argument false or <c>None</c> (the unittest forms).</param>
        private void NoteSuccessCheck(ExprNode test, bool negated = false)
        {
            var read = test switch
            {
                UnaryOp { Op: UnaryOperator.Not, Operand: var operand } when !negated => operand,
                Compare { Left: var left, Ops: [CmpOperator.Is], Comparators: [Constant { Value: null }] } when !negated => left,
                Compare { Left: var left, Ops: [CmpOperator.Eq], Comparators: [var right] } when !negated => ZeroExitCode(left, right),
                _ when negated => test,
                _ => null,
            };
            if (read is Python.Syntax.Attribute { Attr: "exception" or "exc_info" or "exit_code" } checkedRead)
            {
                NoteSuccess(checkedRead);
            }
        }

        /// <summary>Notes a read that an assertion checks only to show success, and the name of the value it reads.</summary>
        private void NoteSuccess(ExprNode read)
        {
            _successChecks.Add(read.Span.Start);
            if (read is Python.Syntax.Attribute { Value: Name result })
            {
                _succeeded.Add(OriginKey(result.Id));
            }
        }

        /// <summary>Notes a read of a runner result's output (<c>result.output</c>, <c>.stdout</c>, <c>.stderr</c>), by the name that holds the result.</summary>
        private void NoteOutputRead(Python.Syntax.Attribute attribute, string origin)
        {
            if (attribute.Attr is not ("output" or "stdout" or "stderr") || !origin.StartsWith("@ret:", StringComparison.Ordinal))
            {
                return;
            }

            if (attribute.Value is Name result)
            {
                _outputReads.Add(OriginKey(result.Id));
            }
            else
            {
                _unnamedOutputRead = true;
            }
        }

        /// <summary>
        /// Tells whether every runner output the body reads is of a run whose success it asserts: each read through a name
        /// bound once, whose exit code is asserted to be 0 or whose exception is asserted absent. What such a test reads
        /// of the output is what a successful run printed, not how the run failed.
        /// </summary>
        private bool ReadsOnlySucceededOutput()
        {
            if (_outputReads.Count == 0 || _unnamedOutputRead)
            {
                return false;
            }

            foreach (var result in _outputReads)
            {
                if (!_succeeded.Contains(result) || _rebound.Contains(result))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Notes <c>self.assertEqual(result.exit_code, 0)</c> (either order) as a check of success.</summary>
        private void NoteSuccessEquality(Call call)
        {
            if (call.Args is [var first, var second] && ZeroExitCode(first, second) is { } read)
            {
                NoteSuccess(read);
            }
        }

        /// <summary>The exit code read (<c>result.exit_code</c>) that two compared expressions set equal to 0, in either order, else <see langword="null"/>.</summary>
        private static ExprNode? ZeroExitCode(ExprNode first, ExprNode second) =>
            first is Constant { Value: 0L } ? ExitCode(second) : second is Constant { Value: 0L } ? ExitCode(first) : null;

        /// <summary>The expression when it reads an exit code (<c>result.exit_code</c>), else <see langword="null"/>.</summary>
        private static ExprNode? ExitCode(ExprNode node) => node is Python.Syntax.Attribute { Attr: "exit_code" } ? node : null;

        /// <summary>
        /// The origin of the value each target of an unpacking assignment takes, by position: from a literal of as many
        /// values (<c>a, b = x, y</c>; every value read before any target is bound, so a swap swaps), else the item at the
        /// position of what the value is (<c>obj, rest = f()</c>, typed by a fixed tuple's annotation); <see langword="null"/>
        /// when neither is known.
        /// </summary>
        private string?[]? PositionOrigins(ImmutableArray<ExprNode> targets, ExprNode value)
        {
            if (UnpackedNames(value) is { } values)
            {
                return targets.Length == values.Length && !targets.Any(t => t is Starred) && !values.Any(v => v is Starred)
                    ? [.. values.Select(Origin)]
                    : null;
            }

            if (Origin(value) is not { } whole)
            {
                return null;
            }

            var taken = new string?[targets.Length];
            for (var position = 0; position < targets.Length; position++)
            {
                taken[position] = "@item" + position.ToString(CultureInfo.InvariantCulture) + ":" + whole;
            }

            return taken;
        }

        /// <summary>The targets of an unpacking assignment (<c>a, b = ...</c>, <c>[a, b] = ...</c>), or <see langword="null"/>.</summary>
        private static ImmutableArray<ExprNode>? UnpackedNames(ExprNode target) => target switch
        {
            Python.Syntax.Tuple tuple => tuple.Elts,
            Python.Syntax.List list => list.Elts,
            _ => null,
        };

        /// <summary>
        /// A comprehension's loop variables, noted when the comprehension is entered (its element comes first in the tree,
        /// but runs for each value the loops give), each keyed by the comprehension: a name its first loop reads from the
        /// enclosing scope (`node for node in node.kids`) keeps its own value there, and nothing is left behind after it.
        /// </summary>
        private void NoteElements(SyntaxNode comprehension, ImmutableArray<Comprehension> generators)
        {
            foreach (var generator in generators)
            {
                NoteElement(generator.Target, generator.Iter, comprehension);
            }
        }

        /// <summary>
        /// The loop variable of a <c>for</c> or a comprehension is an element of the iterated value: keyed by the scope
        /// around it, or by its comprehension.
        /// </summary>
        private void NoteElement(ExprNode target, ExprNode iterated, SyntaxNode? comprehension = null)
        {
            if (target is Name name && Origin(iterated) is { } origin)
            {
                _origins[comprehension is null ? OriginKey(name.Id) : ScopedKey(name.Id, comprehension)] = "@elem:" + origin;
            }
        }

        /// <summary>Records an attribute of <c>self</c> and where its value comes from, for <c>obj.attr.method()</c> elsewhere.</summary>
        public void NoteAttribute(string name, string origin)
        {
            // A parameter without annotation means nothing outside the method; the rest is read on the class.
            if (!origin.StartsWith("@param:", StringComparison.Ordinal) && !origin.StartsWith("@client", StringComparison.Ordinal))
            {
                _attributes.Add(name + "=" + origin);
            }
        }

        private void NoteYield(ExprNode value)
        {
            // What a nested function returns is that function's result, not the unit's; in a class method the class itself
            // (`return cls`) is no object of it, though calls on it resolve alike.
            if (_nestedScopes > 0 || IsClassParameter(value))
            {
                return;
            }

            if (Origin(value) is { } origin)
            {
                _yields.Add(origin);
            }
            else if (Qualified(_model, value) is { } name && !name.StartsWith("builtins.", StringComparison.Ordinal))
            {
                _yields.Add(name);
            }
        }

        private void NoteBoundary(ExprNode value)
        {
            if (Number(value) is { } number)
            {
                _boundaries.Add(number);
            }
            else if (value is Name { Id: var constantName } && _constants.TryGetValue(constantName, out var named))
            {
                // A local name bound to a number (`min_level = 16`) compares as that number.
                _boundaries.Add(named);
            }
            else if (value is BinOp { Op: Operator.Add or Operator.Sub, Left: var offsetFrom, Right: Constant { Value: long } })
            {
                // `limit - 1` is a bound next to `limit`: the base number is the boundary a test tries.
                NoteBoundary(offsetFrom);
            }
        }

        /// <summary>Records the local names bound to a number by a plain assignment; a later assignment of anything else forgets them.</summary>
        private void NoteConstant(Assign assign)
        {
            foreach (var element in assign.Targets)
            {
                if (element is not Name target)
                {
                    continue;
                }

                if (assign.Targets.Length == 1 && Number(assign.Value) is { } number && !_constants.ContainsKey(target.Id))
                {
                    _constants[target.Id] = number;
                }
                else
                {
                    _constants.Remove(target.Id);
                }
            }
        }

        private static string? Number(ExprNode value) => value switch
        {
            Constant { Value: long or BigInteger or double } constant => Convert.ToString(constant.Value, CultureInfo.InvariantCulture),
            UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: long or BigInteger or double } negative } => "-" + Convert.ToString(negative.Value, CultureInfo.InvariantCulture),
            _ => null,
        };

        private void NoteArgument(ExprNode value)
        {
            if (Number(value) is { } number)
            {
                _numbers.Add(number);
                if (number is "0" or "0.0" || number.StartsWith('-'))
                {
                    _edge = true;
                }
            }

            // The numbers of a tuple or list passed in (`ios_platforms((12, 0))`) are values tried against the unit's boundaries too.
            var items = value switch
            {
                Python.Syntax.Tuple tuple => tuple.Elts,
                Python.Syntax.List list => list.Elts,
                _ => [],
            };
            foreach (var item in items)
            {
                if (Number(item) is { } element)
                {
                    _numbers.Add(element);
                }
            }

            switch (value)
            {
                case Constant { Value: null }:
                case Constant { Value: string { Length: 0 } }:
                case Constant { Value: System.Collections.Immutable.ImmutableArray<byte> { Length: 0 } }:
                case Python.Syntax.List { Elts.Length: 0 }:
                case Python.Syntax.Tuple { Elts.Length: 0 }:
                case Dict { Keys.Length: 0 }:
                case Call { Args.Length: 0, Keywords.Length: 0 } empty when Qualified(_model, empty.Func) is "builtins.set" or "builtins.list" or "builtins.dict" or "builtins.tuple" or "builtins.frozenset" or "builtins.bytes" or "builtins.str":
                    _edge = true;
                    break;
            }
        }

        /// <summary>
        /// Notes the values a command run is given on its command line (<see cref="CommandWords"/>): a number is a value
        /// tried against the command's boundaries, and no word at all, an empty word, zero or a negative number is an edge
        /// value, as they would be passed to the command's function.
        /// </summary>
        private void NoteCommandWords(string words)
        {
            if (words.Length == 0)
            {
                // A run without any word gives the command no input at all: its parameters take their defaults, or the
                // run fails on a missing argument, the empty edge of a command line.
                _edge = true;
                return;
            }

            if (words[0] == UnitFacts.UnknownWord)
            {
                return;
            }

            foreach (var word in words.Split(UnitFacts.WordSeparator))
            {
                if (word.Length == 0)
                {
                    _edge = true;
                }
                else if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && !double.IsInfinity(value))
                {
                    var number = long.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole)
                        ? whole.ToString(CultureInfo.InvariantCulture)
                        : value.ToString(CultureInfo.InvariantCulture);
                    _numbers.Add(number);
                    _edge |= value <= 0;
                }
            }
        }

        private void NoteReference(ExprNode value, bool asArgument = false)
        {
            if (NamedCallable(value) is { } name)
            {
                // A callable handed to another call runs only if that call calls it (for each element, when present...),
                // in test code too (`Route("/", endpoint)` only keeps it): marked `~` as well as `?`.
                AddCall(name, asArgument, handed: asArgument);
            }
        }

        /// <summary>Where a value comes from, when the body can tell: a call's result, a parameter, <c>self</c>, a test client.</summary>
        private string? Origin(ExprNode value)
        {
            switch (value)
            {
                case Name name:
                    if (_selfName is not null && name.Id == _selfName && _selfQualified is not null && _classQualified is not null)
                    {
                        return _selfOrigin ??= "@self:" + _classQualified;
                    }

                    if (_model.ReferenceOf(name) is not { Binding: { } binding })
                    {
                        return null;
                    }

                    if (binding.Scope.Kind != ScopeKind.Module)
                    {
                        return _origins.TryGetValue(OriginKey(name.Id, binding.Scope), out var origin) || _origins.TryGetValue(name.Id, out origin) ? origin : null;
                    }

                    return RunnerHeldBy(binding, name.Id) ?? FreshModuleOrigin(_model, name);
                case Call call:
                    if (call.Func is Python.Syntax.Attribute { Attr: "test_client", Value: var flaskApp })
                    {
                        return IsLocalApp(flaskApp) ? "@localclient" : "@client";
                    }

                    if (call.Func is Name { Id: "super" } && call.Args.Length is 0 or 2 && _classQualified is not null && _selfName is not null
                        && Qualified(_model, call.Func) == "builtins.super")
                    {
                        // `super()` in a method: the methods of the class's bases, on the same object.
                        return "@super:" + _classQualified;
                    }

                    if (Qualified(_model, call.Func) is { } callee)
                    {
                        if (callee == "importlib.import_module" && ImportedModules(call) is { } modules)
                        {
                            return "@module:" + modules;
                        }

                        if (FreshModuleOrigin(_model, call) is { } fresh)
                        {
                            return fresh;
                        }

                        if (callee == "functools.partial" && MakesTestClient(callee, call))
                        {
                            // `functools.partial(TestClient, backend=...)`: calling it makes a web test client.
                            return "@clientmaker";
                        }

                        if (s_elementCopies.Contains(callee))
                        {
                            // `list(routes)`, `sorted(items, key=...)`: a collection of the same elements.
                            return call.Args is [not Starred and var source] && (call.Keywords.IsEmpty || callee == "builtins.sorted")
                                && Origin(source) is { } elements && !elements.StartsWith("@client", StringComparison.Ordinal)
                                ? "@elems:" + elements
                                : null;
                        }

                        return s_testClients.Contains(callee) ? (ServesLocalApp(call) ? "@localclient" : "@client")
                            : callee.StartsWith("builtins.", StringComparison.Ordinal) ? null : "@call:" + callee;
                    }

                    // `cls(...)` in a class method: an object of the class the method runs on, as `self` is in a method.
                    if (IsClassParameter(call.Func) && _classQualified is not null)
                    {
                        return _selfOrigin ??= "@self:" + _classQualified;
                    }

                    // The result of calling a local value of known origin (`comp = comp_cls(...)` where `comp_cls` holds a class).
                    // A factory given an application this module builds (`client_factory(app)`): if it makes a client, its
                    // requests reach that application, whose routes the map does not read.
                    if (call.Func is Name && Origin(call.Func) is { } called)
                    {
                        if (called == "@clientmaker")
                        {
                            return ServesLocalApp(call) ? "@localclient" : "@client";
                        }

                        if (!called.StartsWith("@client", StringComparison.Ordinal))
                        {
                            return ServesLocalApp(call) ? "@localclient" : "@called:" + called;
                        }
                    }

                    // The result of a method of a value of known origin: typed by the method's return annotation.
                    return call.Func is Python.Syntax.Attribute { Value: var receiver } method && Origin(receiver) is { } owner && !owner.StartsWith("@client", StringComparison.Ordinal)
                        ? "@ret:" + owner + "#" + method.Attr
                        : null;
                case Await awaited:
                    return Origin(awaited.Value);
                case IfExp choice:
                    return OriginOfEither([choice.Body, choice.Orelse]);
                case BoolOp { Op: BoolOperator.Or, Values: var alternatives }:
                    return OriginOfEither(alternatives.AsSpan());
                case Subscript { Slice: not Slice } item when Origin(item.Value) is { } container && !container.StartsWith("@client", StringComparison.Ordinal):
                    // An item of a value of known origin: at a constant position (of a tuple of fixed length, or of a
                    // collection), or anywhere in a collection. A slice is a collection again, not an item: left unknown.
                    return item.Slice is Constant { Value: long index and >= 0 and < int.MaxValue }
                        ? "@item" + index.ToString(CultureInfo.InvariantCulture) + ":" + container
                        : "@sub:" + container;
                case Python.Syntax.Attribute { Value: var holder } read when Origin(holder) is { } holderOrigin && !holderOrigin.StartsWith("@client", StringComparison.Ordinal):
                    // An attribute of a value of known origin: typed by what the class assigns to it.
                    return "@attr:" + holderOrigin + "#" + read.Attr;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The origin of a value that is one of several expressions (<c>a if c else b</c>, <c>a or b</c>): the one origin
        /// they share; when some alternatives hold nothing of the project's (<c>None</c>, an empty literal, <c>list()</c>),
        /// that origin as one possibility (<c>@maybe:</c>), since a call on the value may reach a built-in's method
        /// instead; <see langword="null"/> when two alternatives differ or one is not known.
        /// </summary>
        private string? OriginOfEither(ReadOnlySpan<ExprNode> alternatives)
        {
            string? shared = null;
            var someHoldNothing = false;
            foreach (var alternative in alternatives)
            {
                if (HoldsNothing(alternative))
                {
                    someHoldNothing = true;
                    continue;
                }

                if (Origin(alternative) is not { } origin || (shared is not null && shared != origin))
                {
                    return null;
                }

                shared = origin;
            }

            // A test client stays one (what it requests is read from its calls), whichever alternative made it.
            return shared is null || !someHoldNothing || shared.StartsWith("@client", StringComparison.Ordinal) || shared.StartsWith("@localclient", StringComparison.Ordinal)
                ? shared
                : "@maybe:" + shared;
        }

        /// <summary>Whether a value holds no object of the project's and no item: <c>None</c>, an empty literal, or an empty built-in collection made by its constructor.</summary>
        private bool HoldsNothing(ExprNode value) => value switch
        {
            Constant { Value: null } => true,
            Python.Syntax.List { Elts.IsEmpty: true } or Python.Syntax.Tuple { Elts.IsEmpty: true } or Dict { Keys.IsEmpty: true } => true,
            Call { Args.IsEmpty: true, Keywords.IsEmpty: true } made => Qualified(_model, made.Func) is "builtins.list" or "builtins.tuple" or "builtins.dict" or "builtins.set" or "builtins.frozenset",
            _ => false,
        };

        /// <summary>Notes what makes the body worth following for its non-deterministic values: assertions, failures, attributes kept and read.</summary>
        private void NoteFlowHint(SyntaxNode node, NodeKind kind)
        {
            switch (kind)
            {
                case NodeKind.Assert:
                    FlowHints |= FlowHints.Asserts;
                    break;
                case NodeKind.Raise when Unsafe.As<Raise>(node) is { Exc: Name { Id: "AssertionError" } or Call { Func: Name { Id: "AssertionError" } } }:
                case NodeKind.Call when Unsafe.As<Call>(node) is { Func: Python.Syntax.Attribute { Attr: "fail" } or Name { Id: "fail" } }:
                    FlowHints |= FlowHints.Asserts | FlowHints.Fails;
                    break;
                case NodeKind.Call when Unsafe.As<Call>(node) is { Func: Python.Syntax.Attribute { Attr: var method } } && method.StartsWith("assert", StringComparison.Ordinal):
                    FlowHints |= FlowHints.Asserts;
                    break;
                case NodeKind.Assign when _selfName is not null && Unsafe.As<Assign>(node) is var assign:
                    foreach (var target in assign.Targets)
                    {
                        if (target is Python.Syntax.Attribute { Value: Name owner } && owner.Id == _selfName)
                        {
                            FlowHints |= FlowHints.KeepsAttribute;
                        }
                    }

                    break;
                case NodeKind.Attribute when Unsafe.As<Python.Syntax.Attribute>(node) is { Ctx: ExprContext.Load, Value: Name owner } && owner.Id == _selfName:
                    FlowHints |= FlowHints.ReadsAttribute;
                    break;
            }
        }

        /// <summary>
        /// The modules <c>importlib.import_module(NAME)</c> imports, joined by <c>|</c>, when its one argument is spelled by
        /// literals: a string, a name bound once to one, an f-string or a sum of them whose other parts are literals or the
        /// <c>request.param</c> of a fixture whose <c>params</c> are string literals (one module per param, as pytest runs the
        /// fixture once for each). <see langword="null"/> for anything else, a relative name included.
        /// </summary>
        private string? ImportedModules(Call call)
        {
            if (call.Args.Length != 1 || call.Keywords.Length != 0 || StaticStrings(call.Args[0], 0) is not { Count: > 0 } names)
            {
                return null;
            }

            foreach (var name in names)
            {
                if (name.Length == 0 || name.Contains('|', StringComparison.Ordinal) || !name.Split('.').All(part => Project.PythonNames.IsIdentifier(part)))
                {
                    return null;
                }
            }

            return string.Join('|', names.Distinct(StringComparer.Ordinal));
        }

        /// <summary>
        /// The paths a test client's request may go to: the strings its argument is spelled by (see <see cref="StaticStrings"/>:
        /// literals, a name bound once to one, the test's own <c>parametrize</c> column of literals); else, for an f-string
        /// that starts with literal text, that text with <see cref="RoutePattern.Unknown"/> for each value it formats
        /// (<c>f"/items/{item_id}"</c>); else <c>*</c> for an f-string, and nothing for any other expression.
        /// </summary>
        private List<string> RequestPaths(ExprNode path)
        {
            if (StaticStrings(path, 0) is { Count: > 0 } known)
            {
                return known;
            }

            if (path is not JoinedStr joined)
            {
                return [];
            }

            if (joined.Values is not [Constant { Value: string { Length: > 0 } }, ..])
            {
                return ["*"];
            }

            var template = new System.Text.StringBuilder();
            foreach (var part in joined.Values)
            {
                template.Append(part is Constant { Value: string text } ? text : RoutePattern.Unknown);
            }

            return [template.ToString()];
        }

        /// <summary>The strings an expression may be, each spelled by literals (see <see cref="ImportedModules"/>); <see langword="null"/> when not known.</summary>
        private List<string>? StaticStrings(ExprNode value, int depth)
        {
            const int MaxValues = 64;
            if (depth > 4)
            {
                return null;
            }

            switch (value)
            {
                case Constant { Value: string text }:
                    return [text];
                case Python.Syntax.Attribute { Attr: "param", Value: Name { Id: "request" } request }
                    when _fixtureParams is { Count: <= MaxValues } && _requestArgument is not null && ReferenceEquals(_model.ReferenceOf(request)?.Binding?.Node, _requestArgument):
                    // The fixture's own `request` (not a nested function's parameter of the same name).
                    return _fixtureParams;
                case Name name when _parameterStrings.TryGetValue(name.Id, out var parametrized) && _parameterArgs.TryGetValue(name.Id, out var parameter)
                    && _model.ReferenceOf(name)?.Binding is { Kind: BindingKind.Parameter } own && ReferenceEquals(own.Node, parameter)
                    && own.Scope.BindingsOf(name.Id).Length == 1:
                    // The unit's own parameter, which a `parametrize` table fills with string literals (one value per case).
                    return parametrized is { Count: > 0 and <= MaxValues } ? parametrized : null;
                case Name name when _model.ReferenceOf(name) is { Binding: { Kind: BindingKind.Assignment, Node: Assign { Targets: [Name], Value: var bound } } binding }
                    && binding.Scope.BindingsOf(name.Id).Length == 1 && !binding.Scope.Bindings.Any(b => b.Kind == BindingKind.StarImport):
                    // Bound once, and no `from m import *` in the scope that could bind it again.
                    return StaticStrings(bound, depth + 1);
                case BinOp { Op: Operator.Add, Left: var left, Right: var right }:
                    return Concatenated(StaticStrings(left, depth + 1), StaticStrings(right, depth + 1));
                case JoinedStr joined:
                    List<string>? result = [string.Empty];
                    foreach (var part in joined.Values)
                    {
                        var piece = part switch
                        {
                            Constant { Value: string text } => [text],
                            FormattedValue { Conversion: -1 or 115, FormatSpec: null, Value: var formatted } => StaticStrings(formatted, depth + 1),
                            _ => null,
                        };
                        result = Concatenated(result, piece);
                    }

                    return result;
                default:
                    return null;
            }

            static List<string>? Concatenated(List<string>? left, List<string>? right) =>
                left is null || right is null || left.Count * right.Count > MaxValues ? null : [.. left.SelectMany(l => right.Select(r => l + r))];
        }

        /// <summary>
        /// The string literals a fixture's <c>params</c> lists (<c>["a", pytest.param("b", id="b")]</c>), or
        /// <see langword="null"/> when any is something else.
        /// </summary>
        private List<string>? LiteralStrings(ExprNode value)
        {
            if (value is not (Python.Syntax.List or Python.Syntax.Tuple))
            {
                return null;
            }

            var elements = value is Python.Syntax.List list ? list.Elts : ((Python.Syntax.Tuple)value).Elts;
            var strings = new List<string>(elements.Length);
            foreach (var element in elements)
            {
                switch (element)
                {
                    case Constant { Value: string text }:
                        strings.Add(text);
                        break;
                    case Call { Args: [Constant { Value: string text }, ..] } param when Qualified(_model, param.Func) == "pytest.param":
                        // A case marked to be skipped (always or on a condition) may never run: not counted.
                        if (!IsSkippedCase(param))
                        {
                            strings.Add(text);
                        }

                        break;
                    default:
                        return null;
                }
            }

            return strings;
        }

        /// <summary>Tells whether a <c>pytest.param(...)</c> case is marked to be skipped, always or on a condition.</summary>
        private bool IsSkippedCase(Call param) => param.Keywords.FirstOrDefault(k => k.Arg == "marks")?.Value is { } marks && MarksSkip(marks);

        /// <summary>Tells whether a <c>pytest.param</c>'s <c>marks</c> hold <c>pytest.mark.skip</c> or <c>skipif</c>.</summary>
        private bool MarksSkip(ExprNode marks) => marks switch
        {
            Python.Syntax.List list => list.Elts.Any(MarksSkip),
            Python.Syntax.Tuple tuple => tuple.Elts.Any(MarksSkip),
            Call call => MarksSkip(call.Func),
            _ => Qualified(_model, marks) is "pytest.mark.skip" or "pytest.mark.skipif",
        };

        /// <summary>
        /// The values of a table of functions a call looks its callee up in (<c>_parsers[style](text)</c>): the name's read
        /// resolves to the assignment of a dict literal (annotated or not) that binds it alone; else <see langword="null"/>.
        /// </summary>
        private ImmutableArray<ExprNode>? DispatchTable(Name table) => _model.ReferenceOf(table)?.Binding switch
        {
            { Kind: BindingKind.Assignment, Node: Assign { Targets: [Name], Value: Dict { Values: var values } } } => values,
            { Kind: BindingKind.AnnotatedAssignment, Node: AnnAssign { Target: Name, Value: Dict { Values: var values } } } => values,
            _ => null,
        };

        /// <summary>
        /// Records the method a call of <c>getattr(obj, NAME)(...)</c> runs: <c>obj#NAME</c> for a name spelled out, and
        /// <c>obj#PREFIX*</c> for a name made of a constant prefix and a computed rest (<c>f"visit_{kind}"</c>,
        /// <c>"visit_" + kind</c>), which dispatches to one of the methods whose name has that prefix: each may run.
        /// </summary>
        private void NoteDispatch(string owner, ExprNode name)
        {
            if (name is Constant { Value: string spelled } && Project.PythonNames.IsIdentifier(spelled))
            {
                AddCall(owner + "#" + spelled);
                return;
            }

            if (name is Name looped && LoopedNames(looped) is var (names, leavesEarly, ordered))
            {
                // `for method in ("get", "post"): getattr(client, method)(...)`: each name runs, one per pass. A loop that
                // may be left before its last pass (a `return` or `break` in its body) surely runs the first name only,
                // and no name surely when the literal is a set, whose order is not written.
                for (var i = 0; i < names.Count; i++)
                {
                    AddCall(owner + "#" + names[i], mayNotRun: leavesEarly && (i > 0 || !ordered));
                }

                return;
            }

            var prefix = name switch
            {
                JoinedStr { Values: [Constant { Value: string start }, FormattedValue, ..] } => start,
                BinOp { Op: Operator.Add, Left: Constant { Value: string start } } => start,
                _ => null,
            };
            if (prefix is { Length: > 0 } && Project.PythonNames.IsIdentifier(prefix))
            {
                AddCall(owner + "#" + prefix + "*", mayNotRun: true);
            }
        }

        /// <summary>
        /// The names a loop's variable takes when the loop runs over a literal tuple, list or set of identifiers written out
        /// (<c>for method in ("get", "post")</c>) and the variable is bound nowhere else inside the loop: each, one per pass;
        /// with whether the loop may be left before its last pass and whether the literal's order is the passes' order.
        /// <see langword="null"/> for any other value, which names no member the walk can tell.
        /// </summary>
        private (List<string> Names, bool LeavesEarly, bool Ordered)? LoopedNames(Name name)
        {
            // Read in the loop's own body (not in its `else`, nor in a function or lambda that may run after the loop).
            if (_model.ReferenceOf(name) is not { Binding: { Kind: BindingKind.LoopTarget, Node: For { Target: Name { Id: var variable }, Body: [var first, ..] } loop } binding } reference
                || variable != name.Id || !ReferenceEquals(reference.Scope, binding.Scope)
                || reference.Span.Start < first.Span.Start || reference.Span.Start >= loop.Body[^1].Span.End)
            {
                return null;
            }

            var elements = loop.Iter switch
            {
                Python.Syntax.Tuple tuple => tuple.Elts,
                Python.Syntax.List list => list.Elts,
                Python.Syntax.Set set => set.Elts,
                _ => default,
            };
            var ordered = loop.Iter is not Python.Syntax.Set;
            if (elements.IsDefaultOrEmpty)
            {
                return null;
            }

            foreach (var other in binding.Scope.BindingsOf(variable))
            {
                if (!ReferenceEquals(other, binding) && loop.Span.Contains(other.Span.Start))
                {
                    return null;
                }
            }

            var names = new List<string>(elements.Length);
            foreach (var element in elements)
            {
                if (element is not Constant { Value: string spelled } || !Project.PythonNames.IsIdentifier(spelled))
                {
                    return null;
                }

                names.Add(spelled);
            }

            return (names, MayLeave(loop.Body, inNestedLoop: false), ordered);
        }

        /// <summary>
        /// Tells whether statements hold a <c>return</c>, or a <c>break</c> of the loop they belong to (not of a loop nested
        /// in them), that may leave the loop before its last pass; functions and classes defined there are not looked into.
        /// </summary>
        private static bool MayLeave(ImmutableArray<StmtNode> body, bool inNestedLoop)
        {
            foreach (var statement in body)
            {
                var leaves = statement switch
                {
                    Return => true,
                    Break => !inNestedLoop,
                    If branch => MayLeave(branch.Body, inNestedLoop) || MayLeave(branch.Orelse, inNestedLoop),
                    For nested => MayLeave(nested.Body, true) || MayLeave(nested.Orelse, inNestedLoop),
                    AsyncFor nested => MayLeave(nested.Body, true) || MayLeave(nested.Orelse, inNestedLoop),
                    While nested => MayLeave(nested.Body, true) || MayLeave(nested.Orelse, inNestedLoop),
                    With with => MayLeave(with.Body, inNestedLoop),
                    AsyncWith with => MayLeave(with.Body, inNestedLoop),
                    Try attempt => MayLeaveTry(attempt.Body, attempt.Handlers, attempt.Orelse, attempt.Finalbody, inNestedLoop),
                    TryStar attempt => MayLeaveTry(attempt.Body, attempt.Handlers, attempt.Orelse, attempt.Finalbody, inNestedLoop),
                    Match match => match.Cases.Any(c => MayLeave(c.Body, inNestedLoop)),
                    _ => false,
                };
                if (leaves)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Tells whether a <c>try</c> (or <c>try</c>/<c>except*</c>) may leave the loop it is in: any of its blocks may (see <see cref="MayLeave"/>).</summary>
        private static bool MayLeaveTry(
            ImmutableArray<StmtNode> body, ImmutableArray<ExceptHandlerNode> handlers, ImmutableArray<StmtNode> orelse, ImmutableArray<StmtNode> finalbody, bool inNestedLoop) =>
            MayLeave(body, inNestedLoop) || MayLeave(orelse, inNestedLoop) || MayLeave(finalbody, inNestedLoop)
            || handlers.Any(h => h is ExceptHandler handler && MayLeave(handler.Body, inNestedLoop));

        /// <summary>
        /// Records the application a web test client is made with (<c>TestClient(app)</c>, <c>test_client_factory(app)</c>,
        /// a <c>functools.partial</c> of a client class called), when it is an object or class of known origin and not an
        /// application the module builds with a framework (whose routes the map reads instead): a request through the
        /// client runs it, which the map follows as a possible link (<see cref="UnitFacts.ServedAppPrefix"/>).
        /// </summary>
        private void NoteServedApplication(Call call, string? name)
        {
            var maker = name is not null && s_testClients.Contains(name) ? "@clientmaker"
                : call.Func is Name && Origin(call.Func) is { } called && (called == "@clientmaker" || called.StartsWith("@param:", StringComparison.Ordinal) || called.StartsWith("@decl:", StringComparison.Ordinal))
                    ? called
                    : null;
            var app = maker is null ? null : call.Args.Length > 0 ? call.Args[0] : call.Keywords.FirstOrDefault(k => k.Arg == "app")?.Value;
            if (app is null or Starred || IsLocalApp(app))
            {
                return;
            }

            var served = Origin(app) ?? (HeldReference(_model, app) is { } held ? HeldReferencePrefix + held : null);
            if (served is not null && !served.StartsWith("@client", StringComparison.Ordinal) && !served.StartsWith("@localclient", StringComparison.Ordinal))
            {
                AddCall(UnitFacts.ServedAppPrefix + served + ">" + maker, handed: true);
            }
        }

        private void VisitCall(Call call)
        {
            _calledFunctions.Add(call.Func.Span.Start);
            if (call.Func is Call { Func: Python.Syntax.Attribute { Attr: "command" or "callback" or "group" } } && call.Args is [Python.Syntax.Attribute registeredMember])
            {
                // `app.command()(mod.main)`: the decorator applied by hand registers the member, as `@app.command()` would.
                _registered.Add((registeredMember.Span.Start, registeredMember.Span.End));
            }

            if (call.Func is Python.Syntax.Attribute registration)
            {
                NoteRouting(call, registration);
            }

            if (call.Func is Name { Id: var calledName } && _parameters.Contains(calledName))
            {
                _calledParameters.Add(calledName);
            }

            if (call.Func is Call { Func: Python.Syntax.Attribute { Attr: "command" or "callback" } registering } registrar && call.Args.Length > 0
                && RouteObject(call.Args[0]) is { } registered)
            {
                // `app.command()(main)`: Typer's decorator applied by hand to a function of another module.
                NoteCommand(registering, registrar, registered);
            }

            var name = Qualified(_model, call.Func);
            NoteServedApplication(call, name);
            if (name is not null)
            {
                if (IsNondeterministic(name, call))
                {
                    FlowHints |= FlowHints.Source;
                }

                if (!name.StartsWith("builtins.", StringComparison.Ordinal))
                {
                    NoteBareCall(call, AddCall(name));
                }

                NoteRouteConstruct(call, name);
                Classify(name, call);
                if (s_subprocessRuns.Contains(name) && call.Args.Length > 0 && call.Args[0] is Python.Syntax.List or Python.Syntax.Tuple)
                {
                    NoteScriptRun(call.Args[0] is Python.Syntax.List list ? list.Elts : ((Python.Syntax.Tuple)call.Args[0]).Elts, CompletesShell(call));
                }

                if (name == "builtins.range")
                {
                    // The limits of a `range` are boundaries the loop runs up to (the step is not).
                    foreach (var limit in call.Args.Take(2))
                    {
                        NoteBoundary(limit);
                    }
                }
            }
            else if (call.Func is Python.Syntax.Attribute member)
            {
                VisitMemberCall(call, member);
            }

            if (name is not null && s_protocolBuiltins.TryGetValue(name, out var protocol) && call.Args.Length > 0)
            {
                NoteProtocol(call.Args[0], protocol);
            }
            else if (name is null && call.Func is Name && Origin(call.Func) is { } calledValue)
            {
                if (IsClassParameter(call.Func))
                {
                    // `cls(...)` in a class method makes an object of the class the method runs on: its constructors run.
                    foreach (var constructor in ConstructorMethods)
                    {
                        AddCall(calledValue + "#" + constructor);
                    }
                }
                else
                {
                    AddCall(calledValue + "#__call__");
                }
            }
            else if (call.Func is Call { Args.Length: >= 2 } lookup && Qualified(_model, lookup.Func) == "builtins.getattr" && Origin(lookup.Args[0]) is { } owner)
            {
                NoteDispatch(owner, lookup.Args[1]);
            }
            else if (call.Func is Subscript { Value: Name table } && DispatchTable(table) is { } entries)
            {
                // `_handlers[type(node)](node)`: one of the table's functions runs, each may.
                foreach (var entry in entries)
                {
                    if (Qualified(_model, entry) is { } handler && !handler.StartsWith("builtins.", StringComparison.Ordinal))
                    {
                        AddCall(handler, mayNotRun: true);
                    }
                }
            }

            if (name == "builtins.isinstance" && call.Args.Length == 2 && call.Args[0] is Python.Syntax.Attribute { Attr: "exception" } caught && Origin(caught.Value) is not null)
            {
                // `isinstance(result.exception, E)` on a runner's result: the test expects E.
                NoteExpected(call.Args[1]);
            }

            var skipArguments = name is "builtins.isinstance" or "builtins.issubclass" or "pytest.raises" or "pytest.warns" or "builtins.type"
                || call.Func is Python.Syntax.Attribute { Attr: "assertRaises" or "assertRaisesRegex" or "assertIsInstance" or "assertNotIsInstance" };
            foreach (var argument in call.Args)
            {
                var value = argument is Starred starred ? starred.Value : argument;
                NoteArgument(value);
                if (!skipArguments)
                {
                    NoteReference(value, asArgument: true);
                }
            }

            var raisingCallable = RaisingCallable(call, name);
            if (raisingCallable > 0 && call.Args.Length > raisingCallable)
            {
                // `pytest.raises(E, f, *args)`, `assertRaisesRegex(E, pattern, f, *args)`: the test calls `f` and expects it to
                // raise; a method of an object (`assertRaises(E, smtp.send, b"x")`) is called on that object.
                _raising++;
                NoteCalledReference(call.Args[raisingCallable]);
                _raising--;
            }

            foreach (var keyword in call.Keywords)
            {
                NoteArgument(keyword.Value);
                if (!skipArguments)
                {
                    NoteReference(keyword.Value, asArgument: true);
                }
            }

            NoteMiddleware(call, name);
            if (call.Args.Length > 0 && (call.Func is Python.Syntax.Attribute { Attr: "addCleanup" or "addClassCleanup" or "addfinalizer" } || name is "unittest.addModuleCleanup" or "unittest.case.addModuleCleanup"))
            {
                // A cleanup or finalizer the test registers runs after it, whatever happens: a call of the test.
                NoteCalledReference(call.Args[0]);
            }
        }

        /// <summary>
        /// Notes a callable that the call it is given surely calls (a callable <c>pytest.raises</c> or <c>assertRaises</c>
        /// runs, a cleanup): a call of a function or class named, or of a method of an object (<c>smtp.send</c>).
        /// </summary>
        private void NoteCalledReference(ExprNode value)
        {
            if (value is Python.Syntax.Attribute { Value: var holder } method && NamedCallable(method) is null && Origin(holder) is { } holderOrigin)
            {
                AddCall(holderOrigin + "#" + method.Attr);
                return;
            }

            NoteReference(value);
        }

        /// <summary>
        /// Notes a middleware class given to an application (<c>Middleware(Cls, ...)</c> in a <c>middleware=</c> list,
        /// <c>app.add_middleware(Cls)</c>), wherever the application is built: the application makes an instance of the
        /// class and calls it (its <c>__call__</c>, and a <c>BaseHTTPMiddleware</c>'s <c>dispatch</c>) for each request it
        /// serves. Each is a call on an instance of the class, handed on: it runs only if a request is served.
        /// </summary>
        private void NoteMiddleware(Call call, string? name)
        {
            var given = call.Args.Length > 0 && (name is not null && s_middlewareWrappers.Contains(name) || call.Func is Python.Syntax.Attribute { Attr: "add_middleware" })
                ? NamedCallable(call.Args[0])
                : null;
            if (given is null)
            {
                return;
            }

            foreach (var method in MiddlewareMethods)
            {
                AddCall("@call:" + given + "#" + method, mayNotRun: true, handed: true);
            }
        }

        private void VisitMemberCall(Call call, Python.Syntax.Attribute member)
        {
            var attribute = member.Attr;
            if (attribute.StartsWith("assert", StringComparison.Ordinal) || attribute is "fail" or "failUnless" or "failIf")
            {
                _asserts = true;
                if (attribute is "assertIsNone" or "assertFalse" && call.Args.Length > 0)
                {
                    NoteSuccessCheck(call.Args[0], negated: true);
                }

                if (attribute is "assertEqual" or "assertEquals")
                {
                    NoteSuccessEquality(call);
                }

                if (attribute is "assertRaises" or "assertRaisesRegex" && call.Args.Length > 0)
                {
                    NoteExpected(call.Args[0]);
                }
            }

            if (attribute is "run_until_complete")
            {
                _runsLoop = true;
            }
            else if (attribute is "test_client")
            {
                // `app.test_client()`: Flask's client runs async views in an event loop (see MakesTestClient).
                _markers.Add(UnitFacts.WebClientMarker);
            }

            if (attribute is "isolated_filesystem")
            {
                _mocks.Add("tool:files");
            }

            var receiver = member.Value;
            var receiverRoot = receiver;
            while (receiverRoot is Python.Syntax.Attribute inner)
            {
                receiverRoot = inner.Value;
            }

            if (receiverRoot is Name { Id: "monkeypatch" or "mocker" } fixture && _parameters.Contains(fixture.Id))
            {
                _mocks.Add("tool:" + fixture.Id);
                if (attribute is "setattr" or "delattr" or "patch" or "object" or "setitem" or "delitem" or "setenv" or "delenv" or "spy")
                {
                    NotePatchTarget(call);
                }

                return;
            }

            if (Origin(receiver) is { } origin)
            {
                NoteBareCall(call, AddCall(origin + "#" + attribute));
                if (attribute == "invoke" && call.Args.Length > 0 && (Origin(call.Args[0]) ?? Qualified(_model, call.Args[0]) ?? RouteObject(call.Args[0])) is { } invoked)
                {
                    // A command runner's `invoke(cli, [...])`: what `cli` is and the words it is given, for the map to follow
                    // to the command they name when the runner is click's or Typer's.
                    var given = call.Args.Length > 1 ? call.Args[1] : call.Keywords.FirstOrDefault(k => k.Arg == "args")?.Value;
                    var words = CommandWords(given);
                    NoteCommandWords(words);
                    AddCall(origin + "#" + attribute + ">" + invoked + ">" + (ExpectsFailedRun ? UnitFacts.FailedRun + words : words));
                }

                if (s_httpVerbs.Contains(attribute) || attribute is "request" or "websocket_connect")
                {
                    var path = call.Args.Length > (attribute == "request" ? 1 : 0) ? call.Args[attribute == "request" ? 1 : 0] : null;
                    var method = attribute == "request" ? (call.Args.Length > 0 && call.Args[0] is Constant { Value: string verb } ? verb.ToUpperInvariant() : "*")
                        : attribute == "websocket_connect" ? "WEBSOCKET" : attribute.ToUpperInvariant();
                    if (origin is "@client" or "@localclient")
                    {
                        // A request through a web test client the body holds (made here, or held by the module): the
                        // client runs the application in an event loop of its own (see MakesTestClient).
                        _markers.Add(UnitFacts.WebClientMarker);
                    }

                    // A client of an application this module builds serves that application's routes: the request names
                    // the module, whose routes the map reads (see UnitFacts.LocalClientPrefix).
                    var sender = origin == "@localclient" ? UnitFacts.LocalClientPrefix + _model.ModuleName : origin;
                    foreach (var url in path is null ? [] : RequestPaths(path))
                    {
                        AddCall(sender + "|" + method + "|" + url);
                    }
                }
            }
            else if (HeldObject(receiver) is { } held)
            {
                NoteBareCall(call, AddCall(held + "#" + attribute));
            }
        }

        /// <summary>
        /// What a module holds in a name it binds once, at module level, to a call's result (<c>schemas = SchemaGenerator(...)</c>
        /// read by a test as <c>schemas.get_schema(...)</c>): <c>@call:</c> and the callee, for a method called on it.
        /// Only calls on the name are read so; the name itself keeps no origin, since test runners, web clients,
        /// applications and routers are known by the name that holds them.
        /// </summary>
        private string? HeldObject(ExprNode receiver) =>
            receiver is Name name && _model.ReferenceOf(name) is { Binding: { Scope.Kind: ScopeKind.Module } binding } ? HeldCall(binding, name.Id) : null;

        /// <summary>What the call a module's only assignment to a name makes (<c>@call:</c> and the callee), or <see langword="null"/>.</summary>
        private string? HeldCall(Binding binding, string name) =>
            HeldValue(binding, name) is Call { Func: var made } && Qualified(_model, made) is { } callee ? "@call:" + callee : null;

        private void NotePatchTarget(Call call)
        {
            if (call.Args.Length == 0)
            {
                return;
            }

            if (call.Args[0] is Constant { Value: string target })
            {
                _mocks.Add("patch:" + target);
                NoteSeedingPatch(target);
            }
            else if (call.Args.Length > 1 && call.Args[1] is Constant { Value: string attribute } && Qualified(_model, call.Args[0]) is { } owner)
            {
                _mocks.Add("patch:" + owner + "." + attribute);
                NoteSeedingPatch(owner + "." + attribute);
            }
        }

        private void NoteSeedingPatch(string target)
        {
            var last = target[(target.LastIndexOf('.') + 1)..];
            if (last is "time" or "time_ns" or "now" or "utcnow" or "today" or "random" or "randint" or "choice" or "uuid4" or "urandom" or "datetime" or "date" or "monotonic" or "perf_counter")
            {
                _seeds = true;
            }
        }

        private void NoteExpected(ExprNode expected)
        {
            var items = expected is Python.Syntax.Tuple tuple ? tuple.Elts : [expected];
            foreach (var item in items)
            {
                if (Qualified(_model, item) is { } exception)
                {
                    _expects.Add(exception);
                }
                else if (item is Python.Syntax.Attribute { Value: Name holder } member && Origin(holder) is { } origin
                    && (origin.StartsWith("@param:", StringComparison.Ordinal) || origin.StartsWith("@self:", StringComparison.Ordinal)))
                {
                    // A class of what pytest passes in (`pytest.raises(mod.InternalError)`, `mod` a fixture importing a
                    // module by name), or one the test's class holds (`self.assertRaises(self.DecodeError, ...)`, the
                    // class body binding `DecodeError = json.JSONDecodeError`): the map reads it.
                    _expects.Add(origin + "#" + member.Attr);
                }
            }
        }

        private void Classify(string name, Call? call)
        {
            switch (name)
            {
                case "pytest.raises":
                    _asserts = true;
                    if (call is { Args.Length: > 0 })
                    {
                        NoteExpected(call.Args[0]);
                    }
                    else if (call?.Keywords.FirstOrDefault(k => k.Arg == "expected_exception") is { } keyword)
                    {
                        NoteExpected(keyword.Value);
                    }

                    return;
                case "pytest.warns" or "pytest.deprecated_call" or "pytest.fail":
                    _asserts = true;
                    return;
                case "importlib.import_module" when call is not null && ImportedModules(call) is not null:
                    // A module named by literals (or a fixture's literal params): the map follows it.
                    return;
                case "builtins.getattr" or "builtins.__import__" or "importlib.import_module" or "builtins.eval" or "builtins.exec":
                    _dynamic = true;
                    return;
                case "builtins.open":
                    if (call is not null && OpensForWriting(call))
                    {
                        _effects.Add("files:builtins.open");
                    }

                    return;
                case "pytest.skip" or "pytest.xfail":
                    _markers.Add(call is { Args.Length: > 0 } || call?.Keywords.Any(k => k.Arg is "reason" or "msg") == true ? "skip" : "skip-no-reason");
                    return;
            }

            if (s_patchers.Contains(name))
            {
                if (call is not null)
                {
                    NotePatchTarget(call);
                }

                return;
            }

            if (s_effects.TryGetValue(name, out var kind))
            {
                var zeroSleep = name == "asyncio.sleep" && call is { Args.Length: > 0 } && Number(call.Args[0]) is "0" or "0.0";
                if (!zeroSleep && _platformOnly == 0)
                {
                    // An effect under a platform test runs on that platform only: not one the suite can be said to hit.
                    _effects.Add(kind + ":" + name);
                }
            }

            if (s_tools.TryGetValue(name, out var tool))
            {
                _mocks.Add("tool:" + tool);
            }

            if (s_seeders.Contains(name) || (name is "random.Random" && call is { Args.Length: > 0 }))
            {
                _seeds = true;
            }

            if (name is "starlette.routing.Route" or "starlette.routing.WebSocketRoute" or "fastapi.routing.APIRoute"
                && call is { Args.Length: > 0 } && call.Args[0] is Constant { Value: string routePath } && routePath.StartsWith('/'))
            {
                var handler = call.Args.Length > 1 ? call.Args[1] : call.Keywords.FirstOrDefault(k => k.Arg == "endpoint")?.Value;
                var placed = _routeTree is not null && _routeTree.TryGetValue(call, out var within) ? within : (Prefix: string.Empty, Owner: (string?)null);
                if (handler is not null && placed.Prefix != "?" && Qualified(_model, handler) is { } handlerName)
                {
                    var methods = call.Keywords.Any(k => k.Arg == "methods") ? RouteMethods("route", call) : [name.EndsWith("WebSocketRoute", StringComparison.Ordinal) ? "WEBSOCKET" : "*"];
                    var path = JoinPath(placed.Prefix, routePath);
                    var owner = placed.Owner is null ? string.Empty : "\t" + placed.Owner;
                    foreach (var method in methods)
                    {
                        _routes.Add(method + " " + path + "\t" + handlerName + owner);
                    }
                }
            }

            if (s_loopRunners.Contains(name))
            {
                _runsLoop = true;
            }

            if (MakesTestClient(name, call))
            {
                _markers.Add(UnitFacts.WebClientMarker);
                if (s_testClients.Contains(name) && call is not null
                    && (call.Args.Length > 0 ? call.Args[0] : call.Keywords.FirstOrDefault(k => k.Arg == "app")?.Value) is { } app
                    && Qualified(_model, app) is { } application && !application.StartsWith("builtins.", StringComparison.Ordinal))
                {
                    // The application, wherever it was imported (a fixture's `from app.main import app` in its body).
                    _markers.Add(UnitFacts.ClientAppMarker + application);
                }
            }
        }

        /// <summary>
        /// Notes what a method call tells of the application's routes: a handler registered for a path
        /// (<c>add_url_rule</c>, <c>add_route</c>, <c>add_api_route</c>), or a router or blueprint included in another with a
        /// prefix (FastAPI's <c>include_router(router, prefix=...)</c>, Flask's <c>register_blueprint(bp, url_prefix=...)</c>).
        /// Routes are <c>METHOD PATH\tHANDLER</c>, followed by <c>\tOWNER</c> when the object they are registered on is a name
        /// of a module (see <see cref="RouteOwner"/>); an inclusion is <c>MOUNT PREFIX\tCHILD\tPARENT</c> (the child's own
        /// prefix follows this one) or, for Flask's <c>url_prefix</c>, <c>REMOUNT PREFIX\tCHILD\tPARENT</c> (it replaces the
        /// blueprint's own); a prefix that is not a literal is <c>?</c>, which places none of the child's routes.
        /// </summary>
        private void NoteRouting(Call call, Python.Syntax.Attribute member)
        {
            var attribute = member.Attr;
            if (s_routeCalls.Contains(attribute) && call.Args.Length > 0 && call.Args[0] is Constant { Value: string routePath } && routePath.StartsWith('/'))
            {
                var handler = call.Args.Length > 1 ? call.Args[^1] : call.Keywords.FirstOrDefault(k => k.Arg is "view_func" or "endpoint" or "route")?.Value;
                if (handler is not null && Qualified(_model, handler) is { } handlerName)
                {
                    var owner = RouteOwner(member.Value);
                    foreach (var method in RouteMethods("route", call))
                    {
                        _routes.Add(method + " " + routePath + "\t" + handlerName + owner);
                    }
                }
            }
            else if (HookCallTarget(attribute, call) is { } registered && HookOwner(member.Value) is { } hooked)
            {
                // `app.add_middleware(Timing)`, `app.add_exception_handler(E, handler)`, `app.before_request(load_user)`.
                NoteHook(registered, hooked, attribute == "add_event_handler");
                if (attribute is "add_exception_handler" or "register_error_handler")
                {
                    NoteHandled(call.Args[0], hooked);
                }
            }
            else if (attribute is "add_command" or "add_typer" && call.Args.Length > 0 && CommandOwner(member.Value) is { } group && RouteObject(call.Args[0]) is { } command)
            {
                NoteIncludedCommand(call, attribute, group, command);
            }
            else if (attribute is "include_router" or "register_blueprint" && call.Args.Length > 0 && RouteObject(call.Args[0]) is { } child)
            {
                var keyword = attribute == "include_router" ? "prefix" : "url_prefix";
                var given = call.Keywords.FirstOrDefault(k => k.Arg == keyword)?.Value;
                var prefix = given switch
                {
                    null => string.Empty,
                    Constant { Value: string text } => text,
                    Constant { Value: null } => string.Empty,
                    _ => "?",
                };
                var kind = attribute == "register_blueprint" && given is Constant { Value: string } ? "REMOUNT " : "MOUNT ";
                _routes.Add(kind + prefix + "\t" + child + "\t" + RouteOwner(member.Value).TrimStart('\t'));
            }
        }

        /// <summary>
        /// The function or class a method call registers to run around an object's requests: <c>add_middleware(Cls, ...)</c>,
        /// <c>add_exception_handler(E, handler)</c>, <c>add_event_handler("startup", f)</c>, Flask's <c>register_error_handler(404, f)</c>, or a Flask hook called with the
        /// function (<c>app.before_request(f)</c>); else <see langword="null"/>.
        /// </summary>
        private string? HookCallTarget(string attribute, Call call)
        {
            var registered = attribute switch
            {
                "add_middleware" when call.Args.Length > 0 => call.Args[0],
                "add_exception_handler" or "add_event_handler" or "register_error_handler" when call.Args.Length > 1 => call.Args[1],
                _ when s_hookDecorators.TryGetValue(attribute, out var called) && !called && call.Args.Length == 1 => call.Args[0],
                _ => null,
            };
            return NamedCallable(registered);
        }

        /// <summary>
        /// The object hooks are registered on: a module-level name (see <see cref="RouteObject"/>), or the empty name for an
        /// application a function builds (<c>app = Flask(__name__)</c> in <c>create_app</c>), whose routes have no owner
        /// and whose inclusions end at the empty parent.
        /// </summary>
        private string? HookOwner(ExprNode value) => RouteObject(value) ?? (IsLocalApp(value) ? string.Empty : null);

        /// <summary>
        /// Notes a function or class that runs around the requests an application, router or blueprint serves (see
        /// <see cref="HookOwner"/>), as <c>HOOK possible</c>, a tab, the registered name, a tab and the object's name, among the
        /// module's routes: a request the map matches to a route of that object (or of one included in it) may run it.
        /// </summary>
        private void NoteHook(string registered, string owner, bool atStartup = false)
        {
            if (!registered.Contains('\t', StringComparison.Ordinal) && !owner.Contains('\t', StringComparison.Ordinal))
            {
                // What runs when the application starts or stops runs only under `with TestClient(app)`, which the map
                // does not tell from a client used without it: noted (`HOOK startup`), never linked to a request.
                _routes.Add((atStartup ? "HOOK startup\t" : "HOOK possible\t") + registered + "\t" + owner);
            }
        }

        /// <summary>
        /// Notes an exception class an application answers with a handler of its own (<c>@app.exception_handler(E)</c>,
        /// <c>add_exception_handler(E, h)</c>, <c>exception_handlers={E: h}</c>, Flask's <c>errorhandler(E)</c>), as
        /// <c>HANDLES</c>, the class's name, a tab and the object's name, among the module's routes: a request whose code
        /// raises it gets the handler's response, which a test asserts on (see TST003). A status code is no class.
        /// </summary>
        private void NoteHandled(ExprNode handled, string owner)
        {
            if (handled is Name or Python.Syntax.Attribute && Qualified(_model, handled) is { } name && !name.Contains('\t', StringComparison.Ordinal)
                && !owner.Contains('\t', StringComparison.Ordinal))
            {
                _routes.Add("HANDLES " + name + "\t" + owner);
            }
        }

        /// <summary>
        /// Notes what an application or router built at module level is given to run around its requests (<c>app =
        /// FastAPI(dependencies=[Depends(f)], middleware=[Middleware(Cls)], exception_handlers={E: h}, on_startup=[f],
        /// lifespan=f)</c>), as <see cref="NoteHook"/> does.
        /// </summary>
        private void NoteConstructedHooks(Call made, string owner)
        {
            if (Qualified(_model, made.Func) is not { } maker || !s_hookedConstructs.Contains(maker))
            {
                return;
            }

            foreach (var keyword in made.Keywords)
            {
                if (keyword is { Arg: "exception_handlers", Value: Dict handlers })
                {
                    foreach (var key in handlers.Keys)
                    {
                        if (key is not null)
                        {
                            NoteHandled(key, owner);
                        }
                    }
                }

                ImmutableArray<ExprNode> given = keyword.Arg switch
                {
                    "dependencies" or "middleware" or "on_startup" or "on_shutdown" => ListedItems(keyword.Value),
                    "exception_handlers" when keyword.Value is Dict table => table.Values,
                    "lifespan" => [keyword.Value],
                    _ => [],
                };
                foreach (var item in given)
                {
                    var registered = item switch
                    {
                        Call depends when keyword.Arg == "dependencies" && IsDependency(depends) => DependencyName(depends, null),
                        Call { Args: [var middleware, ..] } wrapped when keyword.Arg == "middleware"
                            && Qualified(_model, wrapped.Func) is "starlette.middleware.Middleware" or "fastapi.middleware.Middleware" => NamedCallable(middleware),
                        Name or Python.Syntax.Attribute when keyword.Arg is not ("dependencies" or "middleware") => NamedCallable(item),
                        _ => null,
                    };
                    if (registered is not null)
                    {
                        NoteHook(registered, owner, keyword.Arg is "on_startup" or "on_shutdown" or "lifespan");
                    }
                }
            }
        }

        /// <summary>The words of a list of arguments, as a call target holds them: each literal, or the unknown word.</summary>
        private static string WordsOf(ReadOnlySpan<ExprNode> items)
        {
            var words = new string[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                words[i] = items[i] is Constant { Value: string word } && !word.Contains(UnitFacts.WordSeparator) && !word.Contains(UnitFacts.UnknownWord)
                    ? word
                    : UnitFacts.UnknownWord.ToString();
            }

            return string.Join(UnitFacts.WordSeparator, words);
        }

        /// <summary>
        /// Notes a run of a project module as a script in a subprocess, from the words of the command: the first word that
        /// names a module's file (<c>mod.__file__</c>, <c>str(Path(mod.__file__))</c>, a name holding one), else each
        /// module given to <c>-m</c>; the words after it are the script's arguments. The map keeps only the modules of
        /// the project (<c>-m coverage run FILE</c> runs FILE as a script: its file is found first).
        /// </summary>
        private void NoteScriptRun(ImmutableArray<ExprNode> command, bool completion)
        {
            var mode = completion ? UnitFacts.CompletionRun.ToString() : string.Empty;
            for (var i = 0; i < command.Length; i++)
            {
                if (ScriptModule(command[i]) is { } module)
                {
                    AddCall(UnitFacts.ScriptRunPrefix + module + ">" + mode + WordsOf(command.AsSpan()[(i + 1)..]));
                    return;
                }
            }

            for (var i = 0; i + 1 < command.Length; i++)
            {
                if (command[i] is Constant { Value: "-m" } && command[i + 1] is Constant { Value: string module } && module.Length > 0 && !module.Contains('>'))
                {
                    AddCall(UnitFacts.ScriptRunPrefix + module + ">" + mode + WordsOf(command.AsSpan()[(i + 2)..]));
                }
            }
        }

        /// <summary>
        /// Tells whether a subprocess runs in shell-completion mode: its <c>env=</c> is a dictionary written out with a key
        /// that ends in <c>_COMPLETE</c> (click's <c>_PROG_COMPLETE</c>, an f-string naming the program included).
        /// </summary>
        private static bool CompletesShell(Call call)
        {
            foreach (var keyword in call.Keywords)
            {
                if (keyword is not { Arg: "env", Value: Dict environment })
                {
                    continue;
                }

                foreach (var key in environment.Keys)
                {
                    var text = key switch
                    {
                        Constant { Value: string whole } => whole,
                        JoinedStr { Values: [.., Constant { Value: string tail }] } => tail,
                        _ => null,
                    };
                    if (text is not null && text.EndsWith("_COMPLETE", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The module whose file an expression names: <c>mod.__file__</c> for a module <c>mod</c>, through <c>str</c>,
        /// <c>Path</c> and the like, or a local name assigned one; for a name that holds a module the test is given (a
        /// fixture's <c>importlib.import_module(...)</c>), where that value comes from, for the map to read; <see langword="null"/> otherwise.
        /// </summary>
        private string? ScriptModule(ExprNode value) => value switch
        {
            Python.Syntax.Attribute { Attr: "__file__", Value: var module } => Qualified(_model, module) is { } name
                ? !name.StartsWith("builtins.", StringComparison.Ordinal) && !name.Contains('>') ? name : null
                : module is Name && Origin(module) is { } origin && !origin.Contains('>') ? origin : null,
            Call { Args: [var inner], Keywords.IsEmpty: true } made when Qualified(_model, made.Func) is { } function && s_sameFile.Contains(function) => ScriptModule(inner),
            Name local => _scriptFiles.GetValueOrDefault(local.Id),
            _ => null,
        };

        /// <summary>
        /// Notes what a module's <c>if __name__ == "__main__":</c> block calls (see <see cref="UnitFacts.ScriptEntryMarker"/>):
        /// each call statement's callee, what <c>typer.run</c> is given, and what <c>sys.exit(...)</c> or
        /// <c>raise SystemExit(...)</c> is given the result of.
        /// </summary>
        public void NoteScriptEntries(ImmutableArray<StmtNode> body)
        {
            foreach (var statement in body)
            {
                if (statement switch { Expr { Value: Call call } => call, Raise { Exc: Call call } => call, _ => null } is not { } called)
                {
                    continue;
                }

                // An object the module holds (`app = typer.Typer()`) is named by the module, as a runner's command is.
                var name = Qualified(_model, called.Func) ?? RouteObject(called.Func);
                while (name is "sys.exit" or "builtins.SystemExit" && called.Args is [Call result])
                {
                    called = result;
                    name = Qualified(_model, called.Func) ?? RouteObject(called.Func);
                }

                // `typer.run(main)` makes `main` the one command of an application: `~` marks it, since `--help` stops before it.
                var asCommand = name is "typer.run" or "typer.main.run";
                var entry = asCommand ? (called.Args.Length > 0 ? Qualified(_model, called.Args[0]) : null) : name;
                if (entry is not null && !entry.StartsWith("builtins.", StringComparison.Ordinal))
                {
                    _markers.Add(UnitFacts.ScriptEntryMarker + (asCommand ? "~" : string.Empty) + entry);
                }
            }
        }

        /// <summary>
        /// The words a command runner's <c>invoke</c> is given, separated by <see cref="UnitFacts.WordSeparator"/>: a list or
        /// tuple of literals (a word that is not a literal is <see cref="UnitFacts.UnknownWord"/>), or a string split at its
        /// spaces; empty for none; <see cref="UnitFacts.UnknownWord"/> alone when they are not written out.
        /// </summary>
        private static string CommandWords(ExprNode? words)
        {
            switch (words)
            {
                case null or Constant { Value: null }:
                    return string.Empty;
                case Constant { Value: string line }:
                    return string.Join(UnitFacts.WordSeparator, line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                case Python.Syntax.List or Python.Syntax.Tuple:
                    return WordsOf(words is Python.Syntax.List list ? list.Elts.AsSpan() : ((Python.Syntax.Tuple)words).Elts.AsSpan());

                default:
                    return UnitFacts.UnknownWord.ToString();
            }
        }

        /// <summary>
        /// Notes a command-line command registered on a group (<c>@cli.command()</c>, <c>@cli.group()</c> or, without a call,
        /// <c>@cli.command</c> on a click group,
        /// <c>@app.command()</c> on a Typer application, or <c>app.command()(main)</c>) or a Typer application's callback
        /// (<c>@app.callback()</c>), for the map to follow <c>runner.invoke(cli, [...])</c> to the command its arguments name.
        /// A command is <c>CLI-COMMAND NAME\tCALLBACK\tGROUP</c>, where <c>NAME</c> is the literal name given, <c>=FUNCTION</c>
        /// when the name comes from the function's, or <c>?</c> when it is not a literal; a callback is
        /// <c>CLI-CALLBACK RANK\tCALLBACK\tGROUP</c>, where the rank says which one Typer keeps when a group is given several:
        /// <c>1</c> for <c>Typer(callback=...)</c>, <c>2</c> for <c>@app.callback()</c> (the last one given). A Typer
        /// application made at module level is <c>CLI-TYPER -\tAPPLICATION</c>; a command registered without a call
        /// (<c>@cli.command</c>) is <c>CLI-BARE =FUNCTION\tCALLBACK\tGROUP</c>, a command of click groups only; and the
        /// name an application or a click command not yet registered is made with (<c>Typer(name="users")</c>,
        /// <c>@click.command("real")</c>) is <c>CLI-NAMED NAME\tOBJECT</c>.
        /// </summary>
        private void NoteCommand(Python.Syntax.Attribute registration, Call? registrar, string callback)
        {
            if (CommandOwner(registration.Value) is not { } group)
            {
                return;
            }

            if (registration.Attr == "callback")
            {
                _routes.Add("CLI-CALLBACK 2\t" + callback + "\t" + group);
                return;
            }

            if (registrar is null)
            {
                // Without a call: click registers the function (8.1 and later); Typer's `command` only returns its
                // decorator, so on a Typer application nothing is registered. Which one the group is, the map tells.
                _routes.Add("CLI-BARE " + CommandName(null, callback) + "\t" + callback + "\t" + group);
                return;
            }

            var given = registrar.Args.Length > 0 ? registrar.Args[0] : registrar.Keywords.FirstOrDefault(k => k.Arg == "name")?.Value;
            _routes.Add("CLI-COMMAND " + CommandName(given, callback) + "\t" + callback + "\t" + group);
        }

        /// <summary>
        /// Notes a command or application added to a group: click's <c>cli.add_command(cmd, name)</c> and Typer's
        /// <c>app.add_typer(users, name="users", callback=...)</c> (a Typer application added without a name lends its
        /// commands to the group, unless it was made with a name of its own: an empty <c>NAME</c>). The callback an
        /// inclusion gives, which Typer runs instead of the application's own when entered that way, follows:
        /// <c>CLI-COMMAND NAME\tAPPLICATION\tGROUP\tCALLBACK</c>.
        /// </summary>
        private void NoteIncludedCommand(Call call, string attribute, string group, string command)
        {
            var given = call.Keywords.FirstOrDefault(k => k.Arg == "name")?.Value ?? (attribute == "add_command" && call.Args.Length > 1 ? call.Args[1] : null);
            var name = attribute == "add_typer" && given is null or Constant { Value: null } ? string.Empty : CommandName(given, command);
            var callback = attribute == "add_typer" && call.Keywords.FirstOrDefault(k => k.Arg == "callback")?.Value is { } callbackGiven && RouteObject(callbackGiven) is { } function
                ? "\t" + function
                : string.Empty;
            _routes.Add("CLI-COMMAND " + name + "\t" + command + "\t" + group + callback);
        }

        /// <summary>Notes a Typer application made at module level, and what it is given: <c>typer.Typer(callback=main, name="users")</c>.</summary>
        private void NoteTyper(Call constructed, string application)
        {
            _routes.Add("CLI-TYPER -\t" + application);
            if (constructed.Keywords.FirstOrDefault(k => k.Arg == "callback")?.Value is { } callback && RouteObject(callback) is { } function)
            {
                _routes.Add("CLI-CALLBACK 1\t" + function + "\t" + application);
            }

            if (constructed.Keywords.FirstOrDefault(k => k.Arg == "name")?.Value is Constant { Value: string name })
            {
                _routes.Add("CLI-NAMED " + name + "\t" + application);
            }
        }

        /// <summary>A command's name: the literal given, <c>?</c> for another expression, <c>=NAME</c> (the last part of the command's qualified name) when none is given.</summary>
        private static string CommandName(ExprNode? given, string command) => given switch
        {
            null or Constant { Value: null } => "=" + command[(command.LastIndexOf('.') + 1)..],
            Constant { Value: string literal } when !literal.Contains('\t', StringComparison.Ordinal) => literal,
            _ => "?",
        };

        /// <summary>
        /// The qualified name of a group commands are registered on (<see cref="RouteObject"/>), except a module imported
        /// whole (<c>import click</c>: <c>@click.command()</c> makes a command, it registers none).
        /// </summary>
        private string? CommandOwner(ExprNode value) =>
            value is Name name && _model.ReferenceOf(name)?.Binding is { Kind: BindingKind.Import } ? null : RouteObject(value);

        /// <summary>
        /// Notes where the routes of a Starlette application or router built at module level are served: a <c>Route</c> in
        /// a <c>Mount("/users", routes=[...])</c> under the mount's path, a router mounted by name
        /// (<c>Mount("/users", app=users)</c>) as an inclusion (see <see cref="NoteRouting"/>), and what a <c>Host</c> serves
        /// nowhere, since which host a request names is not read. The routes themselves are recorded where their calls are
        /// walked, under the prefix and owner noted here (<c>?</c>: not placed).
        /// </summary>
        private void NoteRouteTree(ExprNode? value, string prefix, string? owner)
        {
            if (value is not Call call || Qualified(_model, call.Func) is not { } made || !s_routeConstructs.Contains(made)
                || !(_routeConstructs ??= new(ReferenceEqualityComparer.Instance)).Add(call))
            {
                return;
            }

            switch (made)
            {
                case "starlette.applications.Starlette" or "starlette.routing.Router" or "fastapi.FastAPI" or "fastapi.applications.FastAPI":
                    foreach (var route in RoutesOf(call, made.EndsWith(".Router", StringComparison.Ordinal)))
                    {
                        NoteRouteTree(route, prefix, owner);
                    }

                    break;
                case "starlette.routing.Route" or "starlette.routing.WebSocketRoute" or "fastapi.routing.APIRoute":
                    (_routeTree ??= new(ReferenceEqualityComparer.Instance))[call] = (prefix, owner);
                    break;
                case "starlette.routing.Mount" or "starlette.routing.Host":
                {
                    var at = call.Args.Length > 0 ? call.Args[0] : call.Keywords.FirstOrDefault(k => k.Arg is "path" or "host")?.Value;
                    var inner = made.EndsWith(".Host", StringComparison.Ordinal) || prefix == "?" || at is not Constant { Value: string path } ? "?" : JoinPath(prefix, path);
                    foreach (var route in RoutesOf(call, positional: false))
                    {
                        NoteRouteTree(route, inner, owner);
                    }

                    var app = call.Args.Length > 1 ? call.Args[1] : call.Keywords.FirstOrDefault(k => k.Arg == "app")?.Value;
                    if (app is Call)
                    {
                        NoteRouteTree(app, inner, owner);
                    }
                    else if (app is not null && RouteObject(app) is { } child)
                    {
                        _routes.Add("MOUNT " + inner + "\t" + child + "\t" + owner);
                    }

                    break;
                }
            }
        }

        /// <summary>
        /// Places the routes of a Starlette application, router, mount or host the walk meets outside a module-level
        /// assignment (built in a function, or compared in a test), once for the outermost such call: a route under a mount
        /// is served under the mount's path wherever the mount is.
        /// </summary>
        private void NoteRouteConstruct(Call call, string name)
        {
            if (s_routeConstructs.Contains(name) && _routeConstructs?.Contains(call) != true)
            {
                NoteRouteTree(call, string.Empty, null);
            }
        }

        /// <summary>The routes a Starlette application, router or mount is given as a list or tuple display (<c>routes=[...]</c>, or a router's first argument).</summary>
        private static ImmutableArray<ExprNode> RoutesOf(Call call, bool positional) =>
            ListedItems(call.Keywords.FirstOrDefault(k => k.Arg == "routes")?.Value ?? (positional && call.Args.Length > 0 ? call.Args[0] : null));

        /// <summary>The items of a list or tuple display; empty for anything else.</summary>
        private static ImmutableArray<ExprNode> ListedItems(ExprNode? value) =>
            value is Python.Syntax.List list ? list.Elts : value is Python.Syntax.Tuple tuple ? tuple.Elts : [];

        /// <summary>
        /// The object routes are registered on, as <c>\tQUALIFIED</c> when it is a name of a module (<c>app</c>,
        /// <c>router</c>, an imported blueprint), so that the map can place them under the prefixes it is included with;
        /// empty otherwise (an application made inside a function is a root).
        /// </summary>
        private string RouteOwner(ExprNode registeredOn) => RouteObject(registeredOn) is { } owner ? "\t" + owner : string.Empty;

        /// <summary>
        /// The qualified name of a router, blueprint, application or command-line group held by a name of a module: bound in this module
        /// (<c>MODULE.router</c>), imported, or read from an imported module (<c>items.router</c>); else <see langword="null"/>.
        /// </summary>
        private string? RouteObject(ExprNode value) => value switch
        {
            Name name when _model.ReferenceOf(name)?.Binding is { Scope.Kind: ScopeKind.Module } binding =>
                binding.Kind is BindingKind.Import or BindingKind.FromImport ? Qualified(_model, name) : _model.ModuleName + "." + name.Id,
            Python.Syntax.Attribute => Qualified(_model, value),
            _ => null,
        };

        /// <summary>Whether a call is given, as its first argument or <c>app=</c>, an application this module builds (see <see cref="IsLocalApp"/>).</summary>
        private bool ServesLocalApp(Call call) =>
            (call.Args.Length > 0 ? call.Args[0] : call.Keywords.FirstOrDefault(k => k.Arg == "app")?.Value) is { } app && IsLocalApp(app);

        /// <summary>
        /// Whether a value is a web application or router this module builds itself (<c>app = Starlette(routes=[...])</c>,
        /// <c>app = Flask(__name__)</c>, at module level or in the function): a test client made with it reaches that
        /// application's routes, not those of the modules the test imports. Such a client is <c>@localclient</c>, which
        /// the map does not follow to routes.
        /// </summary>
        private bool IsLocalApp(ExprNode value) =>
            value is Name name && _model.ReferenceOf(name)?.Binding is { Kind: BindingKind.Assignment, Node: Assign { Value: Call made } }
            && Qualified(_model, made.Func) is { } maker && s_localApps.Contains(maker);

        /// <summary>
        /// Whether a call makes a web test client (Starlette's, FastAPI's or Flask's, or <c>functools.partial</c> of one): the
        /// client runs the application's coroutines in an event loop of its own (Starlette's through its portal, Flask's
        /// async views through <c>async_to_sync</c>), so the async code a test reaches through it runs (marked
        /// <see cref="UnitFacts.WebClientMarker"/>).
        /// </summary>
        private bool MakesTestClient(string name, Call? call) =>
            s_testClients.Contains(name)
            || (name == "functools.partial" && call is { Args.Length: > 0 } && Qualified(_model, call.Args[0]) is { } made && s_testClients.Contains(made));

        private static bool OpensForWriting(Call call)
        {
            var mode = call.Args.Length > 1 ? call.Args[1] : call.Keywords.FirstOrDefault(k => k.Arg == "mode")?.Value;
            return mode is Constant { Value: string text } && text.IndexOfAny(['w', 'a', 'x', '+']) >= 0;
        }

        /// <summary>The positions, in the sorted <see cref="UnitFacts.Calls"/>, of the calls that match (kept as numbers, so that summaries stay small).</summary>
        private static List<int>? CallIndexes(List<string>? calls, Func<string, bool> matches)
        {
            List<int>? indexes = null;
            var index = 0;
            foreach (var call in calls.ItemsOrNone())
            {
                if (matches(call))
                {
                    (indexes ??= []).Add(index);
                }

                index++;
            }

            return indexes;
        }

        /// <summary>
        /// A set of strings read in ordinal order: the list of members answers membership while the scan adds (a hash set
        /// does once there are more than a few), and the order is made once, when the facts are (a sorted tree made a node
        /// for each string and a walk for each read).
        /// </summary>
        private sealed class OrdinalSet
        {
            /// <summary>Up to this many members are searched in the list; a hash set is made for a larger set.</summary>
            private const int ListedOnly = 8;

            private static readonly Comparison<string> s_ordinal = string.CompareOrdinal;

            private readonly List<string> _items = [];
            private HashSet<string>? _members;

            public int Count => _items.Count;

            public bool Add(string item)
            {
                if (Contains(item))
                {
                    return false;
                }

                _items.Add(item);
                if (_members is not null)
                {
                    _members.Add(item);
                }
                else if (_items.Count > ListedOnly)
                {
                    _members = new HashSet<string>(_items, StringComparer.Ordinal);
                }

                return true;
            }

            public void UnionWith(IEnumerable<string> items)
            {
                foreach (var item in items)
                {
                    Add(item);
                }
            }

            public bool Contains(string item)
            {
                if (_members is not null)
                {
                    return _members.Contains(item);
                }

                foreach (var member in _items)
                {
                    if (string.Equals(member, item, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            public void Clear()
            {
                _items.Clear();
                _members?.Clear();
            }

            /// <summary>
            /// Returns the members in ordinal order, or <see langword="null"/> when there are none. Each member is the
            /// first string of its text that the module's units hold (<paramref name="texts"/>): the facts of every unit
            /// stay alive while the test map is built, and a module's units repeat the same calls and names again and again.
            /// </summary>
            public List<string>? ToSortedList(HashSet<string> texts)
            {
                if (_items.Count == 0)
                {
                    return null;
                }

                // A comparison made once: sorting with a comparer object makes a delegate of its method on every call.
                var sorted = new List<string>(_items.Count);
                foreach (var item in _items)
                {
                    if (texts.TryGetValue(item, out var held))
                    {
                        sorted.Add(held);
                    }
                    else
                    {
                        texts.Add(item);
                        sorted.Add(item);
                    }
                }

                if (sorted.Count > 1)
                {
                    sorted.Sort(s_ordinal);
                }

                return sorted;
            }
        }
    }
}
