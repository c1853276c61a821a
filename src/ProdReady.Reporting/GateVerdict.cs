namespace ProdReady.Reporting;

/// <summary>The answer of the gate.</summary>
public enum GateVerdict
{
    /// <summary>No finding at or above the fail-on severity, and no forbidden new suppression.</summary>
    Passed,

    /// <summary>At least one finding at or above the fail-on severity, or a new suppression under <c>--no-new-suppressions</c>.</summary>
    Failed,
}
