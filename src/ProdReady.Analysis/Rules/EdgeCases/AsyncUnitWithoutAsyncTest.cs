using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TestsWritten;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Analysis.Rules.EdgeCases;

/// <summary><c>TST007 async-unit-without-async-test</c>: an <c>async def</c> unit that no test awaits in an event loop.</summary>
public sealed class AsyncUnitWithoutAsyncTest : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TST007",
        Name: "async-unit-without-async-test",
        Category: ChecklistItem.EdgeCases,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a tested `async def` function or method when none of the tests that reach it is
            asynchronous: an `async def` test (pytest-asyncio's or anyio's marker, `asyncio_mode =
            "auto"`, `IsolatedAsyncioTestCase`), or a test that runs the coroutine in an event loop
            (`asyncio.run`, `loop.run_until_complete`, `anyio.run`). A test that sends requests with
            Starlette's, FastAPI's or Flask's test client (made in the test or by one of its fixtures,
            `functools.partial(TestClient, ...)` included, or held by the test module in a name it
            binds once) runs the application in the client's own
            event loop, and so the coroutines the application awaits.

            ## Known problems
            A test that makes a web test client counts as running every async unit it reaches, so a
            coroutine the same test calls itself without awaiting it is not reported.

            ## Why is this bad?
            Calling a coroutine function without awaiting it only creates a coroutine: the body
            never runs, and a synchronous test passes without testing anything.

            ## Example
            ```python
            async def fetch(client):
                return await client.get("/")

            def test_fetch():
                fetch(FakeClient())
            ```

            Use instead:
            ```python
            @pytest.mark.asyncio
            async def test_fetch():
                assert await fetch(FakeClient()) == "ok"
            ```
            """)
    {
        Status = RuleStatus.Preview,
    };

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => registry.OnProject(Check);

    private void Check(ProjectRuleContext context)
    {
        foreach (var (unit, links) in TestRules.JudgedUnits(context))
        {
            if (!unit.Facts.IsAsync || links.Count == 0)
            {
                continue;
            }

            // A web test client runs in its loop what the test reaches through it: a handler, an application handed to it
            // (often an `async def app` written in the test), what they call. Which coroutine reaches the client and which
            // one the test calls itself is not told apart: a test that makes a client counts for every unit it reaches.
            if (!links.Any(l => l.Test.Unit.Facts.IsAsync || l.Test.AllFacts.Any(f => f.RunsLoop || f.Has(UnitFacts.WebClientMarker))))
            {
                TestRules.Report(context, Info, unit,
                    $"`{TestRules.Short(unit)}` is async, and none of its {TestRules.Count(links.Count, "test")} is an async test or runs it in an event loop");
            }
        }
    }
}
