using ProdReady.Python.Lexing;

namespace ProdReady.Python.Parsing;

/// <summary>
/// Interns identifier strings per parse, so that a name used many times is allocated once. Non-ASCII
/// identifiers are normalized to NFKC, as CPython does.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, string> _table;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Initializes a new instance of the <see cref="NameTable"/> class.</summary>
    /// <param name="capacity">The number of distinct names expected.</param>
    public NameTable(int capacity)
    {
        _table = new Dictionary<string, string>(capacity, StringComparer.Ordinal);
        _lookup = _table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Returns the identifier spelled by <paramref name="token"/>.</summary>
    /// <param name="text">The source text.</param>
    /// <param name="token">A name token.</param>
    /// <returns>The interned, normalized identifier.</returns>
    public string Get(string text, Token token)
    {
        var span = text.AsSpan(token.Start, token.Length);
        if (_lookup.TryGetValue(span, out var found))
        {
            return found;
        }

        var name = span.ToString();
        var value = token.Has(TokenFlags.NonAscii) ? Lexing.Nfkc.Normalize(name) : name;
        _table[name] = value;
        return value;
    }
}
