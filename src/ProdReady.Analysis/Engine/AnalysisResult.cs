using ProdReady.Analysis.Units;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Engine;

/// <summary>The outcome of one run of the engine.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(
        IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlySet<ChecklistItem> computedItems,
        int filesAnalyzed,
        IReadOnlyList<UnreadableFile> skippedFiles,
        IReadOnlyList<FileSuppression> newSuppressions,
        int suppressedCount,
        IReadOnlyDictionary<string, UnitMap>? unitMaps = null)
    {
        UnitMaps = unitMaps ?? new Dictionary<string, UnitMap>(StringComparer.Ordinal);
        Diagnostics = diagnostics;
        ComputedItems = computedItems;
        FilesAnalyzed = filesAnalyzed;
        UnreadableFiles = skippedFiles;
        NewSuppressions = newSuppressions;
        SuppressedCount = suppressedCount;
    }

    /// <summary>
    /// Gets the findings that count: not silenced by <c># noqa</c> or the per-file selection, and inside the
    /// change. Ordered by path (change-level findings, which have no location, first), line, column, code,
    /// then the order in which rules reported them.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Gets the checklist items that were actually computed: those with at least one enabled rule that ran
    /// (file rules when at least one file was analysed; change rules unless they had nothing to compute).
    /// The report says "not checked" for the others.
    /// </summary>
    public IReadOnlySet<ChecklistItem> ComputedItems { get; }

    /// <summary>Gets the number of files analysed.</summary>
    public int FilesAnalyzed { get; }

    /// <summary>Gets the files that could not be read, ordered by path.</summary>
    public IReadOnlyList<UnreadableFile> UnreadableFiles { get; }

    /// <summary>Gets the <c># noqa</c> directives on lines the change added or modified (empty outside a change).</summary>
    public IReadOnlyList<FileSuppression> NewSuppressions { get; }

    /// <summary>Gets the number of findings silenced by <c># noqa</c>.</summary>
    public int SuppressedCount { get; }

    /// <summary>
    /// Gets the units by line of each Python file analysed, by path, when <see cref="AnalysisInput.KeepUnitMaps"/> asked
    /// for them; empty otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, UnitMap> UnitMaps { get; }
}
