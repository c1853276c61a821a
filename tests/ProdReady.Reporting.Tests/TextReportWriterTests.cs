using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

public sealed class TextReportWriterTests
{
    private static Diagnostic Finding(ChecklistItem item, string code, int line, string message = "message") =>
        new(code, message, Severity.Warning, item, SourceLocation.AtLine("a.py", line));

    [Fact]
    public void Prints_the_checklist_exactly_as_the_product_shows_it()
    {
        var rules = new[]
        {
            ReportFixtures.Rule("TYP001", "a", ChecklistItem.TypeHints),
            ReportFixtures.Rule("DOC101", "b", ChecklistItem.Docstrings),
            ReportFixtures.Rule("TST201", "c", ChecklistItem.TestsWritten),
            ReportFixtures.Rule("TST301", "d", ChecklistItem.EdgeCases),
            ReportFixtures.Rule("RUN001", "e", ChecklistItem.RuntimeErrors),
        };
        var report = new GateReport(ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), rules,
            [Finding(ChecklistItem.Docstrings, "DOC101", 1), Finding(ChecklistItem.EdgeCases, "TST301", 2), Finding(ChecklistItem.Docstrings, "DOC101", 3)], 1);

        var lines = ReportFixtures.Render(ReportFormat.Text, report).Split('\n');

        Assert.Equal(
            [
                "VALIDATION CHECK:",
                "✔ Type hints complete",
                "✘ Docstrings complete              2 findings",
                "✔ Tests written",
                "✘ Edge cases covered               1 finding",
                "✔ No obvious runtime errors",
                "– Architecture plan                not checked",
            ],
            lines.Take(7));
    }

    [Fact]
    public void Groups_findings_by_item_in_checklist_order()
    {
        var report = new GateReport(ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules,
            [Finding(ChecklistItem.Changelog, "CHL001", 1), Finding(ChecklistItem.TypeHints, "TYP001", 9), Finding(ChecklistItem.TypeHints, "TYP001", 2)], 1);

        var text = ReportFixtures.Render(ReportFormat.Text, report);

        Assert.Contains("Type hints complete (2 findings):\na.py:2:1: TYP001 message\na.py:9:1: TYP001 message\n\nCHANGELOG updated (1 finding):\na.py:1:1: CHL001 message\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Emits_no_escape_sequences_unless_colour_is_asked_for()
    {
        var report = ReportFixtures.Failing();

        Assert.DoesNotContain('\u001b', ReportFixtures.Render(ReportFormat.Text, report));
        Assert.Contains("\u001b[31m✘\u001b[0m", ReportFixtures.Render(ReportFormat.Text, report, new ReportWriterOptions(UseColor: true)), StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_terminal_control_sequences_in_messages()
    {
        var report = new GateReport(ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules,
            [Finding(ChecklistItem.TypeHints, "TYP001", 1, "red \u001b[31m\r\ntext\u0007")], 1);

        var text = ReportFixtures.Render(ReportFormat.Text, report);

        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("a.py:1:1: TYP001 red  [31m text \n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Aligns_counts_and_not_checked_two_spaces_after_the_longest_title()
    {
        var text = ReportFixtures.Render(ReportFormat.Text, ReportFixtures.Failing());

        // Every line but the passed ones ends in a count or "not checked", after a gap of two or more spaces.
        var lines = text.Split('\n').Skip(1).TakeWhile(line => line.Length > 0).Where(line => !line.StartsWith('✔')).ToList();
        var suffixColumns = lines.Select(line => line.LastIndexOf("  ", StringComparison.Ordinal) + 2).ToList();

        Assert.Contains(lines, line => line.Contains("Async & concurrency correctness  not checked", StringComparison.Ordinal));
        Assert.Single(suffixColumns.Distinct());
        Assert.Equal("– ".Length + "Async & concurrency correctness".Length + 2, suffixColumns[0]);
    }

    [Fact]
    public void Summarises_a_passing_report_in_one_line()
    {
        var text = ReportFixtures.Render(ReportFormat.Text, ReportFixtures.Passing());

        Assert.EndsWith("\n\nGate passed: no findings; 12 files checked; scope: whole tree.\n", text, StringComparison.Ordinal);
    }
}
