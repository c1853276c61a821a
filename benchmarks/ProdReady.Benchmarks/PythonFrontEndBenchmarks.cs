using BenchmarkDotNet.Attributes;
using ProdReady.Python;
using ProdReady.Python.Lexing;
using ProdReady.Python.Text;

namespace ProdReady.Benchmarks;

/// <summary>
/// Throughput of the Python front end over a whole corpus, one thread: decoding, tokenizing, and
/// tokenizing plus parsing. Run with <c>PRODREADY_BENCH_CORPUS=FOLDER dotnet run -c Release --project
/// benchmarks/ProdReady.Benchmarks -- --filter '*PythonFrontEnd*'</c>.
/// </summary>
[MemoryDiagnoser]
public class PythonFrontEndBenchmarks
{
    private PythonCorpus _corpus = null!;

    /// <summary>Gets or sets the corpus folder (one case per configured folder; none when unset).</summary>
    [ParamsSource(nameof(Folders))]
    public string Folder { get; set; } = string.Empty;

    public static IEnumerable<string> Folders => PythonCorpus.ConfiguredFolders();

    [GlobalSetup]
    public void Setup() => _corpus = PythonCorpus.Load(Folder);

    [Benchmark]
    public int Decode()
    {
        var decoded = 0;
        foreach (var bytes in _corpus.Files)
        {
            decoded += PythonSourceDecoder.Decode(bytes).Success ? 1 : 0;
        }

        return decoded;
    }

    [Benchmark]
    public long Tokenize()
    {
        long tokens = 0;
        foreach (var text in _corpus.Texts)
        {
            tokens += Lexer.Tokenize(text.Text).Count;
        }

        return tokens;
    }

    [Benchmark(Baseline = true)]
    public int Parse()
    {
        var parsed = 0;
        foreach (var text in _corpus.Texts)
        {
            parsed += PythonParser.Parse(text).Success ? 1 : 0;
        }

        return parsed;
    }
}
