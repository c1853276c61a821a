using System.Diagnostics;
using ProdReady.Testing;

namespace ProdReady.Cli.Tests.Integration;

/// <summary>
/// The repository's <c>.pre-commit-hooks.yaml</c> under the real pre-commit: a throw-away repository whose
/// configuration names this repository's committed HEAD; pre-commit packs and installs the tool with its
/// <c>dotnet</c> language, then refuses a commit that adds a TODO and lets a clean one through.
/// </summary>
public sealed class PreCommitHookTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);

    private const string Changelog = """
        # Changelog
        All notable changes to this project will be documented in this file.

        ## [Unreleased]

        ## [0.1.0] - 2026-01-01
        ### Added
        - The first release.

        [Unreleased]: https://example.com/compare/v0.1.0...HEAD
        [0.1.0]: https://example.com/releases/tag/v0.1.0

        """;

    private const string Plan = """
        Approach: one pure function per greeting, no state between calls.
        Scalability: constant time and memory per call.
        Security: the name is treated as untrusted text and never evaluated.
        """;

    [Fact]
    [Trait("Category", "Integration")]
    public void Refuses_a_commit_with_a_todo_and_accepts_a_clean_one()
    {
        // pre-commit's dotnet language packs the whole solution in a fresh clone: minutes of build, so the test runs
        // when asked for rather than inside every test run.
        if (Environment.GetEnvironmentVariable("PRODREADY_TEST_PRE_COMMIT") != "1")
        {
            Assert.Skip("set PRODREADY_TEST_PRE_COMMIT=1 to run it: pre-commit packs the whole solution in a fresh clone, which takes minutes.");
        }

        var preCommit = FindOnPath("pre-commit");
        if (preCommit is null)
        {
            Assert.Skip("pre-commit is not installed (apt-get install pre-commit; .ci/run installs it).");
        }

        var source = Path.GetFullPath(Golden.PathNextToCaller("../../.."));
        if (!Directory.Exists(Path.Combine(source, ".git")) && !File.Exists(Path.Combine(source, ".git")))
        {
            Assert.Skip($"{source} is not a git clone; pre-commit installs hooks from a git revision.");
        }

        using var repo = TempGitRepository.Create();
        var sourceHead = Run(repo, source, "git", "-C", source, "rev-parse", "HEAD").Output.Trim();
        var committedHooks = Run(repo, source, "git", "-C", source, "cat-file", "-e", sourceHead + ":.pre-commit-hooks.yaml");
        if (committedHooks.ExitCode != 0)
        {
            Assert.Skip("the checked-out revision has no committed .pre-commit-hooks.yaml yet.");
        }

        repo.WriteFile(".pre-commit-config.yaml", $"""
            repos:
              - repo: {source}
                rev: {sourceHead}
                hooks:
                  - id: prodready
                    args: [--plan, PLAN.md]
                  - id: prodready-changelog

            """);
        repo.WriteFile("CHANGELOG.md", Changelog).WriteFile("PLAN.md", Plan);
        repo.CommitAll("Initial commit");
        Assert.Equal(0, Run(repo, repo.Root, preCommit, "install").ExitCode);

        repo.WriteFile("greeting.py", """
            def greet(name):
                # TODO: greet properly
                return name

            """);
        repo.WriteFile("CHANGELOG.md", Changelog.Replace("## [Unreleased]\n", "## [Unreleased]\n### Added\n- The greeting.\n", StringComparison.Ordinal));
        repo.Stage("greeting.py", "CHANGELOG.md");
        var refused = Run(repo, repo.Root, "git", "commit", "-m", "Add the greeting");
        Assert.True(refused.ExitCode != 0, refused.Output);
        Assert.True(refused.Output.Contains("PLH001", StringComparison.Ordinal), refused.Output);

        repo.WriteFile("greeting.py", """"
            """Greetings."""


            def greet(name: str) -> str:
                """Greet someone.

                Args:
                    name: Who to greet.

                Returns:
                    The greeting.
                """
                return "hello " + name

            """");
        repo.Stage("greeting.py");
        var accepted = Run(repo, repo.Root, "git", "commit", "-m", "Add the greeting");
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.Contains("Passed", accepted.Output, StringComparison.Ordinal);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static (int ExitCode, string Output) Run(TempGitRepository repo, string workingDirectory, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // git is isolated as in every git test; dotnet keeps the real HOME so that its package cache is used, and
        // pre-commit keeps its own cache inside the throw-away folder.
        foreach (var (name, value) in repo.Environment)
        {
            if (name is not ("HOME" or "USERPROFILE" or "XDG_CONFIG_HOME"))
            {
                start.Environment[name] = value;
            }
        }

        start.Environment["PRE_COMMIT_HOME"] = Path.Combine(Path.GetDirectoryName(repo.Root)!, "pre-commit-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command}");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} {string.Join(' ', arguments)} did not finish in {s_timeout}");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
