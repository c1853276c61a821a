using BenchmarkDotNet.Attributes;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;

namespace ProdReady.Benchmarks;

/// <summary>
/// File discovery (<c>--all</c>) over the folder named by <c>PRODREADY_PYTHON_CORPUS</c>, or, when it is not
/// set, a synthetic tree of 1,700 small modules in nested packages with a <c>.gitignore</c> and excluded folders.
/// </summary>
[MemoryDiagnoser]
public class DiscoveryBenchmarks
{
    private string _root = "";
    private string? _temporary;
    private ProdReadyConfiguration _configuration = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Environment.GetEnvironmentVariable("PRODREADY_PYTHON_CORPUS");
        if (!string.IsNullOrEmpty(corpus) && Directory.Exists(corpus))
        {
            _root = Path.GetFullPath(corpus);
        }
        else
        {
            _temporary = Path.Combine(Path.GetTempPath(), "prodready-discovery-" + Guid.NewGuid().ToString("N"));
            _root = _temporary;
            File.WriteAllText(Path.Combine(EnsureDirectory(_root), ".gitignore"), "*_gen.py\nscratch/\n");
            for (var package = 0; package < 85; package++)
            {
                var directory = EnsureDirectory(Path.Combine(_root, "pkg" + (package % 5), "sub" + package));
                for (var module = 0; module < 20; module++)
                {
                    File.WriteAllText(Path.Combine(directory, $"module_{module}.py"), "import os\n\n\ndef f(x: int) -> int:\n    return x\n");
                }

                File.WriteAllText(Path.Combine(directory, "README.md"), "# package\n");
            }

            File.WriteAllText(Path.Combine(EnsureDirectory(Path.Combine(_root, ".venv", "lib")), "site.py"), "x = 1\n");
        }

        _configuration = new ProdReadyConfiguration(_root);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_temporary is not null)
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }

    [Benchmark]
    public int DiscoverAll() => SourceDiscovery.Discover(_root, _configuration).Files.Count;

    private static string EnsureDirectory(string path)
    {
        Directory.CreateDirectory(path);
        return path;
    }
}
