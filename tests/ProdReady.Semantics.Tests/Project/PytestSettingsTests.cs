using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.Tests.Project;

public sealed class PytestSettingsTests
{
    private static PytestSettings Load(params (string Name, string Text)[] files)
    {
        var byName = files.ToDictionary(file => file.Name, file => file.Text, StringComparer.Ordinal);
        return PytestSettingsReader.Load(name => byName.GetValueOrDefault(name));
    }

    private static void AssertDefaults(PytestSettings settings)
    {
        Assert.Empty(settings.TestPaths);
        Assert.Equal(["test_*.py", "*_test.py"], settings.PythonFiles);
        Assert.Equal(["Test"], settings.PythonClasses);
        Assert.Equal(["test"], settings.PythonFunctions);
        Assert.Equal(PytestSettings.DefaultNoRecurseDirs, settings.NoRecurseDirs);
    }

    [Fact]
    public void Defaults_apply_without_configuration()
    {
        var settings = Load();

        Assert.Null(settings.ConfigFile);
        AssertDefaults(settings);
        Assert.Empty(settings.Problems);
    }

    [Theory]
    [InlineData("pytest.ini", "[pytest]")]
    [InlineData(".pytest.ini", "[pytest]")]
    [InlineData("tox.ini", "[pytest]")]
    [InlineData("setup.cfg", "[tool:pytest]")]
    public void Reads_ini_files(string name, string header)
    {
        var settings = Load((name, $"""
            {header}
            testpaths =
                tests
                integration
            python_files = check_*.py *_spec.py
            python_classes = Check *Suite
            python_functions = check_ should_*
            norecursedirs = .* vendor
            """));

        Assert.Equal(name, settings.ConfigFile);
        Assert.Equal(["tests", "integration"], settings.TestPaths);
        Assert.Equal(["check_*.py", "*_spec.py"], settings.PythonFiles);
        Assert.Equal(["Check", "*Suite"], settings.PythonClasses);
        Assert.Equal(["check_", "should_*"], settings.PythonFunctions);
        Assert.Equal([".*", "vendor"], settings.NoRecurseDirs);
        Assert.Empty(settings.Problems);
    }

    [Fact]
    public void Reads_ini_options_of_pyproject_toml_as_strings_or_arrays()
    {
        var settings = Load(("pyproject.toml", """
            [project]
            name = "demo"

            [tool.pytest.ini_options]
            testpaths = ["tests", "integration"]
            python_files = "check_*.py  *_spec.py"
            python_functions = 7
            """));

        Assert.Equal("pyproject.toml", settings.ConfigFile);
        Assert.Equal(["tests", "integration"], settings.TestPaths);
        Assert.Equal(["check_*.py", "*_spec.py"], settings.PythonFiles);
        Assert.Equal(["7"], settings.PythonFunctions);
        Assert.Equal(["Test"], settings.PythonClasses);
        Assert.Empty(settings.Problems);
    }

    [Fact]
    public void Reads_the_native_tool_pytest_table_of_pyproject_toml()
    {
        var settings = Load(("pyproject.toml", """
            [tool.pytest]
            minversion = "9.0"
            python_files = ["check_*.py"]
            testpaths = ["tests"]
            """));

        Assert.Equal(["check_*.py"], settings.PythonFiles);
        Assert.Equal(["tests"], settings.TestPaths);
        Assert.Empty(settings.Problems);
    }

    [Theory]
    [InlineData("pytest.toml")]
    [InlineData(".pytest.toml")]
    public void Reads_pytest_toml(string name)
    {
        var settings = Load((name, """
            [pytest]
            python_files = ["*_spec.py"]
            python_classes = ["Describe"]
            """));

        Assert.Equal(name, settings.ConfigFile);
        Assert.Equal(["*_spec.py"], settings.PythonFiles);
        Assert.Equal(["Describe"], settings.PythonClasses);
    }

    [Fact]
    public void Native_tables_require_arrays_of_strings()
    {
        var settings = Load(("pytest.toml", """
            [pytest]
            python_files = "check_*.py"
            python_classes = ["Check", 3]
            python_functions = ["check"]
            """));

        Assert.Equal(["test_*.py", "*_test.py"], settings.PythonFiles);
        Assert.Equal(["Test"], settings.PythonClasses);
        Assert.Equal(["check"], settings.PythonFunctions);
        Assert.Equal(2, settings.Problems.Count);
        Assert.Contains("`python_files` expects an array of strings, not str", settings.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("`python_classes` item 1 is int", settings.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pytest_toml_wins_over_every_other_file()
    {
        var settings = Load(
            ("pytest.toml", ""),
            ("pytest.ini", "[pytest]\npython_files = a_*.py\n"),
            ("pyproject.toml", "[tool.pytest.ini_options]\npython_files = \"b_*.py\"\n"));

        Assert.Equal("pytest.toml", settings.ConfigFile);
        AssertDefaults(settings);
    }

    [Fact]
    public void Pytest_ini_wins_even_without_a_pytest_section()
    {
        var settings = Load(
            ("pytest.ini", "[other]\nx = 1\n"),
            ("pyproject.toml", "[tool.pytest.ini_options]\npython_files = \"b_*.py\"\n"),
            ("tox.ini", "[pytest]\npython_files = c_*.py\n"));

        Assert.Equal("pytest.ini", settings.ConfigFile);
        AssertDefaults(settings);
    }

    [Fact]
    public void Pytest_ini_wins_over_its_hidden_twin()
    {
        var settings = Load(("pytest.ini", "[pytest]\npython_files = a_*.py\n"), (".pytest.ini", "[pytest]\npython_files = b_*.py\n"));

        Assert.Equal(["a_*.py"], settings.PythonFiles);
    }

    [Fact]
    public void Pyproject_toml_wins_over_tox_ini_and_setup_cfg_when_it_has_pytest_settings()
    {
        var settings = Load(
            ("pyproject.toml", "[tool.pytest.ini_options]\npython_files = \"b_*.py\"\n"),
            ("tox.ini", "[pytest]\npython_files = c_*.py\n"),
            ("setup.cfg", "[tool:pytest]\npython_files = d_*.py\n"));

        Assert.Equal(["b_*.py"], settings.PythonFiles);
    }

    [Fact]
    public void Files_without_pytest_settings_are_passed_over()
    {
        var settings = Load(
            ("pyproject.toml", "[project]\nname = \"demo\"\n"),
            ("tox.ini", "[tox]\nenvlist = py313\n"),
            ("setup.cfg", "[tool:pytest]\npython_files = d_*.py\n"));

        Assert.Equal("setup.cfg", settings.ConfigFile);
        Assert.Equal(["d_*.py"], settings.PythonFiles);
    }

    [Fact]
    public void Tox_ini_wins_over_setup_cfg()
    {
        var settings = Load(("tox.ini", "[pytest]\npython_files = c_*.py\n"), ("setup.cfg", "[tool:pytest]\npython_files = d_*.py\n"));

        Assert.Equal(["c_*.py"], settings.PythonFiles);
    }

    [Fact]
    public void A_pyproject_toml_without_pytest_settings_is_the_config_file_of_last_resort()
    {
        var settings = Load(("pyproject.toml", "[project]\nname = \"demo\"\n"), ("setup.cfg", "[metadata]\nname = demo\n"));

        Assert.Equal("pyproject.toml", settings.ConfigFile);
        AssertDefaults(settings);
    }

    [Fact]
    public void An_empty_ini_options_table_still_counts()
    {
        var settings = Load(("pyproject.toml", "[tool.pytest.ini_options]\n"), ("tox.ini", "[pytest]\npython_files = c_*.py\n"));

        Assert.Equal("pyproject.toml", settings.ConfigFile);
        AssertDefaults(settings);
    }

    [Theory]
    [InlineData("pytest.ini", "[pytest]\nkey:value\n", 2)]
    [InlineData("tox.ini", "python_files = x\n", 1)]
    [InlineData("setup.cfg", "[tool:pytest]\n  orphan\n", 2)]
    [InlineData("pyproject.toml", "[tool.pytest.ini_options\npython_files = 1\n", 1)]
    [InlineData("pytest.toml", "[pytest]\npython_files = =\n", 2)]
    public void Survives_malformed_files_with_a_problem_and_defaults(string name, string text, int line)
    {
        var settings = Load((name, text), ("setup.cfg" == name ? "tox.ini" : "setup.cfg", "[tool:pytest]\npython_files = z_*.py\n"));

        Assert.Equal(name, settings.ConfigFile);
        AssertDefaults(settings);
        var problem = Assert.Single(settings.Problems);
        Assert.Equal(name, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.EndsWith("pytest's defaults are used", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_pytest_section_in_setup_cfg()
    {
        var settings = Load(("setup.cfg", "[pytest]\npython_files = d_*.py\n"));

        AssertDefaults(settings);
        Assert.Contains("[tool:pytest]", Assert.Single(settings.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_both_pyproject_tables_at_once()
    {
        var settings = Load(("pyproject.toml", """
            [tool.pytest]
            python_files = ["a_*.py"]

            [tool.pytest.ini_options]
            python_files = "b_*.py"
            """));

        AssertDefaults(settings);
        Assert.Contains("cannot use both", Assert.Single(settings.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tool = 3\n", "`tool` must be a table, not int")]
    [InlineData("[tool]\npytest = \"x\"\n", "`tool.pytest` must be a table, not str")]
    [InlineData("[tool.pytest]\nini_options = [1]\n", "`tool.pytest.ini_options` must be a table, not list")]
    public void Reports_misshapen_pyproject_tables(string text, string message)
    {
        var settings = Load(("pyproject.toml", text));

        AssertDefaults(settings);
        Assert.Contains(message, Assert.Single(settings.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_value_falls_back_alone()
    {
        var settings = Load(("pytest.ini", "[pytest]\npython_files = 'unclosed\npython_classes = Check\n"));

        Assert.Equal(["test_*.py", "*_test.py"], settings.PythonFiles);
        Assert.Equal(["Check"], settings.PythonClasses);
        var problem = Assert.Single(settings.Problems);
        Assert.Equal("`python_files` No closing quotation; pytest's default is used", problem.Message);
    }

    [Fact]
    public void An_empty_ini_value_is_an_empty_list()
    {
        var settings = Load(("pytest.ini", "[pytest]\npython_files =\n"));

        Assert.Empty(settings.PythonFiles);
    }

    [Fact]
    public void An_unreadable_file_is_a_problem()
    {
        var settings = PytestSettingsReader.Load(name => name == "tox.ini" ? throw new IOException("denied") : null);

        Assert.Equal("tox.ini", settings.ConfigFile);
        AssertDefaults(settings);
        Assert.Contains("denied", Assert.Single(settings.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loads_from_a_project_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "prodready-pytest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllText(Path.Combine(root, "setup.cfg"), "[tool:pytest]\npython_files = check_*.py\n");
            File.WriteAllText(Path.Combine(root, "tox.ini"), "[tox]\n");

            var settings = PytestSettings.Load(root);

            Assert.Equal("setup.cfg", settings.ConfigFile);
            Assert.Equal(["check_*.py"], settings.PythonFiles);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("pyproject.toml", "[tool.pytest.ini_options]\ntestpaths = [\"tests\", 'it']\npython_files = \"check_*.py\"\n[tool.pytest]\nx = {a = 1}\n")]
    [InlineData("pytest.toml", "[pytest]\npython_classes = [\"Check\"]\nwhen = 1979-05-27T07:32:00Z\n[[pytest.list]]\nx = 1\n")]
    [InlineData("pytest.ini", "[pytest]\ntestpaths =\n    tests \"a b\"\n; comment\npython_files: check_*.py\n[other]\n")]
    [InlineData("setup.cfg", "[metadata]\nname = x\n[tool:pytest]\nnorecursedirs = 'vendor' \\\n")]
    public void Survives_every_prefix_of_a_file(string name, string text)
    {
        for (var length = 0; length <= text.Length; length++)
        {
            var settings = Load((name, text[..length]));
            Assert.NotNull(settings.PythonFiles);
        }
    }
    [Fact]
    public void Reads_addopts_as_words()
    {
        Assert.Equal(["-ra", "--cov=shop", "--cov-config", "config/cov.ini"], Load(("pytest.ini", "[pytest]\naddopts = -ra --cov=shop\n  --cov-config config/cov.ini\n")).AddOpts);
        Assert.Equal(["--cov", "-q"], Load(("pyproject.toml", "[tool.pytest.ini_options]\naddopts = [\"--cov\", \"-q\"]\n")).AddOpts);
        Assert.Empty(Load().AddOpts);
    }
}
