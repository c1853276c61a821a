using ProdReady.Semantics.Index;
using ProdReady.Core.Collections;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// The identifiers a module's facts spell where the test map reads a name (imports, calls, annotations, bases, origins,
/// markers...), and a Bloom filter of them that the map's record keeps per file: after an outline change, only the files
/// whose filter may hold a changed name are read to find the files that spell it. A filter never misses an identifier it
/// was made from; it may answer yes for others (about one in fifty), which costs a file read, never a wrong map.
/// </summary>
internal static class SpelledNames
{
    /// <summary>Bits per identifier: with three probes, about 2% false answers.</summary>
    private const int BitsPerName = 8;

    /// <summary>The most words a filter takes (a module that spells more names answers yes more often).</summary>
    public const int MaxWords = 1024;

    /// <summary>Calls <paramref name="text"/> with every text of a module's facts that the map reads as a name.</summary>
    /// <param name="summary">The module's summary.</param>
    /// <param name="text">Returns <see langword="true"/> to stop.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> stopped the walk.</returns>
    public static bool AnyText(ModuleSummary summary, Func<string, bool> text)
    {
        foreach (var (name, target) in summary.Imported ?? [])
        {
            if (text(name) || text(target))
            {
                return true;
            }
        }

        if (Any(summary.Routes, text))
        {
            return true;
        }

        foreach (var unit in summary.Units.ItemsOrNone())
        {
            if ((unit.MadeBy is { } made && text(made)) || (unit.Returns is { } returns && text(returns)) || Any(unit.Parameters, text) || Any(unit.Decorators, text)
                || Any(unit.Bases, text) || Any(unit.Attributes, text) || Any(unit.Calls, text) || Any(unit.Raises, text)
                || Any(unit.Effects, text) || Any(unit.Boundaries, text) || Any(unit.Expects, text)
                || Any(unit.Parametrized, text) || Any(unit.ParameterValues, text) || Any(unit.Mocks, text)
                || Any(unit.Nondeterminism, text) || Any(unit.Markers, text) || Any(unit.Yields, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Makes the filter of the identifiers a module spells (see <see cref="AnyText"/>).</summary>
    /// <param name="summary">The module's summary, or <see langword="null"/> for a file without one.</param>
    /// <returns>The filter's words; empty for a module that spells nothing.</returns>
    public static ulong[] FilterOf(ModuleSummary? summary)
    {
        if (summary is null)
        {
            return [];
        }

        var hashes = new HashSet<ulong>();
        AnyText(summary, text =>
        {
            var position = 0;
            while (NextIdentifier(text, ref position) is { Length: > 0 } identifier)
            {
                hashes.Add(Hash(identifier));
            }

            return false;
        });
        if (hashes.Count == 0)
        {
            return [];
        }

        var words = 1;
        while (words < MaxWords && words * 64 < hashes.Count * BitsPerName)
        {
            words *= 2;
        }

        var filter = new ulong[words];
        foreach (var hash in hashes)
        {
            Set(filter, hash);
        }

        return filter;
    }

    /// <summary>Tells whether a filter may hold an identifier (never <see langword="false"/> for one it was made from).</summary>
    /// <param name="filter">The filter's words.</param>
    /// <param name="identifier">The identifier.</param>
    /// <returns><see langword="false"/> when the module does not spell it.</returns>
    public static bool MayHold(ulong[] filter, string identifier)
    {
        if (filter.Length == 0)
        {
            return false;
        }

        var hash = Hash(identifier);
        var bits = (ulong)filter.Length * 64;
        var step = (hash >> 32) | 1;
        for (ulong probe = 0; probe < 3; probe++)
        {
            var bit = (hash + (probe * step)) % bits;
            if ((filter[bit / 64] & (1UL << (int)(bit % 64))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Calls <paramref name="identifier"/> with every whole identifier a text spells.</summary>
    /// <param name="text">The text.</param>
    /// <param name="identifier">Receives each identifier.</param>
    public static void ForEachIdentifier(string text, Action<string> identifier)
    {
        var position = 0;
        while (NextIdentifier(text, ref position) is { Length: > 0 } found)
        {
            identifier(found.ToString());
        }
    }

    /// <summary>Tells whether a text spells one of the names as a whole identifier.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="names">The names, looked up by span.</param>
    /// <returns><see langword="true"/> when one of its identifiers is among the names.</returns>
    public static bool Spells(string? text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        var position = 0;
        while (NextIdentifier(text, ref position) is { Length: > 0 } found)
        {
            if (names.Contains(found))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a character belongs to an identifier as the map splits texts.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for a letter, a digit or an underscore.</returns>
    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 127 && char.IsLetterOrDigit(c));

    /// <summary>Returns the next whole identifier of a text from a position, and moves past it; empty at the end.</summary>
    private static ReadOnlySpan<char> NextIdentifier(ReadOnlySpan<char> text, ref int position)
    {
        while (position < text.Length && !IsIdentifierChar(text[position]))
        {
            position++;
        }

        var start = position;
        while (position < text.Length && IsIdentifierChar(text[position]))
        {
            position++;
        }

        return text[start..position];
    }

    private static void Set(ulong[] filter, ulong hash)
    {
        var bits = (ulong)filter.Length * 64;
        var step = (hash >> 32) | 1;
        for (ulong probe = 0; probe < 3; probe++)
        {
            var bit = (hash + (probe * step)) % bits;
            filter[bit / 64] |= 1UL << (int)(bit % 64);
        }
    }

    /// <summary>FNV-1a over the identifier's characters: the same in every process (unlike string hashing), as the record is kept.</summary>
    private static ulong Hash(ReadOnlySpan<char> identifier)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in identifier)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // Mixed, so that the low bits the probes use depend on every character.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }

    private static bool Any(List<string>? texts, Func<string, bool> text)
    {
        foreach (var value in texts.ItemsOrNone())
        {
            if (text(value))
            {
                return true;
            }
        }

        return false;
    }
}
