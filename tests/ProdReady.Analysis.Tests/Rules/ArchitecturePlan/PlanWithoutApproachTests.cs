using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.ArchitecturePlan;

namespace ProdReady.Analysis.Tests.Rules.ArchitecturePlan;

public sealed class PlanWithoutApproachTests
{
    [Fact]
    public void Reports_a_plan_that_does_not_state_the_design_approach()
    {
        var (findings, _) = PlanHarness.Run(PlanInput.FromFile("Handle the export\nScalability: memory stays constant.\nSecurity: cells are escaped."), changeMode: true, new PlanWithoutApproach());
        var finding = Assert.Single(findings);
        Assert.Equal("PLN003", finding.Code);
        Assert.StartsWith("The plan in the plan file does not state the design approach: say ", finding.Message, StringComparison.Ordinal);
        Assert.Contains("(words such as ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_a_complete_plan()
    {
        Assert.Empty(PlanHarness.Run(PlanInput.FromFile(PlanHarness.GoodPlan), changeMode: true, new PlanWithoutApproach()).Findings);
    }

    [Fact]
    public void Reports_the_pull_request_body_by_name()
    {
        var body = "## Summary\nSome summary with design, scalability and security words.\n\n## Plan\nHandle the export\nScalability: memory stays constant.\nSecurity: cells are escaped.\n## Checklist\n- [x] tests";
        var (findings, _) = PlanHarness.Run(PlanInput.FromPullRequestBody(body), changeMode: true, new PlanWithoutApproach());
        Assert.StartsWith("The plan in the pull request body does not state the design approach", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_a_matching_word_only_outside_the_plan_section()
    {
        var body = "Design notes in the summary.\n## Plan\nHandle the export\nScalability: memory stays constant.\nSecurity: cells are escaped.";
        Assert.Single(PlanHarness.Run(PlanInput.FromPullRequestBody(body), changeMode: true, new PlanWithoutApproach()).Findings);
    }
}
