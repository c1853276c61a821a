using ProdReady.Analysis.Configuration;

namespace ProdReady.Analysis.Tests.Configuration;

[Trait("Issue", "12")]
public sealed class SelectionOverridesTests
{
    private static readonly KnownRuleCodes s_known = new(["PLH001", "PLH002", "RUN001", "EXT001"]);

    [Fact]
    public void Select_replaces_the_configured_selection()
    {
        var overrides = new SelectionOverrides(["PLH"], [], []);
        Assert.True(overrides.IsEnabled("PLH001", configured: false));
        Assert.False(overrides.IsEnabled("RUN001", configured: true));
    }

    [Fact]
    public void Ignore_and_extend_select_decide_only_the_codes_they_match()
    {
        var overrides = new SelectionOverrides(null, ["PLH"], ["PLH002", "EXT"]);
        Assert.False(overrides.IsEnabled("PLH001", configured: true));
        Assert.True(overrides.IsEnabled("PLH002", configured: false));
        Assert.True(overrides.IsEnabled("EXT001", configured: false));
        Assert.True(overrides.IsEnabled("RUN001", configured: true));
        Assert.False(overrides.IsEnabled("RUN001", configured: false));
    }

    [Fact]
    public void Applies_over_the_configuration_in_rule_selection()
    {
        var configuration = new ProdReadyConfiguration(Path.GetTempPath()) { Ignore = ["PLH001"] };
        var selection = new RuleSelection(configuration, Path.GetTempPath(), new SelectionOverrides(null, [], ["PLH001"]));
        Assert.True(selection.IsEnabled("PLH001"));
        Assert.True(new RuleSelection(configuration, Path.GetTempPath()).IsEnabled("PLH002"));
        Assert.False(new RuleSelection(configuration, Path.GetTempPath()).IsEnabled("PLH001"));
    }

    [Theory]
    [InlineData("PLH01", "--select: unknown rule code or prefix `PLH01`; did you mean `PLH001`?")]
    [InlineData("plh001", "--select: unknown rule code or prefix `plh001`; did you mean `PLH001`?")]
    [InlineData("PLX", "--select: unknown rule code or prefix `PLX`; did you mean `PLH`?")]
    [InlineData("ZZZZZZ9", "--select: unknown rule code or prefix `ZZZZZZ9`")]
    public void Names_wrong_codes_with_the_closest_known_one(string selector, string message) =>
        Assert.Equal(message, new SelectionOverrides([selector], [], []).Validate(s_known));

    [Fact]
    public void Accepts_known_selectors_and_splits_comma_lists()
    {
        var overrides = new SelectionOverrides(SelectionOverrides.Split(["PLH, RUN001", "ALL"]), SelectionOverrides.Split(["EXT"]), []);
        Assert.Equal(["PLH", "RUN001", "ALL"], overrides.Select);
        Assert.Null(overrides.Validate(s_known));
        Assert.Equal("--ignore: unknown rule code or prefix `EXT002`; did you mean `EXT001`?", new SelectionOverrides(null, ["EXT002"], []).Validate(s_known));
    }
}
