using System.Collections.Frozen;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// The kinds of the non-deterministic sources recorded in <see cref="UnitFacts.Nondeterminism"/>, by qualified name: what
/// the rules that join the entries of several units need to tell apart.
/// </summary>
public static class NondeterministicSources
{
    /// <summary>The clock readings: a date or time, which one check alone can decide (a token that expires).</summary>
    private static readonly FrozenSet<string> s_clocks = FrozenSet.ToFrozenSet(
        ["time.time", "time.time_ns", "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today", "datetime.date.today"],
        StringComparer.Ordinal);

    /// <summary>Tells whether a source reads the clock.</summary>
    /// <param name="source">The source's qualified name (<c>time.time</c>).</param>
    /// <returns><see langword="true"/> for a clock reading.</returns>
    public static bool IsClock(string source) => s_clocks.Contains(source);

    /// <summary>
    /// Tells whether a source draws from the global generator of <c>random</c> or <c>numpy.random</c>, which a runner that
    /// reseeds before every test (pytest-randomly) resets; a generator made by <c>numpy.random.default_rng()</c> is not.
    /// </summary>
    /// <param name="source">The source's qualified name (<c>random.randint</c>).</param>
    /// <returns><see langword="true"/> for a draw from a global generator.</returns>
    public static bool IsGlobalRandom(string source) =>
        source.StartsWith("random.", StringComparison.Ordinal)
        || (source.StartsWith("numpy.random.", StringComparison.Ordinal) && source != "numpy.random.default_rng");
}
