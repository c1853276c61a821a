using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>
/// The JSON format: one object in the versioned schema published as <c>docs/report-schema.json</c>
/// (<c>"schemaVersion": 1</c>), camelCase names, properties always present in a fixed order.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The schema version this writer produces; bump it on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    private readonly DateTimeOffset? _timestamp;

    /// <summary>Initializes a new instance of the <see cref="JsonReportWriter"/> class.</summary>
    /// <param name="timestamp">A time to record as <c>generatedAt</c>, or <see langword="null"/> for none.</param>
    public JsonReportWriter(DateTimeOffset? timestamp) => _timestamp = timestamp;

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Json;

    /// <summary>Gets the writer options shared by the JSON-based formats: indented, <c>\n</c>, non-ASCII kept readable.</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        // The report is a file, never embedded in HTML, so keeping "<", "&" and non-ASCII text readable is safe.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public void Write(GateReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var sink = new Utf8TextSink(output);
        using (var json = new Utf8JsonWriter(sink.Buffer, WriterOptions))
        {
            WriteReport(json, report, sink);
        }

        sink.Drain(final: true);
        output.Write('\n');
    }

    /// <summary>Returns the JSON name of a checklist item: its enum name in camelCase (<c>typeHints</c>).</summary>
    internal static string ItemId(ChecklistItem item) =>
        (uint)item < (uint)s_itemIds.Length && s_itemIds[(int)item] is { } id ? id : CamelCase(item);

    /// <summary>
    /// The JSON names of the checklist items by value, computed once: a report names an item per finding. A plain array
    /// (no generic collection over the enum) costs nothing to set up at start-up.
    /// </summary>
    private static readonly string?[] s_itemIds = ItemIds();

    private static string?[] ItemIds()
    {
        var items = Enum.GetValues<ChecklistItem>();
        var length = 0;
        foreach (var item in items)
        {
            length = Math.Max(length, (int)item + 1);
        }

        var ids = new string?[length];
        foreach (var item in items)
        {
            if ((int)item >= 0)
            {
                ids[(int)item] = CamelCase(item);
            }
        }

        return ids;
    }

    private static string CamelCase(ChecklistItem item) => JsonNamingPolicy.CamelCase.ConvertName(item.ToString());

    private void WriteReport(Utf8JsonWriter json, GateReport report, Utf8TextSink sink)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", report.Tool.Name);
        json.WriteString("version", report.Tool.Version);
        WriteNullableString(json, "informationUri", report.Tool.InformationUri?.AbsoluteUri);
        json.WriteEndObject();
        if (_timestamp is { } timestamp)
        {
            json.WriteString("generatedAt", timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }

        json.WriteString("scope", report.Scope);
        json.WriteString("root", report.Root);
        json.WriteString("verdict", ReportText.VerdictWord(report.Verdict));
        json.WriteStartObject("policy");
        json.WriteString("failOn", ReportText.SeverityName(report.Policy.FailOn));
        json.WriteBoolean("noNewSuppressions", report.Policy.NoNewSuppressions);
        json.WriteEndObject();

        json.WriteStartObject("summary");
        json.WriteNumber("findings", report.Diagnostics.Count);
        json.WriteNumber("failingFindings", report.FailingFindings);
        json.WriteNumber("newSuppressions", report.NewSuppressions.Count);
        json.WriteNumber("filesChecked", report.FilesChecked);
        json.WriteNumber("filesSkipped", report.FilesSkipped);
        json.WriteNumber("hiddenByBaseline", report.HiddenByBaseline);

        json.WriteEndObject();

        json.WriteStartArray("checklist");
        foreach (var entry in report.Checklist)
        {
            json.WriteStartObject();
            json.WriteString("item", ItemId(entry.Item));
            json.WriteString("title", entry.Title);
            json.WriteString("prefix", ChecklistItems.Prefix(entry.Item));
            json.WriteString("status", entry.Status switch
            {
                ChecklistStatus.Passed => "passed",
                ChecklistStatus.Failed => "failed",
                _ => "notChecked",
            });
            json.WriteNumber("findings", entry.Findings);
            WriteNullableString(json, "detail", entry.Detail);

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("findings");
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteFinding(json, diagnostic, report.Policy);
            sink.DrainWhenFull(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("code", rule.Code);
            json.WriteString("name", rule.Name);
            json.WriteString("item", ItemId(rule.Item));
            json.WriteString("defaultSeverity", ReportText.SeverityName(rule.DefaultSeverity));
            json.WriteString("summary", rule.Summary);
            json.WriteString("since", rule.Since);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("notes");
        foreach (var note in report.Notes)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(note.Kind.ToString()));
            WriteNullableString(json, "path", note.Path);
            json.WriteString("message", note.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("newSuppressions");
        foreach (var suppression in report.NewSuppressions)
        {
            json.WriteStartObject();
            json.WriteString("path", suppression.Path);
            json.WriteNumber("line", suppression.Line);
            json.WriteBoolean("allCodes", suppression.AllCodes);
            json.WriteStartArray("codes");
            foreach (var code in suppression.Codes)
            {
                json.WriteStringValue(code);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tools");
        foreach (var run in report.ToolRuns)
        {
            json.WriteStartObject();
            json.WriteString("tool", run.Tool);
            json.WriteString("status", JsonNamingPolicy.CamelCase.ConvertName(run.Status.ToString()));
            json.WriteString("detail", run.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (report.ChangedUnits.Count > 0)
        {
            // Present only in a change checked with the test rules: each changed unit and the tests that reach it.
            json.WriteStartArray("units");
            foreach (var unit in report.ChangedUnits)
            {
                json.WriteStartObject();
                json.WriteString("unit", unit.Unit);
                json.WriteString("kind", unit.Kind);
                json.WriteString("path", unit.Path);
                json.WriteNumber("line", unit.Line);
                json.WriteStartArray("tests");
                foreach (var test in unit.Tests)
                {
                    json.WriteStartObject();
                    json.WriteString("test", test.Test);
                    json.WriteString("way", test.Way);
                    WriteNullableString(json, "through", test.Through);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Diagnostic diagnostic, GatePolicy policy)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("message", diagnostic.Message);
        json.WriteString("severity", ReportText.SeverityName(diagnostic.Severity));
        json.WriteBoolean("failsGate", policy.Fails(diagnostic));
        json.WriteString("item", ItemId(diagnostic.Item));
        if (diagnostic.Location is { } location)
        {
            json.WriteStartObject("location");
            json.WriteString("path", location.Path);
            json.WriteNumber("line", location.Line);
            json.WriteNumber("column", location.Column);
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", location.EndColumn);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("location");
        }

        WriteNullableString(json, "help", diagnostic.Help);
        json.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
