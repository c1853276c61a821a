using System.Text.Json;
using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

/// <summary>The JSON report is written in chunks: a report far larger than one chunk must read back whole.</summary>
public sealed class JsonReportStreamingTests
{
    [Fact]
    public void Writes_a_report_of_many_chunks_with_every_multibyte_character_intact()
    {
        // Messages of varying length and width (2-, 3- and 4-byte UTF-8) put chunk boundaries inside characters.
        var diagnostics = Enumerable.Range(0, 6_000)
            .Select(i => new Diagnostic(
                "RUN001",
                $"Undefined name 'ñandú{i}' {new string('é', i % 7)}{new string('漢', i % 5)} 🐍",
                Severity.Error,
                ChecklistItem.RuntimeErrors,
                new SourceLocation($"src/módulo_{i % 13}.py", i + 1, 1, i + 1, 5)))
            .ToList();
        var report = new GateReport(
            ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules, diagnostics, filesChecked: 13);

        var text = ReportWriters.Create(ReportFormat.Json).Render(report);

        Assert.True(text.Length > 4 * 64 * 1024);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', text);
        using var document = JsonDocument.Parse(text);
        var findings = document.RootElement.GetProperty("findings");
        Assert.Equal(diagnostics.Count, findings.GetArrayLength());
        // The report orders findings by location; compare the texts as sorted lists.
        var written = findings.EnumerateArray()
            .Select(f => f.GetProperty("location").GetProperty("path").GetString() + "|" + f.GetProperty("message").GetString())
            .Order(StringComparer.Ordinal);
        var expected = diagnostics.Select(d => d.Location!.Path + "|" + d.Message).Order(StringComparer.Ordinal);
        Assert.Equal(expected, written);
    }

    [Fact]
    public void Writes_the_same_text_to_a_stream_writer_as_to_a_string()
    {
        var report = ReportFixtures.Failing();
        var writer = ReportWriters.Create(ReportFormat.Json);
        using var stream = new MemoryStream();
        using (var output = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1024, leaveOpen: true) { NewLine = "\n" })
        {
            writer.Write(report, output);
        }

        Assert.Equal(writer.Render(report), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
