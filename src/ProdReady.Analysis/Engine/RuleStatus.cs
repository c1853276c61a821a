namespace ProdReady.Analysis.Engine;

/// <summary>The life-cycle state of a rule code in the catalogue; codes are never reused.</summary>
public enum RuleStatus
{
    /// <summary>The rule runs by default and its behaviour is settled.</summary>
    Stable,

    /// <summary>
    /// The rule runs only when a selector names it or its prefix (<c>select = ["TST"]</c>, <c>--extend-select TST001</c>);
    /// <c>ALL</c> does not enable it. Its accuracy or cost has not yet met the bar of a rule that gates every change.
    /// </summary>
    Preview,

    /// <summary>The rule was retired: its code stays reserved and it never runs.</summary>
    Removed,
}
