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
        var values = new FindingValues();
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteFinding(json, diagnostic, report.Policy, values);
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

    private static void WriteFinding(Utf8JsonWriter json, Diagnostic diagnostic, GatePolicy policy, FindingValues values)
    {
        // The names and the values that repeat from finding to finding are encoded once (a report may hold a hundred
        // thousand findings); the writer then copies their bytes. The output is byte for byte what encoding each anew gives.
        json.WriteStartObject();
        json.WriteString(s_code, values.Code(diagnostic.Code));
        json.WriteString(s_message, diagnostic.Message);
        json.WriteString(s_severity, FindingValues.Severity(diagnostic.Severity));
        json.WriteBoolean(s_failsGate, policy.Fails(diagnostic));
        json.WriteString(s_item, values.Item(diagnostic.Item));
        if (diagnostic.Location is { } location)
        {
            json.WriteStartObject(s_location);
            json.WriteString(s_path, values.Path(location.Path));
            json.WriteNumber(s_line, location.Line);
            json.WriteNumber(s_column, location.Column);
            json.WriteNumber(s_endLine, location.EndLine);
            json.WriteNumber(s_endColumn, location.EndColumn);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(s_location);
        }

        WriteNullableString(json, s_help, diagnostic.Help);
        json.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter json, JsonEncodedText name, string? value)
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

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value) =>
        WriteNullableString(json, JsonEncodedText.Encode(name), value);

    private static readonly JsonEncodedText s_code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText s_message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText s_severity = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText s_failsGate = JsonEncodedText.Encode("failsGate");
    private static readonly JsonEncodedText s_item = JsonEncodedText.Encode("item");
    private static readonly JsonEncodedText s_location = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText s_path = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText s_line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText s_column = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText s_endLine = JsonEncodedText.Encode("endLine");
    private static readonly JsonEncodedText s_endColumn = JsonEncodedText.Encode("endColumn");
    private static readonly JsonEncodedText s_help = JsonEncodedText.Encode("help");

    /// <summary>
    /// The values of one report's findings that repeat, each encoded with the writer's encoder the first time it is
    /// written: rule codes, severities, checklist items, and the path of the file whose findings are being written
    /// (findings arrive sorted by path, so one remembered path serves a file's findings in a row).
    /// </summary>
    internal sealed class FindingValues
    {
        private static readonly JsonEncodedText s_error = Encode(ReportText.SeverityName(Core.Diagnostics.Severity.Error));
        private static readonly JsonEncodedText s_warning = Encode(ReportText.SeverityName(Core.Diagnostics.Severity.Warning));
        private static readonly JsonEncodedText s_info = Encode(ReportText.SeverityName(Core.Diagnostics.Severity.Info));

        private readonly Dictionary<string, JsonEncodedText> _codes = new(StringComparer.Ordinal);
        private readonly Dictionary<ChecklistItem, JsonEncodedText> _items = [];
        private string? _path;
        private JsonEncodedText _encodedPath;

        /// <summary>Returns a severity's name, encoded.</summary>
        /// <param name="severity">The severity.</param>
        /// <returns>The encoded name.</returns>
        public static JsonEncodedText Severity(Core.Diagnostics.Severity severity) => severity switch
        {
            Core.Diagnostics.Severity.Error => s_error,
            Core.Diagnostics.Severity.Warning => s_warning,
            Core.Diagnostics.Severity.Info => s_info,
            _ => Encode(ReportText.SeverityName(severity)),
        };

        /// <summary>Returns a rule code, encoded.</summary>
        /// <param name="code">The code.</param>
        /// <returns>The encoded code.</returns>
        public JsonEncodedText Code(string code)
        {
            if (!_codes.TryGetValue(code, out var encoded))
            {
                encoded = Encode(code);
                _codes.Add(code, encoded);
            }

            return encoded;
        }

        /// <summary>Returns a checklist item's JSON name, encoded.</summary>
        /// <param name="item">The item.</param>
        /// <returns>The encoded name.</returns>
        public JsonEncodedText Item(ChecklistItem item)
        {
            if (!_items.TryGetValue(item, out var encoded))
            {
                encoded = Encode(ItemId(item));
                _items.Add(item, encoded);
            }

            return encoded;
        }

        /// <summary>Returns a path, encoded; the last path asked for is remembered.</summary>
        /// <param name="path">The path.</param>
        /// <returns>The encoded path.</returns>
        public JsonEncodedText Path(string path)
        {
            if (!string.Equals(path, _path, StringComparison.Ordinal))
            {
                _encodedPath = Encode(path);
                _path = path;
            }

            return _encodedPath;
        }

        private static JsonEncodedText Encode(string value) => JsonEncodedText.Encode(value, WriterOptions.Encoder);
    }
}
