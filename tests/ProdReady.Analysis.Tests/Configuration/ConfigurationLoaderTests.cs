using ProdReady.Analysis.Configuration;
using ProdReady.Core.Diagnostics;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Configuration;

public sealed class ConfigurationLoaderTests
{
    private static readonly KnownRuleCodes s_codes = new(["PLH001", "PLH002", "RUN001", "TYP001", "TYP002", "DOC101"]);

    private static ProdReadyConfiguration Parse(string text, string path = "/project/prodready.toml") =>
        ConfigurationLoader.Parse(text, path, s_codes.IsKnownSelector)!;

    private static ConfigurationException ParseError(string text, string path = "/project/prodready.toml") =>
        Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse(text, path, s_codes.IsKnownSelector));

    [Fact]
    public void Defaults_apply_without_a_configuration_file()
    {
        using var tree = new TempTree().Dir(".git");

        var configuration = ConfigurationLoader.Load(tree.Root, null, s_codes.IsKnownSelector);

        Assert.Null(configuration.SourcePath);
        Assert.Equal(tree.Root, configuration.Directory);
        Assert.Equal(["."], configuration.Src);
        Assert.Equal(["tests"], configuration.Tests);
        Assert.Equal(ProdReadyConfiguration.DefaultExclude, configuration.Exclude);
        Assert.Contains(".venv", configuration.Exclude);
        Assert.Contains("node_modules", configuration.Exclude);
        Assert.Empty(configuration.ExtendExclude);
        Assert.True(configuration.RespectGitignore);
        Assert.Equal(["ALL"], configuration.Select);
        Assert.Empty(configuration.Ignore);
        Assert.Empty(configuration.PerFileIgnores);
        Assert.Equal("CHANGELOG.md", configuration.Changelog);
        Assert.Equal(Severity.Warning, configuration.FailOn);
        Assert.Equal(1024 * 1024, configuration.MaxFileSize);
    }

    [Fact]
    public void Reads_every_key_from_prodready_toml()
    {
        var configuration = Parse("""
            src = ["lib", "tools"]
            tests = ["test"]
            exclude = ["vendor/", "*.gen.py"]
            extend-exclude = ["legacy"]
            respect-gitignore = false
            select = ["PLH", "RUN001"]
            ignore = ["PLH002"]
            changelog = "docs/CHANGES.md"
            fail-on = "error"
            max-file-size = "2MB"

            [per-file-ignores]
            "tests/**" = ["DOC", "TYP001"]
            "__init__.py" = ["ALL"]
            """);

        Assert.Equal("/project/prodready.toml", configuration.SourcePath);
        Assert.Equal("/project", configuration.Directory);
        Assert.Equal(["lib", "tools"], configuration.Src);
        Assert.Equal(["test"], configuration.Tests);
        Assert.Equal(["vendor/", "*.gen.py"], configuration.Exclude);
        Assert.Equal(["legacy"], configuration.ExtendExclude);
        Assert.False(configuration.RespectGitignore);
        Assert.Equal(["PLH", "RUN001"], configuration.Select);
        Assert.Equal(["PLH002"], configuration.Ignore);
        Assert.Equal("docs/CHANGES.md", configuration.Changelog);
        Assert.Equal(Severity.Error, configuration.FailOn);
        Assert.Equal(2 * 1024 * 1024, configuration.MaxFileSize);
        Assert.Collection(
            configuration.PerFileIgnores,
            entry =>
            {
                Assert.Equal("tests/**", entry.Pattern);
                Assert.Equal(["DOC", "TYP001"], entry.Codes);
            },
            entry =>
            {
                Assert.Equal("__init__.py", entry.Pattern);
                Assert.Equal(["ALL"], entry.Codes);
            });
    }

    [Theory]
    [InlineData("\"info\"", Severity.Info)]
    [InlineData("\"warning\"", Severity.Warning)]
    [InlineData("\"error\"", Severity.Error)]
    public void Reads_fail_on(string value, Severity expected)
    {
        Assert.Equal(expected, Parse($"fail-on = {value}\n").FailOn);
    }

    [Theory]
    [InlineData("4096", 4096)]
    [InlineData("\"512KB\"", 512 * 1024)]
    [InlineData("\"512 KiB\"", 512 * 1024)]
    [InlineData("\"3MiB\"", 3 * 1024 * 1024)]
    [InlineData("\"1GB\"", 1024L * 1024 * 1024)]
    [InlineData("\"100\"", 100)]
    [InlineData("\"100B\"", 100)]
    public void Reads_max_file_size(string value, long expected)
    {
        Assert.Equal(expected, Parse($"max-file-size = {value}\n").MaxFileSize);
    }

    [Fact]
    public void Reads_the_tool_table_of_pyproject_in_every_toml_spelling()
    {
        const string Path = "/project/pyproject.toml";
        var header = Parse("[project]\nname = \"x\"\n\n[tool.prodready]\nsrc = [\"a\"]\n", Path);
        var dotted = Parse("[tool]\nprodready.src = [\"b\"]\n", Path);
        var inline = Parse("tool = { prodready = { src = [\"c\"] } }\n", Path);
        var subTableOnly = Parse("[tool.prodready.per-file-ignores]\n\"x.py\" = [\"RUN\"]\n", Path);

        Assert.Equal(["a"], header.Src);
        Assert.Equal(["b"], dotted.Src);
        Assert.Equal(["c"], inline.Src);
        Assert.Equal("x.py", Assert.Single(subTableOnly.PerFileIgnores).Pattern);
    }

    [Fact]
    public void Pyproject_without_the_table_has_no_configuration()
    {
        Assert.Null(ConfigurationLoader.Parse("[tool.ruff]\nline-length = 100\n", "/p/pyproject.toml", s_codes.IsKnownSelector));
        Assert.Null(ConfigurationLoader.Parse("[project]\nname = \"x\"\n", "/p/pyproject.toml", s_codes.IsKnownSelector));
    }

    [Fact]
    public void Prodready_toml_wins_over_pyproject_in_the_same_folder()
    {
        using var tree = new TempTree()
            .Dir(".git")
            .File("prodready.toml", "src = [\"from-prodready\"]\n")
            .File("pyproject.toml", "[tool.prodready]\nsrc = [\"from-pyproject\"]\n");

        var configuration = ConfigurationLoader.Load(tree.Root, null, s_codes.IsKnownSelector);

        Assert.Equal(["from-prodready"], configuration.Src);
        Assert.Equal(tree.Path("prodready.toml"), configuration.SourcePath);
        Assert.Equal(tree.Path("prodready.toml"), ConfigurationLoader.FindFile(tree.Root));
    }

    [Fact]
    public void Walks_up_past_a_pyproject_without_the_table()
    {
        using var tree = new TempTree()
            .Dir(".git")
            .File("pyproject.toml", "[tool.prodready]\nfail-on = \"error\"\n")
            .File("pkg/pyproject.toml", "[project]\nname = \"pkg\"\n")
            .Dir("pkg/sub");

        var configuration = ConfigurationLoader.Load(tree.Path("pkg/sub"), null, s_codes.IsKnownSelector);

        Assert.Equal(Severity.Error, configuration.FailOn);
        Assert.Equal(tree.Root, configuration.Directory);
        Assert.Equal(tree.Path("pyproject.toml"), ConfigurationLoader.FindFile(tree.Path("pkg/sub")));
    }

    [Fact]
    public void Nearest_configuration_wins()
    {
        using var tree = new TempTree()
            .Dir(".git")
            .File("prodready.toml", "fail-on = \"error\"\n")
            .File("pkg/pyproject.toml", "[tool.prodready]\nfail-on = \"info\"\n");

        var configuration = ConfigurationLoader.Load(tree.Path("pkg"), null, s_codes.IsKnownSelector);

        Assert.Equal(Severity.Info, configuration.FailOn);
        Assert.Equal(tree.Path("pkg"), configuration.Directory);
    }

    [Fact]
    public void Search_stops_at_the_repository_root()
    {
        using var tree = new TempTree()
            .File("prodready.toml", "fail-on = \"error\"\n")
            .Dir("repo/.git")
            .Dir("repo/src");

        var configuration = ConfigurationLoader.Load(tree.Path("repo/src"), null, s_codes.IsKnownSelector);

        Assert.Null(configuration.SourcePath);
        Assert.Equal(tree.Path("repo/src"), configuration.Directory);
        Assert.Null(ConfigurationLoader.FindFile(tree.Path("repo/src")));
    }

    [Fact]
    public void Search_treats_a_git_file_as_a_repository_root()
    {
        using var tree = new TempTree()
            .File("prodready.toml", "fail-on = \"error\"\n")
            .File("worktree/.git", "gitdir: /elsewhere/.git/worktrees/w\n");

        Assert.Null(ConfigurationLoader.Load(tree.Path("worktree"), null, s_codes.IsKnownSelector).SourcePath);
    }

    [Fact]
    public void Explicit_file_is_used_whatever_its_name()
    {
        using var tree = new TempTree()
            .Dir(".git")
            .File("prodready.toml", "fail-on = \"error\"\n")
            .File("ci/strict.toml", "fail-on = \"info\"\n");

        var configuration = ConfigurationLoader.Load(tree.Root, tree.Path("ci/strict.toml"), s_codes.IsKnownSelector);

        Assert.Equal(Severity.Info, configuration.FailOn);
        Assert.Equal(tree.Path("ci"), configuration.Directory);
    }

    [Fact]
    public void Explicit_pyproject_without_the_table_gives_defaults_anchored_at_it()
    {
        using var tree = new TempTree().File("sub/pyproject.toml", "[project]\nname = \"x\"\n");

        var configuration = ConfigurationLoader.LoadFile(tree.Path("sub/pyproject.toml"), s_codes.IsKnownSelector);

        Assert.Equal(tree.Path("sub/pyproject.toml"), configuration.SourcePath);
        Assert.Equal(tree.Path("sub"), configuration.Directory);
        Assert.Equal(["."], configuration.Src);
    }

    [Fact]
    public void Explicit_missing_file_is_an_error_without_position()
    {
        using var tree = new TempTree();
        var missing = tree.Path("nope.toml");

        var error = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Load(tree.Root, missing, s_codes.IsKnownSelector));

        Assert.Equal(missing, error.Path);
        Assert.Null(error.Line);
        Assert.Null(error.Column);
        Assert.Equal($"{missing}: configuration file not found", error.Message);
    }

    [Fact]
    public void Broken_pyproject_on_the_search_path_is_an_error()
    {
        using var tree = new TempTree().Dir(".git").File("pyproject.toml", "[tool.prodready\n");

        var error = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Load(tree.Root, null, s_codes.IsKnownSelector));

        Assert.Equal(tree.Path("pyproject.toml"), error.Path);
        Assert.Equal(1, error.Line);
        Assert.StartsWith("invalid TOML: ", error.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, int, int, string> Errors => new()
    {
        { "src = [\"a\"]\nsrcs = [\"b\"]\n", 2, 1, "unknown key `srcs` in the configuration; did you mean `src`?" },
        { "per_file_ignores = {}\n", 1, 1, "unknown key `per_file_ignores` in the configuration; did you mean `per-file-ignores`?" },
        { "failon = \"error\"\n", 1, 1, "unknown key `failon` in the configuration; did you mean `fail-on`?" },
        { "colour = true\n", 1, 1, "unknown key `colour` in the configuration" },
        { "[lint]\nselect = [\"PLH\"]\n", 1, 2, "unknown key `lint` in the configuration" },
        { "src = \"lib\"\n", 1, 7, "`src` must be an array of strings, not the string \"lib\"" },
        { "src = [\"a\", 1]\n", 1, 13, "`src` must be an array of strings, not an array containing an integer" },
        { "tests = [\"\"]\n", 1, 10, "`tests` entries must not be empty" },
        { "tests = 3.5\n", 1, 9, "`tests` must be an array of strings, not a float" },
        { "exclude = [\"#vendor\"]\n", 1, 12, "`exclude` entry \"#vendor\" is not a pattern (empty, a comment or only a slash)" },
        { "extend-exclude = [\"/\"]\n", 1, 19, "`extend-exclude` entry \"/\" is not a pattern (empty, a comment or only a slash)" },
        { "respect-gitignore = \"yes\"\n", 1, 21, "`respect-gitignore` must be true or false, not the string \"yes\"" },
        { "select = [\"PLX\"]\n", 1, 11, "`select` entry \"PLX\": unknown rule code or prefix; did you mean `PLH`?" },
        { "\n\nignore = [\"RUN001\", \"RUN999\"]\n", 3, 21, "`ignore` entry \"RUN999\": unknown rule code or prefix" },
        { "ignore = [\"plh001\"]\n", 1, 11, "`ignore` entry \"plh001\" is not a rule code or prefix (expected `ALL` or uppercase letters and digits, such as `PLH` or `PLH001`)" },
        { "select = [\"PL\"]\n", 1, 11, "`select` entry \"PL\": unknown rule code or prefix; did you mean `PLH`?" },
        { "select = [\"PLH-1\"]\n", 1, 11, "`select` entry \"PLH-1\" is not a rule code or prefix (expected `ALL` or uppercase letters and digits, such as `PLH` or `PLH001`)" },
        { "changelog = \"\"\n", 1, 13, "`changelog` must be a non-empty string, not the string \"\"" },
        { "changelog = [\"a\"]\n", 1, 13, "`changelog` must be a non-empty string, not an array" },
        { "fail-on = \"fatal\"\n", 1, 11, "`fail-on` must be \"error\", \"warning\" or \"info\", not \"fatal\"" },
        { "fail-on = 2\n", 1, 11, "`fail-on` must be \"error\", \"warning\" or \"info\", not an integer" },
        { "max-file-size = 0\n", 1, 17, "`max-file-size` must be a positive number of bytes or a size such as \"2MB\" or \"512KB\", not an integer" },
        { "max-file-size = \"big\"\n", 1, 17, "`max-file-size` must be a positive number of bytes or a size such as \"2MB\" or \"512KB\", not the string \"big\"" },
        { "max-file-size = \"5TB\"\n", 1, 17, "`max-file-size` must be a positive number of bytes or a size such as \"2MB\" or \"512KB\", not the string \"5TB\"" },
        { "per-file-ignores = [\"a\"]\n", 1, 20, "`per-file-ignores` must be a table of \"pattern\" = [codes], not an array" },
        { "[per-file-ignores]\n\"tests/*\" = \"DOC\"\n", 2, 13, "`per-file-ignores.\"tests/*\"` must be an array of strings, not the string \"DOC\"" },
        { "[per-file-ignores]\n\"tests/*\" = [\"DOX\"]\n", 2, 14, "`per-file-ignores` entry \"DOX\": unknown rule code or prefix; did you mean `DOC`?" },
        { "[per-file-ignores]\n__init__.py = [\"DOC\"]\n", 2, 1, "`per-file-ignores` key `__init__` is a table; quote patterns that contain dots, such as \"__init__.py\" = [\"DOC\"]" },
        { "[per-file-ignores]\n\"#x\" = [\"DOC\"]\n", 2, 1, "`per-file-ignores` key \"#x\" is not a pattern" },
        { "src = [\"a\"\n", 2, 1, "invalid TOML: " },
        { "src = [\"a\"]\nsrc = [\"b\"]\n", 2, 1, "invalid TOML: " },
        { "fail-on = 'error\n", 1, 17, "invalid TOML: " },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Reports_file_line_column_and_reason(string text, int line, int column, string reason)
    {
        var error = ParseError(text);

        Assert.Equal("/project/prodready.toml", error.Path);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        if (reason.EndsWith(": ", StringComparison.Ordinal))
        {
            Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(reason, error.Reason);
        }

        Assert.Equal($"/project/prodready.toml:{line}:{column}: {error.Reason}", error.Message);
    }

    public static TheoryData<string, int, int, string> PyprojectErrors => new()
    {
        { "[tool.prodready]\nsrc = [\"a\"]\nselct = [\"PLH\"]\n", 3, 1, "unknown key `selct` in [tool.prodready]; did you mean `select`?" },
        { "[tool]\nprodready = 1\n", 2, 1, "`tool.prodready` must be a table" },
        { "tool = \"x\"\n", 1, 1, "`tool` must be a table" },
        { "[[tool.prodready]]\nsrc = [\"a\"]\n", 1, 8, "`tool.prodready` must be a table" },
        { "[tool.prodready]\nfail-on = \"never\"\n", 2, 11, "`fail-on` must be \"error\", \"warning\" or \"info\", not \"never\"" },
    };

    [Theory]
    [MemberData(nameof(PyprojectErrors))]
    public void Reports_pyproject_errors_with_positions(string text, int line, int column, string reason)
    {
        var error = ParseError(text, "/project/pyproject.toml");

        Assert.Equal(reason, error.Reason);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Exception_message_without_path_is_the_reason()
    {
        Assert.Equal("bad", new ConfigurationException("bad").Message);
        Assert.Equal("f.toml:3: bad", new ConfigurationException("f.toml", 3, null, "bad").Message);
    }

    [Fact]
    public void Resolves_paths_against_the_configuration_folder()
    {
        var configuration = Parse("changelog = \"docs/CHANGES.md\"\n");

        Assert.Equal(System.IO.Path.GetFullPath("/project/docs/CHANGES.md"), configuration.Resolve(configuration.Changelog));
    }
}
