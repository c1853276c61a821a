using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.ArchitecturePlan;

/// <summary><c>PLN005 plan-without-security</c>: the architecture plan does not address security.</summary>
public sealed class PlanWithoutSecurity : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "PLN005",
        Name: "plan-without-security",
        Category: ChecklistItem.ArchitecturePlan,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: $"""
            ## What it does
            Flags an architecture plan that does not address security: none of its words says
            what input is trusted and how it is validated, or why the change has no security impact. Words are matched whole and case-insensitively: {PlanAnalysis.SecurityWordList}.

            ## Why is this bad?
            Most vulnerabilities enter at trust boundaries that nobody named; a plan that says what is trusted and how input is checked makes the reviewer look at the right lines.

            ## Example
            ```text
            Stream uploads to object storage through a new UploadStore interface.
            Scalability: the size is capped at 10 MB and nothing is buffered in memory.
            Uploads go through the existing gateway.
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

        if (!plan.HasSecurity)
        {
            context.Report(
                Info,
                $"The plan in {plan.Origin} does not address security: say what input is trusted and how it is validated, or why the change has no security impact (words such as {PlanAnalysis.SecurityWordList}).");
        }
    }
}
