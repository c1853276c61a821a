using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Baseline;

/// <summary>
/// Hides the findings a baseline holds. Entries and findings match by <see cref="BaselineEntry.Key"/> as multisets: an
/// entry hides one finding, so a third copy of a line recorded twice is new.
/// </summary>
public static class BaselineMatcher
{
    /// <summary>Applies a baseline to findings.</summary>
    /// <param name="entries">The baseline.</param>
    /// <param name="diagnostics">The findings, in report order.</param>
    /// <param name="fingerprinter">Computes each finding's key.</param>
    /// <returns>The findings kept, the count hidden and the unmatched entries.</returns>
    public static BaselineResult Apply(IReadOnlyList<BaselineEntry> entries, IReadOnlyList<Diagnostic> diagnostics, FindingFingerprinter fingerprinter)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(fingerprinter);
        var remaining = new Dictionary<(string, string, string, string), int>();
        foreach (var entry in entries)
        {
            remaining[entry.Key] = remaining.GetValueOrDefault(entry.Key) + 1;
        }

        var kept = new List<Diagnostic>(diagnostics.Count);
        var hidden = 0;
        foreach (var diagnostic in diagnostics)
        {
            var key = fingerprinter.Fingerprint(diagnostic).Key;
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
                hidden++;
            }
            else
            {
                kept.Add(diagnostic);
            }
        }

        var unmatched = new List<BaselineEntry>();
        foreach (var entry in entries)
        {
            if (remaining.TryGetValue(entry.Key, out var count) && count > 0)
            {
                remaining[entry.Key] = count - 1;
                unmatched.Add(entry);
            }
        }

        return new BaselineResult(kept, hidden, unmatched);
    }
}
