using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

public sealed class MarkdownReportWriterTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("*bold* _it_ `code` [link](x) | ~ # ! \\", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\| \\~ \\# \\! \\\\")]
    [InlineData("ñandú 🐍", "ñandú 🐍")]
    [InlineData("use @property, not @functools.cache_x/y-z!", "use `@property`, not `@functools.cache_x/y-z`\\!")]
    [InlineData("mail a@b and a lone @", "mail a`@b` and a lone `@`")]
    public void Escapes_markdown_and_html(string text, string expected)
    {
        Assert.Equal(expected, MarkdownReportWriter.Escape(text));
    }

    [Theory]
    [InlineData("src/app.py:3:1", "`src/app.py:3:1`")]
    [InlineData("a`b.py", "`` a`b.py ``")]
    [InlineData("a``b", "``` a``b ```")]
    [InlineData("a|b", "`a\\|b`")]
    [InlineData("line\nbreak", "`line break`")]
    public void Wraps_positions_in_code_spans_that_survive_backticks_and_pipes(string text, string expected)
    {
        Assert.Equal(expected, MarkdownReportWriter.CodeSpan(text));
    }

    [Fact]
    public void Heads_the_comment_with_the_verdict()
    {
        Assert.StartsWith("## ❌ prodready: the gate failed\n", ReportFixtures.Render(ReportFormat.Markdown, ReportFixtures.Failing()), StringComparison.Ordinal);
        Assert.StartsWith("## ✅ prodready: the gate passed\n", ReportFixtures.Render(ReportFormat.Markdown, ReportFixtures.Passing()), StringComparison.Ordinal);
    }

    [Fact]
    public void Puts_each_failed_item_in_a_collapsible_section_and_no_other()
    {
        var markdown = ReportFixtures.Render(ReportFormat.Markdown, ReportFixtures.Failing());
        var passing = ReportFixtures.Render(ReportFormat.Markdown, ReportFixtures.Passing());

        Assert.Equal(ReportFixtures.Failing().Checklist.Count(e => e.Status == ChecklistStatus.Failed), CountOf(markdown, "<details>"));
        Assert.Equal(CountOf(markdown, "<details>"), CountOf(markdown, "</details>"));
        Assert.Equal(0, CountOf(passing, "<details>"));
    }

    [Fact]
    public void Keeps_the_table_intact_when_a_message_holds_pipes_and_newlines()
    {
        var finding = new Diagnostic("SEC001", "a | b\n| c |", Severity.Error, ChecklistItem.SecureBoundaries, SourceLocation.AtLine("x|y.py", 1));
        var report = new GateReport(ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules, [finding], 1);

        var markdown = ReportFixtures.Render(ReportFormat.Markdown, report);

        Assert.Contains("- `x\\|y.py:1:1` **SEC001** a \\| b \\| c \\|\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChecklistStatus.Passed, "✔")]
    [InlineData(ChecklistStatus.Failed, "✘")]
    [InlineData(ChecklistStatus.NotChecked, "➖")]
    public void Marks_each_status(ChecklistStatus status, string mark)
    {
        Assert.Equal(mark, MarkdownReportWriter.Mark(status));
    }

    [Fact]
    public void Stays_under_githubs_comment_limit_for_a_huge_report()
    {
        var findings = Enumerable.Range(1, 5_000).Select(i => new Diagnostic("DOC101", $"Public function 'function_{i}' has no docstring",
            Severity.Warning, ChecklistItem.Docstrings, SourceLocation.AtLine($"src/package/module_{i % 97}.py", i)));
        var notes = Enumerable.Range(1, 2_000).Select(i => ReportNote.SkippedBinary($"assets/image_{i}.png"));
        var report = new GateReport(ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules, findings, 5_000, notes);

        var markdown = ReportFixtures.Render(ReportFormat.Markdown, report);

        Assert.True(markdown.Length < 65_536, $"comment is {markdown.Length} characters");
        Assert.Contains("more lines not shown", markdown, StringComparison.Ordinal);
        Assert.Contains("- `src/package/module_1.py:1:1` **DOC101**", markdown, StringComparison.Ordinal);
        Assert.EndsWith(ReportText.Summary(report) + "\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_how_many_lines_each_section_leaves_out_once_the_budget_is_spent()
    {
        var markdown = new MarkdownReportWriter(lineBudget: 0).Render(ReportFixtures.Failing());

        Assert.Contains("<summary>✘ Docstrings complete: 2 findings</summary>\n\n- … 2 more lines not shown", markdown, StringComparison.Ordinal);
        Assert.Contains("### Notes\n\n- … 4 more lines not shown", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("**DOC101**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_everything_when_it_fits()
    {
        var markdown = ReportFixtures.Render(ReportFormat.Markdown, ReportFixtures.Failing());

        Assert.DoesNotContain("not shown", markdown, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
