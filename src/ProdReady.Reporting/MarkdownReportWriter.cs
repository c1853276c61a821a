using System.Globalization;
using System.Text;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>
/// A pull-request comment in GitHub-flavoured Markdown: a heading with the verdict, the checklist as a table
/// (✔ / ✘ / ➖), each failed item's findings in a collapsible <c>&lt;details&gt;</c> with positions as code, the
/// notes and new suppressions, and the summary. Text from findings is escaped for Markdown and HTML.
/// </summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Markdown;

    /// <inheritdoc />
    public void Write(GateReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var md = new StringBuilder();
        md.Append(report.Passed ? "## ✅ " : "## ❌ ")
            .Append(Escape(report.Tool.Name))
            .Append(report.Passed ? ": the gate passed" : ": the gate failed")
            .Append("\n\n");
        md.Append("**Scope:** ").Append(Escape(report.Scope))
            .Append(" · **Files:** ").Append(report.FilesChecked.ToString(CultureInfo.InvariantCulture)).Append(" checked");
        if (report.FilesSkipped > 0)
        {
            md.Append(", ").Append(report.FilesSkipped.ToString(CultureInfo.InvariantCulture)).Append(" skipped");
        }

        md.Append(" · **Fails on:** ").Append(ReportText.SeverityName(report.Policy.FailOn)).Append(" and above\n\n");

        md.Append("| | Checklist item | Findings |\n");
        md.Append("|:-:|:--|:--|\n");
        foreach (var entry in report.Checklist)
        {
            md.Append("| ").Append(Mark(entry.Status))
                .Append(" | ").Append(Escape(entry.Title))
                .Append(" | ").Append(ReportText.EntrySuffix(entry))
                .Append(" |\n");
        }

        foreach (var entry in report.Checklist.Where(e => e.Status == ChecklistStatus.Failed))
        {
            md.Append("\n<details>\n<summary>✘ ")
                .Append(Escape(entry.Title)).Append(": ").Append(ReportText.Count(entry.Findings, "finding"))
                .Append("</summary>\n\n");
            foreach (var diagnostic in report.DiagnosticsOf(entry.Item))
            {
                md.Append("- ");
                if (diagnostic.Location is { } location)
                {
                    md.Append(CodeSpan(ReportText.Position(location))).Append(' ');
                }

                md.Append("**").Append(Escape(diagnostic.Code)).Append("** ")
                    .Append(Escape(ReportText.OneLine(diagnostic.Message)));
                if (diagnostic.Severity != Severity.Error)
                {
                    md.Append(" _(").Append(ReportText.SeverityName(diagnostic.Severity)).Append(")_");
                }

                md.Append('\n');
            }

            md.Append("\n</details>\n");
        }

        if (report.Notes.Count > 0)
        {
            md.Append("\n### Notes\n\n");
            foreach (var note in report.Notes)
            {
                md.Append("- ");
                if (note.Path is not null)
                {
                    md.Append(CodeSpan(note.Path)).Append(": ");
                }

                md.Append(Escape(ReportText.OneLine(note.Message))).Append('\n');
            }
        }

        if (report.NewSuppressions.Count > 0)
        {
            md.Append(report.SuppressionsFailGate
                ? "\n### Suppressions added by this change (not allowed)\n\n"
                : "\n### Suppressions added by this change\n\n");
            foreach (var suppression in report.NewSuppressions)
            {
                md.Append("- ")
                    .Append(CodeSpan(string.Create(CultureInfo.InvariantCulture, $"{suppression.Path}:{suppression.Line}")))
                    .Append(' ')
                    .Append(CodeSpan(suppression.Describe()))
                    .Append('\n');
            }
        }

        md.Append('\n').Append(Escape(ReportText.Summary(report))).Append('\n');
        output.Write(md.ToString());
    }

    /// <summary>Returns the checklist mark of a status: ✔, ✘ or ➖.</summary>
    internal static string Mark(ChecklistStatus status) => status switch
    {
        ChecklistStatus.Passed => "✔",
        ChecklistStatus.Failed => "✘",
        _ => "➖",
    };

    /// <summary>
    /// Escapes text for Markdown inline content and HTML: characters with Markdown meaning are backslash-escaped,
    /// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become entities, <c>|</c> is escaped so tables stay intact, and
    /// <c>@name</c> becomes code so that a decorator in a message does not mention someone.
    /// </summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '@':
                    // "@name" in a comment notifies a GitHub user or team ("@property", "@pytest"); code spans do not.
                    var end = i + 1;
                    while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-' or '.' or '/'))
                    {
                        end++;
                    }

                    builder.Append('`').Append(text, i, end - i).Append('`');
                    i = end - 1;
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '!':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Wraps text in a code span whose fence is longer than any backtick run inside it.</summary>
    internal static string CodeSpan(string text)
    {
        text = ReportText.OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = longest > 0 ? " " : string.Empty;
        return fence + pad + text + pad + fence;
    }
}
