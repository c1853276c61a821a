using System.Globalization;
using System.Text;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error</c>, <c>::warning</c> or <c>::notice</c> annotation per
/// finding (by severity) and per new suppression, then the text report (checklist, findings, notes and summary)
/// for the log. Properties and data are escaped as the runner requires.
/// </summary>
internal sealed class GitHubReportWriter : IReportWriter
{
    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.GitHub;

    /// <inheritdoc />
    public void Write(GateReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder();
        foreach (var diagnostic in report.Diagnostics)
        {
            var properties = new List<(string Name, string Value)>();
            if (diagnostic.Location is { } location)
            {
                properties.AddRange(LocationProperties(location));
            }

            properties.Add(("title", diagnostic.Code));
            var message = diagnostic.Help is null ? diagnostic.Message : $"{diagnostic.Message}\n{diagnostic.Help}";
            AppendCommand(text, Command(diagnostic.Severity), properties, message);
        }

        foreach (var suppression in report.NewSuppressions)
        {
            var properties = new List<(string Name, string Value)>
            {
                ("file", suppression.Path),
                ("line", suppression.Line.ToString(CultureInfo.InvariantCulture)),
                ("title", "New suppression"),
            };
            var message = $"This change adds '{suppression.Describe()}'"
                + (report.SuppressionsFailGate ? ", which --no-new-suppressions does not allow." : ".");
            AppendCommand(text, report.SuppressionsFailGate ? "error" : "notice", properties, message);
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        var plain = new TextReportWriter(useColor: false).Render(report);
        foreach (var line in plain.Split('\n').SkipLast(1))
        {
            // A log line that starts with "::" would be read as a workflow command; findings never start so,
            // but paths in notes come from the repository and are not trusted.
            text.Append(line.StartsWith("::", StringComparison.Ordinal) ? " " + line : line).Append('\n');
        }

        output.Write(text.ToString());
    }

    /// <summary>Returns the workflow command for a severity.</summary>
    internal static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>
    /// Escapes command data: <c>%</c>, <c>\r</c>, <c>\n</c>; other control characters (an escape sequence would
    /// recolour the log) become spaces.
    /// </summary>
    internal static string EscapeData(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) && c is not ('\r' or '\n') ? ' ' : c))
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a command property value: data escaping plus <c>:</c> and <c>,</c>.</summary>
    internal static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>
    /// Returns the location properties. GitHub annotations take columns only within one line and count the end
    /// column inclusively, so a single-line range gives <c>col</c> and its last column, a multi-line range
    /// gives <c>line</c> and <c>endLine</c>.
    /// </summary>
    internal static IEnumerable<(string Name, string Value)> LocationProperties(SourceLocation location)
    {
        yield return ("file", location.Path);
        yield return ("line", location.Line.ToString(CultureInfo.InvariantCulture));
        if (location.EndLine > location.Line)
        {
            yield return ("endLine", location.EndLine.ToString(CultureInfo.InvariantCulture));
            yield break;
        }

        yield return ("col", location.Column.ToString(CultureInfo.InvariantCulture));
        if (location.EndColumn > location.Column + 1)
        {
            yield return ("endColumn", (location.EndColumn - 1).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AppendCommand(StringBuilder text, string command, List<(string Name, string Value)> properties, string message)
    {
        text.Append("::").Append(command);
        for (var i = 0; i < properties.Count; i++)
        {
            text.Append(i == 0 ? ' ' : ',').Append(properties[i].Name).Append('=').Append(EscapeProperty(properties[i].Value));
        }

        text.Append("::").Append(EscapeData(message)).Append('\n');
    }
}
