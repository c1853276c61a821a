using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>
/// GitLab Code Quality: a JSON array of issues (<c>description</c>, <c>check_name</c>, <c>fingerprint</c>,
/// <c>severity</c>, <c>location.path</c>, <c>location.lines.begin</c>), which GitLab shows inline in merge
/// requests. The fingerprint hashes the code, path and message with the occurrence's ordinal among identical
/// findings, not the line, so that a finding keeps its identity when code above it moves.
/// </summary>
internal sealed class GitLabReportWriter : IReportWriter
{
    /// <summary>The path GitLab is given for findings about the change as a whole (the plan, say).</summary>
    internal const string ChangePath = ".";

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.GitLab;

    /// <inheritdoc />
    public void Write(GateReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var json = new Utf8JsonWriter(buffer, JsonReportWriter.WriterOptions))
        {
            json.WriteStartArray();
            foreach (var diagnostic in report.Diagnostics)
            {
                var path = diagnostic.Location?.Path ?? ChangePath;
                var description = diagnostic.Help is null ? diagnostic.Message : $"{Sentence(diagnostic.Message)} {diagnostic.Help}";
                var begin = diagnostic.Location?.Line ?? 1;
                var end = diagnostic.Location is { } location ? Math.Max(location.EndLine, location.Line) : 1;
                WriteIssue(json, seen, diagnostic.Code, $"{diagnostic.Code}: {description}", Severity(diagnostic.Severity), path, begin, end);
            }

            foreach (var suppression in report.NewSuppressions)
            {
                var description = $"This change adds '{suppression.Describe()}'"
                    + (report.SuppressionsFailGate ? ", which --no-new-suppressions does not allow." : ".");
                WriteIssue(json, seen, "new-suppression", description, report.SuppressionsFailGate ? "major" : "info", suppression.Path, suppression.Line, suppression.Line);
            }

            json.WriteEndArray();
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>Maps a severity to GitLab's scale (<c>info</c>, <c>minor</c>, <c>major</c>, <c>critical</c>, <c>blocker</c>).</summary>
    internal static string Severity(Severity severity) => severity switch
    {
        Core.Diagnostics.Severity.Error => "major",
        Core.Diagnostics.Severity.Warning => "minor",
        _ => "info",
    };

    private static string Sentence(string message) =>
        message.EndsWith('.') || message.EndsWith('!') || message.EndsWith('?') ? message : message + ".";

    private static void WriteIssue(Utf8JsonWriter json, Dictionary<string, int> seen, string checkName, string description, string severity, string path, int begin, int end)
    {
        var identity = string.Join('\u001f', checkName, path, description);
        seen[identity] = seen.TryGetValue(identity, out var count) ? count + 1 : 0;
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity + '\u001f' + seen[identity].ToString(CultureInfo.InvariantCulture))));

        json.WriteStartObject();
        json.WriteString("description", description);
        json.WriteString("check_name", checkName);
        json.WriteString("fingerprint", fingerprint);
        json.WriteString("severity", severity);
        json.WriteStartObject("location");
        json.WriteString("path", path);
        json.WriteStartObject("lines");
        json.WriteNumber("begin", begin);
        json.WriteNumber("end", end);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
