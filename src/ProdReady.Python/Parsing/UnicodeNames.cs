using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;

namespace ProdReady.Python.Parsing;

/// <summary>
/// Resolves Unicode character names for <c>\N{...}</c> escapes exactly as CPython 3.13 does: the names and
/// aliases of its <c>unicodedata</c> module (case-insensitively), with CJK unified ideographs and Hangul
/// syllables derived algorithmically. The table is an embedded resource, loaded on first use.
/// </summary>
internal static class UnicodeNames
{
    private const string CjkPrefix = "CJK UNIFIED IDEOGRAPH-";
    private const string HangulPrefix = "HANGUL SYLLABLE ";

    private static readonly Lazy<Table> s_table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] s_jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>Returns the code point named <paramref name="name"/>, or -1 when there is none.</summary>
    /// <param name="name">The name between the braces of <c>\N{...}</c>.</param>
    /// <returns>The code point, or -1.</returns>
    public static int Lookup(ReadOnlySpan<char> name)
    {
        if (name.StartsWith(CjkPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var hex = name[CjkPrefix.Length..];
            if (hex.Length is 4 or 5 && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp))
            {
                foreach (var (start, end) in s_table.Value.CjkRanges)
                {
                    if (cp >= start && cp <= end)
                    {
                        return cp;
                    }
                }
            }

            return -1;
        }

        if (name.StartsWith(HangulPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return LookupHangul(name[HangulPrefix.Length..]);
        }

        return s_table.Value.Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var value) ? value : -1;
    }

    private static int LookupHangul(ReadOnlySpan<char> syllable)
    {
        // Longest match of initial, medial and final jamo, as CPython's find_syllable does.
        var l = FindJamo(syllable, s_jamoL, out var lengthL);
        if (l < 0)
        {
            return -1;
        }

        var v = FindJamo(syllable[lengthL..], s_jamoV, out var lengthV);
        if (v < 0)
        {
            return -1;
        }

        var t = FindJamo(syllable[(lengthL + lengthV)..], s_jamoT, out var lengthT);
        if (t < 0 || lengthL + lengthV + lengthT != syllable.Length)
        {
            return -1;
        }

        return 0xAC00 + (((l * 21) + v) * 28) + t;
    }

    private static int FindJamo(ReadOnlySpan<char> text, string[] jamo, out int length)
    {
        var best = -1;
        length = 0;
        for (var i = 0; i < jamo.Length; i++)
        {
            var candidate = jamo[i];
            if (candidate.Length >= length && text.StartsWith(candidate, StringComparison.OrdinalIgnoreCase) && (best < 0 || candidate.Length > length))
            {
                best = i;
                length = candidate.Length;
            }
        }

        return best;
    }

    private static Table Load()
    {
        var assembly = typeof(UnicodeNames).Assembly;
        using var stream = assembly.GetManifestResourceStream("ProdReady.Python.UnicodeNames.txt.gz")
            ?? throw new InvalidOperationException("The Unicode name table is missing from the assembly.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var names = new Dictionary<string, int>(40000, StringComparer.OrdinalIgnoreCase);
        var ranges = new List<(int, int)>(16);
        while (reader.ReadLine() is { } line)
        {
            var separator = line.LastIndexOf(';');
            var name = line[..separator];
            var value = line.AsSpan(separator + 1);
            if (name == CjkPrefix)
            {
                var dash = value.IndexOf('-');
                ranges.Add((int.Parse(value[..dash], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                    int.Parse(value[(dash + 1)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
            }
            else
            {
                names[name] = int.Parse(value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            }
        }

        return new Table(names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), [.. ranges]);
    }

    private sealed record Table(FrozenDictionary<string, int> Names, (int Start, int End)[] CjkRanges);
}
