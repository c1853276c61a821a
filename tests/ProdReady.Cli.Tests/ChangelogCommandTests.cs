using System.Text;
using ProdReady.Testing;

namespace ProdReady.Cli.Tests;

public sealed class ChangelogCommandTests : IDisposable
{
    private const string Clean = "# Changelog\n\n## [Unreleased]\n### Added\n- First.\n\n## [1.0.0] - 2024-01-01\n### Added\n- Initial.\n\n[Unreleased]: https://example.invalid/compare/v1.0.0...HEAD\n[1.0.0]: https://example.invalid/releases/tag/v1.0.0\n";
    private const string Deviating = "Changelog\n\n## 2.0 (01/02/2024)\n### Features\n- loose\n## [1.0.0] - 2099-01-01\n";

    private static readonly Dictionary<string, string> s_pinnedClock = new() { ["SOURCE_DATE_EPOCH"] = "1750000000" };

    private readonly string _root = Directory.CreateTempSubdirectory("prodready-changelog-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Lint_passes_a_clean_changelog()
    {
        Write("CHANGELOG.md", Clean);

        var result = await CliRunner.RunAsync(_root, "changelog", "lint");

        Golden.Match(result.ToGolden(_root), "Golden/Changelog/lint-clean.snap");
    }

    [Fact]
    public async Task Lint_reports_findings_as_text()
    {
        Write("docs/HISTORY.md", Deviating);

        var result = await CliRunner.RunAsync(_root, s_pinnedClock, "", "changelog", "lint", "docs/HISTORY.md");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Golden.Match(result.ToGolden(_root), "Golden/Changelog/lint-findings.snap");
    }

    [Fact]
    public async Task Lint_reports_findings_as_json()
    {
        Write("CHANGELOG.md", Deviating);

        var result = await CliRunner.RunAsync(_root, s_pinnedClock, "", "changelog", "lint", "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Golden.Match(result.ToGolden(_root), "Golden/Changelog/lint-findings.json.snap");
    }

    [Fact]
    public async Task Lint_accepts_this_projects_own_changelog()
    {
        var repository = Path.GetDirectoryName(Path.GetDirectoryName(Golden.PathNextToCaller(".")))!;

        var result = await CliRunner.RunAsync(repository, "changelog", "lint");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
    }

    [Theory]
    [InlineData("missing.md")]
    [InlineData("folder")]
    [InlineData("latin1.md")]
    public async Task Lint_exits_2_for_an_unreadable_file(string name)
    {
        Directory.CreateDirectory(Path.Combine(_root, "folder"));
        File.WriteAllBytes(Path.Combine(_root, "latin1.md"), [0x23, 0x20, 0xE9, 0x0A]);

        var result = await CliRunner.RunAsync(_root, "changelog", "lint", name);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith($"prodready: {name}:", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Lint_exits_2_for_an_unknown_format()
    {
        Write("CHANGELOG.md", Clean);

        var result = await CliRunner.RunAsync(_root, "changelog", "lint", "--format", "xml");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
    }

    [Fact]
    public async Task Add_inserts_one_line_in_the_files_own_line_ending()
    {
        Write("CHANGELOG.md", Clean.ReplaceLineEndings("\r\n"));

        var result = await CliRunner.RunAsync(_root, "changelog", "add", "--type", "fixed", "Handle", "empty", "input.");

        Golden.Match(result.ToGolden(_root), "Golden/Changelog/add.snap");
        var expected = Clean.Replace("- First.\n", "- First.\n### Fixed\n- Handle empty input.\n", StringComparison.Ordinal).ReplaceLineEndings("\r\n");
        Assert.Equal(expected, Read("CHANGELOG.md"));
        Assert.Equal(["CHANGELOG.md"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Add_keeps_a_byte_order_mark_and_a_missing_final_newline()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("# Changelog\n\n## [Unreleased]\n### Added\n- a")).ToArray();
        File.WriteAllBytes(Path.Combine(_root, "CHANGELOG.md"), bytes);

        var result = await CliRunner.RunAsync(_root, "changelog", "add", "--type", "added", "--file", "CHANGELOG.md", "b");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var expected = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("# Changelog\n\n## [Unreleased]\n### Added\n- a\n- b")).ToArray();
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(_root, "CHANGELOG.md")));
    }

    [Fact]
    public async Task Add_refuses_an_ambiguous_edit_and_leaves_the_file_alone()
    {
        const string text = "# Changelog\n\n## [Unreleased]\n### Added\n- a\n\n## [Unreleased]\n### Added\n- b\n";
        Write("CHANGELOG.md", text);

        var result = await CliRunner.RunAsync(_root, "changelog", "add", "--type", "added", "c");

        Golden.Match(result.ToGolden(_root), "Golden/Changelog/add-ambiguous.snap");
        Assert.Equal(text, Read("CHANGELOG.md"));
        Assert.Single(Directory.EnumerateFileSystemEntries(_root));
    }

    [Theory]
    [InlineData("changelog", "add", "text without a type")]
    [InlineData("changelog", "add", "--type", "feature", "x")]
    [InlineData("changelog", "add", "--type", "added")]
    [InlineData("changelog", "add", "--type", "added", "--file", "missing.md", "x")]
    [InlineData("changelog", "add", "--type", "added", " ")]
    public async Task Add_exits_2_for_bad_arguments(params string[] args)
    {
        Write("CHANGELOG.md", Clean);

        var result = await CliRunner.RunAsync(_root, args);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal(Clean, Read("CHANGELOG.md"));
    }

    [Fact]
    public async Task Release_dates_the_release_with_the_pinned_clock_and_updates_links()
    {
        Write("CHANGELOG.md", Clean);

        var result = await CliRunner.RunAsync(_root, s_pinnedClock, "", "changelog", "release", "1.1.0");

        Golden.Match(result.ToGolden(_root) + "----- CHANGELOG.md -----\n" + Read("CHANGELOG.md"), "Golden/Changelog/release.snap");
    }

    [Theory]
    [InlineData("1.0.0", null)]
    [InlineData("v1.1.0", null)]
    [InlineData("1.1.0", "2024-13-01")]
    [InlineData("1.1.0", "01/02/2024")]
    public async Task Release_exits_2_and_changes_nothing_when_refused(string version, string? date)
    {
        Write("CHANGELOG.md", Clean);
        string[] args = date is null ? ["changelog", "release", version] : ["changelog", "release", version, "--date", date];

        var result = await CliRunner.RunAsync(_root, args);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal(Clean, Read("CHANGELOG.md"));
    }

    [Fact]
    public async Task Init_creates_a_changelog_once_and_never_overwrites()
    {
        var first = await CliRunner.RunAsync(_root, "changelog", "init");
        var created = Read("CHANGELOG.md");
        File.AppendAllText(Path.Combine(_root, "CHANGELOG.md"), "edited\n");
        var second = await CliRunner.RunAsync(_root, "changelog", "init");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.StartsWith("# Changelog\n", created, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, second.ExitCode);
        Assert.Contains("already exists", second.Error, StringComparison.Ordinal);
        Assert.Equal(created + "edited\n", Read("CHANGELOG.md"));
    }

    [Fact]
    public async Task Init_writes_a_file_that_lints_clean()
    {
        await CliRunner.RunAsync(_root, "changelog", "init", "--file", "CHANGES.md");

        var result = await CliRunner.RunAsync(_root, "changelog", "lint", "CHANGES.md");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
    }

    [Fact]
    public async Task Diff_of_two_files_reports_the_verdict_as_text()
    {
        Write("old.md", Clean);
        Write("new.md", Clean.Replace("- Initial.", "- Initial release.", StringComparison.Ordinal).Replace("- First.\n", "- First.\n- Second.\n", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(_root, "changelog", "diff", "old.md", "new.md");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Golden.Match(result.ToGolden(_root), "Golden/Changelog/diff-files.snap");
    }

    [Fact]
    public async Task Diff_of_two_files_reports_the_verdict_as_json()
    {
        Write("old.md", Clean);
        Write("new.md", Clean.Replace("- First.\n", "- First.\n- Second.\n", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(_root, "changelog", "diff", "old.md", "new.md", "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Golden.Match(result.ToGolden(_root), "Golden/Changelog/diff-files.json.snap");
    }

    [Theory]
    [InlineData("changelog", "diff")]
    [InlineData("changelog", "diff", "only-one.md")]
    [InlineData("changelog", "diff", "a.md", "b.md", "c.md")]
    [InlineData("changelog", "diff", "--base", "HEAD", "a.md", "b.md")]
    public async Task Diff_exits_2_for_bad_arguments(params string[] args)
    {
        var result = await CliRunner.RunAsync(_root, args);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, Encoding.UTF8.GetBytes(text));
    }

    private string Read(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(_root, path)));
}
