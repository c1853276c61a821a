using System.Text;
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

    [Fact]
    public void Writes_bytes_to_a_utf8_stream_writer_after_the_text_it_already_holds()
    {
        var report = Large();
        var writer = ReportWriters.Create(ReportFormat.Json);
        using var stream = new MemoryStream();
        using (var output = new StreamWriter(stream, new UTF8Encoding(false), 1024, leaveOpen: true) { NewLine = "\n" })
        {
            output.Write("before ñ\n");
            writer.Write(report, output);
            output.Write("after 🐍");
        }

        Assert.Equal(Encoding.UTF8.GetBytes("before ñ\n" + writer.Render(report) + "after 🐍"), stream.ToArray());
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-32")]
    public void Writes_text_through_a_stream_writer_of_another_encoding(string name)
    {
        Encoding encoding = name switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        };
        var report = Large();
        var writer = ReportWriters.Create(ReportFormat.Json);
        using var stream = new MemoryStream();
        using (var output = new StreamWriter(stream, encoding, 1024, leaveOpen: true) { NewLine = "\n" })
        {
            writer.Write(report, output);
        }

        Assert.Equal([.. encoding.GetPreamble(), .. encoding.GetBytes(writer.Render(report))], stream.ToArray());
    }

    [Fact]
    public void Writes_repeated_values_as_the_writer_escapes_each_one()
    {
        // Paths and messages that need escaping, paths that come back after another one, every severity.
        string[] paths = ["src/a\"b\\c.py", "src/\u0001ñ.py", "src/a\"b\\c.py", "src/<&>.py"];
        Severity[] severities = [Severity.Error, Severity.Warning, Severity.Info];
        var diagnostics = Enumerable.Range(0, 12)
            .Select(i => new Diagnostic(
                i % 2 == 0 ? "RUN001" : "DOC101",
                $"Message {i} \"quoted\" \t 漢",
                severities[i % 3],
                i % 2 == 0 ? ChecklistItem.RuntimeErrors : ChecklistItem.Docstrings,
                i == 11 ? null : new SourceLocation(paths[i % paths.Length], i + 1, 1, i + 1, 5)))
            .ToList();
        var report = new GateReport(
            ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules, diagnostics, filesChecked: 4);

        var text = ReportWriters.Create(ReportFormat.Json).Render(report);

        foreach (var diagnostic in report.Diagnostics)
        {
            Assert.Contains(Reference(diagnostic, report.Policy), text, StringComparison.Ordinal);
        }
    }

    private static GateReport Large()
    {
        var diagnostics = Enumerable.Range(0, 4_000)
            .Select(i => new Diagnostic(
                i % 3 == 0 ? "TYP001" : "NAM001",
                $"Name 'ñandú{i}' {new string('漢', i % 5)} 🐍",
                i % 2 == 0 ? Severity.Error : Severity.Warning,
                i % 3 == 0 ? ChecklistItem.TypeHints : ChecklistItem.Naming,
                new SourceLocation($"src/módulo_{i % 13}.py", i + 1, 1, i + 1, 5)))
            .ToList();
        return new GateReport(
            ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules, diagnostics, filesChecked: 13);
    }

    /// <summary>One finding as a JSON writer with the report's options writes it from plain strings, at the findings' depth.</summary>
    private static string Reference(Diagnostic diagnostic, GatePolicy policy)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonReportWriter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("message", diagnostic.Message);
            json.WriteString("severity", ReportText.SeverityName(diagnostic.Severity));
            json.WriteBoolean("failsGate", policy.Fails(diagnostic));
            json.WriteString("item", JsonReportWriter.ItemId(diagnostic.Item));
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

            json.WriteNull("help");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        var start = text.IndexOf("\n    {", StringComparison.Ordinal);
        var end = text.LastIndexOf("\n    }", StringComparison.Ordinal);
        return text[start..(end + "\n    }".Length)];
    }
}
