using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

public sealed class GateReportTests
{
    private static Diagnostic Finding(Severity severity, string path = "a.py", int line = 1, string code = "DOC101") =>
        new(code, "message", severity, ChecklistItem.Docstrings, SourceLocation.AtLine(path, line));

    private static GateReport Report(
        Severity failOn,
        IEnumerable<Diagnostic> diagnostics,
        bool noNewSuppressions = false,
        IEnumerable<NewSuppression>? suppressions = null,
        IEnumerable<ReportNote>? notes = null) =>
        new(ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(failOn, noNewSuppressions), ReportFixtures.Rules, diagnostics, 1, notes, suppressions);

    [Theory]
    [InlineData(Severity.Info, Severity.Info, GateVerdict.Failed)]
    [InlineData(Severity.Info, Severity.Warning, GateVerdict.Passed)]
    [InlineData(Severity.Warning, Severity.Warning, GateVerdict.Failed)]
    [InlineData(Severity.Warning, Severity.Error, GateVerdict.Passed)]
    [InlineData(Severity.Error, Severity.Error, GateVerdict.Failed)]
    [InlineData(Severity.Error, Severity.Info, GateVerdict.Failed)]
    public void Fails_on_findings_at_or_above_the_fail_on_severity(Severity finding, Severity failOn, GateVerdict expected)
    {
        var report = Report(failOn, [Finding(finding)]);

        Assert.Equal(expected, report.Verdict);
        Assert.Equal(expected == GateVerdict.Passed, report.Passed);
        Assert.Equal(expected == GateVerdict.Failed ? 1 : 0, report.FailingFindings);
    }

    [Fact]
    public void Passes_without_findings()
    {
        var report = Report(Severity.Info, []);

        Assert.True(report.Passed);
        Assert.Equal(0, report.FailingFindings);
    }

    [Fact]
    public void Keeps_the_item_failed_when_its_findings_are_below_the_fail_on_severity()
    {
        var report = Report(Severity.Error, [Finding(Severity.Warning)]);

        Assert.True(report.Passed);
        Assert.Equal(ChecklistStatus.Failed, report.Checklist.Single(e => e.Item == ChecklistItem.Docstrings).Status);
    }

    [Theory]
    [InlineData(false, GateVerdict.Passed)]
    [InlineData(true, GateVerdict.Failed)]
    public void Fails_on_new_suppressions_only_under_no_new_suppressions(bool noNewSuppressions, GateVerdict expected)
    {
        var report = Report(Severity.Warning, [], noNewSuppressions, [new NewSuppression("a.py", 3, ["TYP001"])]);

        Assert.Equal(expected, report.Verdict);
        Assert.Equal(noNewSuppressions, report.SuppressionsFailGate);
    }

    [Fact]
    public void Passes_under_no_new_suppressions_when_the_change_adds_none()
    {
        var report = Report(Severity.Warning, [], noNewSuppressions: true);

        Assert.True(report.Passed);
        Assert.False(report.SuppressionsFailGate);
    }

    [Fact]
    public void Sorts_findings_ordinally_by_path_line_column_and_code_with_file_less_ones_first()
    {
        var fileLess = new Diagnostic("PLN001", "plan", Severity.Error, ChecklistItem.ArchitecturePlan, null);
        var report = Report(Severity.Warning,
        [
            Finding(Severity.Warning, "b.py", 1, "DOC101"),
            Finding(Severity.Warning, "a.py", 10, "DOC101"),
            Finding(Severity.Warning, "a.py", 2, "DOC102"),
            Finding(Severity.Warning, "a.py", 2, "DOC101"),
            Finding(Severity.Warning, "B.py", 5, "DOC101"),
            fileLess,
        ]);

        Assert.Equal(
            ["PLN001", "B.py:5 DOC101", "a.py:2 DOC101", "a.py:2 DOC102", "a.py:10 DOC101", "b.py:1 DOC101"],
            report.Diagnostics.Select(d => d.Location is null ? d.Code : $"{d.Location.Path}:{d.Location.Line} {d.Code}"));
    }

    [Fact]
    public void Keeps_findings_that_arrive_in_order_and_sorts_one_that_does_not()
    {
        Diagnostic[] ordered =
        [
            Finding(Severity.Warning, "a.py", 1, "DOC101"),
            Finding(Severity.Warning, "a.py", 1, "DOC102"),
            Finding(Severity.Error, "a.py", 3, "TYP001"),
            Finding(Severity.Warning, "b.py", 2, "NAM001"),
        ];

        Assert.Equal(ordered, Report(Severity.Warning, ordered).Diagnostics);

        // Only the last pair is out of order: the check must look at every neighbour, not the first few.
        Diagnostic[] lastSwapped = [ordered[0], ordered[1], ordered[3], ordered[2]];
        Assert.Equal(ordered, Report(Severity.Warning, lastSwapped).Diagnostics);
    }

    [Fact]
    public void Orders_rules_notes_and_suppressions_deterministically()
    {
        var report = ReportFixtures.Failing();

        Assert.Equal(report.Rules.Select(r => r.Code).Order(StringComparer.Ordinal), report.Rules.Select(r => r.Code));
        Assert.Equal(["assets/logo.png", "data/huge.py", "legacy/latin1.py", "pyproject.toml"], report.Notes.Select(n => n.Path));
        Assert.Equal(["src/app.py", "src/util.py"], report.NewSuppressions.Select(s => s.Path));
    }

    [Fact]
    public void Counts_skipped_files_once_each_from_the_notes()
    {
        var report = Report(Severity.Warning, [], notes:
        [
            ReportNote.SkippedBinary("x.bin"),
            ReportNote.SkippedTooLarge("x.bin", 10, 5),
            ReportNote.SkippedUndecodable("y.py"),
            ReportNote.Configuration("ignored"),
        ]);

        Assert.Equal(2, report.FilesSkipped);
        Assert.Equal(4, report.Notes.Count);
    }

    [Fact]
    public void Computes_the_checklist_from_the_enabled_rules()
    {
        var report = new GateReport(ReportFixtures.Tool, "staged changes", "/repo", new GatePolicy(Severity.Warning),
            [ReportFixtures.Rule("TYP001", "missing-annotation", ChecklistItem.TypeHints)], [], 0);

        Assert.Equal(ChecklistStatus.Passed, report.Checklist[0].Status);
        Assert.All(report.Checklist.Skip(1), e => Assert.Equal(ChecklistStatus.NotChecked, e.Status));
    }

    [Fact]
    public void Finds_rules_by_code()
    {
        var report = ReportFixtures.Failing();

        Assert.Equal("missing-docstring", report.FindRule("DOC101")?.Name);
        Assert.Null(report.FindRule("TYP002"));
    }

    [Fact]
    public void Survives_invalid_input_with_argument_exceptions()
    {
        var policy = new GatePolicy(Severity.Warning);
        Assert.Throws<ArgumentException>(() => new GateReport(ReportFixtures.Tool, " ", "/", policy, [], [], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GateReport(ReportFixtures.Tool, "s", "/", policy, [], [], -1));
        Assert.Throws<ArgumentNullException>(() => new GateReport(ReportFixtures.Tool, "s", "/", policy, [], [null!], 0));
        var duplicate = ReportFixtures.Rule("TYP001", "x", ChecklistItem.TypeHints);
        var error = Assert.Throws<ArgumentException>(() => new GateReport(ReportFixtures.Tool, "s", "/", policy, [duplicate, duplicate], [], 0));
        Assert.Contains("TYP001", error.Message, StringComparison.Ordinal);
    }
}
