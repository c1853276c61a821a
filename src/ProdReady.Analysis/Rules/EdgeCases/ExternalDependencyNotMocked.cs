using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TestsWritten;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Analysis.Rules.EdgeCases;

/// <summary><c>TST005 external-dependency-not-mocked</c>: a unit talks to the outside world and none of its tests replaces that.</summary>
public sealed class ExternalDependencyNotMocked : Rule
{
    private const int MaxDepth = 4;
    private const int MaxUnits = 200;

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TST005",
        Name: "external-dependency-not-mocked",
        Category: ChecklistItem.EdgeCases,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a tested unit that, itself or through project code it calls (up to four calls
            deep), talks to the network (`requests`, `httpx`, `urllib`, sockets), a database
            (`sqlite3.connect`, `psycopg`, `redis`...), a subprocess (`subprocess.run`, `os.system`),
            the clock (`time.sleep`, `asyncio.sleep`) or writes files (`open(..., "w")`, `os.remove`,
            `shutil.rmtree`...), when none of its tests replaces that: a `monkeypatch.setattr`,
            `mock.patch` or `mocker.patch` of the call or of a unit on the path, `responses`, `respx`,
            `requests-mock`, `httpx.MockTransport`, `aioresponses`, or `tmp_path`, `tempfile` or an
            isolated filesystem for files and for SQLite, whose database is a file.

            ## Why is this bad?
            Tests that reach the real network, database or clock are slow, flaky and can damage
            real data; they also fail for reasons unrelated to the code under test.

            ## Example
            ```python
            def fetch_rate(currency):
                return requests.get(f"https://rates.example/{currency}", timeout=5).json()

            def test_fetch_rate():
                assert fetch_rate("EUR")["currency"] == "EUR"
            ```

            Use instead:
            ```python
            def test_fetch_rate(monkeypatch):
                monkeypatch.setattr(requests, "get", lambda url, timeout: FakeResponse({"currency": "EUR"}))
                assert fetch_rate("EUR")["currency"] == "EUR"
            ```

            ## Known problems
            A fake passed in as an argument is not recognised by its shape; calls through such
            arguments are not counted as external calls either. What runs only in a branch that
            tests the platform (`sys.platform`, `os.name`, `platform.system()`) is left out: whether
            the suite reaches it depends on where it runs.
            """)
    {
        Status = RuleStatus.Preview,
    };

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => registry.OnProject(Check);

    private void Check(ProjectRuleContext context)
    {
        var map = context.TestMap;
        if (map is null)
        {
            return;
        }

        // What each test replaces, read once per test (most replace nothing).
        var replacing = new Dictionary<MappedTest, (bool TemporaryFolder, string[] Mocks)>(ReferenceEqualityComparer.Instance);
        (bool TemporaryFolder, string[] Mocks) ReplacementsOf(MappedTest test)
        {
            if (!replacing.TryGetValue(test, out var known))
            {
                known = (TestRules.UsesTemporaryFolder(test), [.. test.AllFacts.SelectMany(f => f.Mocks ?? [])]);
                replacing[test] = known;
            }

            return known;
        }

        foreach (var (unit, links) in TestRules.JudgedUnits(context))
        {
            if (links.Count == 0 || unit.Facts.Kind == "class")
            {
                continue;
            }

            var tests = map.TestsReaching(unit.QualifiedName);
            foreach (var (effect, path) in Effects(map, unit))
            {
                var colon = effect.IndexOf(':', StringComparison.Ordinal);
                var kind = effect[..colon];
                var call = effect[(colon + 1)..];
                if (!tests.Any(test => Replaces(ReplacementsOf(test), kind, call, path)))
                {
                    var through = path.Count > 1 ? $" through `{path[^1]}`" : string.Empty;
                    TestRules.Report(context, Info, unit,
                        $"`{TestRules.Short(unit)}` calls `{call}` ({kind}){through}, and none of its {TestRules.Count(links.Count, "test")} replaces it (monkeypatch, mock.patch, a mocking library{(kind == "files" ? ", tmp_path" : string.Empty)})");
                    break;
                }
            }
        }
    }

    /// <summary>The external calls of a unit and of the project code it calls, each with the units on the way.</summary>
    private static List<(string Effect, List<string> Path)> Effects(TestMap map, MappedUnit unit)
    {
        var effects = new List<(string, List<string>)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { unit.QualifiedName };
        var pending = new Queue<(MappedUnit Unit, List<string> Path)>();
        pending.Enqueue((unit, [unit.QualifiedName]));
        while (pending.Count > 0 && seen.Count < MaxUnits)
        {
            var (current, path) = pending.Dequeue();
            foreach (var effect in current.Facts.Effects ?? [])
            {
                effects.Add((effect, path));
            }

            if (path.Count > MaxDepth)
            {
                continue;
            }

            foreach (var callee in map.Callees(current, everywhereOnly: true))
            {
                if (seen.Add(callee.QualifiedName))
                {
                    pending.Enqueue((callee, [.. path, callee.QualifiedName]));
                }
            }
        }

        return effects;
    }

    private static bool Replaces((bool TemporaryFolder, string[] Mocks) test, string kind, string call, List<string> path)
    {
        // An SQLite database is a file: a test that gives the code a temporary folder or file gives it a throw-away one.
        var sqlite = kind == "database" && call.StartsWith("sqlite3.", StringComparison.Ordinal);
        if ((kind == "files" || sqlite) && test.TemporaryFolder)
        {
            return true;
        }

        if (test.Mocks.Length == 0)
        {
            return false;
        }

        var last = TestRules.Last(call);
        var module = call.Split('.')[0];
        foreach (var mock in test.Mocks)
        {
            if (mock == "tool:" + kind || (sqlite && mock == "tool:files"))
            {
                return true;
            }

            if (!mock.StartsWith("patch:", StringComparison.Ordinal))
            {
                continue;
            }

            var target = mock["patch:".Length..];
            if (target == call || call.StartsWith(target + ".", StringComparison.Ordinal) || target.EndsWith("." + call, StringComparison.Ordinal)
                || target.EndsWith("." + last, StringComparison.Ordinal) || target.EndsWith("." + module, StringComparison.Ordinal) || target == module
                || path.Any(u => u == target || u.StartsWith(target + ".", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
