using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ProdReady.Analysis;
using ProdReady.Analysis.Engine;

namespace ProdReady.Benchmarks;

/// <summary>
/// The rule engine over a whole folder, as <c>prodready check --all</c> runs it: read and decode every
/// <c>.py</c> file, parse, one walk per tree with every active rule, suppressions, sorting. The folder is
/// <c>PRODREADY_CORPUS</c> (default <c>/tmp/corpus</c>, see docs/benchmarks.md for how to build it).
/// The job runs in-process with no warm-up, so the first iteration (WorkloadActual 1 in the log) is the cold
/// run with JIT compilation included and the mean covers the warm runs.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 8)]
public class EngineBenchmarks
{
    private List<SourceFile> _files = [];
    private AnalysisEngine _engine = new([]);

    [GlobalSetup]
    public void Setup()
    {
        var root = Environment.GetEnvironmentVariable("PRODREADY_CORPUS") ?? "/tmp/corpus";
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Set PRODREADY_CORPUS to a folder of Python files (missing: {root}).");
        }

        _files = [.. Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => SourceFile.FromDisk(Path.GetRelativePath(root, path).Replace('\\', '/'), path))];
        _engine = new AnalysisEngine(RuleCatalog.Active);
    }

    [Benchmark]
    public int AnalyzeAll() => _engine.Analyze(new AnalysisInput { Files = _files }).Diagnostics.Count;
}
