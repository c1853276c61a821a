using ProdReady.Python.Lexing;

namespace ProdReady.Python.Tests.Lexing;

/// <summary>No input makes the tokenizer throw, hang or break its invariants (Roslyn/Parlot-style robustness runs).</summary>
public sealed class LexerRobustnessTests
{
    private static readonly string[] s_snippets =
    [
        "f'{x!r:>{w}.{p}}' f\"{'a' if b else \"c\"}\" rf'''{x\n}''' f'{{}}' f'\\N{BULLET}{y=}'\n",
        "if a:\n\tb = (1,\n  2) \\\n + 3\n    # c\n  elif\n",
        "x = 0x_1f + 0o7 + 0b1 + 1_0.0_1e-1_0j + .5 + 5. + 00 + 0_0\n",
        "s = '''a\r\nb''' + b\"\\\"\" + r'\\'' + u'\\\r\n'\n",
        "été·x = ﬁ + 𝔘 + €\n",
        "class C:\n  def f(self):\n      return [*a, **b] @ c -> d ... := e\n",
        "((([[[{{{}}}]]])))\n)]}\n",
        "\f\t \\\n\r\n\r\\",
    ];

    public static TheoryData<string> Fixtures => new(Directory.GetFiles(FixtureDirectory, "*.py").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    private static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Lexing", "Fixtures");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Tokenizes_fixture_without_error(string name)
    {
        var result = Lexer.Tokenize(File.ReadAllText(Path.Combine(FixtureDirectory, name)));
        Assert.Null(result.Error);
        TokenAssert.CheckInvariants(result);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Survives_every_prefix_of_fixture(string name)
    {
        var text = File.ReadAllText(Path.Combine(FixtureDirectory, name));
        for (var length = 0; length <= text.Length; length++)
        {
            TokenAssert.CheckInvariants(Lexer.Tokenize(text[..length]));
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Survives_deleting_each_character_of_fixture(string name)
    {
        var text = File.ReadAllText(Path.Combine(FixtureDirectory, name));
        for (var i = 0; i < text.Length; i++)
        {
            TokenAssert.CheckInvariants(Lexer.Tokenize(text.Remove(i, 1)));
        }
    }

    [Fact]
    public void Survives_every_prefix_and_suffix_of_tricky_snippets()
    {
        foreach (var snippet in s_snippets)
        {
            for (var length = 0; length <= snippet.Length; length++)
            {
                TokenAssert.CheckInvariants(Lexer.Tokenize(snippet[..length]));
                TokenAssert.CheckInvariants(Lexer.Tokenize(snippet[length..]));
            }
        }
    }

    [Fact]
    public void Survives_random_text_over_the_python_alphabet()
    {
        const string Alphabet = "abfrubFRUB_019xoje.+-*/%<>=!:;,@~^&|(){}[]'\"#\\ \t\f\r\n\n\n    €é\u00A0𝔘\u0301$?`";
        var random = new Random(20260101);
        var buffer = new char[64];
        for (var round = 0; round < 5000; round++)
        {
            var length = random.Next(buffer.Length);
            for (var i = 0; i < length; i++)
            {
                buffer[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            TokenAssert.CheckInvariants(Lexer.Tokenize(new string(buffer, 0, length)));
        }
    }

    [Fact]
    public void Survives_deep_nesting_without_recursion()
    {
        TokenAssert.CheckInvariants(Lexer.Tokenize(new string('(', 100_000)));
        TokenAssert.CheckInvariants(Lexer.Tokenize(string.Concat(Enumerable.Repeat("f'{", 10_000))));
        TokenAssert.CheckInvariants(Lexer.Tokenize(string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i) + "if x:\n"))));
    }
}
