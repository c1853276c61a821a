using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.ArchitecturePlan;

namespace ProdReady.Analysis.Tests.Rules.ArchitecturePlan;

public sealed class PlanWithoutSecurityTests
{
    [Fact]
    public void Reports_a_plan_that_does_not_address_security()
    {
        var (findings, _) = PlanHarness.Run(PlanInput.FromFile("Stream rows through a csv.writer in the export layer.\nScalability: memory stays constant.\nCells are written as they are."), changeMode: true, new PlanWithoutSecurity());
        var finding = Assert.Single(findings);
        Assert.Equal("PLN005", finding.Code);
        Assert.StartsWith("The plan in the plan file does not address security: say ", finding.Message, StringComparison.Ordinal);
        Assert.Contains("(words such as ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_a_complete_plan()
    {
        Assert.Empty(PlanHarness.Run(PlanInput.FromFile(PlanHarness.GoodPlan), changeMode: true, new PlanWithoutSecurity()).Findings);
    }

    [Fact]
    public void Reports_the_pull_request_body_by_name()
    {
        var body = "## Summary\nSome summary with design, scalability and security words.\n\n## Plan\nStream rows through a csv.writer in the export layer.\nScalability: memory stays constant.\nCells are written as they are.\n## Checklist\n- [x] tests";
        var (findings, _) = PlanHarness.Run(PlanInput.FromPullRequestBody(body), changeMode: true, new PlanWithoutSecurity());
        Assert.StartsWith("The plan in the pull request body does not address security", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_a_matching_word_only_outside_the_plan_section()
    {
        var body = "Security notes in the summary.\n## Plan\nStream rows through a csv.writer in the export layer.\nScalability: memory stays constant.\nCells are written as they are.";
        Assert.Single(PlanHarness.Run(PlanInput.FromPullRequestBody(body), changeMode: true, new PlanWithoutSecurity()).Findings);
    }
}
