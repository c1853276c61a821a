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
    /// <summary>
    /// The characters spent on finding, note and suppression lines at most. GitHub refuses comments longer than
    /// 65,536 characters; past the budget each section says how many lines it leaves out.
    /// </summary>
    public const int DefaultLineBudget = 55_000;

    private readonly int _lineBudget;

    /// <summary>Initializes a new instance of the <see cref="MarkdownReportWriter"/> class.</summary>
    /// <param name="lineBudget">The characters to spend on listed lines at most.</param>
    public MarkdownReportWriter(int lineBudget = DefaultLineBudget)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lineBudget);
        _lineBudget = lineBudget;
    }

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

        var budget = new LineBudget(_lineBudget);
        foreach (var entry in report.Checklist.Where(e => e.Status == ChecklistStatus.Failed))
        {
            md.Append("\n<details>\n<summary>✘ ")
                .Append(Escape(entry.Title)).Append(": ").Append(ReportText.Count(entry.Findings, "finding"))
                .Append("</summary>\n\n");
            budget.AppendList(md, report.DiagnosticsOf(entry.Item).Select(FindingLine));
            md.Append("\n</details>\n");
        }

        if (report.Notes.Count > 0)
        {
            md.Append("\n### Notes\n\n");
            budget.AppendList(md, report.Notes.Select(note => note.Path is null
                ? $"- {Escape(ReportText.OneLine(note.Message))}\n"
                : $"- {CodeSpan(note.Path)}: {Escape(ReportText.OneLine(note.Message))}\n"));
        }

        if (report.NewSuppressions.Count > 0)
        {
            md.Append(report.SuppressionsFailGate
                ? "\n### Suppressions added by this change (not allowed)\n\n"
                : "\n### Suppressions added by this change\n\n");
            budget.AppendList(md, report.NewSuppressions.Select(suppression =>
                $"- {CodeSpan(string.Create(CultureInfo.InvariantCulture, $"{suppression.Path}:{suppression.Line}"))} {CodeSpan(suppression.Describe())}\n"));
        }

        md.Append('\n').Append(Escape(ReportText.Summary(report))).Append('\n');
        output.Write(md.ToString());
    }

    private static string FindingLine(Diagnostic diagnostic)
    {
        var line = new StringBuilder("- ");
        if (diagnostic.Location is { } location)
        {
            line.Append(CodeSpan(ReportText.Position(location))).Append(' ');
        }

        line.Append("**").Append(Escape(diagnostic.Code)).Append("** ")
            .Append(Escape(ReportText.OneLine(diagnostic.Message)));
        if (diagnostic.Severity != Severity.Error)
        {
            line.Append(" _(").Append(ReportText.SeverityName(diagnostic.Severity)).Append(")_");
        }

        return line.Append('\n').ToString();
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

    /// <summary>The characters left for listed lines, shared by every section of one comment.</summary>
    private sealed class LineBudget(int remaining)
    {
        private int _remaining = remaining;

        /// <summary>Appends the lines that fit, then one line saying how many were left out.</summary>
        public void AppendList(StringBuilder md, IEnumerable<string> lines)
        {
            var omitted = 0;
            foreach (var line in lines)
            {
                if (omitted == 0 && line.Length <= _remaining)
                {
                    md.Append(line);
                    _remaining -= line.Length;
                }
                else
                {
                    omitted++;
                }
            }

            if (omitted > 0)
            {
                md.Append("- … ").Append(ReportText.Count(omitted, "more line")).Append(" not shown: the comment is at its size limit; the other formats list everything.\n");
            }
        }
    }
}
