using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ProdReady.Reporting;

/// <summary>
/// The report of <c>check --statistics</c>: one count per rule with findings, most frequent first (then by code), as
/// aligned text or as a JSON array of <c>{"code", "name", "count"}</c>; and the finding lines alone, for <c>--quiet</c>.
/// </summary>
public static class RuleStatistics
{
    /// <summary>Counts the findings of a report per rule.</summary>
    /// <param name="report">The report.</param>
    /// <returns>(code, name, count) per rule with findings, most frequent first, then by code (ordinal).</returns>
    public static IReadOnlyList<(string Code, string Name, int Count)> Count(GateReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Diagnostics
            .GroupBy(d => d.Code, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Name: report.FindRule(g.Key)?.Name ?? string.Empty, Count: g.Count()))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Code, StringComparer.Ordinal)];
    }

    /// <summary>Renders the statistics as text: <c>count  CODE  name</c> lines, then the gate's summary line.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text, with <c>\n</c> line ends.</returns>
    public static string RenderText(GateReport report)
    {
        var rows = Count(report);
        var text = new StringBuilder();
        var width = rows.Count == 0 ? 1 : rows.Max(r => r.Count.ToString(CultureInfo.InvariantCulture).Length);
        foreach (var (code, name, count) in rows)
        {
            text.Append(count.ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append("  ").Append(code);
            if (name.Length > 0)
            {
                text.Append("  ").Append(name);
            }

            text.Append('\n');
        }

        if (rows.Count > 0)
        {
            text.Append('\n');
        }

        return text.Append(ReportText.Summary(report)).Append('\n').ToString();
    }

    /// <summary>Renders the statistics as a JSON array of <c>{"code", "name", "count"}</c>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text and a final <c>\n</c>.</returns>
    public static string RenderJson(GateReport report)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonReportWriter.WriterOptions))
        {
            json.WriteStartArray();
            foreach (var (code, name, count) in Count(report))
            {
                json.WriteStartObject();
                json.WriteString("code", code);
                json.WriteString("name", name);
                json.WriteNumber("count", count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Renders the findings alone, one <c>path:line:col: CODE message</c> line each (nothing when there are none).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text, with <c>\n</c> line ends.</returns>
    public static string RenderFindingsOnly(GateReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        foreach (var diagnostic in report.Diagnostics)
        {
            text.Append(ReportText.FindingLine(diagnostic)).Append('\n');
        }

        return text.ToString();
    }
}
