using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.ArchitecturePlan;

/// <summary><c>PLN001 missing-plan</c>: the change carries no architecture plan at all.</summary>
public sealed class MissingPlan : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "PLN001",
        Name: "missing-plan",
        Category: ChecklistItem.ArchitecturePlan,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a change that carries no architecture plan: no `--plan` file, no pull request body,
            and no commit message with a body. A change that touches no file asks for no plan.

            ## Why is this bad?
            A reviewer cannot judge a change without knowing the approach it takes and how it handles
            growth and hostile input. Writing the plan down first catches design mistakes before they
            become code. Outside a change (`--all`) the rule runs only when a plan is given.

            ## Example
            ```text
            Add CSV export
            ```

            Use instead:
            ```text
            Add CSV export

            Stream rows through a csv.writer in the existing export service layer.
            Scalability: rows are written as they are read, so memory stays constant.
            Security: cells starting with = + - @ are escaped against formula injection.
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
        // Outside a change, or for a change that touches nothing, there is no plan to ask for.
        if (context.Plan is null && (!context.IsChangeMode || context.IsEmptyChange))
        {
            context.MarkNotComputed();
            return;
        }

        if (context.PlanAnalysis is null)
        {
            var where = context.Plan?.Source switch
            {
                PlanSource.File => "the plan file is empty",
                PlanSource.PullRequestBody => "the pull request body is empty",
                PlanSource.CommitMessages => "no commit message of the change has a body",
                _ => "no plan file, pull request body or commit message body was found",
            };
            context.Report(
                Info,
                $"The change carries no architecture plan ({where}); write 3 to 5 lines stating the approach, scalability and security.");
        }
    }
}
