using System.Text;
using ProdReady.Python.Lexing;

namespace ProdReady.Python.Tests.Lexing;

/// <summary>
/// An optional run over a folder of real Python (e.g. CPython's standard library and tests), named by the
/// <c>PRODREADY_PYTHON_CORPUS</c> environment variable; skipped when it is not set. Every UTF-8 file must
/// tokenize cleanly except those listed, with their message, in <c>Fixtures/corpus-known-errors.txt</c>.
/// </summary>
public sealed class CorpusTests
{
    private const string CorpusVariable = "PRODREADY_PYTHON_CORPUS";

    [Fact]
    public void Tokenizes_every_corpus_file_except_known_errors()
    {
        var root = Environment.GetEnvironmentVariable(CorpusVariable);
        Assert.SkipWhen(string.IsNullOrEmpty(root) || !Directory.Exists(root), $"{CorpusVariable} is not set to a folder");

        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Lexing", "Fixtures", "corpus-known-errors.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var actual = new HashSet<string>(StringComparer.Ordinal);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var path in Directory.EnumerateFiles(root!, "*.py", SearchOption.AllDirectories))
        {
            string text;
            try
            {
                text = strict.GetString(File.ReadAllBytes(path));
            }
            catch (DecoderFallbackException)
            {
                continue;
            }

            var result = Lexer.Tokenize(text.StartsWith('\uFEFF') ? text[1..] : text);
            TokenAssert.CheckInvariants(result);
            if (result.Error is { } error)
            {
                actual.Add($"{Path.GetRelativePath(root!, path).Replace('\\', '/')}: {error.Message}");
            }
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }
}
