using ProdReady.Testing;

namespace ProdReady.Cli.Tests;

public sealed class DebugTokensCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("prodready-tokens-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Prints_one_token_per_line_with_code_point_columns()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "m.py"), "\uFEFFif x:\n    s = f'é{x!r:>{w}}'  # c\n", TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync(_root, "debug", "tokens", "m.py");
        Golden.Match(result.ToGolden(_root), "Golden/debug-tokens.snap");
    }

    [Fact]
    public async Task Reports_the_tokenizer_error_with_exit_code_1()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "bad.py"), "x = (1,\n  2 €\n", TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync(_root, "debug", "tokens", "bad.py");
        Golden.Match(result.ToGolden(_root), "Golden/debug-tokens-error.snap");
    }

    [Fact]
    public async Task Reports_a_missing_file_as_usage_error()
    {
        var result = await CliRunner.RunAsync(_root, "debug", "tokens", "missing.py");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("missing.py", result.Error, StringComparison.Ordinal);
    }
}
