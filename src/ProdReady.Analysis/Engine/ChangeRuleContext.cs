using ProdReady.Analysis.Rules.ArchitecturePlan;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// What a change-level rule sees: the change as a whole (the plan, the changelog, the facts the engine
/// gathered from every file) rather than one tree. Used by one rule at a time, on one thread.
/// </summary>
public sealed class ChangeRuleContext
{
    private readonly List<Diagnostic> _findings;

    internal ChangeRuleContext(ChangeFacts facts, List<Diagnostic> findings)
    {
        Facts = facts;
        _findings = findings;
    }

    /// <summary>Gets a value indicating whether a change is being checked (not the whole tree).</summary>
    public bool IsChangeMode => Facts.IsChangeMode;

    /// <summary>Gets a value indicating whether the checked change touches no file at all (nothing to gate).</summary>
    public bool IsEmptyChange => Facts.IsEmptyChange;

    /// <summary>Gets the plan input of the change, or <see langword="null"/> when none was found.</summary>
    public PlanInput? Plan => Facts.Plan;

    /// <summary>Gets the changelog input, or <see langword="null"/> when the caller gave none.</summary>
    public ChangelogInput? Changelog => Facts.Changelog;

    internal ChangeFacts Facts { get; }

    internal PlanAnalysis? PlanAnalysis => Facts.PlanAnalysis;

    internal bool NotComputed { get; private set; }

    /// <summary>
    /// Says that the rule had nothing to compute for this change (for example no plan outside a change), so
    /// that the report can say "not checked" unless another rule of the same checklist item ran.
    /// </summary>
    public void MarkNotComputed() => NotComputed = true;

    /// <summary>Reports a finding about the change as a whole, or at <paramref name="location"/>.</summary>
    /// <param name="rule">The catalogue entry of the reporting rule.</param>
    /// <param name="message">What is wrong, precisely.</param>
    /// <param name="location">Where, or <see langword="null"/> for the change as a whole.</param>
    public void Report(RuleInfo rule, string message, SourceLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(message);
        _findings.Add(new Diagnostic(rule.Code, message, rule.DefaultSeverity, rule.Category, location));
    }
}
