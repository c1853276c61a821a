using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>
/// The immutable result of one gate run, everything a report writer renders: the checklist, the findings
/// in deterministic order, the rules, notes, new suppressions, counts and the verdict, all computed here once.
/// </summary>
public sealed class GateReport
{
    private readonly Dictionary<string, RuleDescriptor> _rulesByCode;

    /// <summary>Initializes a new instance of the <see cref="GateReport"/> class.</summary>
    /// <param name="tool">The tool name, version and home page.</param>
    /// <param name="scope">What was checked, for example "changes since merge base a1b2c3d with main" or "whole tree".</param>
    /// <param name="root">The checked root directory; finding paths are relative to it.</param>
    /// <param name="policy">The fail-on severity and whether new suppressions fail the gate.</param>
    /// <param name="enabledRules">The descriptors of every enabled rule; their items are the ones the run computes.</param>
    /// <param name="diagnostics">The findings that survived suppression.</param>
    /// <param name="filesChecked">The number of files the rules ran on.</param>
    /// <param name="notes">Skipped files and configuration notes, or <see langword="null"/> for none.</param>
    /// <param name="newSuppressions">Suppressions the change adds, or <see langword="null"/> for none.</param>
    /// <param name="toolRuns">The external tools <c>--run-tools</c> ran, or <see langword="null"/> when none was asked for.</param>
    /// <param name="hiddenByBaseline">The number of findings the baseline hid.</param>
    /// <param name="changedUnits">The units the change adds or modifies, each with its tests, or <see langword="null"/> for none.</param>
    public GateReport(
        ToolInfo tool,
        string scope,
        string root,
        GatePolicy policy,
        IEnumerable<RuleDescriptor> enabledRules,
        IEnumerable<Diagnostic> diagnostics,
        int filesChecked,
        IEnumerable<ReportNote>? notes = null,
        IEnumerable<NewSuppression>? newSuppressions = null,
        IEnumerable<ToolRun>? toolRuns = null,
        int hiddenByBaseline = 0,
        IEnumerable<ChangedUnit>? changedUnits = null)
    {
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(enabledRules);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentOutOfRangeException.ThrowIfNegative(filesChecked);

        Tool = tool;
        Scope = scope;
        Root = root;
        Policy = policy;

        _rulesByCode = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in enabledRules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(enabledRules));
            if (!_rulesByCode.TryAdd(rule.Code, rule))
            {
                throw new ArgumentException($"Rule code '{rule.Code}' is listed twice.", nameof(enabledRules));
            }
        }

        Rules = _rulesByCode.Values.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray().AsReadOnly();

        var sorted = diagnostics.ToArray();
        foreach (var diagnostic in sorted)
        {
            ArgumentNullException.ThrowIfNull(diagnostic, nameof(diagnostics));
        }

        // The engine hands its findings over in this order already: checking costs one pass, sorting again n log n.
        if (!IsOrdered(sorted))
        {
            Array.Sort(sorted, DiagnosticOrder.Instance);
        }

        Diagnostics = sorted.AsReadOnly();

        Notes = (notes ?? [])
            .Select(n => n ?? throw new ArgumentNullException(nameof(notes)))
            .OrderBy(n => n.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(n => n.Kind)
            .ThenBy(n => n.Message, StringComparer.Ordinal)
            .ToArray()
            .AsReadOnly();
        NewSuppressions = (newSuppressions ?? [])
            .Select(s => s ?? throw new ArgumentNullException(nameof(newSuppressions)))
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ThenBy(s => s.Line)
            .ThenBy(s => s.Describe(), StringComparer.Ordinal)
            .ToArray()
            .AsReadOnly();

        ToolRuns = (toolRuns ?? [])
            .Select(t => t ?? throw new ArgumentNullException(nameof(toolRuns)))
            .ToArray()
            .AsReadOnly();
        ArgumentOutOfRangeException.ThrowIfNegative(hiddenByBaseline);
        HiddenByBaseline = hiddenByBaseline;
        FilesChecked = filesChecked;
        FilesSkipped = Notes.Where(n => n.IsUnreadableFile).Select(n => n.Path).Distinct(StringComparer.Ordinal).Count();
        Checklist = ProdReady.Reporting.Checklist.Compute(Diagnostics, Rules.Select(r => r.Item), ToolRuns);
        FailingFindings = Diagnostics.Count(policy.Fails);
        ChangedUnits = [.. changedUnits ?? []];
        SuppressionsFailGate = policy.NoNewSuppressions && NewSuppressions.Count > 0;
        Verdict = FailingFindings > 0 || SuppressionsFailGate ? GateVerdict.Failed : GateVerdict.Passed;
    }

    /// <summary>Gets the tool that produced the report.</summary>
    public ToolInfo Tool { get; }

    /// <summary>Gets what was checked, in words.</summary>
    public string Scope { get; }

    /// <summary>Gets the checked root directory.</summary>
    public string Root { get; }

    /// <summary>Gets the fail-on severity and the suppression policy.</summary>
    public GatePolicy Policy { get; }

    /// <summary>Gets the descriptors of the enabled rules, in ordinal code order.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Gets the findings, ordered by <c>(path, line, column, code)</c> with ordinal comparisons; file-less findings first.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the checklist, one entry per item in <see cref="ChecklistItems.All"/> order.</summary>
    public IReadOnlyList<ChecklistEntry> Checklist { get; }

    /// <summary>Gets the notes (skipped files, configuration), ordered by path, kind and message.</summary>
    public IReadOnlyList<ReportNote> Notes { get; }

    /// <summary>Gets the suppressions the change adds, ordered by path and line.</summary>
    public IReadOnlyList<NewSuppression> NewSuppressions { get; }

    /// <summary>Gets the units the change adds or modifies, each with the tests that exercise it (empty outside a change or without the test rules).</summary>
    public IReadOnlyList<ChangedUnit> ChangedUnits { get; }

    /// <summary>Gets the external tools that <c>--run-tools</c> ran (or could not run), in the order they ran.</summary>
    public IReadOnlyList<ToolRun> ToolRuns { get; }

    /// <summary>Gets the number of findings the baseline hid.</summary>
    public int HiddenByBaseline { get; }

    /// <summary>Gets the number of files the rules ran on.</summary>
    public int FilesChecked { get; }

    /// <summary>Gets the number of distinct files skipped (binary, undecodable or too large), counted from <see cref="Notes"/>.</summary>
    public int FilesSkipped { get; }

    /// <summary>Gets the number of findings at or above the fail-on severity.</summary>
    public int FailingFindings { get; }

    /// <summary>Gets a value indicating whether new suppressions fail the gate (the policy forbids them and there are some).</summary>
    public bool SuppressionsFailGate { get; }

    /// <summary>Gets the verdict.</summary>
    public GateVerdict Verdict { get; }

    /// <summary>Gets a value indicating whether the gate passed.</summary>
    public bool Passed => Verdict == GateVerdict.Passed;

    /// <summary>Returns the descriptor of the enabled rule with <paramref name="code"/>, if there is one.</summary>
    /// <param name="code">A rule code.</param>
    /// <returns>The descriptor, or <see langword="null"/>.</returns>
    public RuleDescriptor? FindRule(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _rulesByCode.GetValueOrDefault(code);
    }

    /// <summary>Returns the findings of <paramref name="item"/>, in report order.</summary>
    /// <param name="item">A checklist item.</param>
    /// <returns>Its findings.</returns>
    public IEnumerable<Diagnostic> DiagnosticsOf(ChecklistItem item) => Diagnostics.Where(d => d.Item == item);

    private static bool IsOrdered(Diagnostic[] diagnostics)
    {
        for (var i = 1; i < diagnostics.Length; i++)
        {
            if (DiagnosticOrder.Instance.Compare(diagnostics[i - 1], diagnostics[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
