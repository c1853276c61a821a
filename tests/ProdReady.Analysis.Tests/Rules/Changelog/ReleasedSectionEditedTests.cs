using ProdReady.Analysis.Rules.Changelog;

namespace ProdReady.Analysis.Tests.Rules.Changelog;

public sealed class ReleasedSectionEditedTests
{
    [Theory]
    [InlineData("- Export to CSV.\n", "- Export to CSV and TSV.\n")]
    [InlineData("- Export to CSV.\n", "")]
    [InlineData("## [1.0.0] - 2026-01-10\n", "## [1.0.0] - 2026-01-11\n")]
    public void Reports_edits_of_a_released_section(string from, string to)
    {
        var after = ChangelogHarness.WithUnreleased("### Added\n- JSON.\n").Replace(from, to, StringComparison.Ordinal);
        var finding = Assert.Single(ChangelogHarness.Run(new ReleasedSectionEdited(), ChangelogHarness.Released, after));
        Assert.Equal("The change edits the released section [1.0.0] of CHANGELOG.md: restore it and record corrections under [Unreleased].", finding.Message);
    }

    [Fact]
    public void Ignores_appending_under_unreleased()
    {
        Assert.Empty(ChangelogHarness.Run(new ReleasedSectionEdited(), ChangelogHarness.Released, ChangelogHarness.WithUnreleased("### Fixed\n- A.\n")));
    }
}
