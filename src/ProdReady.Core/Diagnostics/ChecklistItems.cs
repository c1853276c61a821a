using System.Collections.Frozen;

namespace ProdReady.Core.Diagnostics;

/// <summary>The wording, rule prefixes and order of the checklist items.</summary>
public static class ChecklistItems
{
    private static readonly FrozenDictionary<ChecklistItem, (string Title, string Prefix)> s_items =
        new Dictionary<ChecklistItem, (string Title, string Prefix)>
        {
            [ChecklistItem.TypeHints] = ("Type hints complete", "TYP"),
            [ChecklistItem.Docstrings] = ("Docstrings complete", "DOC"),
            [ChecklistItem.TestsWritten] = ("Tests written", "TST"),
            [ChecklistItem.EdgeCases] = ("Edge cases covered", "TST"),
            [ChecklistItem.RuntimeErrors] = ("No obvious runtime errors", "RUN"),
            [ChecklistItem.ArchitecturePlan] = ("Architecture plan", "PLN"),
            [ChecklistItem.Placeholders] = ("No TODOs or placeholders", "PLH"),
            [ChecklistItem.GlobalState] = ("No global mutable state", "GLB"),
            [ChecklistItem.ExceptionHandling] = ("Proper exception handling", "EXC"),
            [ChecklistItem.Naming] = ("Naming consistency", "NAM"),
            [ChecklistItem.AsyncCorrectness] = ("Async & concurrency correctness", "ASY"),
            [ChecklistItem.SecureBoundaries] = ("Secure boundary validation", "SEC"),
            [ChecklistItem.Changelog] = ("CHANGELOG updated", "CHL"),
            [ChecklistItem.ExternalTools] = ("pytest / mypy / flake8 pass", "EXT"),
        }.ToFrozenDictionary();

    /// <summary>Gets every item in checklist order.</summary>
    public static IReadOnlyList<ChecklistItem> All { get; } = Enum.GetValues<ChecklistItem>();

    /// <summary>Returns the exact words the checklist prints for <paramref name="item"/>.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The title, for example "Type hints complete".</returns>
    public static string Title(ChecklistItem item) => s_items[item].Title;

    /// <summary>Returns the rule-code prefix of <paramref name="item"/>, for example <c>TYP</c>.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The three-letter prefix.</returns>
    public static string Prefix(ChecklistItem item) => s_items[item].Prefix;
}
