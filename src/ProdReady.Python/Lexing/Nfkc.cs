using System.Text;

namespace ProdReady.Python.Lexing;

/// <summary>
/// Unicode normalization form KC (UAX #15), which CPython applies to every non-ASCII identifier. Implemented
/// over generated tables (<see cref="NfkcData"/>) because the build runs with invariant globalization, where
/// <see cref="string.Normalize(NormalizationForm)"/> has no Unicode data.
/// </summary>
internal static class Nfkc
{
    private const int HangulSBase = 0xAC00;
    private const int HangulLBase = 0x1100;
    private const int HangulVBase = 0x1161;
    private const int HangulTBase = 0x11A7;
    private const int HangulLCount = 19;
    private const int HangulVCount = 21;
    private const int HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount;
    private const int HangulSCount = HangulLCount * HangulNCount;

    /// <summary>Returns the NFKC form of <paramref name="text"/>.</summary>
    /// <param name="text">Any text; lone surrogates pass through unchanged.</param>
    /// <returns>The normalized text (the same instance when nothing changes).</returns>
    public static string Normalize(string text)
    {
        var decomposed = new List<int>(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            int cp;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i += 2;
            }
            else
            {
                cp = text[i];
                i++;
            }

            Decompose(cp, decomposed);
        }

        SortCombiningMarks(decomposed);
        var composed = Compose(decomposed);
        var builder = new StringBuilder(composed.Count);
        foreach (var cp in composed)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                builder.Append((char)cp);
            }
            else
            {
                builder.Append(char.ConvertFromUtf32(cp));
            }
        }

        var result = builder.ToString();
        return string.Equals(result, text, StringComparison.Ordinal) ? text : result;
    }

    private static void Decompose(int cp, List<int> output)
    {
        var s = cp - HangulSBase;
        if (s is >= 0 and < HangulSCount)
        {
            output.Add(HangulLBase + (s / HangulNCount));
            output.Add(HangulVBase + (s % HangulNCount / HangulTCount));
            if (s % HangulTCount != 0)
            {
                output.Add(HangulTBase + (s % HangulTCount));
            }

            return;
        }

        var index = NfkcData.DecompositionKeys.BinarySearch(cp);
        if (index < 0)
        {
            output.Add(cp);
            return;
        }

        var start = NfkcData.DecompositionIndex[index];
        var end = NfkcData.DecompositionIndex[index + 1];
        foreach (var part in NfkcData.DecompositionData[start..end])
        {
            output.Add(part);
        }
    }

    private static int CombiningClass(int cp)
    {
        var index = NfkcData.CombiningKeys.BinarySearch(cp);
        return index < 0 ? 0 : NfkcData.CombiningClasses[index];
    }

    /// <summary>The canonical ordering algorithm: a stable sort of each run of non-starters by combining class.</summary>
    private static void SortCombiningMarks(List<int> text)
    {
        for (var i = 1; i < text.Count; i++)
        {
            var ccc = CombiningClass(text[i]);
            if (ccc == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0)
            {
                var previous = CombiningClass(text[j - 1]);
                if (previous == 0 || previous <= ccc)
                {
                    break;
                }

                (text[j - 1], text[j]) = (text[j], text[j - 1]);
                j--;
            }
        }
    }

    /// <summary>The canonical composition algorithm.</summary>
    private static List<int> Compose(List<int> text)
    {
        var result = new List<int>(text.Count);
        var starter = -1;
        var lastClass = 0;
        foreach (var cp in text)
        {
            var ccc = CombiningClass(cp);
            if (starter >= 0)
            {
                var adjacent = result.Count - 1 == starter;
                if (adjacent || (lastClass != 0 && lastClass < ccc))
                {
                    var composite = ComposePair(result[starter], cp);
                    if (composite >= 0)
                    {
                        result[starter] = composite;
                        continue;
                    }
                }
            }

            if (ccc == 0)
            {
                starter = result.Count;
            }

            lastClass = ccc;
            result.Add(cp);
        }

        return result;
    }

    private static int ComposePair(int first, int second)
    {
        var l = first - HangulLBase;
        if (l is >= 0 and < HangulLCount)
        {
            var v = second - HangulVBase;
            return v is >= 0 and < HangulVCount ? HangulSBase + (((l * HangulVCount) + v) * HangulTCount) : -1;
        }

        var s = first - HangulSBase;
        if (s is >= 0 and < HangulSCount && s % HangulTCount == 0)
        {
            var t = second - HangulTBase;
            if (t is > 0 and < HangulTCount)
            {
                return first + t;
            }
        }

        var index = NfkcData.CompositionPairs.BinarySearch(((long)first << 21) | (uint)second);
        return index < 0 ? -1 : NfkcData.CompositionResults[index];
    }
}
