using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>One computed line of the validation checklist.</summary>
/// <param name="Item">The checklist item.</param>
/// <param name="Status">Whether it passed, failed or was not checked.</param>
/// <param name="Findings">The number of findings that count against the item.</param>
public sealed record ChecklistEntry(ChecklistItem Item, ChecklistStatus Status, int Findings)
{
    /// <summary>Gets the exact words the checklist prints, for example "Type hints complete".</summary>
    public string Title => ChecklistItems.Title(Item);

    /// <summary>
    /// Gets what the line adds after its status, or <see langword="null"/>: for "pytest / mypy / flake8 pass", each
    /// tool's result ("pytest: 12 tests passed; mypy: 2 errors; flake8: not checked, not installed").
    /// </summary>
    public string? Detail { get; init; }
}
