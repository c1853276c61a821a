using ProdReady.Analysis.Configuration;

namespace ProdReady.Analysis.Tests.Configuration;

public sealed class RuleSelectionTests
{
    private const string Root = "/repo";

    private static RuleSelection Selection(
        string[]? select = null,
        string[]? ignore = null,
        PerFileIgnore[]? perFile = null,
        string directory = Root) =>
        new(
            new ProdReadyConfiguration(directory)
            {
                Select = select ?? ["ALL"],
                Ignore = ignore ?? [],
                PerFileIgnores = perFile ?? [],
            },
            Root);

    [Fact]
    public void Default_selection_enables_every_rule()
    {
        var selection = Selection();

        Assert.True(selection.IsEnabled("PLH001"));
        Assert.True(selection.IsEnabled("TYP042"));
    }

    [Theory]
    [InlineData(new[] { "ALL" }, new string[0], false)]          // ALL leaves preview rules off
    [InlineData(new[] { "ALL", "TST" }, new string[0], true)]    // a prefix that names them turns them on
    [InlineData(new[] { "TST001" }, new string[0], true)]        // so does the code
    [InlineData(new[] { "TST" }, new[] { "TST001" }, false)]     // and a more specific ignore still wins
    public void Preview_rules_run_only_when_a_selector_names_them(string[] select, string[] ignore, bool expected)
    {
        Assert.Equal(expected, Selection(select, ignore).IsEnabled("TST001"));
        Assert.Equal(select.Contains("ALL"), Selection(select, ignore).IsEnabled("PLH001"));
    }

    [Theory]
    [InlineData(null, new[] { "TST" }, true)]                    // --extend-select TST over the default
    [InlineData(null, new[] { "ALL" }, false)]                   // --extend-select ALL is still ALL
    [InlineData(new[] { "ALL" }, new string[0], false)]          // --select ALL
    [InlineData(new[] { "TST004" }, new string[0], true)]        // --select TST004
    public void Preview_rules_follow_the_same_rule_on_the_command_line(string[]? select, string[] extend, bool expected)
    {
        var selection = new RuleSelection(
            new ProdReadyConfiguration(Root),
            Root,
            new SelectionOverrides(select, [], extend));

        Assert.Equal(expected, selection.IsEnabled(select is ["TST004"] ? "TST004" : "TST001"));
    }

    [Theory]
    [InlineData(new[] { "PLH" }, new string[0], "PLH001", true)]
    [InlineData(new[] { "PLH" }, new string[0], "TYP001", false)]
    [InlineData(new[] { "ALL" }, new[] { "PLH" }, "PLH001", false)]
    [InlineData(new[] { "ALL" }, new[] { "PLH" }, "RUN001", true)]
    [InlineData(new[] { "PLH001" }, new[] { "PLH" }, "PLH001", true)]
    [InlineData(new[] { "PLH001" }, new[] { "PLH" }, "PLH002", false)]
    [InlineData(new[] { "PLH" }, new[] { "PLH0" }, "PLH001", false)]
    [InlineData(new[] { "PLH" }, new[] { "PLH0" }, "PLH101", true)]
    [InlineData(new[] { "PLH" }, new[] { "PLH" }, "PLH001", false)]
    [InlineData(new[] { "ALL" }, new[] { "ALL" }, "PLH001", false)]
    [InlineData(new[] { "PLH00" }, new[] { "ALL" }, "PLH001", true)]
    [InlineData(new string[0], new string[0], "PLH001", false)]
    public void Most_specific_selector_wins_and_ignore_wins_ties(string[] select, string[] ignore, string code, bool expected)
    {
        Assert.Equal(expected, Selection(select, ignore).IsEnabled(code));
    }

    [Theory]
    [InlineData("tests/**", "tests/test_a.py", false)]
    [InlineData("tests/**", "tests/unit/test_a.py", false)]
    [InlineData("tests/**", "src/tests.py", true)]
    [InlineData("tests/", "tests/unit/test_a.py", false)]
    [InlineData("tests", "pkg/tests/test_a.py", false)]
    [InlineData("/tests", "pkg/tests/test_a.py", true)]
    [InlineData("__init__.py", "pkg/sub/__init__.py", false)]
    [InlineData("__init__.py", "pkg/sub/init.py", true)]
    [InlineData("*_pb2.py", "api/foo_pb2.py", false)]
    [InlineData("scripts/*.py", "scripts/run.py", false)]
    [InlineData("scripts/*.py", "scripts/deep/run.py", true)]
    public void Per_file_ignores_match_gitignore_style_relative_to_the_configuration(string pattern, string path, bool enabled)
    {
        var selection = Selection(perFile: [new PerFileIgnore(pattern, ["DOC"])]);

        Assert.Equal(enabled, selection.IsEnabled("DOC101", path));
        Assert.True(selection.IsEnabled("TYP001", path));
    }

    [Fact]
    public void Per_file_ignore_disables_even_an_explicitly_selected_code()
    {
        var selection = Selection(select: ["DOC101"], perFile: [new PerFileIgnore("*.py", ["DOC"])]);

        Assert.True(selection.IsEnabled("DOC101"));
        Assert.False(selection.IsEnabled("DOC101", "a.py"));
    }

    [Fact]
    public void Per_file_ignores_accumulate_across_patterns()
    {
        var selection = Selection(perFile: [new PerFileIgnore("tests/**", ["DOC"]), new PerFileIgnore("test_*.py", ["TYP001"])]);
        var file = selection.ForFile("tests/test_x.py");

        Assert.Equal("tests/test_x.py", file.Path);
        Assert.False(file.IsEnabled("DOC101"));
        Assert.False(file.IsEnabled("TYP001"));
        Assert.True(file.IsEnabled("TYP002"));
    }

    [Fact]
    public void Per_file_patterns_are_relative_to_a_configuration_above_the_root()
    {
        var selection = new RuleSelection(
            new ProdReadyConfiguration("/repo") { PerFileIgnores = [new PerFileIgnore("/service/tests/**", ["DOC"])] },
            "/repo/service");

        Assert.False(selection.IsEnabled("DOC101", "tests/test_a.py"));
        Assert.True(selection.IsEnabled("DOC101", "src/a.py"));
    }

    [Fact]
    public void Per_file_patterns_of_a_configuration_below_the_root_only_cover_its_folder()
    {
        var selection = new RuleSelection(
            new ProdReadyConfiguration("/repo/service") { PerFileIgnores = [new PerFileIgnore("*.py", ["DOC"])] },
            "/repo");

        Assert.False(selection.IsEnabled("DOC101", "service/a.py"));
        Assert.True(selection.IsEnabled("DOC101", "other/a.py"));
    }

    [Fact]
    public void Per_file_patterns_of_an_unrelated_configuration_are_relative_to_the_root()
    {
        var selection = new RuleSelection(
            new ProdReadyConfiguration("/etc/shared") { PerFileIgnores = [new PerFileIgnore("/tests/**", ["DOC"])] },
            "/repo");

        Assert.False(selection.IsEnabled("DOC101", "tests/a.py"));
    }
}
