using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TestsWritten;
using ProdReady.Core.Diagnostics;

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
            Flags a test whose body, fixtures, setup or helpers (in the test code) call unseeded
            `random` or `numpy.random`, `datetime.now()`/`utcnow()`, `date.today()`, `time.time()`,
            `uuid1()`/`uuid4()` or `os.urandom`, when nothing in them seeds or freezes it:
            `random.seed`, a seeded `random.Random(...)` or `numpy.random.default_rng(seed)`,
            freezegun's `freeze_time`, time-machine's `travel`, or a monkeypatch or `mock.patch` of
            the clock or the generator.

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

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => registry.OnProject(Check);

    private void Check(ProjectRuleContext context)
    {
        var map = context.TestMap;
        foreach (var test in TestRules.JudgedTests(context))
        {
            var facts = test.AllFacts.ToList();
            facts.AddRange(map!.DirectCallees(test).Where(u => context.Project.Tests.IsTestCode(u.Path)).Select(u => u.Facts));
            var random = facts.SelectMany(f => f.Nondeterminism ?? []).FirstOrDefault();
            if (random is null || facts.Exists(f => f.Seeds))
            {
                continue;
            }

            var name = test.Unit.Facts.Name[(test.Unit.Facts.Name.LastIndexOf('.') + 1)..];
            TestRules.Report(context, Info, test.Unit,
                $"`{name}` depends on `{random}`, which nothing seeds or freezes (random.seed, freeze_time, a monkeypatched clock)");
        }
    }
}
