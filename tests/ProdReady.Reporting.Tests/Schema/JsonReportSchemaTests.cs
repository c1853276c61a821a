using System.Text.Json;
using System.Text.Json.Nodes;
using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;
using ProdReady.Testing;

namespace ProdReady.Reporting.Tests.Schema;

public sealed class JsonReportSchemaTests
{
    private static readonly string s_schema = File.ReadAllText(Golden.PathNextToCaller("../../../docs/report-schema.json"));

    public static TheoryData<string> Reports() => ["failing", "passing", "timestamped"];

    private static GateReport ReportNamed(string name) => name == "passing" ? ReportFixtures.Passing() : ReportFixtures.Failing();

    private static ReportWriterOptions OptionsNamed(string name) =>
        name == "timestamped" ? new ReportWriterOptions(Timestamp: new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))) : ReportWriterOptions.Default;

    [Theory]
    [MemberData(nameof(Reports))]
    public void Produces_json_that_the_published_schema_accepts(string name)
    {
        var json = ReportFixtures.Render(ReportFormat.Json, ReportNamed(name), OptionsNamed(name));

        Assert.Empty(JsonSchemaValidator.Validate(s_schema, json));
    }

    [Fact]
    public void Records_the_timestamp_in_utc_only_when_asked()
    {
        var plain = ReportFixtures.Render(ReportFormat.Json, ReportFixtures.Passing());
        var stamped = ReportFixtures.Render(ReportFormat.Json, ReportFixtures.Passing(), OptionsNamed("timestamped"));

        Assert.DoesNotContain("generatedAt", plain, StringComparison.Ordinal);
        Assert.Contains("\"generatedAt\": \"2026-01-02T01:04:05Z\"", stamped, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_report_that_breaks_the_contract()
    {
        var report = JsonNode.Parse(ReportFixtures.Render(ReportFormat.Json, ReportFixtures.Failing()))!.AsObject();
        report["checklist"]![0]!["status"] = "green";
        report.Remove("notes");
        report["findings"]![0]!["location"] = new JsonObject { ["path"] = "a.py" };

        var errors = JsonSchemaValidator.Validate(s_schema, report.ToJsonString());

        Assert.Contains(errors, e => e.StartsWith("/checklist/0/status:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'notes' is missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/findings/0/location: required property 'line'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_every_checklist_item_and_note_kind_in_the_schema()
    {
        using var schema = JsonDocument.Parse(s_schema);
        var defs = schema.RootElement.GetProperty("$defs");
        var items = defs.GetProperty("item").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToArray();
        var kinds = defs.GetProperty("note").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()).ToArray();

        Assert.Equal(ChecklistItems.All.Select(JsonReportWriter.ItemId), items);
        Assert.Equal(Enum.GetValues<NoteKind>().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString())), kinds);
    }

    [Fact]
    public void Writes_the_schema_version_first()
    {
        var json = ReportFixtures.Render(ReportFormat.Json, ReportFixtures.Passing());

        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n", json, StringComparison.Ordinal);
    }
}
