using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.ArchitecturePlan;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.ArchitecturePlan;

/// <summary>Runs the architecture-plan rules the way the engine does, once per change.</summary>
internal static class PlanHarness
{
    public static readonly Rule[] AllPlanRules =
        [new MissingPlan(), new PlanLength(), new PlanWithoutApproach(), new PlanWithoutScalability(), new PlanWithoutSecurity()];

    public const string GoodPlan = """
        Stream rows through a csv.writer in the existing export service layer.
        Scalability: rows are written as they are read, so memory stays constant.
        Security: cells starting with = + - @ are escaped against formula injection.
        """;

    public static (List<Diagnostic> Findings, HashSet<ChecklistItem> Computed) Run(PlanInput? plan, bool changeMode, params Rule[] rules)
    {
        var registrations = new List<RuleRegistration>();
        foreach (var rule in rules.Length == 0 ? AllPlanRules : rules)
        {
            var registration = new RuleRegistration(rule);
            rule.Register(registration);
            registrations.Add(registration);
        }

        var computed = new HashSet<ChecklistItem>();
        var findings = ChangeAnalysis.Run(registrations, new ChangeFacts { IsChangeMode = changeMode, Plan = plan }, computed);
        return (findings, computed);
    }

    public static List<string> Codes(PlanInput? plan, bool changeMode = true) =>
        [.. Run(plan, changeMode).Findings.Select(f => f.Code)];
}
