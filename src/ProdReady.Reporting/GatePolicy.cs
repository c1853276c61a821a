using ProdReady.Core.Diagnostics;

namespace ProdReady.Reporting;

/// <summary>What makes the gate fail.</summary>
/// <param name="FailOn">The lowest severity that fails the gate (<c>--fail-on</c>).</param>
/// <param name="NoNewSuppressions">Whether suppressions added by the change fail the gate (<c>--no-new-suppressions</c>).</param>
public sealed record GatePolicy(Severity FailOn, bool NoNewSuppressions = false)
{
    /// <summary>Tells whether <paramref name="diagnostic"/> fails the gate under this policy.</summary>
    /// <param name="diagnostic">A finding.</param>
    /// <returns><see langword="true"/> when its severity is at or above <see cref="FailOn"/>.</returns>
    public bool Fails(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Severity >= FailOn;
    }
}
