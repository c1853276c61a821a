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
    public static IReadOnlyList<ChecklistEntry> Compute(IEnumerable<Diagnostic> diagnostics, IEnumerable<ChecklistItem> computedItems)
    {
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
            entries.Add(new ChecklistEntry(item, status, findings));
        }

        return entries.AsReadOnly();
    }
}
