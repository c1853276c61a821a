using System.Globalization;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TestsWritten;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Analysis.Rules.EdgeCases;

/// <summary><c>TST004 edge-cases-untested</c>: a unit that takes inputs is tested with one shape of input only.</summary>
public sealed class EdgeCasesUntested : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TST004",
        Name: "edge-cases-untested",
        Category: ChecklistItem.EdgeCases,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a tested function or method that takes parameters when its tests (those that call
            it directly, else all that reach it) try a single shape of input: no `parametrize` table
            with two or more cases, and no call passing an edge value (an empty string, bytes or
            collection, zero, a negative number, `None`, or a number the unit compares against,
            such as 0 and 100 in `0 <= percent <= 100`; or a call passing no argument at all to a
            unit with a parameter that defaults to such a value, as `temp_dir=None`; for a command,
            a run that leaves out an option or argument defaulting to such a value, as
            `lastname: str = typer.Option("")` run with `["Camila"]`, or a run the test expects
            to fail, an input the command rejects). A unit every judged test reaches only through the
            web requests it sends (a route's handler, or code a request runs) is not judged: the
            inputs a request carries (its path, query string, body and headers) are not read. Only units
            that take plain data are judged: one whose parameters (its required ones, when it has
            any) are all callables, classes, objects of other classes (by their annotations, or
            parameters the body calls) or flags (`bool`, `bool | None`, or a `True`/`False`
            default: two values and no edge between them), or a decorator factory, has no edge
            value to try.

            ## Why is this bad?
            Bugs gather at the edges: empty input, zero, off-by-one boundaries. One example input
            proves the happy path and nothing about them.

            ## Example
            ```python
            def discount(price, percent):
                if not 0 <= percent <= 100:
                    raise ValueError(percent)
                return price * (100 - percent) / 100

            def test_discount():
                assert discount(200, 10) == 180
            ```

            Use instead:
            ```python
            @pytest.mark.parametrize("percent, expected", [(0, 200), (100, 0), (10, 180)])
            def test_discount(percent, expected):
                assert discount(200, percent) == expected
            ```
            """)
    {
        Status = RuleStatus.Preview,
    };

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => registry.OnProject(Check);

    private void Check(ProjectRuleContext context)
    {
        // Whether a test tries several shapes of input (two parametrized cases or more, an edge value), read once per test.
        var shapes = new Dictionary<MappedTest, bool>(ReferenceEqualityComparer.Instance);
        bool TriesShapes(MappedTest test)
        {
            if (!shapes.TryGetValue(test, out var tries))
            {
                var all = test.AllFacts;
                for (var i = 0; i < all.Count; i++)
                {
                    tries |= all[i].Cases >= 2 || all[i].EdgeValues;
                }

                shapes[test] = tries;
            }

            return tries;
        }

        // Whether a test runs a command line (a runner's `invoke`), read once per test.
        var runners = new Dictionary<MappedTest, bool>(ReferenceEqualityComparer.Instance);
        bool RunsCommands(MappedTest test)
        {
            if (!runners.TryGetValue(test, out var runs))
            {
                var all = test.AllFacts;
                for (var i = 0; i < all.Count && !runs; i++)
                {
                    runs = all[i].Calls?.Exists(c => c.Contains("#invoke>", StringComparison.Ordinal)) == true;
                }

                runners[test] = runs;
            }

            return runs;
        }

        var map = context.TestMap;

        // Whether every judged test reaches a unit through the web requests it sends: the way back from the unit (each
        // link's caller, then the caller's link for the same test) starts at a route's handler the test's requests reach,
        // or at what its application runs around requests, reached with the request (a possible link, not a call).
        bool OnlyThroughRequests(MappedUnit unit, IReadOnlyList<TestLink> links, int direct)
        {
            foreach (var link in links)
            {
                if (direct > 0 && !link.IsDirect)
                {
                    continue;
                }

                if (!TestRules.SendsRequests(map!, link.Test) || !TestRules.StartsAtRequest(map!, unit, link))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var (unit, links) in TestRules.JudgedUnits(context))
        {
            if (links.Count == 0 || unit.Facts.Kind == "class" || unit.Facts.Parameters is not { Count: > 0 } || unit.Facts.Decorators?.Contains("builtins.property") == true
                || unit.Facts.Has("no-data-inputs"))
            {
                continue;
            }

            // The framework makes the inputs of a dependency, middleware or hook it calls around requests: judged only when
            // a test surely runs it (calls it itself, say).
            if (TestRules.OnlyTheFrameworkRuns(map!, unit, links))
            {
                continue;
            }

            // The tests judged are those that call the unit directly, or all of its tests when none does.
            var boundaries = unit.Facts.Boundaries is { Count: > 0 } limits ? new HashSet<string>(limits, StringComparer.Ordinal) : null;
            var direct = 0;
            var coveredDirectly = false;
            var covered = false;
            // Each test with whether it calls the unit itself, without a link made per read (a widely called unit has
            // thousands of tests).
            var tests = map!.DirectnessOfTests(unit.QualifiedName);
            for (var i = 0; i < tests.Count; i++)
            {
                var (test, isDirect) = tests[i];
                var tries = TriesShapes(test) || (boundaries is not null && TriesBoundary(test, boundaries));
                covered |= tries;
                if (isDirect)
                {
                    direct++;
                    coveredDirectly |= tries;
                }
            }

            var judgedCount = direct > 0 ? direct : links.Count;
            if (direct > 0 ? coveredDirectly : covered)
            {
                continue;
            }

            if (unit.Facts.Has("edge-default") && links.Any(l => (direct == 0 || l.IsDirect) && map.BareCallees(l.Test).Any(u => u.QualifiedName == unit.QualifiedName)))
            {
                continue;
            }

            // A command run the test asserts failed tries an input the command rejects, and a run that leaves out a
            // parameter defaulting to an edge value (`lastname: str = typer.Option("")`, run as `["Camila"]`) tries that
            // value. Only tests that run commands are read so.
            var hasEdgeDefault = unit.Facts.Markers?.Exists(m => m.StartsWith(UnitFacts.CommandEdgeMarker, StringComparison.Ordinal)) == true;
            if (links.Any(l => (direct == 0 || l.IsDirect) && RunsCommands(l.Test)
                && map.CommandRuns(l.Test, unit).Any(run => run.ExpectedToFail || (hasEdgeDefault && LeavesEdgeDefault(unit.Facts, run.Words)))))
            {
                continue;
            }

            // A test that reaches the unit by sending web requests tries the inputs its requests carry (paths, query
            // strings, bodies, headers), which the map does not read: when every judged test does, nothing is known.
            if (OnlyThroughRequests(unit, links, direct))
            {
                continue;
            }

            var limitsText = boundaries is not null ? ", no boundary " + string.Join(" or ", boundaries.Order(StringComparer.Ordinal)) : string.Empty;
            TestRules.Report(context, Info, unit,
                $"`{TestRules.Short(unit)}` takes inputs, and its {TestRules.Count(judgedCount, "test")} {(judgedCount == 1 ? "tries" : "try")} one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None{limitsText})");
        }
    }

    /// <summary>
    /// Tells whether a command run with these words (those after the command's name) leaves a parameter that defaults to
    /// an edge value to its default: an option none of whose names the words give, or a positional argument past the
    /// positional words given. Words the command's options cannot explain (an option it does not declare, short options
    /// written together) leave the run unread.
    /// </summary>
    internal static bool LeavesEdgeDefault(UnitFacts facts, IReadOnlyList<string> words)
    {
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var valued = new HashSet<string>(StringComparer.Ordinal);
        var edgeOptions = new List<string[]>();
        var edgeArguments = new List<int>();
        foreach (var marker in facts.Markers ?? [])
        {
            if (marker.StartsWith(UnitFacts.CommandFlagMarker, StringComparison.Ordinal))
            {
                flags.UnionWith(marker[UnitFacts.CommandFlagMarker.Length..].Split('|'));
            }
            else if (marker.StartsWith(UnitFacts.CommandOptionMarker, StringComparison.Ordinal))
            {
                valued.UnionWith(marker[UnitFacts.CommandOptionMarker.Length..].Split('|'));
            }
            else if (marker.StartsWith(UnitFacts.CommandEdgeMarker + "#", StringComparison.Ordinal))
            {
                edgeArguments.Add(int.Parse(marker.AsSpan(UnitFacts.CommandEdgeMarker.Length + 1), CultureInfo.InvariantCulture));
            }
            else if (marker.StartsWith(UnitFacts.CommandEdgeMarker, StringComparison.Ordinal))
            {
                edgeOptions.Add(marker[UnitFacts.CommandEdgeMarker.Length..].Split('|'));
            }
        }

        // The positional words, and whether every word was understood.
        var positional = 0;
        var optionsEnded = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (optionsEnded || word.Length < 2 || word[0] != '-')
            {
                positional++;
                continue;
            }

            if (word == "--")
            {
                optionsEnded = true;
                continue;
            }

            var name = word.Contains('=', StringComparison.Ordinal) ? word[..word.IndexOf('=', StringComparison.Ordinal)] : word;
            if (flags.Contains(name) || (valued.Contains(name) && name.Length < word.Length))
            {
                continue;
            }

            if (valued.Contains(name))
            {
                i++;
                continue;
            }

            // An option the command does not declare, or short options written together (`-fn`): not read.
            return false;
        }

        foreach (var names in edgeOptions)
        {
            if (!words.Any(w => Array.Exists(names, n => w == n || w.StartsWith(n + "=", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return edgeArguments.Exists(position => position >= positional);
    }

    /// <summary>Tells whether a test (its body, setup or fixtures) passes a boundary constant the unit compares against.</summary>
    private static bool TriesBoundary(MappedTest test, HashSet<string> boundaries)
    {
        var all = test.AllFacts;
        for (var i = 0; i < all.Count; i++)
        {
            foreach (var number in all[i].Numbers ?? [])
            {
                if (boundaries.Contains(number))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
