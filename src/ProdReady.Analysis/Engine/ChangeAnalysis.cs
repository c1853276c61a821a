using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Engine;

/// <summary>Runs the change-level checks of the enabled rules once, after every file.</summary>
internal static class ChangeAnalysis
{
    /// <summary>Runs every change-level check of <paramref name="registrations"/>.</summary>
    /// <param name="registrations">The registrations of the enabled rules.</param>
    /// <param name="facts">What the engine knows about the change.</param>
    /// <param name="computed">Receives the checklist items of the rules that computed something.</param>
    /// <returns>The findings, in the order reported.</returns>
    public static List<Diagnostic> Run(IEnumerable<RuleRegistration> registrations, ChangeFacts facts, ISet<ChecklistItem> computed)
    {
        var findings = new List<Diagnostic>();
        foreach (var registration in registrations)
        {
            foreach (var check in registration.ChangeChecks)
            {
                var context = new ChangeRuleContext(facts, findings);
                check(context);
                if (!context.NotComputed)
                {
                    computed.Add(registration.Rule.Info.Category);
                }
            }
        }

        return findings;
    }
}
