using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.ArchitecturePlan;

namespace ProdReady.Analysis.Tests.Rules.ArchitecturePlan;

public sealed class PlanLengthTests
{
    [Theory]
    [InlineData(1, "has 1 line; a plan is 3 to 5 lines: add lines for what is missing.")]
    [InlineData(2, "has 2 lines; a plan is 3 to 5 lines: add lines for what is missing.")]
    [InlineData(6, "has 6 lines; a plan is 3 to 5 lines: keep the plan to 5 lines and move details after a blank line.")]
    public void Reports_plans_outside_three_to_five_lines(int count, string expected)
    {
        var text = string.Join('\n', Enumerable.Range(1, count).Select(i => $"Line {i} of the design, scalability and security."));
        var (findings, _) = PlanHarness.Run(PlanInput.FromFile(text), changeMode: true, new PlanLength());
        var finding = Assert.Single(findings);
        Assert.Equal("PLN002", finding.Code);
        Assert.Equal($"The plan in the plan file {expected}", finding.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void Ignores_plans_of_three_to_five_lines(int count)
    {
        var text = string.Join("\n\n", Enumerable.Range(1, count).Select(i => $"Line {i}."));
        Assert.Empty(PlanHarness.Run(PlanInput.FromFile(text), changeMode: true, new PlanLength()).Findings);
    }

    [Fact]
    public void Ignores_the_commit_subject_and_trailers()
    {
        var message = "Add export\n\n" + PlanHarness.GoodPlan + "\nSigned-off-by: A <a@example.invalid>\n";
        Assert.Empty(PlanHarness.Codes(PlanInput.FromCommitMessages([message])));
    }

    [Fact]
    public void Reads_only_the_opening_paragraph_of_a_commit_body()
    {
        var message = "Add export\n\nOne line.\n\n" + PlanHarness.GoodPlan;
        var (findings, _) = PlanHarness.Run(PlanInput.FromCommitMessages([message]), changeMode: true, new PlanLength());
        Assert.Equal("The plan in commit \"Add export\" has 1 line; a plan is 3 to 5 lines: add lines for what is missing.", Assert.Single(findings).Message);
    }

    [Fact]
    public void Ignores_a_missing_plan_which_is_another_rule()
    {
        var (findings, computed) = PlanHarness.Run(null, changeMode: true, new PlanLength());
        Assert.Empty(findings);
        Assert.Empty(computed);
    }
}
