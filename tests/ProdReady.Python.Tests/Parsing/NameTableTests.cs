using ProdReady.Python.Lexing;
using ProdReady.Python.Parsing;

namespace ProdReady.Python.Tests.Parsing;

public sealed class NameTableTests
{
    [Fact]
    public void Returns_one_string_per_distinct_name_across_growth()
    {
        var names = Enumerable.Range(0, 5_000).Select(i => "name_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var text = string.Join(' ', names) + " " + string.Join(' ', names);
        var tokens = Lexer.Tokenize(text);
        var table = new NameTable(capacity: 4);

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in tokens.Tokens)
        {
            if (token.Kind != TokenKind.Name)
            {
                continue;
            }

            var name = table.Get(text, token);
            Assert.Equal(tokens.GetText(token).ToString(), name);
            if (seen.TryGetValue(name, out var first))
            {
                Assert.Same(first, name);
            }
            else
            {
                seen.Add(name, name);
            }
        }

        Assert.Equal(names.Length, seen.Count);
    }

    [Fact]
    public void Normalizes_non_ascii_names_to_nfkc_and_keeps_spellings_apart()
    {
        // 'ﬁ' (U+FB01) is NFKC 'fi': two spellings of one identifier, as CPython reads them.
        const string text = "ﬁle file ﬁle";
        var tokens = Lexer.Tokenize(text);
        var table = new NameTable(capacity: 16);

        var ids = tokens.Tokens.ToArray().Where(t => t.Kind == TokenKind.Name).Select(t => table.Get(text, t)).ToArray();

        Assert.Equal(["file", "file", "file"], ids);
        Assert.Same(ids[0], ids[2]);
    }
}
