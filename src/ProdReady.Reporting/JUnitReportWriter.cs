using System.Globalization;
using System.Text;
using System.Xml;

namespace ProdReady.Reporting;

/// <summary>
/// JUnit XML: one <c>&lt;testsuite&gt;</c> with one <c>&lt;testcase&gt;</c> per checklist item. A failed item has a
/// <c>&lt;failure&gt;</c> listing its findings, an item no rule computes is <c>&lt;skipped&gt;</c>. Under
/// <c>--no-new-suppressions</c> one more test case, "No new suppressions", lists what the change silenced.
/// </summary>
internal sealed class JUnitReportWriter : IReportWriter
{
    /// <summary>The class name every test case carries.</summary>
    public const string ClassName = "prodready.checklist";

    /// <summary>The name of the extra test case added under <c>--no-new-suppressions</c>.</summary>
    public const string SuppressionsCaseName = "No new suppressions";

    private readonly DateTimeOffset? _timestamp;

    /// <summary>Initializes a new instance of the <see cref="JUnitReportWriter"/> class.</summary>
    /// <param name="timestamp">A time to record on the test suite, or <see langword="null"/> for none.</param>
    public JUnitReportWriter(DateTimeOffset? timestamp) => _timestamp = timestamp;

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.JUnit;

    /// <inheritdoc />
    public void Write(GateReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        var checklist = report.Checklist;
        var suppressionCase = report.Policy.NoNewSuppressions ? 1 : 0;
        var tests = checklist.Count + suppressionCase;
        var failures = checklist.Count(e => e.Status == ChecklistStatus.Failed) + (report.SuppressionsFailGate ? 1 : 0);
        var skipped = checklist.Count(e => e.Status == ChecklistStatus.NotChecked);

        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            OmitXmlDeclaration = true,
            CloseOutput = false,
        };

        // The declaration names UTF-8, the encoding the CLI writes; a StringWriter would otherwise claim UTF-16.
        output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", Clean(report.Tool.Name));
            WriteCounts(xml, tests, failures, skipped);

            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", Clean($"{report.Tool.Name} check: {report.Scope}"));
            WriteCounts(xml, tests, failures, skipped);
            if (_timestamp is { } timestamp)
            {
                xml.WriteAttributeString("timestamp", timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            }

            xml.WriteStartElement("properties");
            WriteProperty(xml, "tool", $"{report.Tool.Name} {report.Tool.Version}");
            WriteProperty(xml, "scope", report.Scope);
            WriteProperty(xml, "root", report.Root);
            WriteProperty(xml, "verdict", ReportText.VerdictWord(report.Verdict));
            WriteProperty(xml, "failOn", ReportText.SeverityName(report.Policy.FailOn));
            xml.WriteEndElement();

            foreach (var entry in checklist)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", entry.Title);
                xml.WriteAttributeString("classname", ClassName);
                if (entry.Status == ChecklistStatus.Failed)
                {
                    var lines = report.DiagnosticsOf(entry.Item).Select(ReportText.FindingLine);
                    WriteFailure(xml, ReportText.Count(entry.Findings, "finding"), Core.Diagnostics.ChecklistItems.Prefix(entry.Item), lines);
                }
                else if (entry.Status == ChecklistStatus.NotChecked)
                {
                    xml.WriteStartElement("skipped");
                    xml.WriteAttributeString("message", "not checked: no enabled rule computes this item");
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            if (report.Policy.NoNewSuppressions)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", SuppressionsCaseName);
                xml.WriteAttributeString("classname", ClassName);
                if (report.SuppressionsFailGate)
                {
                    WriteFailure(
                        xml,
                        ReportText.Count(report.NewSuppressions.Count, "new suppression"),
                        "noqa",
                        report.NewSuppressions.Select(ReportText.SuppressionLine));
                }

                xml.WriteEndElement();
            }

            xml.WriteElementString("system-out", Clean(SystemOut(report)));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        output.Write('\n');
    }

    /// <summary>Replaces the characters XML 1.0 cannot carry (most control characters, lone surrogates) by U+FFFD.</summary>
    internal static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = XmlConvert.IsXmlChar(c)
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));
            if (valid && char.IsHighSurrogate(c))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!valid && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(valid ? c : '\uFFFD');
        }

        return builder?.ToString() ?? text;
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures, int skipped)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", skipped.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteProperty(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", Clean(value));
        xml.WriteEndElement();
    }

    private static void WriteFailure(XmlWriter xml, string message, string type, IEnumerable<string> lines)
    {
        xml.WriteStartElement("failure");
        xml.WriteAttributeString("message", message);
        xml.WriteAttributeString("type", type);
        xml.WriteString(Clean(string.Join('\n', lines)));
        xml.WriteEndElement();
    }

    private static string SystemOut(GateReport report)
    {
        var text = new StringBuilder();
        foreach (var note in report.Notes)
        {
            text.Append("note: ").Append(ReportText.NoteLine(note)).Append('\n');
        }

        foreach (var suppression in report.NewSuppressions)
        {
            text.Append("new suppression: ").Append(ReportText.SuppressionLine(suppression)).Append('\n');
        }

        return text.Append(ReportText.Summary(report)).ToString();
    }
}
