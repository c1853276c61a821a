using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Engine;

/// <summary>The project-level checks (the test map's rules) run side by side and report as if run one after another.</summary>
[Trait("Issue", "11")]
public sealed class ProjectAnalysisTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Runs_the_checks_side_by_side()
    {
        // Each check waits for the other at a barrier: they meet only when both are in flight at once.
        using var barrier = new Barrier(2);
        var met = new bool[2];
        var first = new ProjectProbe("TST990", (_, _) => met[0] = barrier.SignalAndWait(Patience, Token));
        var second = new ProjectProbe("TST991", (_, _) => met[1] = barrier.SignalAndWait(Patience, Token));

        Run([first, second], parallelism: 2);

        Assert.Equal([true, true], met);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Reports_in_the_order_of_the_checks_whichever_finishes_first(int parallelism)
    {
        // With two threads the first check reports only once the second has finished; the report keeps check order.
        using var secondDone = new ManualResetEventSlim();
        var first = new ProjectProbe("TST990", (context, rule) =>
        {
            secondDone.Wait(parallelism > 1 ? Patience : TimeSpan.Zero, Token);
            context.Report(rule, "a.py", 1, 1, 1, 1, "first check");
        });
        var second = new ProjectProbe("TST991", (context, rule) =>
        {
            context.Report(rule, "a.py", 1, 1, 1, 1, "second check");
            secondDone.Set();
        });

        var result = Run([first, second], parallelism);

        Assert.Equal(["TST990", "TST991"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Surfaces_the_first_failing_check_in_check_order()
    {
        using var secondFailed = new ManualResetEventSlim();
        var first = new ProjectProbe("TST990", (_, _) =>
        {
            secondFailed.Wait(Patience, Token);
            throw new FormatException("first");
        });
        var second = new ProjectProbe("TST991", (_, _) =>
        {
            secondFailed.Set();
            throw new FormatException("second");
        });

        var error = Assert.Throws<InvalidOperationException>(() => Run([first, second], parallelism: 2));

        Assert.Contains("Rule TST990 failed on the project: first", error.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void A_cancelled_check_surfaces_as_cancellation_not_as_a_rule_failure()
    {
        var probe = new ProjectProbe("TST990", (_, _) => throw new OperationCanceledException("stopped"));

        Assert.ThrowsAny<OperationCanceledException>(() => Run([probe], parallelism: 2));
    }

    [Fact]
    public void Counts_the_checklist_items_of_the_checks_that_ran()
    {
        var probe = new ProjectProbe("TST990", (_, _) => { });

        var result = Run([probe], parallelism: 2);

        Assert.Contains(ChecklistItem.TestsWritten, result.ComputedItems);
    }

    private static AnalysisResult Run(IReadOnlyList<Rule> rules, int parallelism) =>
        new AnalysisEngine(rules).Analyze(
            new AnalysisInput { Files = [SourceFile.FromText("a.py", "x = 1\n")], Project = ProjectContext.Default, MaxDegreeOfParallelism = parallelism },
            Token);

    private sealed class ProjectProbe(string code, Action<ProjectRuleContext, RuleInfo> check) : Rule
    {
        public override RuleInfo Info { get; } = new(code, "project-probe-" + code.ToLowerInvariant(), ChecklistItem.TestsWritten, Severity.Warning, "0.1.0", FixAvailability.None, "## What it does\nProbes the project checks.");

        public override void Register(RuleRegistration registry) => registry.OnProject(context => check(context, Info));
    }
}
