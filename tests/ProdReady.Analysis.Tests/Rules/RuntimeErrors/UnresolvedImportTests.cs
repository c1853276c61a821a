using ProdReady.Analysis.Rules.RuntimeErrors;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.RuntimeErrors;

public sealed class UnresolvedImportTests
{
    private static TempTree Project(string dependencies) => new TempTree()
        .File("pyproject.toml", $"[project]\nname = \"app\"\nrequires-python = \">=3.9\"\ndependencies = [{dependencies}]\n[dependency-groups]\ntest = [\"pytest\"]\n")
        .File("src/app/__init__.py", string.Empty)
        .File("src/app/core.py", "VALUE = 1\n");

    [Fact]
    public void Reports_undeclared_third_party_imports_with_the_distribution_to_declare()
    {
        using var tree = Project("\"requests\"").File("src/app/main.py", "import requests\nimport yaml\nfrom app import core\nimport os.path\n");
        var finding = Assert.Single(ProjectHarness.Check(tree, new UnresolvedImport(), "src/app/main.py"));
        Assert.Equal(2, finding.Location!.Line);
        Assert.Contains("declare 'PyYAML'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_development_dependencies_for_test_code_only()
    {
        using var tree = Project("\"requests\"")
            .File("tests/test_core.py", "import pytest\nfrom app.core import VALUE\n")
            .File("src/app/main.py", "import pytest\n");
        Assert.Empty(ProjectHarness.Check(tree, new UnresolvedImport(), "tests/test_core.py"));
        var finding = Assert.Single(ProjectHarness.Check(tree, new UnresolvedImport(), "src/app/main.py"));
        Assert.Contains("development dependency", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_typing_extensions_to_the_type_checkers_in_a_type_test_they_alone_read()
    {
        const string TypeTest = "from typing_extensions import assert_type\n\nassert_type(1, int)\n";
        using var tree = Project("\"requests\"")
            .File("mypy.ini", "[mypy]\nfiles = src/app, tests/typing\n")
            .File("tests/typing/typing_options.py", TypeTest)
            .File("tests/typing/test_options.py", TypeTest)
            .File("tests/other/typing_options.py", TypeTest)
            .File("src/app/typed.py", TypeTest);

        Assert.Empty(ProjectHarness.Check(tree, new UnresolvedImport(), "tests/typing/typing_options.py"));
        Assert.Single(ProjectHarness.Check(tree, new UnresolvedImport(), "tests/typing/test_options.py"));
        Assert.Single(ProjectHarness.Check(tree, new UnresolvedImport(), "tests/other/typing_options.py"));
        Assert.Single(ProjectHarness.Check(tree, new UnresolvedImport(), "src/app/typed.py"));
    }

    [Fact]
    public void Judges_standard_library_modules_by_the_target_version()
    {
        using var tree = Project(string.Empty).File("src/app/main.py", "import tomllib\nimport sys\nif sys.version_info >= (3, 11):\n    import tomllib as t2\ntry:\n    import tomli\nexcept ImportError:\n    tomli = None\n");
        var finding = Assert.Single(ProjectHarness.Check(tree, new UnresolvedImport(), "src/app/main.py"));
        Assert.Equal(1, finding.Location!.Line);
        Assert.Contains("only from Python 3.11", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_missing_project_submodules_and_relative_imports_above_the_top()
    {
        using var tree = Project(string.Empty).File("src/app/main.py", "import app.nothing\nfrom . import core\nfrom ... import too_far\n");
        var findings = ProjectHarness.Check(tree, new UnresolvedImport(), "src/app/main.py");
        Assert.Equal([1, 3], findings.Select(f => f.Location!.Line));
    }

    [Fact]
    public void Stays_silent_about_third_party_imports_when_nothing_is_declared()
    {
        using var tree = new TempTree().File("script.py", "import requests\nimport distutils\n");
        var finding = Assert.Single(ProjectHarness.Check(tree, new UnresolvedImport(), "script.py"));
        Assert.Contains("removed from the standard library", finding.Message, StringComparison.Ordinal);
    }
}
