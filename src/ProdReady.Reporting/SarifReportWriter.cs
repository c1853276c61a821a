using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning: one run whose driver lists the rules (descriptions, Markdown help, default
/// level, tags), results with repository-relative locations under <c>%SRCROOT%</c>, explicit
/// <c>columnKind</c> and line-independent <c>partialFingerprints</c>. GitHub code scanning rejects a whole file
/// when one result has no location, so findings about the change as a whole, and the notes, are reported as
/// tool execution notifications instead of results.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The SARIF schema the output declares.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The base id that result URIs are relative to.</summary>
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>The key of the fingerprint in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "prodready/v1";

    private readonly DateTimeOffset? _timestamp;

    /// <summary>Initializes a new instance of the <see cref="SarifReportWriter"/> class.</summary>
    /// <param name="timestamp">A time to record as the invocation's end time, or <see langword="null"/> for none.</param>
    public SarifReportWriter(DateTimeOffset? timestamp) => _timestamp = timestamp;

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Sarif;

    /// <inheritdoc />
    public void Write(GateReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonReportWriter.WriterOptions))
        {
            WriteLog(json, report);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>Returns the SARIF level of a severity: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    internal static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Returns a relative URI reference for a repository-relative path, each segment percent-encoded.</summary>
    internal static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// Returns the stable fingerprint of a result: a hash of code, path and message (not the line, so that a
    /// finding keeps its identity when code above it moves), plus the occurrence number among equal hashes.
    /// </summary>
    internal static string Fingerprint(Diagnostic diagnostic, int occurrence)
    {
        var key = $"{diagnostic.Code}\0{diagnostic.Location?.Path}\0{diagnostic.Message}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
        return string.Create(CultureInfo.InvariantCulture, $"{hash}:{occurrence}");
    }

    private void WriteLog(Utf8JsonWriter json, GateReport report)
    {
        var ruleCodes = report.Rules.Select(r => r.Code)
            .Concat(report.Diagnostics.Select(d => d.Code))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ruleCodes.Length; i++)
        {
            ruleIndex[ruleCodes[i]] = i;
        }

        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", report.Tool.Name);
        json.WriteString("version", report.Tool.Version);
        if (report.Tool.InformationUri is { } informationUri)
        {
            json.WriteString("informationUri", informationUri.AbsoluteUri);
        }

        json.WriteStartArray("rules");
        foreach (var code in ruleCodes)
        {
            WriteRule(json, code, report);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        WriteInvocation(json, report, ruleIndex);

        if (RootUri(report.Root) is { } rootUri)
        {
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            json.WriteString("uri", rootUri);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("results");
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in report.Diagnostics)
        {
            if (diagnostic.Location is not null)
            {
                var baseKey = Fingerprint(diagnostic, 0);
                var occurrence = occurrences.GetValueOrDefault(baseKey);
                occurrences[baseKey] = occurrence + 1;
                WriteResult(json, diagnostic, diagnostic.Location, ruleIndex[diagnostic.Code], Fingerprint(diagnostic, occurrence));
            }
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "unicodeCodePoints");

        json.WriteStartObject("properties");
        json.WriteString("verdict", ReportText.VerdictWord(report.Verdict));
        json.WriteString("scope", report.Scope);
        json.WriteString("failOn", ReportText.SeverityName(report.Policy.FailOn));
        json.WriteStartArray("checklist");
        foreach (var entry in report.Checklist)
        {
            json.WriteStartObject();
            json.WriteString("item", JsonReportWriter.ItemId(entry.Item));
            json.WriteString("title", entry.Title);
            json.WriteString("status", entry.Status switch
            {
                ChecklistStatus.Passed => "passed",
                ChecklistStatus.Failed => "failed",
                _ => "notChecked",
            });
            json.WriteNumber("findings", entry.Findings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, string code, GateReport report)
    {
        var rule = report.FindRule(code);
        var item = rule?.Item ?? report.Diagnostics.First(d => d.Code == code).Item;
        json.WriteStartObject();
        json.WriteString("id", code);
        if (rule is not null)
        {
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Summary);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Summary);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", rule.Docs);
            json.WriteString("markdown", rule.Docs);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
        }

        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("prodready");
        json.WriteStringValue(JsonReportWriter.ItemId(item));
        if (item == ChecklistItem.SecureBoundaries)
        {
            json.WriteStringValue("security");
        }

        json.WriteEndArray();
        json.WriteString("checklistItem", ChecklistItems.Title(item));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteInvocation(Utf8JsonWriter json, GateReport report, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        if (_timestamp is { } timestamp)
        {
            json.WriteString("endTimeUtc", timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        json.WriteStartArray("toolExecutionNotifications");
        foreach (var diagnostic in report.Diagnostics.Where(d => d.Location is null))
        {
            json.WriteStartObject();
            json.WriteString("level", Level(diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", $"{diagnostic.Code} {diagnostic.Message}");
            json.WriteEndObject();
            json.WriteStartObject("associatedRule");
            json.WriteString("id", diagnostic.Code);
            json.WriteNumber("index", ruleIndex[diagnostic.Code]);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        foreach (var note in report.Notes)
        {
            json.WriteStartObject();
            json.WriteString("level", "note");
            json.WriteStartObject("message");
            json.WriteString("text", ReportText.NoteLine(note));
            json.WriteEndObject();
            if (note.Path is not null)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                WritePhysicalLocation(json, note.Path, region: null);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, SourceLocation location, int index, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Help is null ? diagnostic.Message : $"{diagnostic.Message}\n{diagnostic.Help}");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, location.Path, location);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("checklistItem", JsonReportWriter.ItemId(diagnostic.Item));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string path, SourceLocation? region)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(path));
        json.WriteString("uriBaseId", SourceRootId);
        json.WriteEndObject();
        if (region is not null)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", region.Line);
            json.WriteNumber("startColumn", region.Column);
            json.WriteNumber("endLine", Math.Max(region.EndLine, region.Line));
            json.WriteNumber("endColumn", region.EndLine > region.Line ? region.EndColumn : Math.Max(region.EndColumn, region.Column));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static string? RootUri(string root)
    {
        if (!Path.IsPathFullyQualified(root))
        {
            return null;
        }

        var withSlash = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return new Uri(withSlash).AbsoluteUri;
    }
}
