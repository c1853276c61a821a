using ProdReady.Python.Lexing;

namespace ProdReady.Python.Parsing;

/// <summary>
/// Interns identifier strings per parse, so that a name used many times is allocated once. Non-ASCII
/// identifiers are normalized to NFKC, as CPython does. An open-addressing table keyed by the name's
/// characters in the source: a lookup hashes the token's span and compares it in place, allocating only
/// for a name seen for the first time.
/// </summary>
internal sealed class NameTable
{
    private string?[] _keys;
    private string[] _values;
    private int[] _hashes;
    private int _count;

    /// <summary>Initializes a new instance of the <see cref="NameTable"/> class.</summary>
    /// <param name="capacity">The number of distinct names expected.</param>
    public NameTable(int capacity)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _values = new string[size];
        _hashes = new int[size];
    }

    /// <summary>Returns the identifier spelled by <paramref name="token"/>.</summary>
    /// <param name="text">The source text.</param>
    /// <param name="token">A name token.</param>
    /// <returns>The interned, normalized identifier.</returns>
    public string Get(string text, Token token)
    {
        var span = text.AsSpan(token.Start, token.Length);
        var hash = Hash(span);
        var mask = _keys.Length - 1;
        var slot = hash & mask;
        while (_keys[slot] is { } key)
        {
            if (_hashes[slot] == hash && span.SequenceEqual(key))
            {
                return _values[slot];
            }

            slot = (slot + 1) & mask;
        }

        var name = span.ToString();
        var value = token.Has(TokenFlags.NonAscii) ? Nfkc.Normalize(name) : name;
        _keys[slot] = name;
        _values[slot] = value;
        _hashes[slot] = hash;
        if (++_count * 2 > _keys.Length)
        {
            Grow();
        }

        return value;
    }

    /// <summary>FNV-1a over the UTF-16 code units, kept non-negative.</summary>
    private static int Hash(ReadOnlySpan<char> name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        var hashes = _hashes;
        _keys = new string?[keys.Length * 2];
        _values = new string[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is null)
            {
                continue;
            }

            var slot = hashes[i] & mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = keys[i];
            _values[slot] = values[i];
            _hashes[slot] = hashes[i];
        }
    }
}
