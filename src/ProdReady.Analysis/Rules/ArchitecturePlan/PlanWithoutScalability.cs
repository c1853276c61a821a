using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.ArchitecturePlan;

/// <summary><c>PLN004 plan-without-scalability</c>: the architecture plan does not address scalability.</summary>
public sealed class PlanWithoutScalability : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "PLN004",
        Name: "plan-without-scalability",
        Category: ChecklistItem.ArchitecturePlan,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: $"""
            ## What it does
            Flags an architecture plan that does not address scalability: none of its words says
            how the change behaves as inputs, users or data grow. Words are matched whole and case-insensitively: {PlanAnalysis.ScalabilityWordList}.

            ## Why is this bad?
            Code that works for ten rows often fails for ten million; stating how memory, time and load grow is the cheapest moment to catch an accidental quadratic loop or an unbounded buffer.

            ## Example
            ```text
            Stream uploads to object storage through a new UploadStore interface.
            Uploads go through the existing gateway.
            Security: the file type is validated against an allow-list.
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

        if (!plan.HasScalability)
        {
            context.Report(
                Info,
                $"The plan in {plan.Origin} does not address scalability: say how the change behaves as inputs, users or data grow (words such as {PlanAnalysis.ScalabilityWordList}).");
        }
    }
}
