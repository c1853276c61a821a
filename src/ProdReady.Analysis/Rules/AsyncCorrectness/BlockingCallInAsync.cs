using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.AsyncCorrectness;

/// <summary><c>ASY001 blocking-call-in-async</c>: a blocking call inside an <c>async def</c>.</summary>
public sealed class BlockingCallInAsync : Rule
{
    private const string HttpAlternative = "use an async client (httpx.AsyncClient, aiohttp)";
    private const string ProcessAlternative = "use asyncio.create_subprocess_exec (or asyncio.to_thread)";
    private const string FileAlternative = "use asyncio.to_thread (or aiofiles / anyio.Path)";
    private const string DatabaseAlternative = "use an async driver (aiosqlite, asyncpg, psycopg's AsyncConnection, aiomysql) or asyncio.to_thread";
    private const string SocketAlternative = "use loop.getaddrinfo / asyncio.open_connection";

    private static readonly FrozenDictionary<string, string> s_blocking = Build();

    private static readonly FrozenSet<string> s_pathClasses = new[]
    {
        "pathlib.Path", "pathlib.PosixPath", "pathlib.WindowsPath",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_pathMethods = new[]
    {
        "open", "read_text", "read_bytes", "write_text", "write_bytes", "touch", "unlink", "mkdir", "rmdir", "iterdir", "glob", "rglob",
        "rename", "replace", "chmod",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_socketMethods = new[]
    {
        "recv", "recv_into", "recvfrom", "send", "sendall", "sendto", "accept", "connect", "makefile",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "ASY001",
        Name: "blocking-call-in-async",
        Category: ChecklistItem.AsyncCorrectness,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a blocking call made directly in the body of an `async def` (not in a plain
            function or lambda nested in it), resolved through imports and aliases, and names the
            async alternative:
            - `time.sleep` (use `asyncio.sleep`);
            - synchronous HTTP: `requests` (`get`, `post`, ..., `request`), `urllib.request.urlopen`,
              httpx's module-level functions and `httpx.Client`, `urllib3.request` and `PoolManager`;
            - processes: `subprocess` (`run`, `call`, `check_call`, `check_output`, `Popen`,
              `getoutput`, `getstatusoutput`), `os.system`, `os.popen`, `os.wait`, `os.waitpid`,
              `os.wait3`, `os.wait4`, `os.spawn*`;
            - files: the built-in `open()` and `io.open`, and the I/O methods of a `pathlib.Path`
              the model can see created (`Path(...).read_text()`, or a name bound to `Path(...)`);
            - sockets: `socket.create_connection`, `getaddrinfo`, `gethostbyname`,
              `gethostbyaddr`, and `recv` / `send` / `accept` / `connect` on a name bound to
              `socket.socket(...)`;
            - `input()`;
            - synchronous database drivers: `sqlite3.connect`, `psycopg2.connect`, `pymysql.connect`,
              `MySQLdb.connect`, `mysql.connector.connect`, `pyodbc.connect`, `cx_Oracle.connect`,
              `oracledb.connect`.

            A call passed to `asyncio.to_thread` or `loop.run_in_executor` is not a call made in the
            coroutine and is not flagged. Test code is checked too: a blocking call in an async test
            stalls every other task of its loop.

            ## Why is this bad?
            An event loop runs one callback at a time. A blocking call inside a coroutine stops the
            whole loop until it returns: every other request, timer and connection of the process
            waits, and timeouts fire for work that was never scheduled.

            ## Example
            ```python
            async def fetch_user(user_id):
                response = requests.get(f"{API}/users/{user_id}", timeout=5)
                return response.json()
            ```

            Use instead:
            ```python
            async def fetch_user(client: httpx.AsyncClient, user_id):
                response = await client.get(f"{API}/users/{user_id}", timeout=5)
                return response.json()
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Call>(Check);
    }

    private void Check(Call call, RuleContext context)
    {
        if (ConcurrencyFacts.EnclosingCoroutine(context.Ancestors) is null || context.Semantic is not { } model)
        {
            return;
        }

        if (model.QualifiedNameOf(call.Func) is { } name)
        {
            if (s_blocking.TryGetValue(name, out var alternative))
            {
                context.Report(Info, call.Func.Span, $"Blocking call '{Shown(name)}' inside 'async def' stalls the event loop: {alternative}");
            }

            return;
        }

        if (call.Func is not Python.Syntax.Attribute { Value: var receiver, Attr: var method })
        {
            return;
        }

        if (s_pathMethods.Contains(method) && ConcurrencyFacts.ValueOf(receiver, model, context.Ancestors) is Call { Func: var creator }
            && model.QualifiedNameOf(creator) is { } type && s_pathClasses.Contains(type))
        {
            context.Report(Info, call.Func.Span, $"Blocking file call 'Path.{method}' inside 'async def' stalls the event loop: {FileAlternative}");
        }
        else if (s_socketMethods.Contains(method) && receiver is Name && ConcurrencyFacts.ValueOf(receiver, model, context.Ancestors) is Call { Func: var factory }
            && model.Matches(factory, "socket.socket"))
        {
            context.Report(Info, call.Func.Span, $"Blocking socket call '.{method}' inside 'async def' stalls the event loop: use asyncio streams (asyncio.open_connection) or loop.sock_{method}");
        }
    }

    private static string Shown(string qualified) => qualified.StartsWith("builtins.", StringComparison.Ordinal) ? qualified["builtins.".Length..] : qualified;

    private static FrozenDictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["time.sleep"] = "use await asyncio.sleep",
            ["urllib.request.urlopen"] = HttpAlternative,
            ["httpx.Client"] = "use httpx.AsyncClient",
            ["urllib3.request"] = HttpAlternative,
            ["urllib3.PoolManager"] = HttpAlternative,
            ["os.system"] = ProcessAlternative,
            ["os.popen"] = ProcessAlternative,
            ["os.wait"] = ProcessAlternative,
            ["os.waitpid"] = ProcessAlternative,
            ["os.wait3"] = ProcessAlternative,
            ["os.wait4"] = ProcessAlternative,
            ["builtins.open"] = FileAlternative,
            ["io.open"] = FileAlternative,
            ["builtins.input"] = "use await asyncio.to_thread(input, ...)",
            ["socket.create_connection"] = SocketAlternative,
            ["socket.getaddrinfo"] = SocketAlternative,
            ["socket.gethostbyname"] = SocketAlternative,
            ["socket.gethostbyaddr"] = SocketAlternative,
        };
        foreach (var verb in new[] { "get", "post", "put", "patch", "delete", "head", "options", "request" })
        {
            table["requests." + verb] = HttpAlternative;
            table["requests.api." + verb] = HttpAlternative;
            table["httpx." + verb] = "use httpx.AsyncClient";
        }

        table["httpx.stream"] = "use httpx.AsyncClient";
        foreach (var function in new[] { "run", "call", "check_call", "check_output", "Popen", "getoutput", "getstatusoutput" })
        {
            table["subprocess." + function] = ProcessAlternative;
        }

        foreach (var function in new[] { "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe" })
        {
            table["os." + function] = ProcessAlternative;
        }

        foreach (var driver in new[] { "sqlite3.connect", "psycopg2.connect", "pymysql.connect", "MySQLdb.connect", "mysql.connector.connect", "pyodbc.connect", "cx_Oracle.connect", "oracledb.connect" })
        {
            table[driver] = DatabaseAlternative;
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
