using ProdReady.Analysis.Rules.Changelog;

namespace ProdReady.Analysis.Tests.Rules.Changelog;

public sealed class InvalidChangelogTests
{
    [Fact]
    public void Reports_linter_errors_with_their_code()
    {
        var text = "# Changelog\n\n## [1.0.0] - 2026-01-10\n### Added\n- Export.\n\n[1.0.0]: https://example.invalid/v1.0.0\n";
        var finding = Assert.Single(ChangelogHarness.Run(new InvalidChangelog(), text, text));
        Assert.Equal("CHL102", finding.Code);
        Assert.StartsWith("CHANGELOG.md is not valid Keep a Changelog: CHL002 ", finding.Message, StringComparison.Ordinal);
        Assert.Equal("CHANGELOG.md", finding.Location!.Path);
    }

    [Fact]
    public void Reports_dates_in_the_future_by_the_given_clock()
    {
        var text = ChangelogHarness.Released.Replace("2026-01-10", "2026-12-24", StringComparison.Ordinal);
        var finding = Assert.Single(ChangelogHarness.Run(new InvalidChangelog(), text, text));
        Assert.Contains("CHL008", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_warnings_and_valid_changelogs()
    {
        var noLinks = "# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-01-10\n### Added\n- Export.\n";
        Assert.Empty(ChangelogHarness.Run(new InvalidChangelog(), noLinks, noLinks));
        Assert.Empty(ChangelogHarness.Run(new InvalidChangelog(), null, ChangelogHarness.Released));
    }

    [Fact]
    public void Ignores_a_missing_changelog_which_is_another_rule()
    {
        Assert.Empty(ChangelogHarness.Run(new InvalidChangelog(), null, null));
    }
}
