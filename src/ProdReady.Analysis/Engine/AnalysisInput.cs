using ProdReady.Git.Changes;

namespace ProdReady.Analysis.Engine;

/// <summary>What one run of the engine analyses.</summary>
public sealed class AnalysisInput
{
    /// <summary>Gets the files to analyse (from discovery, already narrowed to the change's scope).</summary>
    public required IReadOnlyList<SourceFile> Files { get; init; }

    /// <summary>
    /// Gets the change, or <see langword="null"/> (or a whole-tree change set) to report everything. In a change,
    /// a finding counts when its unit overlaps the changed lines; a file outside the change is not analysed.
    /// </summary>
    public ChangeSet? Change { get; init; }

    /// <summary>Gets the architecture plan of the change, or <see langword="null"/> when none was found.</summary>
    public PlanInput? Plan { get; init; }

    /// <summary>
    /// Gets the changelog before and after the change, or <see langword="null"/> to leave the changelog
    /// unchecked ("not checked" in the report).
    /// </summary>
    public ChangelogInput? Changelog { get; init; }

    /// <summary>Gets the clock that decides which changelog dates lie in the future; the system clock when <see langword="null"/>.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>
    /// Gets whether a rule code is enabled for a path (per-file ignores), or <see langword="null"/> when every
    /// enabled rule applies to every file. Called with the code and the path relative to the root, the shape of
    /// <c>RuleSelection.IsEnabled(code, path)</c> of the configuration.
    /// </summary>
    public Func<string, string, bool>? IsEnabledForPath { get; init; }

    /// <summary>
    /// Gets whether a rule code is enabled anywhere (the configuration's <c>select</c> and <c>ignore</c>), or
    /// <see langword="null"/> when every rule the engine holds is. The file-level checks of a rule it rejects are not
    /// dispatched at all, since <see cref="IsEnabledForPath"/> would drop every finding they make; the checklist items
    /// the run computes and the change-level rules are those of every rule the engine holds, as without it.
    /// </summary>
    public Func<string, bool>? IsRuleEnabled { get; init; }

    /// <summary>Gets what is known about the project (target version, layout, tests, dependencies); defaults when <see langword="null"/>.</summary>
    public ProjectContext? Project { get; init; }

    /// <summary>
    /// Gets whether to keep, for each Python file analysed, the map of its units by line (qualified names), recorded in
    /// the engine's one walk of the tree, so that a baseline or an external tool's findings are placed in their units
    /// without parsing the file again. Off by default: a plain check keeps nothing of a file once its rules ran.
    /// </summary>
    public bool KeepUnitMaps { get; init; }

    /// <summary>Gets the most files analysed at once; 0 (the default) means the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; }
}
