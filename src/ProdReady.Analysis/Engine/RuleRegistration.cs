namespace ProdReady.Analysis.Engine;

/// <summary>
/// Collects the events one rule subscribes to; the engine merges the registrations of every enabled rule
/// into one dispatch table and walks each tree once.
/// </summary>
public sealed class RuleRegistration
{
    private readonly List<Action<ChangeRuleContext>> _changeChecks = [];

    internal RuleRegistration(Rule rule)
    {
        Rule = rule;
    }

    internal Rule Rule { get; }

    internal IReadOnlyList<Action<ChangeRuleContext>> ChangeChecks => _changeChecks;

    /// <summary>Subscribes to the change as a whole: called once per run, after every file.</summary>
    /// <param name="check">The check.</param>
    public void OnChange(Action<ChangeRuleContext> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _changeChecks.Add(check);
    }
}
