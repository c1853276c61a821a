using System.Globalization;
using System.Xml;

namespace ProdReady.ExternalTools;

/// <summary>
/// Reads the JUnit XML that pytest writes with <c>--junitxml</c> and <c>-o junit_family=xunit1</c> (which records each
/// test's <c>file</c> and 0-based <c>line</c>), streaming, so that a large report is never held whole in memory.
/// </summary>
public static class PytestJUnitReader
{
    /// <summary>The characters of a message kept.</summary>
    public const int MaxMessageChars = 500;

    /// <summary>Reads a report.</summary>
    /// <param name="stream">The XML.</param>
    /// <param name="maxFindings">The findings kept at most; the rest are counted, not kept.</param>
    /// <returns>The failing tests and the counts.</returns>
    public static PytestReport Read(Stream stream, int maxFindings = 10_000)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var findings = new List<ToolFinding>();
        int tests = 0, failed = 0, skipped = 0;
        var cut = false;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = true,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            string? classname = null, name = null, file = null;
            var line = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "testcase":
                        tests++;
                        classname = reader.GetAttribute("classname");
                        name = reader.GetAttribute("name");
                        file = reader.GetAttribute("file");
                        line = int.TryParse(reader.GetAttribute("line"), NumberStyles.None, CultureInfo.InvariantCulture, out var zeroBased) ? zeroBased + 1 : 0;
                        break;
                    case "skipped":
                        skipped++;
                        break;
                    case "failure" or "error":
                        failed++;
                        var kind = reader.LocalName;
                        var message = reader.GetAttribute("message") ?? string.Empty;
                        var finding = ToFinding(kind, classname, name, file, line, message, kind == "error" && message == "collection failure" ? ReadText(reader) : null);
                        if (findings.Count < maxFindings)
                        {
                            findings.Add(finding);
                        }
                        else
                        {
                            cut = true;
                        }

                        break;
                }
            }
        }
        catch (XmlException)
        {
            cut = true;
        }

        return new PytestReport(findings, tests, failed, skipped, cut);
    }

    private static ToolFinding ToFinding(string kind, string? classname, string? name, string? file, int line, string message, string? text)
    {
        var path = file is { Length: > 0 } ? file : ModulePath(classname, name);
        if (text is not null)
        {
            // A module that does not collect: pytest's text ends with the exception line, marked "E   ".
            var reason = text.Split('\n').LastOrDefault(l => l.StartsWith("E ", StringComparison.Ordinal))?[1..].Trim() ?? FirstLine(text);
            return new ToolFinding(path, 1, 1, Cut($"{path ?? name} could not be collected: {reason}"));
        }

        var test = string.IsNullOrEmpty(classname) ? name : $"{classname}::{name}";
        var verb = kind == "failure" ? "failed" : "errored";
        var detail = FirstLine(message);
        return new ToolFinding(path, Math.Max(line, 1), 1, Cut(detail.Length == 0 ? $"test {test} {verb}" : $"test {test} {verb}: {detail}"));
    }

    /// <summary>Turns pytest's dotted report name (<c>tests.test_x</c>) back into a path when the report has no <c>file</c>.</summary>
    private static string? ModulePath(string? classname, string? name)
    {
        var dotted = string.IsNullOrEmpty(classname) ? name : classname;
        return string.IsNullOrEmpty(dotted) ? null : dotted.Replace('.', '/') + ".py";
    }

    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var buffer = new char[16 * 1024];
        var text = new System.Text.StringBuilder();
        reader.Read();
        if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
        {
            // The end of the text holds the exception; keep at most the last 64 KiB of it.
            int count;
            while ((count = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, count);
                if (text.Length > 64 * 1024)
                {
                    text.Remove(0, text.Length - (64 * 1024));
                }
            }
        }

        return text.ToString();
    }

    private static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOfAny(['\r', '\n']);
        return end < 0 ? trimmed : trimmed[..end].Trim();
    }

    private static string Cut(string text) => text.Length <= MaxMessageChars ? text : text[..(MaxMessageChars - 1)] + "…";
}
