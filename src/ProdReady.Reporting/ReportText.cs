using System.Globalization;
using System.Text;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>Wording shared by the writers, so that every format says the same thing the same way.</summary>
internal static class ReportText
{
    /// <summary>Returns "1 finding" or "2 findings".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>Returns the lower-case name of a severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>Returns <c>path:line:col</c>.</summary>
    public static string Position(SourceLocation location) =>
        string.Create(CultureInfo.InvariantCulture, $"{location.Path}:{location.Line}:{location.Column}");

    /// <summary>Returns <c>path:line:col: CODE message</c>, or <c>CODE message</c> for a file-less finding.</summary>
    public static string FindingLine(Diagnostic diagnostic) => diagnostic.Location is { } location
        ? $"{Position(location)}: {diagnostic.Code} {OneLine(diagnostic.Message)}"
        : $"{diagnostic.Code} {OneLine(diagnostic.Message)}";

    /// <summary>Returns <c>path: message</c>, or the message alone for a note without a path.</summary>
    public static string NoteLine(ReportNote note) =>
        note.Path is null ? OneLine(note.Message) : $"{note.Path}: {OneLine(note.Message)}";

    /// <summary>Returns <c>path:line: noqa: CODES</c>.</summary>
    public static string SuppressionLine(NewSuppression suppression) =>
        string.Create(CultureInfo.InvariantCulture, $"{suppression.Path}:{suppression.Line}: {suppression.Describe()}");

    /// <summary>Returns the checklist suffix: "2 findings", "not checked" or empty, followed by the entry's detail in parentheses.</summary>
    public static string EntrySuffix(ChecklistEntry entry)
    {
        var status = entry.Status switch
        {
            ChecklistStatus.Failed => Count(entry.Findings, "finding"),
            ChecklistStatus.NotChecked => "not checked",
            _ => string.Empty,
        };
        return entry.Detail is not { Length: > 0 } detail ? status
            : status.Length == 0 ? OneLine(detail)
            : $"{status} ({OneLine(detail)})";
    }

    /// <summary>Returns "passed" or "failed".</summary>
    public static string VerdictWord(GateVerdict verdict) => verdict == GateVerdict.Passed ? "passed" : "failed";

    /// <summary>
    /// Returns the one-line summary, for example "Gate failed: 3 findings, 2 at or above warning; 1 new suppression
    /// (not allowed); 4 files checked, 1 skipped; scope: whole tree."
    /// </summary>
    public static string Summary(GateReport report)
    {
        var text = new StringBuilder();
        text.Append("Gate ").Append(VerdictWord(report.Verdict)).Append(": ");
        if (report.Diagnostics.Count == 0)
        {
            text.Append("no findings");
        }
        else
        {
            text.Append(Count(report.Diagnostics.Count, "finding"))
                .Append(", ")
                .Append(report.FailingFindings.ToString(CultureInfo.InvariantCulture))
                .Append(" at or above ")
                .Append(SeverityName(report.Policy.FailOn));
        }

        if (report.HiddenByBaseline > 0)
        {
            text.Append(" (").Append(report.HiddenByBaseline.ToString(CultureInfo.InvariantCulture)).Append(" hidden by the baseline)");
        }

        if (report.NewSuppressions.Count > 0)
        {
            text.Append("; ").Append(Count(report.NewSuppressions.Count, "new suppression"));
            if (report.SuppressionsFailGate)
            {
                text.Append(" (not allowed)");
            }
        }

        text.Append("; ").Append(Count(report.FilesChecked, "file")).Append(" checked");
        if (report.FilesSkipped > 0)
        {
            text.Append(", ").Append(report.FilesSkipped.ToString(CultureInfo.InvariantCulture)).Append(" skipped");
        }

        text.Append("; scope: ").Append(OneLine(report.Scope)).Append('.');
        return text.ToString();
    }

    /// <summary>Replaces line breaks and other control characters by spaces so that a message stays on one line.</summary>
    public static string OneLine(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !text.Contains('\u007f', StringComparison.Ordinal)
            && !text.Contains('\u2028', StringComparison.Ordinal) && !text.Contains('\u2029', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString();
    }
}
