using ProdReady.Analysis.Rules.Changelog;

namespace ProdReady.Analysis.Tests.Rules.Changelog;

public sealed class MissingChangelogTests
{
    [Fact]
    public void Reports_a_project_without_changelog()
    {
        var finding = Assert.Single(ChangelogHarness.Run(new MissingChangelog(), null, null));
        Assert.Equal("CHL101", finding.Code);
        Assert.Null(finding.Location);
        Assert.Contains("There is no CHANGELOG.md", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_it_on_a_whole_tree_too()
    {
        Assert.Single(ChangelogHarness.Run(new MissingChangelog(), null, null, changeMode: false));
    }

    [Fact]
    public void Ignores_an_existing_changelog()
    {
        Assert.Empty(ChangelogHarness.Run(new MissingChangelog(), null, ChangelogHarness.Released));
    }
}
