using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.ArchitecturePlan;

namespace ProdReady.Analysis.Tests.Rules.ArchitecturePlan;

public sealed class PlanWithoutScalabilityTests
{
    [Fact]
    public void Reports_a_plan_that_does_not_address_scalability()
    {
        var (findings, _) = PlanHarness.Run(PlanInput.FromFile("Write rows through a csv.writer in the export layer.\nRows come from the database.\nSecurity: cells are escaped."), changeMode: true, new PlanWithoutScalability());
        var finding = Assert.Single(findings);
        Assert.Equal("PLN004", finding.Code);
        Assert.StartsWith("The plan in the plan file does not address scalability: say ", finding.Message, StringComparison.Ordinal);
        Assert.Contains("(words such as ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_a_complete_plan()
    {
        Assert.Empty(PlanHarness.Run(PlanInput.FromFile(PlanHarness.GoodPlan), changeMode: true, new PlanWithoutScalability()).Findings);
    }

    [Fact]
    public void Reports_the_pull_request_body_by_name()
    {
        var body = "## Summary\nSome summary with design, scalability and security words.\n\n## Plan\nWrite rows through a csv.writer in the export layer.\nRows come from the database.\nSecurity: cells are escaped.\n## Checklist\n- [x] tests";
        var (findings, _) = PlanHarness.Run(PlanInput.FromPullRequestBody(body), changeMode: true, new PlanWithoutScalability());
        Assert.StartsWith("The plan in the pull request body does not address scalability", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_a_matching_word_only_outside_the_plan_section()
    {
        var body = "Scalability notes in the summary.\n## Plan\nWrite rows through a csv.writer in the export layer.\nRows come from the database.\nSecurity: cells are escaped.";
        Assert.Single(PlanHarness.Run(PlanInput.FromPullRequestBody(body), changeMode: true, new PlanWithoutScalability()).Findings);
    }
}
