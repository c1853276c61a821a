using System.Text.RegularExpressions;

namespace ProdReady.Cli.Tests.Commands;

public sealed partial class DebugParseCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("prodready-parse-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData]
    [InlineData("--threads", "1")]
    [InlineData("--threads", "3")]
    public async Task Prints_files_lines_errors_and_seconds(params string[] options)
    {
        Write("a.py", "x = 1\ny = 2\n");
        Write("sub/b.py", "def f(:\n    pass\n");
        Write("sub/c.py", "z = 3");
        Write("sub/d.py", "a = 1\r\nb = 2\rc = 3\n");
        File.WriteAllBytes(Path.Combine(_root, "sub", "e.py"), [.. "s = '"u8, 0xFF, .. "'\n"u8]);
        Write("sub/readme.txt", "ignored\n");

        var result = await CliRunner.RunAsync(_root, ["debug", "parse", .. options, "."]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Empty(result.Error);
        var summary = Summary().Match(result.Output);
        Assert.True(summary.Success, result.Output);
        Assert.Equal("5", summary.Groups["files"].Value);
        Assert.Equal("9", summary.Groups["lines"].Value);
        Assert.Equal("2", summary.Groups["errors"].Value);
    }

    [Fact]
    public async Task Formats_thousands_of_lines_with_separators()
    {
        Write("big.py", string.Concat(Enumerable.Repeat("x = 1\n", 1234)));
        var result = await CliRunner.RunAsync(_root, "debug", "parse", "big.py");
        Assert.StartsWith("1 files, 1,234 lines, 0 syntax errors, ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public async Task Rejects_a_thread_count_below_one(string threads)
    {
        Write("a.py", "x = 1\n");
        var result = await CliRunner.RunAsync(_root, "debug", "parse", "--threads", threads, "a.py");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--threads must be at least 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_missing_path_as_usage_error()
    {
        var result = await CliRunner.RunAsync(_root, "debug", "parse", "nowhere");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no such file or directory: nowhere", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<files>\d+) files, (?<lines>[\d,]+) lines, (?<errors>\d+) syntax errors, \d+\.\d\d s \(\d+\.\d\d s CPU\)\n$")]
    private static partial Regex Summary();

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
