using ProdReady.Analysis.Baseline;
using ProdReady.Analysis.Units;
using ProdReady.Core.Diagnostics;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Baseline;

[Trait("Issue", "12")]
public sealed class BaselineTests
{
    private const string Module = """
        import os


        class Exporter:
            @staticmethod
            def write(path):
                # TODO: stream instead
                return path


        def run():
            # TODO: stream instead
            return 1
        """;

    [Fact]
    public void Unit_map_names_the_innermost_definition_with_decorators_and_module_statements()
    {
        var map = UnitMap.Build(Module, "m.py");
        Assert.Equal(new CodeUnit("", 1, 1), map.Find(1));
        Assert.Equal(new CodeUnit("Exporter.write", 5, 8), map.Find(5));
        Assert.Equal("Exporter.write", map.Find(7).QualifiedName);
        Assert.Equal("run", map.Find(12).QualifiedName);
        Assert.Equal(new CodeUnit("", 2, 2), map.Find(2));
    }

    [Fact]
    public void Survives_code_moving_up_or_down()
    {
        using var tree = new TempTree().File("m.py", Module);
        var before = Fingerprint(tree, 7);
        tree.File("m.py", "\n\n\n" + Module);
        var after = Fingerprint(tree, 10);

        Assert.Equal(before.Key, after.Key);
        Assert.Equal("Exporter.write", before.Unit);
    }

    [Fact]
    public void Tells_the_same_line_in_two_units_apart_and_matches_as_a_multiset()
    {
        using var tree = new TempTree().File("m.py", Module);
        var fingerprinter = new FindingFingerprinter(tree.Root);
        var inWrite = Finding(7);
        var inRun = Finding(12);
        Assert.NotEqual(fingerprinter.Fingerprint(inWrite).Key, fingerprinter.Fingerprint(inRun).Key);

        var entries = new[] { fingerprinter.Fingerprint(inWrite) };
        var result = BaselineMatcher.Apply(entries, [inWrite, inRun, inWrite], fingerprinter);

        Assert.Equal(1, result.Hidden);
        Assert.Equal([inRun, inWrite], result.Kept);
        Assert.Empty(result.Unmatched);
    }

    [Fact]
    public void Reports_entries_that_no_longer_match()
    {
        using var tree = new TempTree().File("m.py", Module);
        var fingerprinter = new FindingFingerprinter(tree.Root);
        var paid = new BaselineEntry("PLH001", "m.py", "gone", "0000000000000000", "old");

        var result = BaselineMatcher.Apply([paid], [Finding(7)], fingerprinter);

        Assert.Equal(0, result.Hidden);
        Assert.Equal([paid], result.Unmatched);
    }

    [Fact]
    public void Takes_units_from_the_engine_when_given_and_parses_only_the_other_files()
    {
        using var tree = new TempTree().File("m.py", Module).File("n.py", Module);
        var engineMap = UnitMap.FromUnits([new CodeUnit("FromTheEngine", 5, 8)]);
        var fingerprinter = new FindingFingerprinter(tree.Root, units: path => path == "m.py" ? engineMap : null);

        var inEngineFile = fingerprinter.Fingerprint(Finding(7));
        var elsewhere = fingerprinter.Fingerprint(Finding(7) with { Location = new SourceLocation("n.py", 7, 7, 7, 30) });

        Assert.Equal("FromTheEngine", inEngineFile.Unit);
        Assert.Equal("Exporter.write", elsewhere.Unit);
        Assert.Equal(inEngineFile.Hash, elsewhere.Hash);
    }

    [Fact]
    public void Normalizes_whitespace_before_hashing()
    {
        Assert.Equal(FindingFingerprinter.Hash("x = [1,  2]"), FindingFingerprinter.Hash("\t  x =  [1, 2]  "));
        Assert.NotEqual(FindingFingerprinter.Hash("x = 1"), FindingFingerprinter.Hash("x = 2"));
        Assert.Equal(16, FindingFingerprinter.Hash("").Length);
    }

    [Fact]
    public void Round_trips_a_file_sorted()
    {
        using var tree = new TempTree();
        var path = tree.Path("baseline.json");
        BaselineEntry[] entries =
        [
            new("RUN002", "b.py", "f", "00000000000000ff", "undefined"),
            new("PLH001", "a.py", "", "0000000000000001", "todo \"quoted\""),
            new("CHL101", "", "", "0000000000000002", "no changelog"),
        ];

        BaselineFile.Write(path, entries);
        var read = BaselineFile.Read(path, "baseline.json");

        Assert.Equal(entries.OrderBy(e => e.Path, StringComparer.Ordinal), read);
        Assert.Empty(Directory.EnumerateFiles(tree.Root, "*.tmp"));
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("[]", "the top level must be an object")]
    [InlineData("{\"version\": 2, \"findings\": []}", "\"version\" must be 1")]
    [InlineData("{\"version\": 1}", "\"findings\" must be an array")]
    [InlineData("{\"version\": 1, \"findings\": [{\"code\": \"PLH001\", \"path\": \"a.py\", \"unit\": \"\"}]}", "findings[0].hash must be a non-empty string")]
    [InlineData("{\"version\": 1,\n \"findings\": [}", "baseline b.json:2:")]
    public void Rejects_malformed_files_with_the_file_and_the_reason(string text, string reason)
    {
        using var tree = new TempTree().File("b.json", text);
        var error = Assert.Throws<BaselineException>(() => BaselineFile.Read(tree.Path("b.json"), "b.json"));
        Assert.StartsWith("baseline b.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_missing_file()
    {
        using var tree = new TempTree();
        var error = Assert.Throws<BaselineException>(() => BaselineFile.Read(tree.Path("none.json"), "none.json"));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    private static BaselineEntry Fingerprint(TempTree tree, int line) => new FindingFingerprinter(tree.Root).Fingerprint(Finding(line));

    private static Diagnostic Finding(int line) =>
        new("PLH001", "TODO comment", Severity.Warning, ChecklistItem.Placeholders, new SourceLocation("m.py", line, 7, line, 30));
}
