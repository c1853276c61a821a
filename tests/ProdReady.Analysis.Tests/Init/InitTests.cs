using ProdReady.Analysis.Init;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Init;

[Trait("Issue", "12")]
public sealed class InitTests
{
    [Theory]
    [InlineData("Add.\n\n    Args:\n        a: first.\n", "google")]
    [InlineData("Add.\n\nParameters\n----------\na : int\n", "numpy")]
    [InlineData("Add.\n\n:param a: first.\n:returns: the sum.\n", "sphinx")]
    [InlineData("Add two numbers.", null)]
    [InlineData("Args:\nnot indented after", null)]
    public void Classifies_a_docstring_by_its_sections(string docstring, string? convention) =>
        Assert.Equal(convention, DocstringConventionDetector.Classify(docstring));

    [Fact]
    public void Chooses_the_most_frequent_convention_and_google_on_a_tie_or_none()
    {
        Assert.Equal("numpy", DocstringConventionDetector.Count(["P\n\nParameters\n---\nx", "P\n\nReturns\n-------\nint", "A\n\nArgs:\n  x: y"]).Convention);
        Assert.Equal("google", DocstringConventionDetector.Count(["P\n\nParameters\n---\nx", "A\n\nArgs:\n  x: y"]).Convention);
        Assert.Equal("google", DocstringConventionDetector.Count(["plain"]).Convention);
    }

    [Fact]
    public void Surveys_a_src_layout_with_its_version_and_numpy_docstrings()
    {
        using var tree = new TempTree()
            .File("pyproject.toml", "[project]\nname = \"demo\"\nrequires-python = \">=3.10\"\n")
            .File("src/pkg/__init__.py", "\"\"\"Package.\n\nParameters\n----------\nx : int\n\"\"\"\n")
            .File("tests/test_pkg.py", "def test_x():\n    pass\n");

        var survey = ProjectSurvey.Survey(tree.Root);

        Assert.Equal(["src"], survey.Src);
        Assert.Equal(["tests"], survey.Tests);
        Assert.Equal("py310", survey.TargetVersion);
        Assert.Equal("numpy", survey.Docstrings.Convention);
    }

    [Fact]
    public void Surveys_a_flat_layout_without_a_declared_version()
    {
        using var tree = new TempTree().File("app.py", "def f():\n    \"\"\"F.\n\n    Args:\n        x: y.\n    \"\"\"\n");

        var survey = ProjectSurvey.Survey(tree.Root);

        Assert.Equal(["."], survey.Src);
        Assert.Empty(survey.Tests);
        Assert.Null(survey.TargetVersion);
        Assert.Equal("google", survey.Docstrings.Convention);
        Assert.Equal(1, survey.Docstrings.Google);
    }

    [Fact]
    public void Reads_the_version_from_python_version_when_nothing_else_declares_it()
    {
        using var tree = new TempTree().File("app.py", "x = 1\n").File(".python-version", "3.12.1\n");
        Assert.Equal("py312", ProjectSurvey.Survey(tree.Root).TargetVersion);
    }

    [Fact]
    public void Appends_the_table_in_the_files_own_line_ends()
    {
        Assert.Equal("\n\n[tool.prodready]\nsrc = [\".\"]\n", InitConfigurationWriter.TableToAppend("[project]\nname = \"x\"", "src = [\".\"]\n"));
        Assert.Equal("\r\n[tool.prodready]\r\nsrc = [\".\"]\r\n", InitConfigurationWriter.TableToAppend("[project]\r\n", "src = [\".\"]\n"));
        Assert.Equal("[tool.prodready]\nsrc = [\".\"]\n", InitConfigurationWriter.TableToAppend("", "src = [\".\"]\n"));
    }

    [Fact]
    public void Leaves_existing_configurations_alone()
    {
        using var dedicated = new TempTree().File("prodready.toml", "select = [\"ALL\"]\n");
        Assert.Contains("prodready.toml already exists", InitConfigurationWriter.ExistingConfiguration(dedicated.Root), StringComparison.Ordinal);

        using var table = new TempTree().File("pyproject.toml", "[tool.prodready.per-file-ignores]\n\"a.py\" = [\"PLH\"]\n");
        Assert.Contains("already has a [tool.prodready] table", InitConfigurationWriter.ExistingConfiguration(table.Root), StringComparison.Ordinal);

        using var inline = new TempTree().File("pyproject.toml", "tool = { black = { line-length = 100 } }\n");
        Assert.Contains("defines `tool` as a value", InitConfigurationWriter.ExistingConfiguration(inline.Root), StringComparison.Ordinal);

        using var broken = new TempTree().File("pyproject.toml", "[project\n");
        Assert.Contains("invalid TOML", InitConfigurationWriter.ExistingConfiguration(broken.Root), StringComparison.Ordinal);

        using var free = new TempTree().File("pyproject.toml", "[tool.black]\nline-length = 100\n");
        Assert.Null(InitConfigurationWriter.ExistingConfiguration(free.Root));
    }
}
