using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

public sealed class GitHubReportWriterTests
{
    [Theory]
    [InlineData("100% done", "100%25 done")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("a: b, c", "a: b, c")]
    [InlineData("%0A", "%250A")]
    [InlineData("red \u001b[31m\tbell\u0007", "red  [31m bell ")]
    public void Escapes_command_data(string value, string expected)
    {
        Assert.Equal(expected, GitHubReportWriter.EscapeData(value));
    }

    [Theory]
    [InlineData("dir,with:colon/a.py", "dir%2Cwith%3Acolon/a.py")]
    [InlineData("50%\n", "50%25%0A")]
    public void Escapes_command_properties(string value, string expected)
    {
        Assert.Equal(expected, GitHubReportWriter.EscapeProperty(value));
    }

    [Theory]
    [InlineData(3, 5, 3, 9, "file=a.py line=3 col=5 endColumn=8")]
    [InlineData(3, 5, 3, 6, "file=a.py line=3 col=5")]
    [InlineData(3, 5, 3, 5, "file=a.py line=3 col=5")]
    [InlineData(3, 5, 7, 2, "file=a.py line=3 endLine=7")]
    public void Gives_columns_only_within_one_line_and_counts_the_end_inclusively(int line, int column, int endLine, int endColumn, string expected)
    {
        var properties = GitHubReportWriter.LocationProperties(new SourceLocation("a.py", line, column, endLine, endColumn));

        Assert.Equal(expected, string.Join(' ', properties.Select(p => $"{p.Name}={p.Value}")));
    }

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Info, "notice")]
    public void Annotates_by_severity(Severity severity, string command)
    {
        Assert.Equal(command, GitHubReportWriter.Command(severity));
    }

    [Fact]
    public void Escapes_a_path_with_separators_in_the_file_property()
    {
        var finding = new Diagnostic("DOC101", "m", Severity.Warning, ChecklistItem.Docstrings, SourceLocation.AtLine("a,b:c.py", 2));
        var report = new GateReport(ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules, [finding], 1);

        var output = ReportFixtures.Render(ReportFormat.GitHub, report);

        Assert.StartsWith("::warning file=a%2Cb%3Ac.py,line=2,col=1,title=DOC101::m\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Indents_log_lines_that_would_read_as_workflow_commands()
    {
        var report = new GateReport(ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules, [], 1,
            [ReportNote.SkippedBinary("::add-mask::secret")]);

        var lines = ReportFixtures.Render(ReportFormat.GitHub, report).Split('\n');

        Assert.DoesNotContain(lines, l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.Contains(" ::add-mask::secret: skipped: binary file", lines);
    }

    [Fact]
    public void Announces_new_suppressions_as_notices_unless_they_fail_the_gate()
    {
        var suppression = new NewSuppression("a.py", 4, ["TYP001"]);
        GateReport Report(bool forbid) => new(ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning, forbid), ReportFixtures.Rules, [], 1, null, [suppression]);

        Assert.StartsWith("::notice file=a.py,line=4,title=New suppression::This change adds '# noqa: TYP001'.\n",
            ReportFixtures.Render(ReportFormat.GitHub, Report(forbid: false)), StringComparison.Ordinal);
        Assert.StartsWith("::error file=a.py,line=4,title=New suppression::",
            ReportFixtures.Render(ReportFormat.GitHub, Report(forbid: true)), StringComparison.Ordinal);
    }

    [Fact]
    public void Ends_with_the_text_report_for_the_log()
    {
        var output = ReportFixtures.Render(ReportFormat.GitHub, ReportFixtures.Failing());

        Assert.EndsWith(ReportFixtures.Render(ReportFormat.Text, ReportFixtures.Failing()), output, StringComparison.Ordinal);
    }
}
