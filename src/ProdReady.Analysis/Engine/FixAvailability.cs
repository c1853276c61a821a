namespace ProdReady.Analysis.Engine;

/// <summary>Whether a rule can offer an automatic fix for what it reports.</summary>
public enum FixAvailability
{
    /// <summary>The rule never offers a fix.</summary>
    None,

    /// <summary>The rule offers a fix for some of its findings.</summary>
    Sometimes,

    /// <summary>The rule offers a fix for every finding.</summary>
    Always,
}
