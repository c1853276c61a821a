using ProdReady.Analysis.Rules.Changelog;

namespace ProdReady.Analysis.Tests.Rules.Changelog;

public sealed class ChangeTypeMismatchTests
{
    [Fact]
    public void Reports_new_public_api_recorded_only_as_a_fix()
    {
        var after = ChangelogHarness.WithUnreleased("### Fixed\n- Export handles empty tables.\n");
        var finding = Assert.Single(ChangelogHarness.Run(new ChangeTypeMismatch(), ChangelogHarness.Released, after));
        Assert.Equal(
            "The change adds public API (function export_json in pkg/api.py, module pkg/api.py) but its new changelog entries are only Fixed: add an entry under ### Added.",
            finding.Message);
        Assert.Equal(6, finding.Location!.Line);
    }

    [Fact]
    public void Reports_a_new_method_of_an_existing_class()
    {
        var source = "class Exporter:\n    def csv(self):\n        return 1\n\n    def json(self):\n        return 2\n";
        var after = ChangelogHarness.WithUnreleased("### Changed\n- Exporter is faster.\n");
        var finding = Assert.Single(ChangelogHarness.Run(new ChangeTypeMismatch(), ChangelogHarness.Released, after, source, [(4, 6)]));
        Assert.Contains("method Exporter.json in pkg/api.py", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_fixes_inside_existing_functions()
    {
        var source = "def export(rows):\n    return list(rows)\n";
        var after = ChangelogHarness.WithUnreleased("### Fixed\n- Export copies rows.\n");
        Assert.Empty(ChangelogHarness.Run(new ChangeTypeMismatch(), ChangelogHarness.Released, after, source, [(2, 2)]));
    }

    [Fact]
    public void Ignores_new_api_with_an_added_entry_and_private_additions()
    {
        var added = ChangelogHarness.WithUnreleased("### Added\n- `export_json()`.\n### Fixed\n- Empty tables.\n");
        Assert.Empty(ChangelogHarness.Run(new ChangeTypeMismatch(), ChangelogHarness.Released, added));
        var source = "def export(rows):\n    return _rows(rows)\n\n\ndef _rows(rows):\n    return rows\n";
        var fixedOnly = ChangelogHarness.WithUnreleased("### Fixed\n- Empty tables.\n");
        Assert.Empty(ChangelogHarness.Run(new ChangeTypeMismatch(), ChangelogHarness.Released, fixedOnly, source, [(2, 6)]));
    }
}
