using System.Text;
using BenchmarkDotNet.Attributes;
using ProdReady.Python.Lexing;

namespace ProdReady.Benchmarks;

/// <summary>
/// Tokenizer throughput over a Python corpus: the folder named by <c>PRODREADY_PYTHON_CORPUS</c> (every UTF-8
/// <c>*.py</c> file, read once in setup), or, when it is not set, a synthetic module repeated to 1 MB.
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = Environment.GetEnvironmentVariable("PRODREADY_PYTHON_CORPUS");
        if (!string.IsNullOrEmpty(root) && Directory.Exists(root))
        {
            var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
            var texts = new List<string>();
            foreach (var path in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                try
                {
                    var text = strict.GetString(File.ReadAllBytes(path));
                    texts.Add(text.StartsWith('\uFEFF') ? text[1..] : text);
                }
                catch (DecoderFallbackException)
                {
                    // Files in other encodings belong to the decoder's benchmark, not this one.
                }
            }

            _texts = [.. texts];
            return;
        }

        const string Module = """
            import os

            class Box:
                '''A docstring.'''

                def __init__(self, value: int = 0x_ff) -> None:
                    self.value = [x ** 2 for x in range(10) if x % 2]  # squares
                    self.label = f"box {value!r:>{10}} of {len(self.value)}"

            """;
        _texts = [string.Concat(Enumerable.Repeat(Module, 1_000_000 / Module.Length))];
    }

    [Benchmark]
    public long Tokenize()
    {
        long tokens = 0;
        foreach (var text in _texts)
        {
            tokens += Lexer.Tokenize(text).Count;
        }

        return tokens;
    }
}
