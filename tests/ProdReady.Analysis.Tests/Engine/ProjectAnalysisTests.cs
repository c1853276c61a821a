using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Analysis.Tests.Rules.TestsWritten;
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

    [Fact]
    public void The_test_map_rules_report_the_same_on_one_thread_and_on_several()
    {
        using var tree = TestProject.Create()
            .File("shop/cart.py", "import random\n\n\nclass Cart:\n    def total(self, items):\n        if not items:\n            raise ValueError(items)\n        return sum(items)\n\n\ndef draw():\n    return random.random()\n\n\nasync def fetch(url):\n    return url\n\n\ndef untested(value):\n    return value\n")
            .File("tests/test_cart.py", "from shop.cart import Cart, draw, fetch\n\n\ndef test_total():\n    assert Cart().total([1, 2]) == 3\n\n\ndef test_draw():\n    assert draw() < 1\n\n\ndef test_fetch():\n    fetch(\"x\")\n");
        var rules = RuleCatalog.Active.Where(r => r.Info.Code.StartsWith("TST", StringComparison.Ordinal)).ToArray();
        string[] Check(int parallelism)
        {
            var files = TestMapFocusTests.Files(tree);
            var project = ProjectContextFactory.Create(tree.Root, new ProdReadyConfiguration(tree.Root), files);
            var input = new AnalysisInput { Files = [.. files.Select(f => SourceFile.FromDisk(f, tree.Path(f)))], Project = project, MaxDegreeOfParallelism = parallelism };
            return [.. new AnalysisEngine(rules).Analyze(input, Token).Diagnostics.Select(d => $"{d.Location?.Path}:{d.Location?.Line} {d.Code} {d.Message}")];
        }

        var one = Check(1);
        var several = Check(4);

        Assert.Equal(one, several);
        Assert.True(one.Select(line => line.Split(' ')[1]).Distinct().Count() >= 3, string.Join("\n", one));
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
