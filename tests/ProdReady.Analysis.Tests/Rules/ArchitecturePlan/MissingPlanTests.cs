using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.ArchitecturePlan;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.ArchitecturePlan;

public sealed class MissingPlanTests
{
    [Fact]
    public void Reports_a_change_without_any_plan()
    {
        var (findings, computed) = PlanHarness.Run(null, changeMode: true);
        var finding = Assert.Single(findings);
        Assert.Equal("PLN001", finding.Code);
        Assert.Null(finding.Location);
        Assert.Contains("no plan file, pull request body or commit message body", finding.Message, StringComparison.Ordinal);
        Assert.Contains(ChecklistItem.ArchitecturePlan, computed);
    }

    [Fact]
    public void Reports_commit_messages_without_bodies()
    {
        var plan = PlanInput.FromCommitMessages(["Fix typo", "Add export\n\n"]);
        var finding = Assert.Single(PlanHarness.Run(plan, changeMode: true).Findings);
        Assert.Equal("PLN001", finding.Code);
        Assert.Contains("no commit message of the change has a body", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_empty_plan_file_even_outside_a_change()
    {
        var plan = PlanInput.FromFile("\n  \n<!-- template -->\n# Plan\n");
        Assert.Equal(["PLN001"], PlanHarness.Codes(plan, changeMode: false));
    }

    [Fact]
    public void Ignores_a_whole_tree_run_without_plan_and_says_not_computed()
    {
        var (findings, computed) = PlanHarness.Run(null, changeMode: false);
        Assert.Empty(findings);
        Assert.DoesNotContain(ChecklistItem.ArchitecturePlan, computed);
    }

    [Fact]
    public void Ignores_a_change_with_a_plan()
    {
        var (findings, _) = PlanHarness.Run(PlanInput.FromFile(PlanHarness.GoodPlan), changeMode: true, new MissingPlan());
        Assert.Empty(findings);
    }
}
