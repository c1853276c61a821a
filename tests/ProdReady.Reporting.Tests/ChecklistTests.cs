using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

public sealed class ChecklistTests
{
    private static Diagnostic Finding(ChecklistItem item, Severity severity = Severity.Warning) =>
        new("X" + (int)item, "message", severity, item, SourceLocation.AtLine("a.py", 1));

    [Fact]
    public void Lists_every_item_in_checklist_order_with_the_core_five_first()
    {
        var checklist = Checklist.Compute([], ChecklistItems.All);

        Assert.Equal(ChecklistItems.All, checklist.Select(e => e.Item));
        Assert.Equal(
            ["Type hints complete", "Docstrings complete", "Tests written", "Edge cases covered", "No obvious runtime errors"],
            checklist.Take(5).Select(e => e.Title));
    }

    [Fact]
    public void Reports_an_item_without_an_enabled_rule_as_not_checked_never_passed()
    {
        var checklist = Checklist.Compute([], [ChecklistItem.TypeHints]);

        Assert.Equal(ChecklistStatus.Passed, checklist[0].Status);
        Assert.All(checklist.Skip(1), e => Assert.Equal(ChecklistStatus.NotChecked, e.Status));
        Assert.All(checklist, e => Assert.Equal(0, e.Findings));
    }

    [Fact]
    public void Reports_an_item_with_findings_as_failed_with_their_count()
    {
        var checklist = Checklist.Compute(
            [Finding(ChecklistItem.Docstrings), Finding(ChecklistItem.Docstrings), Finding(ChecklistItem.EdgeCases, Severity.Info)],
            [ChecklistItem.Docstrings, ChecklistItem.EdgeCases, ChecklistItem.TestsWritten]);

        Assert.Equal(new ChecklistEntry(ChecklistItem.Docstrings, ChecklistStatus.Failed, 2), checklist[1]);
        Assert.Equal(new ChecklistEntry(ChecklistItem.TestsWritten, ChecklistStatus.Passed, 0), checklist[2]);
        Assert.Equal(new ChecklistEntry(ChecklistItem.EdgeCases, ChecklistStatus.Failed, 1), checklist[3]);
    }

    [Fact]
    public void Reports_findings_of_an_item_no_enabled_rule_declares_as_failed()
    {
        var checklist = Checklist.Compute([Finding(ChecklistItem.RuntimeErrors, Severity.Error)], []);

        Assert.Equal(ChecklistStatus.Failed, checklist.Single(e => e.Item == ChecklistItem.RuntimeErrors).Status);
    }

    [Fact]
    public void Survives_null_arguments_with_a_clear_exception()
    {
        Assert.Throws<ArgumentNullException>(() => Checklist.Compute(null!, []));
        Assert.Throws<ArgumentNullException>(() => Checklist.Compute([], null!));
        Assert.Throws<ArgumentNullException>(() => Checklist.Compute([null!], []));
    }
}
