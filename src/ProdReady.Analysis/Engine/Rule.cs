namespace ProdReady.Analysis.Engine;

/// <summary>
/// The base of every rule: its catalogue entry and the events it subscribes to. A rule never walks a
/// tree itself; the engine walks each tree once and calls the rule for the node kinds it asked for.
/// Rules are stateless: one instance serves every file, concurrently.
/// </summary>
public abstract class Rule
{
    /// <summary>Gets the catalogue entry of the rule.</summary>
    public abstract RuleInfo Info { get; }

    /// <summary>Subscribes the rule's checks to the events it needs.</summary>
    /// <param name="registry">The registration the engine dispatches from.</param>
    public abstract void Register(RuleRegistration registry);
}
