using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TestsWritten;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Analysis.Rules.EdgeCases;

/// <summary><c>TST003 failure-scenario-untested</c>: a unit raises an exception that none of its tests expects.</summary>
public sealed class FailureScenarioUntested : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TST003",
        Name: "failure-scenario-untested",
        Category: ChecklistItem.EdgeCases,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a tested unit that raises an exception (a `raise` in its body, or a class its
            docstring lists under `Raises:`) when none of the tests that reach it expects that class
            or one of its bases: `pytest.raises`, `assertRaises`/`assertRaisesRegex`, or a
            `pytest.raises` in a `parametrize` table. A command-line runner (click's or Typer's
            `CliRunner`) catches what the command raises: a test that asserts on the result's
            `exit_code`, `output` or `exception` expects click's usage failures (`ClickException`,
            `Abort`, `Exit` and their subclasses); a test that calls the unit itself and asserts on
            the result's `exception` expects what it raises; and `isinstance(result.exception, E)`
            expects `E`. A web framework turns an HTTP exception (FastAPI's and Starlette's
            `HTTPException`, `RequestValidationError`, Werkzeug's HTTP exceptions, and any class the
            project's application registers an exception handler for, `Exception` aside, or a
            dependency with `yield` the unit declares catches around its `yield` without raising it
            again) into a response: a test that reaches the unit through the requests it sends
            through a web test client, and asserts on them, checks those. A
            dependency, middleware or hook the framework calls around requests is judged only when a
            test surely runs it.

            ## Why is this bad?
            The failure path is where input validation, error messages and cleanup live. A suite
            that only walks the happy path lets them break silently.

            ## Example
            ```python
            def withdraw(balance, amount):
                if amount > balance:
                    raise ValueError("insufficient funds")
                return balance - amount

            def test_withdraw():
                assert withdraw(10, 3) == 7
            ```

            Use instead:
            ```python
            def test_withdraw_more_than_balance_fails():
                with pytest.raises(ValueError):
                    withdraw(1, 3)
            ```
            """)
    {
        Status = RuleStatus.Preview,
    };

    private static readonly FrozenSet<string> s_commandFailures = FrozenSet.ToFrozenSet(
        ["click.exceptions.ClickException", "click.exceptions.Abort", "click.exceptions.Exit", "click.ClickException", "click.Abort", "click.exceptions.UsageError", "click.UsageError", "click.BadParameter", "click.exceptions.BadParameter", "typer.Exit", "typer.Abort",
            "typer.BadParameter", "typer._click.exceptions.ClickException", "typer._click.exceptions.Abort", "typer._click.exceptions.Exit",
            "typer._click.exceptions.UsageError", "typer._click.exceptions.BadParameter"],
        StringComparer.Ordinal);

    /// <summary>
    /// click's and Typer's <c>Exit</c>: how a command ends early, with exit code 0 unless given another. A test that runs
    /// the command with a runner and asserts on the run checks it, whatever it reads of the result.
    /// </summary>
    private static readonly FrozenSet<string> s_commandExits = FrozenSet.ToFrozenSet(["click.exceptions.Exit", "typer.Exit", "typer._click.exceptions.Exit"], StringComparer.Ordinal);

    /// <summary>
    /// The exceptions a web framework turns into a response (a status code and a body) instead of letting them surface: a
    /// test that sends requests through a web test client and asserts on what it gets back checks them.
    /// </summary>
    private static readonly FrozenSet<string> s_httpFailures = FrozenSet.ToFrozenSet(
        ["fastapi.HTTPException", "fastapi.exceptions.HTTPException", "fastapi.exceptions.RequestValidationError", "fastapi.WebSocketException",
            "fastapi.exceptions.WebSocketException", "starlette.exceptions.HTTPException", "starlette.exceptions.WebSocketException",
            "werkzeug.exceptions.HTTPException"],
        StringComparer.Ordinal);

    /// <summary>What most tests check: no exception expected, no runner's result read (shared, never changed).</summary>
    private static readonly TestChecks s_nothingChecked = new([], CommandOutcome.None);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => registry.OnProject(Check);

    private void Check(ProjectRuleContext context)
    {
        var map = context.TestMap;
        // What a test expects and checks is the same for every unit it reaches: read once per test.
        var checks = new Dictionary<MappedTest, TestChecks>(ReferenceEqualityComparer.Instance);
        TestChecks ChecksOf(MappedTest test)
        {
            if (!checks.TryGetValue(test, out var known))
            {
                List<string>? expects = null;
                var asserts = false;
                var all = test.AllFacts;
                for (var i = 0; i < all.Count; i++)
                {
                    asserts |= all[i].Asserts;
                    foreach (var listed in all[i].Expects ?? [])
                    {
                        (expects ??= []).AddRange(map!.ExpectedClasses(test, listed));
                    }
                }

                var outcome = asserts ? map!.CommandOutcomeChecked(test) : CommandOutcome.None;
                known = expects is null && outcome == CommandOutcome.None ? s_nothingChecked : new TestChecks(expects ?? (IReadOnlyList<string>)[], outcome);
                checks[test] = known;
            }

            return known;
        }

        foreach (var (unit, links) in TestRules.JudgedUnits(context))
        {
            if (links.Count == 0 || unit.Facts.Raises is not { } raises)
            {
                continue;
            }

            // A dependency, middleware or hook the framework calls around requests fails into a response: a test that only
            // sends requests says nothing of whether it checked that response. Judged only when a test surely runs it.
            if (TestRules.OnlyTheFrameworkRuns(map!, unit, links))
            {
                continue;
            }

            // Most tests expect nothing: the unit's tests are read without their links, and each test's checks once.
            var expected = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var test in map!.TestsReaching(unit.QualifiedName))
            {
                foreach (var exception in ChecksOf(test).Expects)
                {
                    if (seen.Add(exception))
                    {
                        expected.Add(exception);
                    }
                }
            }

            CommandOutcome? outcome = null;
            bool? caughtDirectly = null;
            foreach (var raised in raises)
            {
                if (raised is "builtins.NotImplementedError" or "builtins.StopIteration" or "builtins.StopAsyncIteration" or "builtins.GeneratorExit" or "builtins.KeyboardInterrupt")
                {
                    continue;
                }

                if (expected.Exists(e => map!.IsSubclassOf(raised, e)))
                {
                    continue;
                }

                if ((IsHttpFailure(map!, raised) || map!.IsHandledByApplication(raised) || HandledByDependency(map!, unit, raised))
                    && links.Any(l => SendsRequestsAndAsserts(map!, l.Test) && TestRules.StartsAtRequest(map!, unit, l)))
                {
                    continue;
                }

                // A command-line runner catches what the command raises and turns click's usage failures into an
                // exit code and a message: a test asserting on the result checks those. Other exceptions count when
                // a test that calls the unit itself asserts on the caught exception, or names them (isinstance).
                caughtDirectly ??= links.Any(l => l.IsDirect && ChecksOf(l.Test).Outcome.HasFlag(CommandOutcome.Exception));
                outcome ??= links.Aggregate(CommandOutcome.None, (all, l) => all | ChecksOf(l.Test).Outcome);
                if (caughtDirectly.Value || ((outcome.Value & ~CommandOutcome.Ran) != CommandOutcome.None && s_commandFailures.Any(f => map!.IsSubclassOf(raised, f)))
                    || (outcome.Value.HasFlag(CommandOutcome.Ran) && s_commandExits.Any(f => map!.IsSubclassOf(raised, f))))
                {
                    continue;
                }

                TestRules.Report(context, Info, unit,
                    $"`{TestRules.Short(unit)}` raises {TestRules.Last(raised)}, and none of its {TestRules.Count(links.Count, "test")} expects it (pytest.raises, assertRaises)");
                break;
            }
        }
    }

    /// <summary>Whether an exception is one a web framework answers with a response (see <see cref="s_httpFailures"/>), Werkzeug's included.</summary>
    private static bool IsHttpFailure(TestMap map, string raised) =>
        raised.StartsWith("werkzeug.exceptions.", StringComparison.Ordinal) || s_httpFailures.Any(f => map.IsSubclassOf(raised, f));

    /// <summary>
    /// Whether a FastAPI dependency the unit declares catches the class around its <c>yield</c> (see
    /// <see cref="UnitFacts.CatchesAroundYieldMarker"/>): FastAPI raises what the path operation raised there, and the
    /// dependency answers it.
    /// </summary>
    private static bool HandledByDependency(TestMap map, MappedUnit unit, string raised)
    {
        foreach (var marker in unit.Facts.Markers ?? [])
        {
            if (marker.StartsWith(UnitFacts.DependsMarker, StringComparison.Ordinal)
                && map.Resolve(marker[UnitFacts.DependsMarker.Length..]) is { Facts.Markers: { } caught }
                && caught.Exists(c => c.StartsWith(UnitFacts.CatchesAroundYieldMarker, StringComparison.Ordinal)
                    && map.IsSubclassOf(raised, c[UnitFacts.CatchesAroundYieldMarker.Length..])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a test (its fixtures and helpers included) sends requests through a web test client and asserts.</summary>
    private static bool SendsRequestsAndAsserts(TestMap map, MappedTest test) => TestRules.SendsRequests(map, test) && test.AllFacts.Any(f => f.Asserts);

    /// <summary>What a test expects to be raised, and what it checks of a command-line runner's result when it asserts at all.</summary>
    private sealed record TestChecks(IReadOnlyList<string> Expects, CommandOutcome Outcome);
}
