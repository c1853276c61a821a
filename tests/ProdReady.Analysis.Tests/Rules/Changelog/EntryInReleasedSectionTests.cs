using ProdReady.Analysis.Rules.Changelog;

namespace ProdReady.Analysis.Tests.Rules.Changelog;

public sealed class EntryInReleasedSectionTests
{
    [Fact]
    public void Reports_an_entry_added_to_a_released_section()
    {
        var after = ChangelogHarness.Released.Replace("- Export to CSV.\n", "- Export to CSV.\n- Export to JSON.\n", StringComparison.Ordinal);
        var finding = Assert.Single(ChangelogHarness.Run(new EntryInReleasedSection(), ChangelogHarness.Released, after));
        Assert.Equal("The change adds an entry to the released section [1.0.0]: move it under [Unreleased].", finding.Message);
        Assert.Equal(9, finding.Location!.Line);
    }

    [Fact]
    public void Ignores_entries_of_a_release_the_change_cuts()
    {
        var before = ChangelogHarness.WithUnreleased("### Added\n- Export to JSON.\n");
        var after = ChangelogHarness.Released.Replace("## [Unreleased]\n", "## [Unreleased]\n\n## [1.1.0] - 2026-05-01\n### Added\n- Export to JSON.\n", StringComparison.Ordinal);
        Assert.Empty(ChangelogHarness.Run(new EntryInReleasedSection(), before, after));
    }

    [Fact]
    public void Ignores_entries_under_unreleased()
    {
        Assert.Empty(ChangelogHarness.Run(new EntryInReleasedSection(), ChangelogHarness.Released, ChangelogHarness.WithUnreleased("### Added\n- JSON.\n")));
    }
}
