using System.Text;
using ProdReady.Git;
using ProdReady.Git.Changes;
using ProdReady.Reporting;
using ProdReady.Testing;

namespace ProdReady.Gate.Tests;

/// <summary>The gate pipeline run directly, without the command line, against throw-away folders and repositories.</summary>
public sealed class GateRunnerTests
{
    /// <summary>A body change of <c>add</c>: the module's outline stays the same.</summary>
    private const string SwappedAdd = "def add(a, b):\n    return b + a\n";

    /// <summary>The same, with a class the test map has to find a test for.</summary>
    private const string SwappedAddWithCalc = SwappedAdd + "\n\nclass Calc:\n    def run(self):\n        return 1\n";

    private const string TodoModule = """
        def greet(name):
            # TODO: say hello properly
            return name
        """;

    [Fact]
    public async Task Reports_a_todo_in_the_whole_tree()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("app/greeting.py", TodoModule);

        var report = await RunAsync(folder, Options(ChangeScopeMode.All));

        Assert.Equal(GateVerdict.Failed, report.Verdict);
        var finding = Assert.Single(report.Diagnostics, d => d.Code == "PLH001");
        Assert.Equal("app/greeting.py", finding.Location?.Path);
        Assert.Equal(1, report.FilesChecked);
    }

    [Fact]
    public async Task Narrows_the_tree_to_the_given_paths()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("app/greeting.py", TodoModule).WriteFile("other/clean.py", "VALUE = 1\n");

        var report = await RunAsync(folder, Options(ChangeScopeMode.All) with { Paths = ["other"] });

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "PLH001");
        Assert.Equal(1, report.FilesChecked);
    }

    [Fact]
    public async Task Reads_the_staged_content_rather_than_the_working_tree()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");
        repo.WriteFile("greeting.py", TodoModule).Stage("greeting.py");
        repo.WriteFile("greeting.py", "def greet(name):\n    return name\n");

        var report = await RunAsync(repo, Options(ChangeScopeMode.Staged));

        Assert.Contains(report.Diagnostics, d => d.Code == "PLH001" && d.Location?.Path == "greeting.py");
    }

    [Fact]
    public async Task Refuses_an_unknown_base_as_a_usage_error()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");

        var error = await Assert.ThrowsAsync<UsageException>(() => RunAsync(repo, Options(ChangeScopeMode.Base) with { BaseRef = "no-such-branch" }));

        Assert.Contains("no-such-branch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_bad_configuration_as_a_usage_error()
    {
        using var folder = TempGitRepository.CreateWithoutRepository();
        folder.WriteFile("greeting.py", TodoModule).WriteFile("prodready.toml", "select = [\n");

        await Assert.ThrowsAsync<UsageException>(() => RunAsync(folder, Options(ChangeScopeMode.All)));
    }

    [Fact]
    public async Task Refuses_a_bad_configuration_of_a_change_as_a_usage_error()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("README.md", "demo\n").WriteFile("prodready.toml", "select = [\n");
        repo.CommitAll("Initial commit");
        repo.WriteFile("greeting.py", TodoModule);

        var error = await Assert.ThrowsAsync<UsageException>(() => RunAsync(repo, Options(ChangeScopeMode.Default)));

        Assert.Contains("prodready.toml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_an_unknown_base_before_a_bad_configuration()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("README.md", "demo\n").WriteFile("prodready.toml", "select = [\n");
        repo.CommitAll("Initial commit");

        var error = await Assert.ThrowsAsync<UsageException>(() => RunAsync(repo, Options(ChangeScopeMode.Base) with { BaseRef = "no-such-branch" }));

        Assert.Contains("no-such-branch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolves_a_change_s_imports_against_every_module_of_the_tree()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("pkg/__init__.py", "")
            .WriteFile("pkg/util.py", "def helper():\n    return 1\n");
        repo.CommitAll("Initial commit");
        repo.WriteFile("pkg/app.py", "from pkg.util import helper\nfrom pkg.missing import thing\n\nprint(helper(), thing)\n");

        var report = await RunAsync(repo, Options(ChangeScopeMode.Default));

        var unresolved = report.Diagnostics.Where(d => d.Code is "RUN005" or "RUN006").ToList();
        var finding = Assert.Single(unresolved);
        Assert.Contains("pkg.missing", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.FilesChecked);
    }

    [Fact]
    public async Task Applies_a_configuration_named_on_the_command_line_to_a_change()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("README.md", "demo\n").WriteFile("settings/gate.toml", "ignore = [\"PLH001\"]\n");
        repo.CommitAll("Initial commit");
        repo.WriteFile("greeting.py", TodoModule);

        var plain = await RunAsync(repo, Options(ChangeScopeMode.Default));
        var configured = await RunAsync(repo, Options(ChangeScopeMode.Default) with { ConfigPath = "settings/gate.toml" });

        Assert.Contains(plain.Diagnostics, d => d.Code == "PLH001");
        Assert.DoesNotContain(configured.Diagnostics, d => d.Code == "PLH001");
    }

    [Fact]
    public async Task Checks_a_change_from_a_subfolder_as_from_the_root()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("pkg/__init__.py", "").WriteFile("pkg/util.py", "def helper():\n    return 1\n");
        repo.CommitAll("Initial commit");
        repo.WriteFile("pkg/app.py", "from pkg.util import helper\nfrom pkg.missing import thing\n\nprint(helper(), thing)\n");

        var fromRoot = await RunAsync(repo, Options(ChangeScopeMode.Default));
        var fromSubfolder = await RunAsync(repo, Options(ChangeScopeMode.Default), repo.FullPath("pkg"));

        Assert.Equal(
            fromRoot.Diagnostics.Select(d => (d.Code, d.Location?.Path, d.Location?.Line)),
            fromSubfolder.Diagnostics.Select(d => (d.Code, d.Location?.Path, d.Location?.Line)));
        Assert.Contains(fromSubfolder.Diagnostics, d => d.Code == "RUN005" && d.Location?.Path == "pkg/app.py");
    }

    [Fact]
    public async Task Stops_a_cancelled_change_with_its_early_setup()
    {
        using var repo = RepositoryWithUncommittedTodo();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(repo, Options(ChangeScopeMode.Default), cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task Analyses_with_the_warm_up_the_process_started()
    {
        using var repo = RepositoryWithUncommittedTodo();
        var warmUp = GateRunner.StartWarmUp();

        var report = await RunAsync(repo, Options(ChangeScopeMode.Default), warmUp: warmUp);
        await warmUp;

        Assert.True(warmUp.IsCompletedSuccessfully);
        Assert.Contains(report.Diagnostics, d => d.Code == "PLH001" && d.Location?.Path == "greeting.py");
    }

    [Fact]
    public async Task Surfaces_a_failed_warm_up_of_the_process_rather_than_ignoring_it()
    {
        using var repo = RepositoryWithUncommittedTodo();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => RunAsync(repo, Options(ChangeScopeMode.Default), warmUp: Task.FromException(new InvalidOperationException("warm-up failed"))));

        Assert.Equal("warm-up failed", error.Message);
    }

    [Fact]
    public async Task Keeps_a_staged_check_s_contents_out_of_the_test_map_s_record()
    {
        // The index holds one version of the module (S) and the working tree another (W, which adds Calc). A staged
        // check analyses S; had it recorded the map, the record would pair S's outline with W's stamp, and the next
        // check of the working tree would trust that stamp and never follow the test that reaches W's Calc.
        using var repo = CalcRepository();
        StageOneVersionAndEditAnother(repo, staged: SwappedAdd, working: SwappedAddWithCalc);

        var staged = await RunAsync(repo, Options(ChangeScopeMode.Staged));
        var working = await RunAsync(repo, Options(ChangeScopeMode.Default));

        Assert.DoesNotContain(staged.Diagnostics, d => d.Message.Contains("Calc", StringComparison.Ordinal));
        Assert.Contains(working.Diagnostics, d => d.Code.StartsWith("TST", StringComparison.Ordinal));
        Assert.DoesNotContain(working.Diagnostics, d => d.Code == "TST001" && d.Message.Contains("Calc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leaves_no_record_from_a_staged_check_for_a_later_change_to_trust()
    {
        // The staged check sees S of pkg/calc.py while the disk holds W, in which Calc.run calls util.helper. Once W is
        // committed, a change to helper must find test_run, which reaches helper only through W's Calc: a record made
        // from S would say test_run never runs through pkg/util.py, and calc.py's unchanged stamp would vouch for it.
        using var repo = CalcRepository();
        repo.WriteFile("pkg/util.py", "def helper():\n    return 1\n");
        repo.CommitAll("Add a helper");
        StageOneVersionAndEditAnother(repo, staged: SwappedAdd, working: "from pkg.util import helper\n\n\ndef add(a, b):\n    return b + a\n\n\nclass Calc:\n    def run(self):\n        return helper()\n");

        await RunAsync(repo, Options(ChangeScopeMode.Staged));
        repo.CommitAll("Add Calc");
        repo.WriteFile("pkg/util.py", "def helper():\n    return 2 - 1\n");
        var change = await RunAsync(repo, Options(ChangeScopeMode.Default));

        Assert.DoesNotContain(change.Diagnostics, d => d.Code == "TST001");
    }

    [Fact]
    public async Task Compares_a_staged_file_with_the_record_whatever_its_stamp_says()
    {
        // A check of the working tree records W of pkg/calc.py; the index holds S, which adds Calc. The staged check
        // analyses S: W's unchanged stamp must not let the record's outline of W stand for it.
        using var repo = CalcRepository();
        StageOneVersionAndEditAnother(repo, staged: SwappedAddWithCalc, working: SwappedAdd);

        await RunAsync(repo, Options(ChangeScopeMode.Default));
        var staged = await RunAsync(repo, Options(ChangeScopeMode.Staged));

        Assert.Contains(staged.Diagnostics, d => d.Code == "DOC001" && d.Message.Contains("Calc", StringComparison.Ordinal));
        Assert.DoesNotContain(staged.Diagnostics, d => d.Code == "TST001" && d.Message.Contains("Calc", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_the_tool_with_the_version_of_directory_build_props()
    {
        Assert.Equal("prodready", ToolIdentity.Current.Name);
        var props = System.Xml.Linq.XDocument.Load(Golden.PathNextToCaller("../../Directory.Build.props"));
        Assert.Equal(props.Descendants("Version").Single().Value.Trim(), ToolIdentity.Current.Version);
    }

    /// <summary>
    /// Stages one version of <c>pkg/calc.py</c> and leaves another in the working tree, written a minute ago: outside
    /// the window in which the test map's record reads a file again whatever its stamp says.
    /// </summary>
    private static void StageOneVersionAndEditAnother(TempGitRepository repo, string staged, string working)
    {
        repo.WriteFile("pkg/calc.py", staged).Stage("pkg/calc.py");
        repo.WriteFile("pkg/calc.py", working);
        File.SetLastWriteTimeUtc(Path.Combine(repo.Root, "pkg/calc.py"), DateTime.UtcNow.AddMinutes(-1));
    }

    /// <summary>
    /// A committed repository with the TST rules on: <c>pkg/calc.py</c> defines <c>add</c>, which <c>test_add</c> tests, and
    /// <c>test_run</c> calls a <c>Calc</c> class the module does not define yet.
    /// </summary>
    private static TempGitRepository CalcRepository()
    {
        var repo = TempGitRepository.Create();
        try
        {
            repo.WriteFile("prodready.toml", "select = [\"ALL\", \"TST\"]\n")
                .WriteFile("pkg/__init__.py", "")
                .WriteFile("pkg/calc.py", "def add(a, b):\n    return a + b\n")
                .WriteFile("tests/test_calc.py", "from pkg.calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n")
                .WriteFile("tests/test_other.py", "from pkg import calc\n\n\ndef test_run():\n    assert calc.Calc().run() == 1\n");
            repo.CommitAll("Initial commit");
            return repo;
        }
        catch
        {
            repo.Dispose();
            throw;
        }
    }

    /// <summary>A repository with one commit and an uncommitted module holding a to-do comment (a PLH001 finding).</summary>
    private static TempGitRepository RepositoryWithUncommittedTodo()
    {
        var repo = TempGitRepository.Create();
        try
        {
            repo.WriteFile("README.md", "demo\n");
            repo.CommitAll("Initial commit");
            repo.WriteFile("greeting.py", TodoModule);
            return repo;
        }
        catch
        {
            repo.Dispose();
            throw;
        }
    }

    private static CheckOptions Options(ChangeScopeMode mode) =>
        new(mode, null, [], ReportFormat.Json, null, null, false, null, null);

    private static async Task<GateReport> RunAsync(TempGitRepository repo, CheckOptions options, string? workingDirectory = null, CancellationToken? cancellationToken = null, Task? warmUp = null)
    {
        using var output = new StringWriter(new StringBuilder());
        using var error = new StringWriter(new StringBuilder());
        using var input = new StringReader("");
        var context = new CliContext(output, error, input, workingDirectory ?? repo.Root, _ => null) { GitEnvironment = repo.Environment, EngineWarmUp = warmUp };
        var runner = new GateRunner(context, new GitCommandLineClient(environment: context.GitEnvironment));
        return await runner.RunAsync(options, cancellationToken ?? TestContext.Current.CancellationToken);
    }
}
