using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ProdReady.Analysis;
using ProdReady.Analysis.Engine;
using ProdReady.Python;
using ProdReady.Python.Text;

namespace ProdReady.Benchmarks;

/// <summary>
/// The rule engine over a whole folder, as <c>prodready check --all</c> runs it: read and decode every
/// <c>.py</c> file, parse, one walk per tree with every active rule, suppressions, sorting. The baseline reads,
/// decodes and parses the same files with the same parallelism and no rules, so the ratio is the cost of the
/// engine and its rules. The folder is <c>PRODREADY_CORPUS</c> (default <c>/tmp/corpus</c>; see
/// docs/benchmarks.md). In-process with no warm-up: the first iteration in the log is the cold run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneInProcessJob))]
public class EngineBenchmarks
{
    private List<string> _paths = [];
    private string _root = string.Empty;
    private AnalysisEngine _engine = new([]);

    [GlobalSetup]
    public void Setup()
    {
        _root = Environment.GetEnvironmentVariable("PRODREADY_CORPUS") ?? "/tmp/corpus";
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"Set PRODREADY_CORPUS to a folder of Python files (missing: {_root}).");
        }

        _paths = [.. Directory.EnumerateFiles(_root, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        _engine = new AnalysisEngine(RuleCatalog.Active);
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        var errors = 0;
        Parallel.ForEach(_paths, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
        {
            var decoded = PythonSourceDecoder.DecodeFile(path);
            if (decoded.Text is null || !PythonParser.Parse(decoded.Text).Success)
            {
                Interlocked.Increment(ref errors);
            }
        });
        return errors;
    }

    [Benchmark]
    public int AnalyzeAll()
    {
        var files = _paths.ConvertAll(path => SourceFile.FromDisk(Path.GetRelativePath(_root, path).Replace('\\', '/'), path));
        return _engine.Analyze(new AnalysisInput { Files = files }).Diagnostics.Count;
    }

    /// <summary>One in-process job: no rebuild of the benchmark project, no warm-up, eight measured runs.</summary>
    private sealed class OneInProcessJob : ManualConfig
    {
        public OneInProcessJob() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(0)
                .WithIterationCount(8)
                .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
