using System.Text.Json;
using System.Xml.Linq;
using ProdReady.Testing;

namespace ProdReady.Cli.Tests.Check;

/// <summary>End-to-end runs of <c>prodready check</c> against throw-away folders and git repositories.</summary>
public sealed class CheckCommandTests
{
    private const string Plan = """
        Approach: parse the input once and keep the design to one pure function per step.
        Scalability: linear in the size of the input, constant memory per record.
        Security: every input is validated at the boundary before use; no secrets are logged.
        """;

    private const string Changelog = """
        # Changelog
        All notable changes to this project will be documented in this file.

        ## [Unreleased]
        ### Added
        - The greeting module.

        ## [0.1.0] - 2026-01-01
        ### Added
        - The first release.

        """;

    private const string CleanModule = """"
        """Greetings."""


        def greet(name: str) -> str:
            """Greet someone.

            Args:
                name: Who to greet.

            Returns:
                The greeting.
            """
            return "hello " + name
        """";

    private const string TodoModule = """
        def greet(name):
            return "hello " + name


        def farewell(name):
            # TODO: say goodbye properly
            return name
        """;

    [Fact]
    public async Task Reports_findings_of_a_whole_tree_outside_git_and_fails()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("app/greeting.py", TodoModule).WriteFile("CHANGELOG.md", Changelog);

        var result = await RunAsync(folder, "check");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.StartsWith("VALIDATION CHECK:\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("app/greeting.py:6:7: PLH001", result.Output, StringComparison.Ordinal);
        Assert.Contains("✘ No TODOs or placeholders", result.Output, StringComparison.Ordinal);
        Assert.Contains("the whole tree", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_the_core_checklist_first_in_order()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("greeting.py", CleanModule);

        var result = await RunAsync(folder, "check", "--all");

        var lines = result.Output.Split('\n');
        string[] core = ["Type hints complete", "Docstrings complete", "Tests written", "Edge cases covered", "No obvious runtime errors"];
        for (var i = 0; i < core.Length; i++)
        {
            Assert.Contains(core[i], lines[i + 1], StringComparison.Ordinal);
        }

        // The TYP rules compute the first line: the module is fully annotated.
        Assert.Contains("✔ Type hints complete", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passes_a_clean_change_with_plan_and_changelog_entry()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("CHANGELOG.md", Changelog.Replace("- The greeting module.\n", "", StringComparison.Ordinal).Replace("### Added\n\n## [0.1.0]", "\n## [0.1.0]", StringComparison.Ordinal))
            .WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");
        repo.CheckoutNewBranch("feature");
        repo.WriteFile("greeting.py", CleanModule).WriteFile("CHANGELOG.md", Changelog)
            .WriteFile("tests/test_greeting.py", "from greeting import greet\n\n\ndef test_greet():\n    assert greet(\"\") == \"hello \"\n");
        repo.WriteFile("plan.md", Plan);

        var result = await RunAsync(repo, "check", "--base", "main", "--plan", "plan.md", "greeting.py", "CHANGELOG.md");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Output + result.Error);
        Assert.Contains("✔ No TODOs or placeholders", result.Output, StringComparison.Ordinal);
        Assert.Contains("✔ CHANGELOG updated", result.Output, StringComparison.Ordinal);
        Assert.Contains("✔ Architecture plan", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_an_unreadable_plan_file_as_a_usage_error_while_the_changelog_is_read()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("CHANGELOG.md", Changelog).WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");
        repo.CheckoutNewBranch("feature");
        repo.WriteFile("greeting.py", CleanModule);

        // The plan and the base changelog are read side by side: the plan's failure is what the user sees.
        var result = await RunAsync(repo, "check", "--base", "main", "--plan", "missing-plan.md");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("cannot read the plan file missing-plan.md", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Reports_only_units_the_change_touched()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("greeting.py", """
            def old():
                # TODO: untouched debt stays out of the report
                return 1

            """).WriteFile("CHANGELOG.md", Changelog);
        repo.CommitAll("Initial commit");
        repo.CheckoutNewBranch("feature");
        repo.WriteFile("greeting.py", """
            def old():
                # TODO: untouched debt stays out of the report
                return 1


            def new():
                # FIXME: the change's own debt is reported
                return 2

            """);
        repo.CommitAll("Add new\n\n" + Plan);

        var result = await RunAsync(repo, "check", "--base", "main");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("greeting.py:7:7: PLH001", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("greeting.py:2:", result.Output, StringComparison.Ordinal);
        Assert.Contains("merge base", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passes_a_repository_without_changes_without_asking_for_a_plan()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("greeting.py", CleanModule).WriteFile("CHANGELOG.md", Changelog);
        repo.CommitAll("Initial commit");

        // On the default branch with nothing uncommitted, the change is empty: nothing to gate.
        var result = await RunAsync(repo, "check");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain("PLN001", result.Output, StringComparison.Ordinal);
        Assert.Contains("– Architecture plan", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_the_index_with_staged()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("CHANGELOG.md", Changelog).WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");
        repo.WriteFile("greeting.py", TodoModule).Stage("greeting.py");

        // The working tree no longer has the TODO; the index does, and --staged checks the index.
        repo.WriteFile("greeting.py", CleanModule);

        var staged = await RunAsync(repo, "check", "--staged", "--plan", "-");
        Assert.Contains("greeting.py:6:7: PLH001", staged.Output, StringComparison.Ordinal);
        Assert.Contains("staged", staged.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_staged_files_as_bytes_in_their_declared_encoding()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("CHANGELOG.md", Changelog).WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");

        // Latin-1, declared: 'café' is a valid identifier only when the byte 0xE9 is decoded as Latin-1.
        File.WriteAllBytes(repo.FullPath("latin.py"), [.. "# -*- coding: latin-1 -*-\ncaf"u8, 0xE9, .. " = 1  # TODO: rename\n"u8]);
        // Not UTF-8 and undeclared in the index: CPython refuses it, and so must the gate.
        File.WriteAllBytes(repo.FullPath("broken.py"), [.. "x = \""u8, 0xFF, .. "\"\n"u8]);
        // Binary in the index, clean in the working tree: what the commit holds is what counts.
        File.WriteAllBytes(repo.FullPath("blob.py"), [.. "x = 1"u8, 0, .. "\n"u8]);
        repo.Stage("latin.py").Stage("broken.py").Stage("blob.py");
        repo.WriteFile("broken.py", "x = 'fixed in the working tree only'\n").WriteFile("blob.py", "x = 1\n");

        var result = await RunAsync(repo, "check", "--staged", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Code: f.GetProperty("code").GetString(), Path: f.GetProperty("location") is { ValueKind: JsonValueKind.Object } at ? at.GetProperty("path").GetString() : null))
            .ToList();
        Assert.Contains(("PLH001", "latin.py"), findings);
        Assert.DoesNotContain(findings, f => f.Path == "latin.py" && f.Code == "RUN001");
        var notes = json.RootElement.GetProperty("notes").EnumerateArray()
            .Select(n => (Kind: n.GetProperty("kind").GetString(), Path: n.GetProperty("path").GetString()))
            .ToList();
        Assert.Contains(("skippedUndecodable", "broken.py"), notes);
        Assert.Contains(("skippedBinary", "blob.py"), notes);
        Assert.DoesNotContain(findings, f => f.Path is "broken.py" or "blob.py");
    }

    [Fact]
    public async Task Reports_a_syntax_error_as_a_finding_not_a_crash()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("broken.py", "def f(:\n    pass\n");

        var result = await RunAsync(folder, "check", "--all");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("broken.py:1:", result.Output, StringComparison.Ordinal);
        Assert.Contains("RUN001", result.Output, StringComparison.Ordinal);
        Assert.Contains("✘ No obvious runtime errors", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Honours_noqa_and_lists_new_suppressions()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("CHANGELOG.md", Changelog).WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");
        repo.CheckoutNewBranch("feature");
        repo.WriteFile("greeting.py", "\"\"\"Greetings.\"\"\"\n\n\ndef greet(name: str) -> str:\n    \"\"\"Greet someone.\n\n    Args:\n        name: Who to greet.\n\n    Returns:\n        The greeting.\n    \"\"\"\n    # TODO: later  # noqa: PLH001\n    return name\n")
            .WriteFile("tests/test_greeting.py", "from greeting import greet\n\n\ndef test_greet():\n    assert greet(\"\") == \"\"\n");
        repo.WriteFile("plan.md", Plan);

        var allowed = await RunAsync(repo, "check", "--base", "main", "--plan", "plan.md", "greeting.py");
        Assert.DoesNotContain("PLH001 TODO", allowed.Output, StringComparison.Ordinal);
        Assert.Contains("noqa: PLH001", allowed.Output, StringComparison.Ordinal);

        var strict = await RunAsync(repo, "check", "--base", "main", "--plan", "plan.md", "--no-new-suppressions", "greeting.py");
        Assert.Equal(ExitCodes.Failure, strict.ExitCode);
    }

    [Theory]
    [InlineData(null, "error")]
    [InlineData("info", "info")]
    [InlineData("warning", "warning")]
    public async Task Fail_on_option_overrides_the_configuration(string? option, string expected)
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("greeting.py", CleanModule).WriteFile("prodready.toml", "fail-on = \"error\"\n");

        string[] args = option is null ? ["check", "--format", "json"] : ["check", "--format", "json", "--fail-on", option];
        var result = await RunAsync(folder, args);

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(expected, json.RootElement.GetProperty("policy").GetProperty("failOn").GetString());
    }

    [Theory]
    [InlineData(null, ExitCodes.Failure)]
    [InlineData("error", ExitCodes.Success)]
    [InlineData("warning", ExitCodes.Failure)]
    public async Task A_warning_fails_the_gate_only_when_fail_on_reaches_it(string? failOn, int expected)
    {
        // A new public function recorded only as a fix: CHL106, a warning; nothing else is wrong. The
        // default fail-on is warning: a strict gate unless the project relaxes it.
        using var repo = TempGitRepository.Create();
        repo.WriteFile("CHANGELOG.md", Changelog).WriteFile("greeting.py", CleanModule);
        repo.CommitAll("Initial commit");
        repo.CheckoutNewBranch("feature");
        repo.WriteFile("greeting.py", CleanModule + "\n\ndef farewell(name: str) -> str:\n    \"\"\"Say goodbye.\n\n    Args:\n        name: Who leaves.\n\n    Returns:\n        The farewell.\n    \"\"\"\n    return \"bye \" + name\n")
            .WriteFile("tests/test_greeting.py", "from greeting import farewell, greet\n\n\ndef test_farewell():\n    assert farewell(\"\") == \"bye \"\n    assert greet(\"\") == \"hello \"\n");
        repo.WriteFile("CHANGELOG.md", Changelog.Replace("## [Unreleased]\n### Added\n- The greeting module.", "## [Unreleased]\n### Fixed\n- Farewells.", StringComparison.Ordinal));
        repo.CommitAll("Add farewell\n\n" + Plan);

        string[] args = failOn is null ? ["check", "--base", "main"] : ["check", "--base", "main", "--fail-on", failOn];
        var result = await RunAsync(repo, args);

        Assert.Equal(expected, result.ExitCode);
        Assert.Contains("CHL106", result.Output, StringComparison.Ordinal);
        Assert.Contains("✘ CHANGELOG updated", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("markdown")]
    [InlineData("github")]
    [InlineData("gitlab")]
    [InlineData("text")]
    public async Task Writes_each_format_to_a_golden(string format)
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("app/greeting.py", TodoModule).WriteFile("CHANGELOG.md", Changelog);

        var result = await RunAsync(folder, "check", "--all", "--format", format);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Golden.Match(result.ToGolden(folder.Root), $"Golden/check.{format}.snap");
    }

    [Fact]
    public async Task Machine_formats_parse()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("greeting.py", TodoModule);

        using var json = JsonDocument.Parse((await RunAsync(folder, "check", "--format", "json")).Output);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        using var sarif = JsonDocument.Parse((await RunAsync(folder, "check", "--format", "sarif")).Output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var junit = XDocument.Parse((await RunAsync(folder, "check", "--format", "junit")).Output);
        Assert.NotEmpty(junit.Descendants("testcase"));
        using var gitlab = JsonDocument.Parse((await RunAsync(folder, "check", "--format", "gitlab")).Output);
        Assert.Equal(JsonValueKind.Array, gitlab.RootElement.ValueKind);
    }

    [Fact]
    public async Task Json_reports_of_every_shape_match_the_published_schema()
    {
        var schema = File.ReadAllText(Golden.PathNextToCaller("../../../docs/report-schema.json"));

        // A failing tree with findings from several rules and a skipped (undecodable) file.
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("app/greeting.py", TodoModule).WriteFile("broken.py", "def f(:\n    pass\n");
        File.WriteAllBytes(folder.FullPath("latin.py"), [(byte)'x', (byte)' ', (byte)'=', (byte)' ', (byte)'"', 0xE9, (byte)'"', (byte)'\n']);
        var failing = await RunAsync(folder, "check", "--all", "--format", "json");

        // A passing change in git that adds a suppression, checked against its base.
        using var repo = TempGitRepository.Create();
        repo.WriteFile("CHANGELOG.md", Changelog).WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");
        repo.CheckoutNewBranch("feature");
        repo.WriteFile("greeting.py", "\"\"\"Greetings.\"\"\"\n\n\ndef greet(name: str) -> str:\n    \"\"\"Greet someone.\n\n    Args:\n        name: Who to greet.\n\n    Returns:\n        The greeting.\n    \"\"\"\n    # TODO: later  # noqa: PLH001\n    return name\n")
            .WriteFile("tests/test_greeting.py", "from greeting import greet\n\n\ndef test_greet():\n    assert greet(\"\") == \"\"\n");
        repo.WriteFile("CHANGELOG.md", Changelog.Replace("- The greeting module.", "- The greeting module.\n- A greeting.", StringComparison.Ordinal));
        repo.CommitAll("Add a greeting\n\n" + Plan);
        var passing = await RunAsync(repo, "check", "--base", "main", "--format", "json");

        Assert.Equal(ExitCodes.Failure, failing.ExitCode);
        Assert.Equal(ExitCodes.Success, passing.ExitCode);
        foreach (var report in new[] { failing.Output, passing.Output })
        {
            Assert.Empty(JsonSchemaValidator.Validate(schema, report));
        }

        using var failed = JsonDocument.Parse(failing.Output);
        Assert.NotEmpty(failed.RootElement.GetProperty("notes").EnumerateArray());
        Assert.Contains(failed.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "RUN001");
        using var passed = JsonDocument.Parse(passing.Output);
        Assert.NotEmpty(passed.RootElement.GetProperty("newSuppressions").EnumerateArray());
    }

    [Fact]
    public async Task Writes_the_report_to_an_output_file()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("greeting.py", TodoModule);

        var result = await RunAsync(folder, "check", "--format", "json", "--output", "out/report.json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Empty(result.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(folder.FullPath("out/report.json")));
        Assert.Equal("failed", json.RootElement.GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("--all", "--staged")]
    [InlineData("--base", "main", "--all")]
    [InlineData("--format", "yaml")]
    [InlineData("--fail-on", "fatal")]
    public async Task Rejects_bad_arguments_with_exit_2(params string[] args)
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        var result = await RunAsync(folder, ["check", .. args]);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public async Task Rejects_an_unknown_base_with_exit_2()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("a.py", CleanModule);
        repo.CommitAll("Initial commit");

        var result = await RunAsync(repo, "check", "--base", "no-such-branch");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no-such-branch", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_bad_configuration_with_file_and_line()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("greeting.py", CleanModule)
            .WriteFile("prodready.toml", "select = [\"PLH\"]\nfail-on = \"sometimes\"\n");

        var result = await RunAsync(folder, "check");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("prodready.toml:2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_rule_code_in_configuration_is_a_usage_error()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("greeting.py", CleanModule)
            .WriteFile("pyproject.toml", "[project]\nname = \"demo\"\n\n[tool.prodready]\nignore = [\"ZZZ999\"]\n");

        var result = await RunAsync(folder, "check");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("pyproject.toml:5", result.Error, StringComparison.Ordinal);
        Assert.Contains("ZZZ999", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configuration_ignore_removes_a_rule()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("greeting.py", TodoModule)
            .WriteFile("prodready.toml", "ignore = [\"PLH001\"]\n");

        var result = await RunAsync(folder, "check", "--all");

        Assert.DoesNotContain("PLH001", result.Output, StringComparison.Ordinal);
    }

    private static Task<CliResult> RunAsync(TempGitRepository repo, params string[] args) =>
        CliRunner.RunAsync(repo.Root, null, Plan, repo.Environment, args);

    [Theory]
    [InlineData("/dev/null", true)]
    [InlineData("/dev/stdout", true)]
    [InlineData("/dev/fd/3", true)]
    [InlineData("/devices/report.json", false)]
    [InlineData("/tmp/dev/report.json", false)]
    public void Writes_device_paths_in_place_rather_than_renaming_over_them(string path, bool expected)
    {
        Assert.Equal(expected && !OperatingSystem.IsWindows(), ProdReady.Cli.Commands.CheckCommand.IsDevicePath(path));
    }
}
