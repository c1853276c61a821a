using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ProdReady.Testing;

namespace ProdReady.Cli.Tests.Check;

/// <summary>
/// <c>check --run-tools</c> with the real pytest, mypy and flake8 (Debian's, installed by <c>.ci/run</c>), baselines,
/// the command-line selectors and output switches, on throw-away projects.
/// </summary>
[Trait("Issue", "12")]
public sealed class AdoptionTests
{
    private const string Python = "/usr/bin/python3";

    private const string CleanModule = """"
        """Arithmetic."""


        def add(a: int, b: int) -> int:
            """Add two numbers.

            Args:
                a: The first.
                b: The second.

            Returns:
                Their sum.
            """
            return a + b
        """";

    private const string CleanTest = """
        from app import add


        def test_add() -> None:
            assert add(1, 2) == 3
            assert add(0, -1) == -1
        """;

    [Fact]
    public async Task Passes_with_each_tool_result_on_the_checklist_line()
    {
        RequireTools();
        using var tree = Project(CleanModule, CleanTest);

        var result = await RunAsync(tree, "check", "--all", "--run-tools");

        Assert.Contains("✔ pytest / mypy / flake8 pass", result.Output, StringComparison.Ordinal);
        Assert.Contains("pytest: 1 test passed; mypy: no errors; flake8: no violations", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("EXT00", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_failing_tests_type_errors_and_violations()
    {
        RequireTools();
        using var tree = Project(
            "import os\n\n\ndef add(a: int, b: int) -> str:\n    return a + b\n",
            "from app import add\n\n\ndef test_add() -> None:\n    assert add(1, 2) == 4\n");

        var result = await RunAsync(tree, "check", "--all", "--run-tools", "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("location").ValueKind == JsonValueKind.Object)
            .Select(f => (Code: f.GetProperty("code").GetString(), Path: f.GetProperty("location").GetProperty("path").GetString(), Line: f.GetProperty("location").GetProperty("line").GetInt32(), Message: f.GetProperty("message").GetString()!))
            .ToList();
        Assert.Contains(findings, f => f is { Code: "EXT001", Path: "tests/test_app.py", Line: 4 } && f.Message.Contains("test_add failed: assert", StringComparison.Ordinal));
        Assert.Contains(findings, f => f is { Code: "EXT002", Path: "app/__init__.py", Line: 5 } && f.Message.StartsWith("mypy [return-value]:", StringComparison.Ordinal));
        Assert.Contains(findings, f => f is { Code: "EXT003", Path: "app/__init__.py", Line: 1 } && f.Message.StartsWith("flake8 F401:", StringComparison.Ordinal));
        var tools = json.RootElement.GetProperty("tools").EnumerateArray().Select(t => (t.GetProperty("tool").GetString(), t.GetProperty("status").GetString())).ToList();
        Assert.Equal([("pytest", "failed"), ("mypy", "failed"), ("flake8", "failed")], tools);
    }

    [Fact]
    public async Task Runs_only_the_named_tools_and_notes_no_tests_collected()
    {
        RequireTools();
        using var tree = Project(CleanModule, null);

        var result = await RunAsync(tree, "check", "--all", "--run-tools=pytest,flake8");

        Assert.Contains("– pytest / mypy / flake8 pass", result.Output, StringComparison.Ordinal);
        Assert.Contains("not checked (pytest: no tests collected; flake8: no violations)", result.Output, StringComparison.Ordinal);
        Assert.Contains("pytest collected no tests (exit code 5)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("mypy:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_not_checked_never_passed_for_a_tool_that_is_not_installed()
    {
        using var tree = Project(CleanModule, CleanTest);
        var fake = FakeInterpreter(tree, "echo \"$0: No module named $2\" >&2\nexit 1\n");

        var result = await RunWithAsync(tree, fake, "check", "--all", "--run-tools", "--ignore", "CHL");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("– pytest / mypy / flake8 pass", result.Output, StringComparison.Ordinal);
        Assert.Contains("pytest: not checked, not installed for", result.Output, StringComparison.Ordinal);
        Assert.Contains("flake8 did not run: not installed for", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_not_checked_when_the_interpreter_does_not_exist()
    {
        using var tree = Project(CleanModule, CleanTest);

        var result = await RunWithAsync(tree, tree.Path("no-such-python"), "check", "--all", "--run-tools=mypy");

        Assert.Contains("mypy: not checked, the interpreter from PRODREADY_PYTHON does not start", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("app", "pytest: not checked", "1 file")]                           // an existing folder is a path: every tool runs
    [InlineData("app/__init__.py", "flake8: not checked", "1 file")]               // so is a file
    [InlineData("mypy", "mypy: not checked", "2 files")]                           // a tool list is the option's value
    public async Task Reads_the_token_after_run_tools_as_a_path_or_as_tools(string token, string expected, string checkedFiles)
    {
        using var tree = Project(CleanModule, CleanTest);

        var result = await RunWithAsync(tree, tree.Path("no-such-python"), "check", "--all", "--run-tools", token);

        Assert.NotEqual(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.Contains(checkedFiles + " checked", result.Output, StringComparison.Ordinal);
        Assert.Equal(token == "mypy", !result.Output.Contains("pytest: not checked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reports_a_misspelt_tool_rather_than_reading_it_as_a_path()
    {
        using var tree = Project(CleanModule, CleanTest);

        var result = await RunWithAsync(tree, tree.Path("no-such-python"), "check", "--all", "--run-tools", "pytst");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("unknown tool 'pytst'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kills_the_whole_process_tree_of_a_tool_that_runs_out_of_time()
    {
        using var tree = Project(CleanModule, CleanTest).File("prodready.toml", "[tool-timeouts]\npytest = 1\n");
        var fake = FakeInterpreter(tree, "sleep 600 &\necho $! > \"$(dirname \"$0\")/child.pid\"\nwait\n");
        var watch = Stopwatch.StartNew();

        var result = await RunWithAsync(tree, fake, "check", "--all", "--run-tools=pytest");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("EXT001 pytest ran out of time after 1 s; its process tree was killed", result.Output, StringComparison.Ordinal);
        Assert.Contains("pytest: ran out of time after 1 s", result.Output, StringComparison.Ordinal);
        var child = File.ReadAllText(tree.Path("child.pid")).Trim();
        Assert.True(IsGone(child), $"the tool's child process {child} is still running");
    }

    [Fact]
    public async Task Counts_type_errors_only_in_units_the_change_touches_but_every_failing_test()
    {
        RequireTools();
        using var repo = TempGitRepository.Create();
        repo.WriteFile("app/__init__.py", "def old(a: int) -> str:\n    return a\n\n\ndef new(a: int) -> int:\n    return a\n")
            .WriteFile("tests/test_app.py", "from app import old\n\n\ndef test_old() -> None:\n    assert old(1) == '1'\n");
        repo.CommitAll("Initial commit");
        repo.CheckoutNewBranch("feature");
        repo.WriteFile("app/__init__.py", "def old(a: int) -> str:\n    return a\n\n\ndef new(a: int) -> str:\n    return a\n");

        var result = await CliRunner.RunAsync(repo.Root, Environment(Python), "", repo.Environment, "check", "--base", "main", "--run-tools", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("code").GetString()!.StartsWith("EXT", StringComparison.Ordinal))
            .Select(f => (f.GetProperty("code").GetString(), f.GetProperty("location").GetProperty("line").GetInt32()))
            .ToList();
        Assert.Contains(("EXT002", 6), findings);
        Assert.DoesNotContain(("EXT002", 2), findings);
        Assert.Contains(("EXT001", 4), findings);
    }

    [Fact]
    public async Task Baseline_hides_recorded_findings_survives_moves_and_only_shrinks()
    {
        using var tree = new TempTree()
            .File("app.py", "def keep():\n    # TODO: first\n    return 1\n\n\ndef pay():\n    # TODO: second\n    return 2\n");

        tree.File("prodready.toml", "select = [\"PLH\"]\n");
        var written = await RunAsync(tree, "check", "--all", "--write-baseline", "baseline.json");
        Assert.Equal(ExitCodes.Success, written.ExitCode);
        Assert.Contains("baseline baseline.json written with 2 findings", written.Output, StringComparison.Ordinal);

        tree.File("app.py", "import os\n\n\ndef keep():\n    # TODO: first\n    return 1\n\n\ndef pay():\n    return 2\n\n\ndef fresh():\n    # TODO: new debt\n    return 3\n");
        var after = await RunAsync(tree, "check", "--all", "--baseline", "baseline.json");
        Assert.Equal(ExitCodes.Failure, after.ExitCode);
        Assert.Contains("app.py:14:7: PLH001", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("app.py:5:7: PLH001", after.Output, StringComparison.Ordinal);
        Assert.Contains("baseline baseline.json hid 1 finding", after.Output, StringComparison.Ordinal);
        Assert.Contains("app.py: baseline entry PLH001 in `pay` no longer matches a finding", after.Output, StringComparison.Ordinal);
        Assert.Contains("(1 hidden by the baseline)", after.Output, StringComparison.Ordinal);

        var updated = await RunAsync(tree, "check", "--all", "--baseline", "baseline.json", "--update-baseline");
        Assert.Contains("1 entry removed, 1 left", updated.Output, StringComparison.Ordinal);
        var entries = JsonDocument.Parse(File.ReadAllText(tree.Path("baseline.json"))).RootElement.GetProperty("findings");
        Assert.Equal("keep", Assert.Single(entries.EnumerateArray()).GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Baseline_from_the_configuration_and_errors_for_missing_or_malformed_files()
    {
        using var tree = new TempTree().File("app.py", "x = 1\n").File("bad.json", "{\"version\": 1, \"findings\": [42]}");

        var missing = await RunAsync(tree, "check", "--all", "--baseline", "none.json");
        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Contains("baseline none.json: the file does not exist", missing.Error, StringComparison.Ordinal);

        var malformed = await RunAsync(tree, "check", "--all", "--baseline", "bad.json");
        Assert.Equal(ExitCodes.UsageError, malformed.ExitCode);
        Assert.Contains("baseline bad.json: findings[0] must be an object", malformed.Error, StringComparison.Ordinal);

        tree.File("prodready.toml", "baseline = \"bad.json\"\n");
        var configured = await RunAsync(tree, "check", "--all");
        Assert.Equal(ExitCodes.UsageError, configured.ExitCode);

        var paths = await RunAsync(tree, "check", "--all", "--write-baseline", "b.json", "app.py");
        Assert.Equal(ExitCodes.UsageError, paths.ExitCode);
        Assert.Contains("--write-baseline works on the whole tree", paths.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selects_ignores_and_extends_on_the_command_line()
    {
        using var tree = new TempTree().File("app.py", "def f():\n    # TODO: later\n    return undefined_name\n");

        var onlyRun = await RunAsync(tree, "check", "--all", "--select", "RUN");
        Assert.Contains("RUN002", onlyRun.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PLH001", onlyRun.Output, StringComparison.Ordinal);

        var ignored = await RunAsync(tree, "check", "--all", "--ignore", "RUN002,CHL");
        Assert.Contains("PLH001", ignored.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RUN002", ignored.Output, StringComparison.Ordinal);

        tree.File("prodready.toml", "ignore = [\"PLH\"]\n");
        var extended = await RunAsync(tree, "check", "--all", "--extend-select", "PLH001");
        Assert.Contains("PLH001", extended.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggests_the_closest_code_for_a_wrong_one()
    {
        using var tree = new TempTree().File("app.py", "x = 1\n");

        var result = await RunAsync(tree, "check", "--all", "--ignore", "PLH01");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("prodready: --ignore: unknown rule code or prefix `PLH01`; did you mean `PLH001`?\n", result.Error);
    }

    [Fact]
    public async Task Reports_a_wrong_code_before_what_git_says_of_the_folder()
    {
        // Not a git repository: the change cannot be resolved, and the selector is judged beside git all the same.
        using var tree = new TempTree().File("app.py", "x = 1\n");

        var wrong = await RunAsync(tree, "check", "--extend-select", "TST001,PLH01");
        var right = await RunAsync(tree, "check", "--extend-select", "TST001");

        Assert.Equal(ExitCodes.UsageError, wrong.ExitCode);
        Assert.Equal("prodready: --extend-select: unknown rule code or prefix `PLH01`; did you mean `PLH001`?\n", wrong.Error);
        Assert.NotEqual(ExitCodes.Success, right.ExitCode);
        Assert.DoesNotContain("--extend-select", right.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_statistics_quiet_findings_and_exits_zero_when_asked()
    {
        using var tree = new TempTree().File("app.py", "def f():\n    # TODO: a\n    # TODO: b\n    return undefined_name\n");

        var statistics = await RunAsync(tree, "check", "--all", "--statistics", "--select", "PLH,RUN");
        Assert.StartsWith("2  PLH001  todo-comment\n1  RUN002  undefined-name\n\nGate failed:", statistics.Output, StringComparison.Ordinal);

        var json = await RunAsync(tree, "check", "--all", "--statistics", "--select", "PLH", "--format", "json");
        Assert.Equal("PLH001", JsonDocument.Parse(json.Output).RootElement[0].GetProperty("code").GetString());

        var quiet = await RunAsync(tree, "check", "--all", "-q", "--select", "RUN");
        Assert.StartsWith("app.py:4:12: RUN002 ", quiet.Output, StringComparison.Ordinal);
        Assert.Single(quiet.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var zero = await RunAsync(tree, "check", "--all", "--exit-zero");
        Assert.Equal(ExitCodes.Success, zero.ExitCode);
        Assert.Contains("Gate failed", zero.Output, StringComparison.Ordinal);

        var sarif = await RunAsync(tree, "check", "--all", "--statistics", "--format", "sarif");
        Assert.Equal(ExitCodes.UsageError, sarif.ExitCode);
    }

    private static TempTree Project(string module, string? test)
    {
        var tree = new TempTree().File("app/__init__.py", module.ReplaceLineEndings("\n") + "\n");
        if (test is not null)
        {
            tree.File("tests/test_app.py", test.ReplaceLineEndings("\n") + "\n");
        }

        return tree;
    }

    private static string FakeInterpreter(TempTree tree, string body) => ShellScript.WriteExecutable(tree.Path("fake-python"), body);

    private static bool IsGone(string pid)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat))
            {
                return true;
            }

            try
            {
                var text = File.ReadAllText(stat);
                if (text[(text.LastIndexOf(')') + 2)..].StartsWith('Z'))
                {
                    return true;
                }
            }
            catch (IOException)
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }

    private static void RequireTools()
    {
        foreach (var module in new[] { "pytest", "mypy", "flake8" })
        {
            using var process = Process.Start(new ProcessStartInfo(Python, ["-m", module, "--version"]) { RedirectStandardOutput = true, RedirectStandardError = true });
            process?.WaitForExit();
            if (process is not { ExitCode: 0 })
            {
                Assert.Skip($"{Python} has no {module}: install Debian's python3-pytest, mypy and flake8 (.ci/run does)");
            }
        }
    }

    private static Dictionary<string, string> Environment(string python) => new() { ["PRODREADY_PYTHON"] = python };

    private static Task<CliResult> RunAsync(TempTree tree, params string[] args) => RunWithAsync(tree, Python, args);

    private static Task<CliResult> RunWithAsync(TempTree tree, string python, params string[] args) =>
        CliRunner.RunAsync(tree.Root, Environment(python), "", args);
}
