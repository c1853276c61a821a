namespace ProdReady.Cli.Tests;

public sealed class ExitCodesTests
{
    [Fact]
    public void Exit_codes_are_the_documented_contract()
    {
        Assert.Equal(0, ExitCodes.Success);
        Assert.Equal(1, ExitCodes.Failure);
        Assert.Equal(2, ExitCodes.UsageError);
        Assert.Equal(3, ExitCodes.InternalError);
    }

    [Fact]
    public async Task Reports_unknown_option_as_usage_error()
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), "--no-such-option");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--no-such-option", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Reports_unknown_command_as_usage_error()
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), "frobnicate");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_help_and_succeeds()
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("debug", result.Output, StringComparison.Ordinal);
    }
}
