using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.ArchitecturePlan;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.ArchitecturePlan;

public sealed class PlanAnalysisTests
{
    public static TheoryData<string> Fixtures =>
        [.. Directory.EnumerateFiles(Golden.PathNextToCaller("../../Fixtures/ArchitecturePlan"), "*.txt")
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_matches_its_snapshot(string file)
    {
        var path = Golden.PathNextToCaller($"../../Fixtures/ArchitecturePlan/{file}");
        var text = File.ReadAllText(path);
        var input = file.Contains(".commits.", StringComparison.Ordinal)
            ? PlanInput.FromCommitMessages(text.Split("\n---\n"))
            : file.Contains(".pr.", StringComparison.Ordinal) ? PlanInput.FromPullRequestBody(text) : PlanInput.FromFile(text);
        var findings = PlanHarness.Run(input, changeMode: true).Findings;
        var rendered = string.Concat(findings.Select(f => $"{f.Code} {f.Message}\n"));
        Golden.MatchFile(rendered.Length == 0 ? "(no findings)\n" : rendered, path + ".snap");
    }

    [Fact]
    public void First_complete_commit_wins()
    {
        var plan = PlanInput.FromCommitMessages(["Start\n\nOne line only.", "Finish\n\n" + PlanHarness.GoodPlan]);
        Assert.Empty(PlanHarness.Codes(plan));
    }

    [Fact]
    public void The_commit_with_fewest_problems_is_reported()
    {
        var plan = PlanInput.FromCommitMessages([
            "First\n\nOne.\nTwo.",
            "Second\n\nDesign a cache layer.\nScalability: bounded memory.\nNothing else.",
        ]);
        var analysis = PlanAnalysis.Analyze(plan)!;
        Assert.Equal("commit \"Second\"", analysis.Origin);
        Assert.Equal(1, analysis.ProblemCount);
        Assert.False(analysis.HasSecurity);
    }

    [Theory]
    [InlineData("We made it O(n log n).", true)]
    [InlineData("Memory use is flat.", true)]
    [InlineData("Downloads run in the background.", false)]
    [InlineData("The escalator is closed.", false)]
    public void Scalability_words_are_whole_words(string line, bool expected)
    {
        Assert.Equal(expected, PlanAnalysis.Analyze(PlanInput.FromFile(line))!.HasScalability);
    }

    [Theory]
    [InlineData("Input is validated first.", true)]
    [InlineData("Untrusted paths are rejected.", true)]
    [InlineData("SQL injection is impossible here.", true)]
    [InlineData("Requests are authorized per tenant.", true)]
    [InlineData("The author wrote it.", false)]
    [InlineData("A rebase was needed.", false)]
    public void Security_words_are_matched_case_insensitively(string line, bool expected)
    {
        Assert.Equal(expected, PlanAnalysis.Analyze(PlanInput.FromFile(line))!.HasSecurity);
    }

    [Fact]
    public void Crlf_and_whitespace_only_lines_do_not_count()
    {
        var analysis = PlanAnalysis.Analyze(PlanInput.FromFile("a\r\n   \r\nb\r\n\tc\r\n"))!;
        Assert.Equal(["a", "b", "c"], analysis.Lines);
    }
}

public sealed class PlanInputTests
{
    [Fact]
    public void Reads_the_pull_request_body_of_a_github_event()
    {
        var plan = PlanInput.FromGitHubEvent("""{"action":"opened","pull_request":{"number":7,"body":"Design.\r\nScale.\r\nSecurity."}}""");
        Assert.NotNull(plan);
        Assert.Equal(PlanSource.PullRequestBody, plan.Source);
        Assert.Equal("Design.\r\nScale.\r\nSecurity.", Assert.Single(plan.Texts));
    }

    [Theory]
    [InlineData("""{"ref":"refs/heads/main","commits":[]}""")]
    [InlineData("""{"pull_request":{"body":null}}""")]
    [InlineData("""{"pull_request":{"body":"   "}}""")]
    [InlineData("""{"pull_request":"oops"}""")]
    [InlineData("""[1, 2]""")]
    [InlineData("not json")]
    [InlineData("")]
    public void Ignores_events_without_a_pull_request_body(string json)
    {
        Assert.Null(PlanInput.FromGitHubEvent(json));
    }
}
