using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>Computes the validation checklist: the one place that decides ✔, ✘ and "not checked".</summary>
public static class Checklist
{
    /// <summary>
    /// Computes one entry per item of <see cref="ChecklistItems.All"/>, in that order. An item with findings
    /// is <see cref="ChecklistStatus.Failed"/> whatever their severity (the checklist reports the standard; the
    /// fail-on severity decides only the verdict). An item without findings is
    /// <see cref="ChecklistStatus.Passed"/> only when some enabled rule computes it, and
    /// <see cref="ChecklistStatus.NotChecked"/> otherwise: the checklist never claims what it did not compute.
    /// </summary>
    /// <param name="diagnostics">The findings of the run.</param>
    /// <param name="computedItems">The items that at least one enabled rule computes.</param>
    /// <returns>The checklist, core items first.</returns>
    public static IReadOnlyList<ChecklistEntry> Compute(IEnumerable<Diagnostic> diagnostics, IEnumerable<ChecklistItem> computedItems) =>
        Compute(diagnostics, computedItems, []);

    /// <summary>
    /// Computes the checklist as <see cref="Compute(IEnumerable{Diagnostic}, IEnumerable{ChecklistItem})"/> does, and lets
    /// the external tools decide "pytest / mypy / flake8 pass": failed with findings, else "not checked" when any
    /// tool asked for did not run (a missing tool is never a pass), else passed when at least one ran; the line's
    /// <see cref="ChecklistEntry.Detail"/> gives each tool's result.
    /// </summary>
    /// <param name="diagnostics">The findings of the run.</param>
    /// <param name="computedItems">The items that at least one enabled rule computes.</param>
    /// <param name="toolRuns">The external tools asked for, in order; empty when none was.</param>
    /// <returns>The checklist, core items first.</returns>
    public static IReadOnlyList<ChecklistEntry> Compute(IEnumerable<Diagnostic> diagnostics, IEnumerable<ChecklistItem> computedItems, IReadOnlyList<ToolRun> toolRuns)
    {
        ArgumentNullException.ThrowIfNull(toolRuns);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(computedItems);
        var counts = new Dictionary<ChecklistItem, int>();
        foreach (var diagnostic in diagnostics)
        {
            ArgumentNullException.ThrowIfNull(diagnostic, nameof(diagnostics));
            counts[diagnostic.Item] = counts.GetValueOrDefault(diagnostic.Item) + 1;
        }

        var computed = computedItems.ToHashSet();
        var entries = new List<ChecklistEntry>(ChecklistItems.All.Count);
        foreach (var item in ChecklistItems.All)
        {
            var findings = counts.GetValueOrDefault(item);
            var status = findings > 0 ? ChecklistStatus.Failed
                : computed.Contains(item) ? ChecklistStatus.Passed
                : ChecklistStatus.NotChecked;
            if (item == ChecklistItem.ExternalTools && toolRuns.Count > 0)
            {
                status = findings > 0 || toolRuns.Any(t => t.Status is ToolRunStatus.Failed or ToolRunStatus.TimedOut) ? ChecklistStatus.Failed
                    : toolRuns.Any(t => t.Status == ToolRunStatus.NotChecked) ? ChecklistStatus.NotChecked
                    : ChecklistStatus.Passed;
                entries.Add(new ChecklistEntry(item, status, findings) { Detail = string.Join("; ", toolRuns.Select(t => t.Describe())) });
                continue;
            }

            entries.Add(new ChecklistEntry(item, status, findings));
        }

        return entries.AsReadOnly();
    }
}
