using ProdReady.Testing;

namespace ProdReady.Cli.Tests;

public sealed class ChangelogDiffGitTests
{
    private const string Initial = "# Changelog\n\n## [Unreleased]\n### Added\n- First.\n\n## [1.0.0] - 2024-01-01\n### Added\n- Initial.\n";

    [Fact]
    public async Task Diff_against_base_reports_an_entry_added_with_the_add_command()
    {
        using var repository = TempGitRepository.Create();
        repository.WriteFile("CHANGELOG.md", Initial).CommitAll("Initial");
        var environment = Isolated(repository);

        var add = await CliRunner.RunAsync(repository.Root, environment, "", "changelog", "add", "--type", "security", "Escape", "HTML.");
        var result = await CliRunner.RunAsync(repository.Root, environment, "", "changelog", "diff", "--base", "HEAD", "--format", "json");

        Assert.Equal(ExitCodes.Success, add.ExitCode);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Golden.Match(result.ToGolden(repository.Root), "Golden/Changelog/diff-base.json.snap");
    }

    [Fact]
    public async Task Diff_against_base_from_a_subfolder_reports_a_rewritten_release()
    {
        using var repository = TempGitRepository.Create();
        repository.WriteFile("docs/CHANGELOG.md", Initial).CommitAll("Initial");
        repository.WriteFile("docs/CHANGELOG.md", Initial.Replace("- Initial.", "- Initial, reworded.", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(repository.FullPath("docs"), Isolated(repository), "", "changelog", "diff", "--base", "main");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Golden.Match(result.ToGolden(repository.Root), "Golden/Changelog/diff-base-release-edited.snap");
    }

    [Fact]
    public async Task Diff_against_a_revision_without_the_file_reports_every_entry_as_added()
    {
        using var repository = TempGitRepository.Create();
        repository.WriteFile("README.md", "readme\n").CommitAll("Initial");
        repository.WriteFile("CHANGELOG.md", Initial);

        var result = await CliRunner.RunAsync(repository.Root, Isolated(repository), "", "changelog", "diff", "--base", "HEAD", "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("\"hasChanges\": true", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, result.Output.Split("\"text\":").Length - 1);
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("--output=/tmp/x")]
    [InlineData("HEAD:CHANGELOG.md")]
    public async Task Diff_against_an_unknown_revision_exits_2(string revision)
    {
        using var repository = TempGitRepository.Create();
        repository.WriteFile("CHANGELOG.md", Initial).CommitAll("Initial");

        var result = await CliRunner.RunAsync(repository.Root, Isolated(repository), "", "changelog", "diff", "--base", revision);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Diff_against_base_outside_a_repository_exits_2()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("CHANGELOG.md", Initial);

        var result = await CliRunner.RunAsync(folder.Root, Isolated(folder), "", "changelog", "diff", "--base", "HEAD");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("not inside a git repository", result.Error, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Isolated(TempGitRepository repository)
        => repository.Environment.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
}
