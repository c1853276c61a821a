using System.Globalization;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.ArchitecturePlan;

/// <summary><c>PLN002 plan-length</c>: the architecture plan is not 3 to 5 lines long.</summary>
public sealed class PlanLength : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "PLN002",
        Name: "plan-length",
        Category: ChecklistItem.ArchitecturePlan,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an architecture plan that has fewer than 3 or more than 5 non-empty lines. In a
            commit message the subject line does not count: the plan is the opening paragraph of the
            body. In a plan file or pull request body, Markdown headings and HTML comments do not count,
            and a heading containing "plan" selects the lines under it.

            ## Why is this bad?
            One or two lines cannot state an approach together with its scalability and security
            considerations; more than five lines is a design document, which hides the plan a
            reviewer needs to read first.

            ## Example
            ```text
            Add CSV export

            Use csv.writer.
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
        var plan = context.PlanAnalysis;
        if (plan is null)
        {
            context.MarkNotComputed();
            return;
        }

        if (!plan.HasValidLength)
        {
            var count = plan.Lines.Count.ToString(CultureInfo.InvariantCulture);
            var lines = plan.Lines.Count == 1 ? "line" : "lines";
            var advice = plan.Lines.Count < PlanAnalysis.MinimumLines
                ? "add lines for what is missing"
                : "keep the plan to 5 lines and move details after a blank line";
            context.Report(Info, $"The plan in {plan.Origin} has {count} {lines}; a plan is 3 to 5 lines: {advice}.");
        }
    }
}
