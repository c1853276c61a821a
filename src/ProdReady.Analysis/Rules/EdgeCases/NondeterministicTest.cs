using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TestsWritten;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Analysis.Rules.EdgeCases;

/// <summary><c>TST006 nondeterministic-test</c>: a test depends on unseeded randomness or the wall clock.</summary>
public sealed class NondeterministicTest : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TST006",
        Name: "nondeterministic-test",
        Category: ChecklistItem.EdgeCases,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a test whose assertion is decided by a value from unseeded `random` or `numpy.random`,
            `datetime.now()`/`utcnow()`, `date.today()`, `time.time()`, `uuid1()`/`uuid4()` or `os.urandom`,
            called in its body, setup, fixtures or helpers (in the test code), when nothing seeds or freezes it:
            `random.seed` (in the test, its setup, a fixture, a helper or at module level), a seeded
            `random.Random(...)` or `numpy.random.default_rng(seed)`, freezegun's `freeze_time`, time-machine's
            `travel`, a monkeypatch or `mock.patch` of the clock or the generator, or hypothesis's `@given`.
            When the project declares pytest-randomly, which reseeds `random` and numpy's global generator
            before every test (with a seed it reports, so a failure can be repeated), draws from those count as
            seeded; the clock, `uuid`, `os.urandom` and `numpy.random.default_rng()` do not.

            The value is followed in the order the statements run (a name assigned again holds the new value;
            a nested function's locals are its own, and a call of it gives what it returns) through the test's
            locals, the attributes its setup keeps, the values its fixtures return and the results of helpers of
            its module. It decides an assertion when it is compared for equality with a literal (`== 3`,
            `== "abc"`), or, for a date or time, checked alone (`assert not token.expired()`) or against `None`,
            `True` or `False`. A test that fails itself asserts too: `self.fail()`, `pytest.fail()` or
            `raise AssertionError` under `if value != 3:` is `assert value == 3`, and in the `except` clause of
            a `try` it checks alone what the calls of the `try` body are passed (a date that a parse rejects).
            It does not when it is used for something the test does not assert on (a temporary name, a log
            line), compared with another value derived from it (a round trip), compared by order or within a
            tolerance (an elapsed time, a deadline, a bound), reduced to its length or type, or shuffled (the
            test checks that order does not matter); a random value checked alone or against
            `None`/`True`/`False` is a property every value must have.

            ## Why is this bad?
            A test whose inputs change from run to run passes today and fails tomorrow; the failure
            cannot be reproduced and the suite loses its authority.

            ## Example
            ```python
            def test_expiry():
                token = issue_token(now=datetime.now())
                assert not token.expired()
            ```

            Use instead:
            ```python
            @freeze_time("2026-01-01")
            def test_expiry():
                token = issue_token(now=datetime.now())
                assert not token.expired()
            ```
            """)
    {
        Status = RuleStatus.Preview,
    };

    /// <summary>The plugin that reseeds the global generators before every test (its distribution's normalised name).</summary>
    private const string ReseedingPlugin = "pytest-randomly";

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => registry.OnProject(Check);

    private void Check(ProjectRuleContext context)
    {
        var map = context.TestMap;

        // pytest-randomly reseeds `random` and numpy's global generator before every test, with a seed it reports.
        var reseeded = context.Project.Dependencies?.Dependencies is { } declared
            && (declared.Runtime.Contains(ReseedingPlugin) || declared.Development.Contains(ReseedingPlugin));
        Func<string, bool> counts = reseeded ? source => !NondeterministicSources.IsGlobalRandom(source) : _ => true;
        var moduleSeeds = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var test in TestRules.JudgedTests(context))
        {
            if (!moduleSeeds.TryGetValue(test.Path, out var seeded))
            {
                seeded = context.Project.Index?.GetByPath(test.Path)?.Units?.Exists(u => u.Kind == "module" && u.Seeds) == true;
                moduleSeeds[test.Path] = seeded;
            }

            if (seeded || (test.Unit.Facts.Markers ?? []).Contains("given"))
            {
                // Seeded or frozen by the module; hypothesis seeds `random` itself.
                continue;
            }

            // Most tests read no non-deterministic value at all (in their own code or their helpers'): nothing to judge.
            var direct = map!.DirectCallees(test);
            if (!test.AllFacts.Any(f => f.Nondeterminism is { Count: > 0 }) && !direct.Any(u => u.Facts.Nondeterminism is { Count: > 0 } && context.Project.Tests.IsTestCode(u.Path)))
            {
                continue;
            }

            var callees = direct.Where(u => context.Project.Tests.IsTestCode(u.Path)).ToList();
            var facts = test.AllFacts.Concat(callees.Select(u => u.Facts)).ToList();
            if (facts.Exists(f => f.Seeds))
            {
                // Seeded or frozen by the test, its setup, a fixture or a helper.
                continue;
            }

            if (DecidingSource(test, callees, facts, counts) is not { } source)
            {
                continue;
            }

            var name = test.Unit.Facts.Name[(test.Unit.Facts.Name.LastIndexOf('.') + 1)..];
            TestRules.Report(context, Info, test.Unit,
                $"`{name}` asserts on a value from `{source}`, which nothing seeds or freezes (random.seed, freeze_time, a monkeypatched clock)");
        }
    }

    /// <summary>
    /// The first non-deterministic source whose value decides an assertion of the test: in its own body, setup, fixtures or
    /// helpers, or carried there by an attribute the setup keeps, a fixture's value or a helper's result. An entry that
    /// checks a value alone (<c>~LABEL</c>) is decided only by a clock reading; sources <paramref name="counts"/> rejects
    /// (seeded by the runner) decide nothing.
    /// </summary>
    private static string? DecidingSource(MappedTest test, List<MappedUnit> callees, List<UnitFacts> facts, Func<string, bool> counts)
    {
        var entries = facts.SelectMany(f => f.Nondeterminism ?? []).ToList();
        if (entries.Find(e => e.IndexOf('@', StringComparison.Ordinal) < 0 && !IsJoined(e) && counts(e)) is { } direct)
        {
            return direct;
        }

        if (!entries.Exists(IsJoined))
        {
            return null;
        }

        // What each label carries: an attribute kept by the setup, a fixture's value, a helper's result.
        var carried = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (fixture, unit) in test.Fixtures)
        {
            AddReturned(carried, "param:" + fixture, unit.Facts, counts);
        }

        foreach (var callee in callees)
        {
            AddReturned(carried, "call:" + callee.QualifiedName, callee.Facts, counts);
            if (callee.Facts.Kind == "method")
            {
                AddReturned(carried, "call:self." + TestRules.Last(callee.QualifiedName), callee.Facts, counts);
            }
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var entry in entries)
            {
                var at = entry.IndexOf('@', StringComparison.Ordinal);
                var sink = at < 0 ? string.Empty : entry[(at + 1)..];
                if (!sink.StartsWith("self.", StringComparison.Ordinal))
                {
                    continue;
                }

                var from = entry[..at];
                IEnumerable<string> sources = from.StartsWith("self.", StringComparison.Ordinal) ? carried.GetValueOrDefault(from) ?? [] : counts(from) ? [from] : [];
                foreach (var source in sources.ToList())
                {
                    changed |= Carry(carried, sink, source);
                }
            }
        }

        foreach (var entry in entries.Where(IsJoined))
        {
            var alone = entry[0] == '~';
            if (carried.GetValueOrDefault(entry[1..])?.FirstOrDefault(s => !alone || NondeterministicSources.IsClock(s)) is { } source)
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>Tells whether an entry names what another unit provides (<c>?LABEL</c>, or <c>~LABEL</c> for a value checked alone).</summary>
    private static bool IsJoined(string entry) => entry[0] is '?' or '~';

    private static bool Carry(Dictionary<string, SortedSet<string>> carried, string label, string source)
    {
        if (!carried.TryGetValue(label, out var sources))
        {
            carried[label] = sources = new SortedSet<string>(StringComparer.Ordinal);
        }

        return sources.Add(source);
    }

    private static void AddReturned(Dictionary<string, SortedSet<string>> carried, string label, UnitFacts facts, Func<string, bool> counts)
    {
        foreach (var returned in facts.Nondeterminism ?? [])
        {
            if (returned.EndsWith("@return", StringComparison.Ordinal) && !returned.StartsWith("self.", StringComparison.Ordinal)
                && returned[..returned.IndexOf('@', StringComparison.Ordinal)] is var source && counts(source))
            {
                Carry(carried, label, source);
            }
        }
    }
}
