using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.Tests.Project;

public sealed class CoverageScopeTests
{
    private const string Root = "/proj";

    private static readonly string[] s_folders = ["src", "src/shop", "tests", "examples", "docs_src", "scripts", "lib/shop"];

    private static CoverageScope Read((string Name, string Text)[] files, string[]? addOpts = null, Func<string, ModuleInfo?>? modules = null) =>
        CoverageScope.Read(
            name => files.FirstOrDefault(f => f.Name == name).Text,
            Root,
            addOpts ?? [],
            modules ?? Shop,
            folder => s_folders.Contains(folder));

    private static ModuleInfo? Shop(string name) => name switch
    {
        "shop" => new ModuleInfo("shop", ModuleKind.Package, "src/shop/__init__.py", null, ["src/shop"]),
        "helpers" => new ModuleInfo("helpers", ModuleKind.Module, "src/helpers.py", null, []),
        _ => null,
    };

    [Fact]
    public void Without_configuration_every_file_is_measured()
    {
        var scope = Read([("pyproject.toml", "[project]\nname = \"shop\"\n")]);

        Assert.Same(CoverageScope.Everything, scope);
        Assert.False(scope.Restricts);
        Assert.True(scope.Covers("examples/demo.py"));
    }

    [Fact]
    public void A_source_package_of_pyproject_measures_its_folder_only()
    {
        var scope = Read([("pyproject.toml", "[tool.coverage.run]\nbranch = true\nsource = [\"shop\", \"tests\"]\n")]);

        Assert.Equal("pyproject.toml", scope.ConfigFile);
        Assert.True(scope.Covers("src/shop/cart.py"));
        Assert.True(scope.Covers("src/shop/sub/deep.py"));
        Assert.True(scope.Covers("tests/test_cart.py"));
        Assert.False(scope.Covers("examples/demo.py"));
        Assert.False(scope.Covers("src/shopping.py"));
        Assert.False(scope.Covers("noxfile.py"));
    }

    [Fact]
    public void Source_pkgs_name_modules_and_packages_and_source_folders_come_before_names()
    {
        var scope = Read([("pyproject.toml", "[tool.coverage.run]\nsource_pkgs = [\"helpers\"]\nsource = [\"docs_src\"]\n")]);

        Assert.True(scope.Covers("src/helpers.py"));
        Assert.True(scope.Covers("docs_src/tutorial/app.py"));
        Assert.False(scope.Covers("src/shop/cart.py"));
    }

    [Fact]
    public void Sources_that_cannot_be_found_restrict_nothing()
    {
        var scope = Read([("pyproject.toml", "[tool.coverage.run]\nsource = [\"missing\", \"../outside\"]\n")]);

        Assert.True(scope.Covers("examples/demo.py"));
        Assert.Equal("pyproject.toml", scope.ConfigFile);

        // One source the layout cannot place (a module on a `pythonpath` of pytest's) may measure any file.
        Assert.True(Read([("pyproject.toml", "[tool.coverage.run]\nsource = [\"shop\", \"helpers_on_a_path\"]\n")]).Covers("tools/helpers_on_a_path.py"));
        Assert.True(Read([("pyproject.toml", "[tool.coverage.run]\nsource_pkgs = [\"shop\"]\nsource_dirs = [\"missing\"]\n")]).Covers("examples/demo.py"));
    }

    [Fact]
    public void Absolute_sources_inside_the_root_and_source_dirs_are_folders()
    {
        var scope = Read([("pyproject.toml", "[tool.coverage.run]\nsource = [\"/proj/src/shop\"]\nsource_dirs = [\"scripts\"]\ninclude = [\"examples/*\"]\n")]);

        Assert.True(scope.Covers("src/shop/cart.py"));
        Assert.True(scope.Covers("scripts/release.py"));
        Assert.False(scope.Covers("examples/demo.py"));
        Assert.True(Read([("pyproject.toml", "[tool.coverage.run]\nsource = [\"/elsewhere/src\", \"shop\"]\n")]).Covers("examples/demo.py"));
    }

    [Fact]
    public void Patterns_without_a_slash_match_a_name_at_any_depth()
    {
        Assert.True(Read([("pyproject.toml", "[tool.coverage.run]\ninclude = [\"*.py\"]\n")]).Covers("src/shop/deep/cart.py"));

        var scope = Read([("pyproject.toml", "[tool.coverage.run]\nomit = [\"*_pb2.py\", \"setup.py\"]\n")]);
        Assert.False(scope.Covers("src/shop/msg_pb2.py"));
        Assert.False(scope.Covers("setup.py"));
        Assert.False(scope.Covers("sub/setup.py"));
        Assert.True(scope.Covers("src/shop/cart.py"));
    }

    [Fact]
    public void An_include_with_no_valid_pattern_is_no_include_and_odd_patterns_do_not_throw()
    {
        Assert.True(Read([("pyproject.toml", "[tool.coverage.run]\ninclude = [\"src/**.py\"]\n")]).Covers("examples/demo.py"));
        Assert.True(Read([("pyproject.toml", "[tool.coverage.run]\nomit = [\"\\u0000\", \"a\\u0000b/*\"]\n")]).Covers("src/shop/cart.py"));
        Assert.False(Read([("pyproject.toml", "[tool.coverage.run]\nomit = [\"src/[z-a].py\", \"examples/*\"]\n")]).Covers("examples/demo.py"));
        Assert.False(Read([("pyproject.toml", "[tool.coverage.run]\nomit = [\"src/shop/[!_]*.py\"]\n")]).Covers("src/shop/_private.py"));
        Assert.True(Read([("pyproject.toml", "[tool.coverage.run]\nomit = [\"src/shop/[!_]*.py\"]\n")]).Covers("src/shop/cart.py"));
    }

    [Fact]
    public void Coveragerc_reads_the_first_spelling_of_a_section_only()
    {
        var scope = Read([(".coveragerc", "[coverage:run]\nsource = shop\n[run]\nomit = src/shop/cart.py\n")]);

        Assert.True(scope.Covers("src/shop/cart.py"));
        Assert.False(scope.Covers("examples/demo.py"));
    }

    [Fact]
    public void Omit_patterns_follow_coverage_s_file_patterns()
    {
        var scope = Read([("pyproject.toml", "[tool.coverage.run]\nomit = [\"src/shop/_typing.py\", \"*/generated/*\", \"src/*/vendored_*.py\", \"scripts/**/tool?.py\"]\n")]);

        Assert.False(scope.Covers("src/shop/_typing.py"));
        Assert.False(scope.Covers("src/shop/generated/models.py"));
        Assert.False(scope.Covers("generated/deep/models.py"));
        Assert.False(scope.Covers("src/shop/vendored_six.py"));
        Assert.True(scope.Covers("src/shop/sub/vendored_six.py"));
        Assert.False(scope.Covers("scripts/tool1.py"));
        Assert.False(scope.Covers("scripts/a/b/tool2.py"));
        Assert.True(scope.Covers("scripts/a/tool12.py"));
        Assert.True(scope.Covers("src/shop/cart.py"));
    }

    [Fact]
    public void Include_applies_only_without_sources_and_the_report_filters_apply_after()
    {
        var included = Read([("pyproject.toml", "[tool.coverage.run]\ninclude = [\"src/*\"]\n[tool.coverage.report]\nomit = [\"src/shop/debug.py\"]\n")]);
        Assert.True(included.Covers("src/shop/cart.py"));
        Assert.False(included.Covers("src/shop/debug.py"));
        Assert.False(included.Covers("examples/demo.py"));

        var sourced = Read([("pyproject.toml", "[tool.coverage.run]\nsource = [\"examples\"]\ninclude = [\"src/*\"]\n[tool.coverage.report]\ninclude = [\"*/demo*\"]\n")]);
        Assert.True(sourced.Covers("examples/demo.py"));
        Assert.False(sourced.Covers("examples/other.py"));
        Assert.False(sourced.Covers("src/shop/cart.py"));
    }

    [Fact]
    public void Coveragerc_comes_first_and_is_read_with_either_section_spelling()
    {
        var scope = Read(
        [
            (".coveragerc", "[run]\nsource =\n    shop,\n    tests\nomit = */_version.py\n"),
            ("pyproject.toml", "[tool.coverage.run]\nsource = [\"examples\"]\n"),
        ]);

        Assert.Equal(".coveragerc", scope.ConfigFile);
        Assert.True(scope.Covers("src/shop/cart.py"));
        Assert.False(scope.Covers("src/shop/_version.py"));
        Assert.False(scope.Covers("examples/demo.py"));

        Assert.False(Read([(".coveragerc", "[coverage:run]\nsource = shop\n")]).Covers("examples/demo.py"));
    }

    [Fact]
    public void Shared_ini_files_count_only_with_a_coverage_section_that_sets_something()
    {
        var scope = Read(
        [
            ("setup.cfg", "[metadata]\nname = shop\n[coverage:report]\n"),
            ("tox.ini", "[tox]\nenvlist = py\n[coverage:run]\nsource = shop\n"),
            ("pyproject.toml", "[tool.coverage.run]\nsource = [\"examples\"]\n"),
        ]);

        Assert.Equal("tox.ini", scope.ConfigFile);
        Assert.False(scope.Covers("examples/demo.py"));

        // A shared file's `[run]` is not coverage.py's.
        Assert.True(Read([("setup.cfg", "[run]\nsource = shop\n")]).Covers("examples/demo.py"));
    }

    [Fact]
    public void Pytest_cov_options_replace_the_sources_and_name_the_configuration_file()
    {
        var fromCommandLine = Read([("pyproject.toml", "[tool.coverage.run]\nsource = [\"examples\"]\n")], ["-ra", "--cov=shop", "--cov", "scripts", "--strict-markers"]);
        Assert.True(fromCommandLine.Covers("src/shop/cart.py"));
        Assert.True(fromCommandLine.Covers("scripts/release.py"));
        Assert.False(fromCommandLine.Covers("examples/demo.py"));

        var named = Read([("config/coverage.ini", "[coverage:run]\nsource =\n  lib/shop\n"), ("pyproject.toml", "[tool.coverage.run]\nsource = [\"examples\"]\n")], ["--cov", "--cov-config", "config/coverage.ini"]);
        Assert.Equal("config/coverage.ini", named.ConfigFile);
        Assert.True(named.Covers("lib/shop/core.py"));
        Assert.False(named.Covers("examples/demo.py"));

        // A bare `--cov` beside `--cov=X` measures the configuration's sources.
        var bare = Read([("pyproject.toml", "[tool.coverage.run]\nsource = [\"shop\", \"scripts\"]\n")], ["--cov", "--cov=shop"]);
        Assert.True(bare.Covers("scripts/release.py"));
        Assert.False(bare.Covers("examples/demo.py"));

        // A configuration file named outside the root is not read: nothing is left out.
        Assert.True(Read([("pyproject.toml", "[tool.coverage.run]\nsource = [\"shop\"]\n")], ["--cov-config=../shared/coverage.ini"]).Covers("examples/demo.py"));
        Assert.Equal("config/coverage.ini", Read([("config/coverage.ini", "[run]\nsource = shop\n")], ["--cov-config=/proj/config/coverage.ini"]).ConfigFile);

        // pytest-cov's default configuration file means "search as usual".
        Assert.False(Read([("pyproject.toml", "[tool.coverage.run]\nsource = [\"shop\"]\n")], ["--cov-config=.coveragerc"]).Covers("examples/demo.py"));
    }

    [Fact]
    public void Malformed_files_and_invalid_patterns_are_not_guessed_at()
    {
        Assert.True(Read([(".coveragerc", "[run\nsource = shop\n")]).Covers("examples/demo.py"));
        Assert.True(Read([("pyproject.toml", "[tool.coverage.run\nsource = [")]).Covers("examples/demo.py"));

        var invalid = Read([("pyproject.toml", "[tool.coverage.run]\nomit = [\"src/a**\", \"[oops\"]\n")]);
        Assert.False(invalid.Restricts);
        Assert.True(invalid.Covers("src/abc.py"));
    }

    [Theory]
    [InlineData("*/tests/*", "/r/a/tests/b.py", true)]
    [InlineData("*/tests/*", "/r/a/tests/c/d.py", true)]
    [InlineData("/r/src/*.py", "/r/src/a.py", true)]
    [InlineData("/r/src/*.py", "/r/src/a/b.py", false)]
    [InlineData("/r/src/**/b.py", "/r/src/b.py", true)]
    [InlineData("/r/src/**/b.py", "/r/src/x/y/b.py", true)]
    [InlineData("/r/[ab].py", "/r/a.py", true)]
    [InlineData("/r/[!ab].py", "/r/a.py", true)]
    [InlineData("/r/[!ab].py", "/r/c.py", false)]
    [InlineData("/r/a+b.py", "/r/a+b.py", true)]
    [InlineData("/r/a+b.py", "/r/aab.py", false)]
    public void File_patterns_translate_like_coverage_s(string pattern, string path, bool matches)
    {
        var regex = CoverageScope.GlobToRegex(pattern);

        Assert.NotNull(regex);
        Assert.Equal(matches, System.Text.RegularExpressions.Regex.IsMatch(path, "^(?:" + regex + @")\z"));
    }

    [Theory]
    [InlineData("a***")]
    [InlineData("/r/x**/y")]
    [InlineData("/r/**x")]
    [InlineData("/r/**/**/a")]
    [InlineData("/r/[a")]
    [InlineData("/r/a]")]
    public void Invalid_file_patterns_translate_to_nothing(string pattern) => Assert.Null(CoverageScope.GlobToRegex(pattern));
    [Fact]
    public void Reads_the_project_s_exclusion_expressions_one_a_line()
    {
        Assert.Null(Read([("pyproject.toml", "[tool.coverage.run]\nsource = [\"shop\"]\n")]).ExclusionPatterns);

        var also = Read([("pyproject.toml", "[tool.coverage.report]\nexclude_also = [\"def __repr__\", \"if TYPE_CHECKING:\"]\n")]);
        Assert.Equal([ProdReady.Semantics.TestMapping.CoverageExclusion.DefaultPattern, "def __repr__", "if TYPE_CHECKING:"], also.ExclusionPatterns);
        Assert.False(also.Restricts);
        Assert.True(also.Covers("examples/demo.py"));

        var lines = Read([(".coveragerc", "[report]\nexclude_lines =\n    pragma: no cover\n    raise AssertionError, NotImplementedError\n\nexclude_also = @(abc\\.)?abstractmethod\n")]);
        Assert.Equal(["pragma: no cover", "raise AssertionError, NotImplementedError", @"@(abc\.)?abstractmethod"], lines.ExclusionPatterns);
    }
}
