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
}
