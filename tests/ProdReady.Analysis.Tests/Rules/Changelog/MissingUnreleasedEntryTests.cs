using ProdReady.Analysis.Rules.Changelog;

namespace ProdReady.Analysis.Tests.Rules.Changelog;

public sealed class MissingUnreleasedEntryTests
{
    [Fact]
    public void Reports_a_code_change_without_a_new_entry()
    {
        var finding = Assert.Single(ChangelogHarness.Run(new MissingUnreleasedEntry(), ChangelogHarness.Released, ChangelogHarness.Released));
        Assert.Equal(
            "The change modifies code (pkg/api.py) but adds no entry under [Unreleased] in CHANGELOG.md: add a bullet under the change type that fits (Added, Changed, Fixed, ...).",
            finding.Message);
    }

    [Fact]
    public void Reports_an_entry_edited_rather_than_added()
    {
        var before = ChangelogHarness.WithUnreleased("### Fixed\n- Old fix.\n");
        var after = ChangelogHarness.WithUnreleased("### Fixed\n- Old fix, reworded.\n");
        Assert.Single(ChangelogHarness.Run(new MissingUnreleasedEntry(), before, after));
    }

    [Fact]
    public void Ignores_a_change_with_a_new_unreleased_entry()
    {
        var after = ChangelogHarness.WithUnreleased("### Added\n- `export_json()`.\n");
        Assert.Empty(ChangelogHarness.Run(new MissingUnreleasedEntry(), ChangelogHarness.Released, after));
    }

    [Fact]
    public void Ignores_a_whole_tree_run()
    {
        Assert.Empty(ChangelogHarness.Run(new MissingUnreleasedEntry(), null, ChangelogHarness.Released, changeMode: false));
    }
}
