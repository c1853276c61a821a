using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ProdReady.Python.Parsing;

/// <summary>
/// Unicode NFKC normalization, which CPython applies to every non-ASCII identifier. It does not rely on the
/// platform's globalization support (the build runs in invariant mode): decomposition, canonical ordering and
/// composition use tables generated from CPython's <c>unicodedata</c>, embedded and loaded on first use.
/// </summary>
internal static class Nfkc
{
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int NCount = VCount * TCount;
    private const int SCount = LCount * NCount;

    private static readonly Lazy<Tables> s_tables = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Returns the NFKC normal form of <paramref name="text"/>.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized text (the same instance when it is ASCII).</returns>
    public static string Normalize(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var tables = s_tables.Value;
        var buffer = new List<int>(text.Length + 4);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, tables, buffer);
        }

        // Canonical ordering: stable sort of each run of non-starters by combining class.
        for (var i = 1; i < buffer.Count; i++)
        {
            var ccc = CombiningClass(buffer[i], tables);
            if (ccc == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && CombiningClass(buffer[j - 1], tables) > ccc)
            {
                (buffer[j - 1], buffer[j]) = (buffer[j], buffer[j - 1]);
                j--;
            }
        }

        Compose(buffer, tables);
        var builder = new StringBuilder(buffer.Count);
        foreach (var cp in buffer)
        {
            builder.Append(char.ConvertFromUtf32(cp));
        }

        return builder.ToString();
    }

    private static void Decompose(int cp, Tables tables, List<int> into)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            var index = cp - SBase;
            into.Add(LBase + (index / NCount));
            into.Add(VBase + (index % NCount / TCount));
            if (index % TCount != 0)
            {
                into.Add(TBase + (index % TCount));
            }

            return;
        }

        if (tables.Decompositions.TryGetValue(cp, out var mapping))
        {
            into.AddRange(mapping);
        }
        else
        {
            into.Add(cp);
        }
    }

    private static int CombiningClass(int cp, Tables tables) => tables.CombiningClasses.TryGetValue(cp, out var ccc) ? ccc : 0;

    private static void Compose(List<int> buffer, Tables tables)
    {
        if (buffer.Count < 2)
        {
            return;
        }

        var starter = 0;
        var lastClass = CombiningClass(buffer[0], tables);
        if (lastClass != 0)
        {
            lastClass = 256;
        }

        var write = 1;
        for (var read = 1; read < buffer.Count; read++)
        {
            var cp = buffer[read];
            var ccc = CombiningClass(cp, tables);
            var composite = ComposePair(buffer[starter], cp, tables);
            if (composite >= 0 && (lastClass < ccc || lastClass == 0))
            {
                buffer[starter] = composite;
                continue;
            }

            if (ccc == 0)
            {
                starter = write;
            }

            lastClass = ccc;
            buffer[write++] = cp;
        }

        buffer.RemoveRange(write, buffer.Count - write);
    }

    private static int ComposePair(int first, int second, Tables tables)
    {
        if (first >= LBase && first < LBase + LCount && second >= VBase && second < VBase + VCount)
        {
            return SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
        }

        if (first >= SBase && first < SBase + SCount && (first - SBase) % TCount == 0 && second > TBase && second < TBase + TCount)
        {
            return first + (second - TBase);
        }

        return tables.Compositions.TryGetValue(((long)first << 21) | (uint)second, out var composite) ? composite : -1;
    }

    private static Tables Load()
    {
        using var stream = typeof(Nfkc).Assembly.GetManifestResourceStream("ProdReady.Python.UnicodeNormalization.txt.gz")
            ?? throw new InvalidOperationException("The Unicode normalization table is missing from the assembly.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var decompositions = new Dictionary<int, int[]>(6000);
        var classes = new Dictionary<int, int>(1000);
        var compositions = new Dictionary<long, int>(1000);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(';');
            switch (parts[0])
            {
                case "D":
                    decompositions[Hex(parts[1])] = [.. parts[2].Split(' ').Select(Hex)];
                    break;
                case "C":
                    classes[Hex(parts[1])] = Hex(parts[2]);
                    break;
                case "P":
                    compositions[((long)Hex(parts[1]) << 21) | (uint)Hex(parts[2])] = Hex(parts[3]);
                    break;
                default:
                    throw new InvalidDataException($"Unexpected normalization record '{line}'.");
            }
        }

        return new Tables(decompositions.ToFrozenDictionary(), classes.ToFrozenDictionary(), compositions.ToFrozenDictionary());
    }

    private static int Hex(string text) => int.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private sealed record Tables(FrozenDictionary<int, int[]> Decompositions, FrozenDictionary<int, int> CombiningClasses, FrozenDictionary<long, int> Compositions);
}
