using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// The report's order of findings (<see cref="DiagnosticOrder"/>), kept stable: findings that order equally stay in
/// the order they were reported. Each file sorts its own findings on the thread that analysed it; the engine then
/// only merges what is already in order.
/// </summary>
internal static class ReportOrder
{
    /// <summary>Sorts a file's findings into report order, in place and stably.</summary>
    /// <param name="diagnostics">The findings.</param>
    public static void Sort(List<Diagnostic> diagnostics)
    {
        if (diagnostics.Count < 2)
        {
            return;
        }

        var keyed = new (Diagnostic Diagnostic, int Ordinal)[diagnostics.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            keyed[i] = (diagnostics[i], i);
        }

        Array.Sort(keyed, Compare);
        for (var i = 0; i < keyed.Length; i++)
        {
            diagnostics[i] = keyed[i].Diagnostic;
        }
    }

    /// <summary>
    /// Merges findings already in report order (the first <paramref name="sorted"/>) with the ones after them, sorted
    /// here; findings that order equally keep the order of their ordinals.
    /// </summary>
    /// <param name="diagnostics">The findings, each with the ordinal of its place among those reported.</param>
    /// <param name="sorted">How many at the start are in order already.</param>
    /// <returns>Every finding, in report order.</returns>
    public static Diagnostic[] Merge(List<(Diagnostic Diagnostic, int Ordinal)> diagnostics, int sorted)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(diagnostics);
        span[sorted..].Sort(Compare);
        var merged = new Diagnostic[span.Length];
        int left = 0, right = sorted, next = 0;
        while (left < sorted && right < span.Length)
        {
            merged[next++] = Compare(span[left], span[right]) <= 0 ? span[left++].Diagnostic : span[right++].Diagnostic;
        }

        while (left < sorted)
        {
            merged[next++] = span[left++].Diagnostic;
        }

        while (right < span.Length)
        {
            merged[next++] = span[right++].Diagnostic;
        }

        return merged;
    }

    private static int Compare((Diagnostic Diagnostic, int Ordinal) a, (Diagnostic Diagnostic, int Ordinal) b) =>
        DiagnosticOrder.Instance.Compare(a.Diagnostic, b.Diagnostic) is var c and not 0 ? c : a.Ordinal.CompareTo(b.Ordinal);
}
