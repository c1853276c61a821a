using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.ArchitecturePlan;

/// <summary><c>PLN003 plan-without-approach</c>: the architecture plan does not state the design approach.</summary>
public sealed class PlanWithoutApproach : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "PLN003",
        Name: "plan-without-approach",
        Category: ChecklistItem.ArchitecturePlan,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: $"""
            ## What it does
            Flags an architecture plan that does not state the design approach: none of its words says
            how the change is built. Words are matched whole and case-insensitively: {PlanAnalysis.ApproachWordList}.

            ## Why is this bad?
            Without the approach, a reviewer cannot tell whether the change fits the existing design, and the scalability and security notes have nothing to apply to.

            ## Example
            ```text
            Handle large uploads.
            Scalability: the size is capped at 10 MB.
            Security: the file type is checked.
            ```

            Use instead:
            ```text
            Stream uploads to object storage through a new UploadStore interface.
            Scalability: the size is capped at 10 MB and nothing is buffered in memory.
            Security: the file type is validated against an allow-list.
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnChange(Check);
    }

    private void Check(ChangeRuleContext context)
    {
        var plan = context.PlanAnalysis;
        if (plan is null)
        {
            context.MarkNotComputed();
            return;
        }

        if (!plan.HasApproach)
        {
            context.Report(
                Info,
                $"The plan in {plan.Origin} does not state the design approach: say how the change is built (words such as {PlanAnalysis.ApproachWordList}).");
        }
    }
}
