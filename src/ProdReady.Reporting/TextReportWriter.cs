using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>
/// The human format: the checklist first (✔, ✘ with the count, – not checked), then the findings as
/// <c>path:line:col: CODE message</c> grouped by item in checklist order, the notes, the suppressions the change
/// adds, and a summary line. ANSI colour only when the caller asks for it.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";

    private readonly bool _useColor;

    /// <summary>Initializes a new instance of the <see cref="TextReportWriter"/> class.</summary>
    /// <param name="useColor">Whether to emit ANSI colour.</param>
    public TextReportWriter(bool useColor) => _useColor = useColor;

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Text;

    /// <inheritdoc />
    public void Write(GateReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        WriteLine(output, Paint(Bold, "VALIDATION CHECK:"));
        var titleWidth = report.Checklist.Count == 0 ? 0 : report.Checklist.Max(e => e.Title.Length) + 2;
        foreach (var entry in report.Checklist)
        {
            WriteLine(output, ChecklistLine(entry, titleWidth));
        }

        foreach (var entry in report.Checklist.Where(e => e.Status == ChecklistStatus.Failed))
        {
            WriteLine(output, string.Empty);
            WriteLine(output, Paint(Bold, $"{entry.Title} ({ReportText.Count(entry.Findings, "finding")}):"));
            foreach (var diagnostic in report.DiagnosticsOf(entry.Item))
            {
                WriteLine(output, FindingLine(diagnostic));
            }
        }

        if (report.Notes.Count > 0)
        {
            WriteLine(output, string.Empty);
            WriteLine(output, Paint(Bold, "Notes:"));
            foreach (var note in report.Notes)
            {
                WriteLine(output, ReportText.NoteLine(note));
            }
        }

        if (report.NewSuppressions.Count > 0)
        {
            WriteLine(output, string.Empty);
            WriteLine(output, Paint(Bold, report.SuppressionsFailGate
                ? "Suppressions added by this change (not allowed by --no-new-suppressions):"
                : "Suppressions added by this change:"));
            foreach (var suppression in report.NewSuppressions)
            {
                WriteLine(output, ReportText.SuppressionLine(suppression));
            }
        }

        WriteLine(output, string.Empty);
        WriteLine(output, Paint(Bold + (report.Passed ? Green : Red), ReportText.Summary(report)));
    }


    private static void WriteLine(TextWriter output, string line)
    {
        output.Write(line);
        output.Write('\n');
    }

    /// <summary>One checklist line; counts and "not checked" line up two spaces after the longest title.</summary>
    private string ChecklistLine(ChecklistEntry entry, int titleWidth) => entry.Status switch
    {
        ChecklistStatus.Passed when entry.Detail is null => Paint(Green, "✔") + " " + entry.Title,
        ChecklistStatus.Passed => Paint(Green, "✔") + " " + entry.Title.PadRight(titleWidth) + ReportText.EntrySuffix(entry),
        ChecklistStatus.Failed => Paint(Red, "✘") + " " + entry.Title.PadRight(titleWidth) + Paint(Red, ReportText.EntrySuffix(entry)),
        _ => Paint(Dim, "–") + " " + entry.Title.PadRight(titleWidth) + Paint(Dim, ReportText.EntrySuffix(entry)),
    };

    private string FindingLine(Diagnostic diagnostic)
    {
        if (!_useColor)
        {
            return ReportText.FindingLine(diagnostic);
        }

        var code = Paint(Bold + SeverityColor(diagnostic.Severity), diagnostic.Code);
        var message = ReportText.OneLine(diagnostic.Message);
        return diagnostic.Location is { } location
            ? $"{Paint(Bold, ReportText.Position(location))}: {code} {message}"
            : $"{code} {message}";
    }

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        _ => Cyan,
    };

    private string Paint(string style, string text) =>
        _useColor && text.Length > 0 ? style + text + Reset : text;
}
