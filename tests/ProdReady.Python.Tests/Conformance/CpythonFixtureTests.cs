using System.Text.Json.Nodes;
using ProdReady.Python.Dump;

namespace ProdReady.Python.Tests.Conformance;

/// <summary>Every fixture parses (or fails) exactly as CPython 3.13 parses it.</summary>
public sealed class CpythonFixtureTests
{
    public static TheoryData<string> ValidFixtures => new(FixtureFiles.List("valid"));

    public static TheoryData<string> InvalidFixtures => new(FixtureFiles.List("invalid"));

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Parses_like_CPython(string fixture)
    {
        var expected = Expected(fixture);
        var actual = Actual(fixture);
        Assert.NotNull(expected["ast"]);

        if (actual["error"] is { } error)
        {
            KnownDifferences.Check(fixture, "rejected", $"rejected: {error.ToJsonString()}");
            return;
        }

        KnownDifferences.Check(fixture, "ast", CanonicalJson.FirstDifference(expected["ast"], actual["ast"]));
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Rejects_like_CPython(string fixture)
    {
        var expected = Expected(fixture)["error"]!;
        var actual = Actual(fixture)["error"];
        if (actual is null)
        {
            KnownDifferences.Check(fixture, "accepted", "accepted: CPython reports " + expected.ToJsonString());
            return;
        }

        var expectedLine = expected["lineno"]?.GetValue<int>();
        var actualLine = actual["lineno"]?.GetValue<int>();

        // CPython gives no line (or line 0) for problems with the file's encoding as a whole.
        var lineDifference = expectedLine is >= 1 && expectedLine != actualLine ? $"line {actualLine} != {expectedLine}" : null;
        KnownDifferences.Check(fixture, "line", lineDifference);

        // The column only where CPython gives one for a line it also gives.
        var expectedColumn = expected["col"]?.GetValue<int>();
        var actualColumn = actual["col"]?.GetValue<int>();
        var columnDifference = expectedLine is >= 1 && expectedColumn is >= 1 && expectedColumn != actualColumn
            ? $"column {actualColumn} != {expectedColumn}"
            : null;
        KnownDifferences.Check(fixture, "column", columnDifference);

        var type = (string)actual["type"]!;
        KnownDifferences.Check(fixture, "type", type == (string)expected["type"]! ? null : $"{type} != {expected["type"]}");

        var message = (string)actual["msg"]!;
        KnownDifferences.Check(fixture, "message", message == (string)expected["msg"]! ? null : $"'{message}' != '{expected["msg"]}'");
    }

    [Fact]
    public void Every_fixture_has_its_expected_output_and_every_output_its_fixture()
    {
        var fixtures = FixtureFiles.List("valid").Concat(FixtureFiles.List("invalid")).ToList();
        Assert.True(fixtures.Count >= 100, $"only {fixtures.Count} fixtures");
        foreach (var fixture in fixtures)
        {
            Assert.True(File.Exists(FixtureFiles.ExpectedPath(fixture)), $"{fixture} has no expected output; run Fixtures/regenerate.sh");
        }

        var outputs = Directory.EnumerateFiles(FixtureFiles.Root, "*.jsonl", SearchOption.AllDirectories);
        foreach (var output in outputs)
        {
            var name = Path.GetFileName(output);
            var source = name[..name.IndexOf('.', StringComparison.Ordinal)] + ".py";
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(output)!, source)), $"{output} has no fixture");
        }
    }

    [Fact]
    public void Known_differences_name_existing_fixtures_with_a_reason()
    {
        foreach (var entry in KnownDifferences.Entries)
        {
            Assert.True(File.Exists(FixtureFiles.FullPath(entry.Fixture)), $"known-differences.txt names a missing fixture: {entry.Fixture}");
            Assert.Contains(entry.Aspect, KnownDifferences.Aspects);
            Assert.True(entry.Reason.Length >= 20, $"known-differences.txt: give a reason for {entry.Fixture}");
        }
    }

    [Fact]
    public void The_comparison_is_loose_only_where_the_reference_is()
    {
        var left = CanonicalJson.Parse("""{"_type": "A", "x": [], "y": null, "v": {"float": "1e400"}, "_pos": [1, 0, 1, 3]}""");
        Assert.Null(CanonicalJson.FirstDifference(left, CanonicalJson.Parse("""{"_type": "A", "v": {"float": "inf"}, "_pos": [1, 0, 1, 3]}""")));
        Assert.Null(CanonicalJson.FirstDifference(
            CanonicalJson.Parse("""{"float": "0.1"}"""), CanonicalJson.Parse("""{"float": "1e-1"}""")));
        Assert.NotNull(CanonicalJson.FirstDifference(left, CanonicalJson.Parse("""{"_type": "A", "v": {"float": "inf"}, "_pos": [1, 0, 1, 4]}""")));
        Assert.NotNull(CanonicalJson.FirstDifference(left, CanonicalJson.Parse("""{"_type": "A", "x": [1], "v": {"float": "inf"}, "_pos": [1, 0, 1, 3]}""")));
        Assert.NotNull(CanonicalJson.FirstDifference(
            CanonicalJson.Parse("""{"int": "1"}"""), CanonicalJson.Parse("""{"float": "1"}""")));
    }

    private static JsonNode Expected(string fixture) =>
        CanonicalJson.Parse(File.ReadAllText(FixtureFiles.ExpectedPath(fixture)))!;

    private static JsonNode Actual(string fixture) =>
        CanonicalJson.Parse(CanonicalFileDump.FromBytes(FixtureFiles.Bytes(fixture), Path.GetFileName(fixture)))!;
}
