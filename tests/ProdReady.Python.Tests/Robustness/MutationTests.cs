using ProdReady.Python.Lexing;
using ProdReady.Python.Tests.Conformance;
using ProdReady.Python.Text;

namespace ProdReady.Python.Tests.Robustness;

/// <summary>
/// Roslyn's and Parlot's robustness proof: every fixture with each token deleted, and every prefix of
/// every fixture, parses to a tree or a syntax error, without an exception and in bounded time. The
/// number of variants per fixture is capped (spread evenly over the file) to keep the suite fast.
/// </summary>
public sealed class MutationTests
{
    private const int MaxVariantsPerFixture = 48;

    public static TheoryData<string> Fixtures => new(FixtureFiles.List("valid").Concat(FixtureFiles.List("invalid")));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Survives_deleting_any_token(string fixture)
    {
        var text = Decode(fixture);
        var tokens = Lexer.Tokenize(text).Tokens.ToArray().Where(token => token.Length > 0).ToArray();
        foreach (var index in Spread(tokens.Length))
        {
            var token = tokens[index];
            var mutated = string.Concat(text.AsSpan(0, token.Start), text.AsSpan(token.End));
            await BoundedParse.ParseAsync(mutated, $"{fixture} without token {index} ({token})");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Survives_any_prefix(string fixture)
    {
        var text = Decode(fixture);
        foreach (var length in Spread(text.Length + 1))
        {
            await BoundedParse.ParseAsync(text[..length], $"{fixture} cut after {length} characters");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Survives_any_line_dropped_or_duplicated(string fixture)
    {
        var lines = Decode(fixture).Split('\n');
        foreach (var index in Spread(lines.Length))
        {
            var dropped = string.Join('\n', lines.Where((_, i) => i != index));
            await BoundedParse.ParseAsync(dropped, $"{fixture} without line {index + 1}");
            var duplicated = string.Join('\n', lines.Take(index + 1).Concat(lines.Skip(index)));
            await BoundedParse.ParseAsync(duplicated, $"{fixture} with line {index + 1} twice");
        }
    }

    // Up to MaxVariantsPerFixture indices in [0, count), evenly spread, always including both ends.
    private static IEnumerable<int> Spread(int count)
    {
        if (count <= MaxVariantsPerFixture)
        {
            return Enumerable.Range(0, count);
        }

        return Enumerable.Range(0, MaxVariantsPerFixture)
            .Select(i => (int)((long)i * (count - 1) / (MaxVariantsPerFixture - 1)))
            .Distinct();
    }

    private static string Decode(string fixture)
    {
        var decoded = PythonSourceDecoder.Decode(FixtureFiles.Bytes(fixture));

        // Fixtures that cannot be decoded still exercise the parser with their bytes read as Latin-1.
        return decoded.Text?.Text ?? System.Text.Encoding.Latin1.GetString(FixtureFiles.Bytes(fixture));
    }
}
