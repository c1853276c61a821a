namespace ProdReady.Reporting;

/// <summary>The state of one checklist line.</summary>
public enum ChecklistStatus
{
    /// <summary>Some enabled rule computes the item and it has no findings (✔).</summary>
    Passed,

    /// <summary>The item has at least one finding (✘ with the count).</summary>
    Failed,

    /// <summary>No enabled rule computes the item, so the report claims nothing about it.</summary>
    NotChecked,
}
