using System.Text;

namespace ProdReady.Testing;

/// <summary>
/// Inline span markup for tests (Roslyn style): <c>[|</c> and <c>|]</c> mark the expected spans inside a
/// source snippet; <see cref="Parse"/> strips them and returns the spans as (start, length) offsets.
/// </summary>
public static class SpanMarkup
{
    private const string Open = "[|";
    private const string Close = "|]";

    /// <summary>Strips the markers from <paramref name="markup"/>.</summary>
    /// <param name="markup">Source text with <c>[|...|]</c> markers, possibly nested.</param>
    /// <returns>The source without markers and the marked spans, ordered by start then length.</returns>
    /// <exception cref="FormatException">The markers are unbalanced.</exception>
    public static (string Source, IReadOnlyList<(int Start, int Length)> Spans) Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var output = new StringBuilder(markup.Length);
        var open = new Stack<int>();
        var spans = new List<(int Start, int Length)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (string.CompareOrdinal(markup, i, Open, 0, Open.Length) == 0)
            {
                open.Push(output.Length);
                i += Open.Length;
            }
            else if (string.CompareOrdinal(markup, i, Close, 0, Close.Length) == 0)
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"'|]' at offset {i} closes no '[|'.");
                }

                var start = open.Pop();
                spans.Add((start, output.Length - start));
                i += Close.Length;
            }
            else
            {
                output.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"{open.Count} '[|' marker(s) are never closed.");
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));
        return (output.ToString(), spans);
    }

    /// <summary>Re-inserts markers for <paramref name="spans"/> into <paramref name="source"/>, for readable diffs.</summary>
    /// <param name="source">The source without markers.</param>
    /// <param name="spans">The spans to mark.</param>
    /// <returns>The markup.</returns>
    public static string Render(string source, IEnumerable<(int Start, int Length)> spans)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(spans);
        var inserts = new List<(int Offset, int Order, string Text)>();
        foreach (var (start, length) in spans)
        {
            inserts.Add((start, 1, Open));
            inserts.Add((start + length, 0, Close));
        }

        // Right to left so earlier offsets stay valid; at one offset, closers go after openers once reversed.
        inserts.Sort((a, b) => a.Offset != b.Offset ? b.Offset.CompareTo(a.Offset) : b.Order.CompareTo(a.Order));
        var text = new StringBuilder(source);
        foreach (var (offset, _, marker) in inserts)
        {
            text.Insert(offset, marker);
        }

        return text.ToString();
    }
}
