namespace ProdReady.Analysis.Engine;

/// <summary>The life-cycle state of a rule code in the catalogue; codes are never reused.</summary>
public enum RuleStatus
{
    /// <summary>The rule runs by default and its behaviour is settled.</summary>
    Stable,

    /// <summary>The rule was retired: its code stays reserved and it never runs.</summary>
    Removed,
}
