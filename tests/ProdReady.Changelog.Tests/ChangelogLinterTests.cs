using ProdReady.Core.Diagnostics;
using ProdReady.Testing;

namespace ProdReady.Changelog.Tests;

public sealed class ChangelogLinterTests
{
    private const string Header = "# Changelog\n\n";
    private static readonly ChangelogLintOptions s_options = new() { Path = "docs/CHANGELOG.md", TimeProvider = FixedTimeProvider.At(2025, 6, 15) };

    [Theory]
    [InlineData("## [Unreleased]\n", "CHL001", 1)]
    [InlineData(Header + "## [1.0.0] - 2024-01-01\n### Added\n- a\n\n[1.0.0]: https://x.invalid\n", "CHL002", 3)]
    [InlineData(Header + "## [1.0.0] - 2024-01-01\n### Added\n- a\n## [Unreleased]\n\n[1.0.0]: https://x.invalid\n", "CHL003", 6)]
    [InlineData(Header + "## [Unreleased]\n## 1.0.0 - 2024-01-01\n### Added\n- a\n## 1.0.0 - 2023-01-01\n### Added\n- b\n", "CHL004", 7)]
    [InlineData(Header + "## [Unreleased]\n## 1.0 - 2024-01-01\n### Added\n- a\n", "CHL005", 4)]
    [InlineData(Header + "## [Unreleased]\n## 1.0.0 - 2024-01-01\n### Added\n- a\n## 1.1.0 - 2023-01-01\n### Added\n- b\n", "CHL006", 7)]
    [InlineData(Header + "## [Unreleased]\n## 1.0.0 - 01/02/2024\n### Added\n- a\n", "CHL007", 4)]
    [InlineData(Header + "## [Unreleased]\n## 1.0.0 - 2024-02-30\n### Added\n- a\n", "CHL007", 4)]
    [InlineData(Header + "## [Unreleased]\n## 1.0.0\n### Added\n- a\n", "CHL007", 4)]
    [InlineData(Header + "## [Unreleased]\n## 1.0.0 - 2025-06-16\n### Added\n- a\n", "CHL008", 4)]
    [InlineData(Header + "## [Unreleased]\n### Features\n- a\n", "CHL009", 4)]
    [InlineData(Header + "## [Unreleased]\n### Fixed\n- a\n### Fixed\n- b\n", "CHL010", 6)]
    [InlineData(Header + "## [Unreleased]\n## 1.0.0 - 2024-01-01\n", "CHL011", 4)]
    [InlineData(Header + "## [Unreleased]\n### Fixed\n", "CHL012", 4)]
    [InlineData(Header + "## [Unreleased]\n- loose\n", "CHL013", 4)]
    [InlineData(Header + "## [Unreleased]\n## [1.0.0] - 2024-01-01\n### Added\n- a\n", "CHL014", 4)]
    [InlineData(Header + "## [Unreleased]\n\n[nothing]: https://x.invalid\n", "CHL015", 5)]
    [InlineData(Header + "## [Unreleased]\n## 1.0.0 2024-01-01\n### Added\n- a\n", "CHL016", 4)]
    [InlineData(Header + "## Unreleased\n", "CHL016", 3)]
    [InlineData(Header + "## [Unreleased]\n## [Unreleased]\n", "CHL017", 4)]
    [InlineData(Header + "## [Unreleased]\n## Credits\n", "CHL018", 4)]
    public void Reports_each_rule_at_its_line(string text, string code, int line)
    {
        var findings = ChangelogLinter.Lint(ChangelogDocument.Parse(text), s_options);

        var finding = Assert.Single(findings, f => f.Code == code);
        Assert.Equal(line, finding.Location!.Line);
        Assert.Equal("docs/CHANGELOG.md", finding.Location.Path);
        Assert.Equal(ChecklistItem.Changelog, finding.Item);
        Assert.False(string.IsNullOrWhiteSpace(finding.Help));
    }

    [Fact]
    public void Ignores_a_release_dated_today()
    {
        var text = Header + "## [Unreleased]\n## 1.0.0 - 2025-06-15\n### Added\n- a\n";

        Assert.DoesNotContain(ChangelogLinter.Lint(ChangelogDocument.Parse(text), s_options), f => f.Code == "CHL008");
    }

    [Fact]
    public void Ignores_links_used_by_headings_and_full_references()
    {
        var text = Header + "## [Unreleased]\n### Added\n- See [the docs][docs].\n\n## [1.0.0] - 2024-01-01\n### Added\n- a\n\n[unreleased]: https://x.invalid/a\n[1.0.0]: https://x.invalid/b\n[docs]: https://x.invalid/c\n";

        Assert.Empty(ChangelogLinter.Lint(ChangelogDocument.Parse(text), s_options));
    }

    [Fact]
    public void Suggests_the_standard_name_for_a_custom_change_type()
    {
        var finding = ChangelogLinter.Lint(ChangelogDocument.Parse(Header + "## [Unreleased]\n### Bug Fixes\n- a\n"), s_options).Single();

        Assert.Equal("Rename it `### Fixed`.", finding.Help);
    }

    [Fact]
    public void Accepts_this_projects_own_changelog()
    {
        var text = File.ReadAllText(Golden.PathNextToCaller("../../CHANGELOG.md"));

        Assert.Empty(ChangelogLinter.Lint(ChangelogDocument.Parse(text)));
    }

    [Fact]
    public void Orders_findings_by_line_then_code()
    {
        var findings = ChangelogLinter.Lint(ChangelogDocument.Parse(Fixtures.Read("Parse", "duplicates.md")), s_options);

        var keys = findings.Select(f => (f.Location!.Line, f.Code)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Line).ThenBy(k => k.Code, StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Catalogue_codes_are_unique_well_formed_and_documented()
    {
        var docs = File.ReadAllText(Golden.PathNextToCaller("../../docs/changelog.md"));

        Assert.Equal(ChangelogRules.All.Count, ChangelogRules.All.Select(r => r.Code).Distinct().Count());
        foreach (var rule in ChangelogRules.All)
        {
            Assert.Matches("^CHL0[0-9]{2}$", rule.Code);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", rule.Name);
            Assert.Equal(ChecklistItem.Changelog, rule.Item);
            Assert.Contains($"`{rule.Code}`", docs, StringComparison.Ordinal);
            Assert.Contains(rule.Name, docs, StringComparison.Ordinal);
        }
    }
}
