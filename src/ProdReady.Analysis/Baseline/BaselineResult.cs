using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Baseline;

/// <summary>The findings after a baseline: those it did not hold, how many it hid, and the entries left unmatched.</summary>
/// <param name="Kept">The findings the baseline does not hold, in their order.</param>
/// <param name="Hidden">The number of findings it hid.</param>
/// <param name="Unmatched">The entries that matched no finding of this run, in file order.</param>
public sealed record BaselineResult(IReadOnlyList<Diagnostic> Kept, int Hidden, IReadOnlyList<BaselineEntry> Unmatched);
