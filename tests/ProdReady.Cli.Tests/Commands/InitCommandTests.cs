using ProdReady.Testing;

namespace ProdReady.Cli.Tests.Commands;

[Trait("Issue", "12")]
public sealed class InitCommandTests
{
    private const string Pyproject = "# The project, as its authors wrote it.\r\n[project]\r\nname = \"demo\"   # aligned comment\r\nrequires-python = \">=3.11\"\r\n\r\n[tool.black]\r\nline-length = 100";

    [Fact]
    public async Task Appends_to_pyproject_keeping_every_byte_and_creates_the_changelog()
    {
        using var tree = new TempTree().File("pyproject.toml", Pyproject).File("src/demo/__init__.py", "x = 1\n").File("tests/test_demo.py", "def test_x():\n    pass\n");
        var before = File.ReadAllBytes(tree.Path("pyproject.toml"));

        var result = await CliRunner.RunAsync(tree.Root, "init");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var after = File.ReadAllBytes(tree.Path("pyproject.toml"));
        Assert.Equal(before, after[..before.Length]);
        Assert.Equal(
            "\r\n\r\n[tool.prodready]\r\nsrc = [\"src\"]\r\ntests = [\"tests\"]\r\ntarget-version = \"py311\"\r\ndocstring-convention = \"google\"\r\n",
            System.Text.Encoding.UTF8.GetString(after[before.Length..]));
        Assert.True(File.Exists(tree.Path("CHANGELOG.md")));
        Assert.Contains("pyproject.toml: added [tool.prodready]", result.Output, StringComparison.Ordinal);
        Assert.Contains("Next: run `prodready check --all`", result.Output, StringComparison.Ordinal);

        var check = await CliRunner.RunAsync(tree.Root, "check", "--all");
        Assert.Contains("configuration read from pyproject.toml", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_prodready_toml_for_a_flat_project_with_numpy_docstrings()
    {
        using var tree = new TempTree().File("app.py", "def f(x):\n    \"\"\"F.\n\n    Parameters\n    ----------\n    x : int\n    \"\"\"\n    return x\n");

        var result = await CliRunner.RunAsync(tree.Root, "init");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("src = [\".\"]\ndocstring-convention = \"numpy\"\n", File.ReadAllText(tree.Path("prodready.toml")));
        Assert.Contains("Detected: a flat layout", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_a_baseline_that_hides_todays_findings()
    {
        using var tree = new TempTree().File("app.py", "\"\"\"App.\"\"\"\n\n\ndef _f() -> int:\n    \"\"\"Return one.\n\n    Returns:\n        One.\n    \"\"\"\n    # TODO: later\n    return 1\n");

        var result = await CliRunner.RunAsync(tree.Root, "init", "--baseline");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(".prodready-baseline.json: recorded 1 finding", result.Output, StringComparison.Ordinal);
        Assert.Contains("baseline = \".prodready-baseline.json\"", File.ReadAllText(tree.Path("prodready.toml")), StringComparison.Ordinal);
        var check = await CliRunner.RunAsync(tree.Root, "check", "--all");
        Assert.Equal(ExitCodes.Success, check.ExitCode);
        Assert.Contains("(1 hidden by the baseline)", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_overwrites_an_existing_configuration()
    {
        const string Existing = "[tool.prodready]\nselect = [\"PLH\"]  # ours\n";
        using var tree = new TempTree().File("pyproject.toml", Existing).File("app.py", "x = 1\n");

        var result = await CliRunner.RunAsync(tree.Root, "init");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("prodready: pyproject.toml already has a [tool.prodready] table; it is left alone\n", result.Error);
        Assert.Equal(Existing, File.ReadAllText(tree.Path("pyproject.toml")));
        Assert.False(File.Exists(tree.Path("CHANGELOG.md")));

        using var dedicated = new TempTree().File("prodready.toml", "select = [\"ALL\"]\n");
        var second = await CliRunner.RunAsync(dedicated.Root, "init");
        Assert.Equal(ExitCodes.UsageError, second.ExitCode);
        Assert.Equal("select = [\"ALL\"]\n", File.ReadAllText(dedicated.Path("prodready.toml")));
    }
}
