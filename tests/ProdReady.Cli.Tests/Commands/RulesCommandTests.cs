using ProdReady.Analysis;

namespace ProdReady.Cli.Tests.Commands;

public sealed class RulesCommandTests
{
    [Fact]
    public async Task Lists_every_rule_in_code_order()
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), "rules");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Empty(result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RuleCatalog.All.Select(r => r.Info.Code), lines.Select(l => l[..6]));
        Assert.Contains(lines, l => l.StartsWith("PLN001  missing-plan", StringComparison.Ordinal) && l.Contains("Architecture plan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PLN002")]
    [InlineData("pln002")]
    public async Task Prints_the_documentation_of_one_rule(string code)
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), "rules", code);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("# PLN002 plan-length\n\nChecklist item: Architecture plan\nDefault severity: error\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("## What it does", result.Output, StringComparison.Ordinal);
        Assert.Contains("Use instead:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_an_unknown_code_with_a_usage_error()
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), "rules", "XYZ123");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("prodready: unknown rule code 'XYZ123'; run 'prodready rules' for the list.\n", result.Error);
    }
}
