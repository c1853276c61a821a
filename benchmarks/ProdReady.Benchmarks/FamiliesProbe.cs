using System.Diagnostics;
using System.Globalization;
using ProdReady.Analysis;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Benchmarks;

/// <summary>
/// Measures what rule families (DOC, TYP and NAM unless others are named) add to a whole-tree analysis and its JSON report, in one process: every
/// active rule against every rule but those three, alternating, five rounds each (<c>PRODREADY_PROBE_ROUNDS</c> sets another number) after two warm-up rounds each. Reports the median
/// processor time of each, the bytes each round allocates and the time the collector paused the run (the bytes do not depend on how busy the host is).
/// Run: <c>dotnet run -c Release --project benchmarks/ProdReady.Benchmarks -- families FOLDER [PREFIX...]</c>.
/// With <c>--each CODE...</c> before the codes it attributes allocation rule by rule instead (see <see cref="RunEach"/>).
/// </summary>
internal static class FamiliesProbe
{
    /// <summary>Runs the probe.</summary>
    /// <param name="folder">The tree to analyse.</param>
    /// <param name="output">Where the figures go.</param>
    /// <param name="families">The rule prefixes measured; DOC, TYP and NAM when none are given.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string folder, TextWriter output, IReadOnlyList<string> families)
    {
        var measured = families.Count > 0 ? families : ["DOC", "TYP", "NAM"];
        var root = Path.GetFullPath(folder);
        var files = Load(root);
        var every = new AnalysisEngine(RuleCatalog.Active);
        var without = new AnalysisEngine([.. RuleCatalog.Active.Where(r => !measured.Any(f => r.Info.Code.StartsWith(f, StringComparison.Ordinal)))]);
        var rounds = new Dictionary<string, List<(double Cpu, long Bytes, int Findings, double Paused)>>(StringComparer.Ordinal)
        {
            ["every rule"] = [],
            [$"without {string.Join(", ", measured)}"] = [],
        };

        var count = int.TryParse(Environment.GetEnvironmentVariable("PRODREADY_PROBE_ROUNDS"), CultureInfo.InvariantCulture, out var set) && set > 0 ? set : 5;

        // PRODREADY_PROBE_ONLY=every|without runs one side alone, so that a profiler sees what that side costs.
        var only = Environment.GetEnvironmentVariable("PRODREADY_PROBE_ONLY");
        if (only is "every" or "without")
        {
            var engine = only == "every" ? every : without;
            var cpus = new List<double>();
            for (var round = 0; round < count + 2; round++)
            {
                cpus.Add(Measure(engine, files, root).Cpu);
            }

            var cpu = cpus.Skip(2).Order().ElementAt(count / 2);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{only}: CPU {string.Join(", ", cpus.Select(c => c.ToString("F2", CultureInfo.InvariantCulture)))} s, median of the last {count} {cpu:F2} s"));
            return 0;
        }

        for (var warmUp = 0; warmUp < 2; warmUp++)
        {
            Measure(every, files, root);
            Measure(without, files, root);
        }

        for (var round = 0; round < count; round++)
        {
            rounds["every rule"].Add(Measure(every, files, root));
            rounds[$"without {string.Join(", ", measured)}"].Add(Measure(without, files, root));
        }

        var medians = new List<(double Cpu, double Megabytes)>();
        foreach (var (name, results) in rounds)
        {
            var cpu = results.Select(r => r.Cpu).Order().ElementAt(count / 2);
            var megabytes = results.Select(r => r.Bytes / 1048576.0).Order().ElementAt(count / 2);
            var paused = results.Select(r => r.Paused).Order().ElementAt(count / 2);
            medians.Add((cpu, megabytes));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {results[0].Findings} findings, CPU {string.Join(", ", results.Select(r => r.Cpu.ToString("F2", CultureInfo.InvariantCulture)))} s (median {cpu:F2}), allocated {megabytes:F0} MB, paused by the collector {paused:F2} s"));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{string.Join(", ", measured)} add {(medians[0].Cpu / medians[1].Cpu - 1) * 100:F1}% CPU and {(medians[0].Megabytes / medians[1].Megabytes - 1) * 100:F1}% allocation"));
        return 0;
    }

    /// <summary>
    /// Attributes allocation to rules: for each code or prefix given (every active rule's code when none is), one run
    /// without it against one run with every rule, after a warm-up. Allocation does not depend on how busy the host is,
    /// so one run each suffices; the rules are listed by what they add, largest first, with their findings.
    /// </summary>
    /// <param name="folder">The tree to analyse.</param>
    /// <param name="output">Where the figures go.</param>
    /// <param name="codes">The rule codes or prefixes measured one at a time.</param>
    /// <returns>The exit code.</returns>
    public static int RunEach(string folder, TextWriter output, IReadOnlyList<string> codes)
    {
        var root = Path.GetFullPath(folder);
        var files = Load(root);
        var every = new AnalysisEngine(RuleCatalog.Active);
        Measure(every, files, root);
        var baseline = Measure(every, files, root);
        var measured = codes.Count > 0 ? codes : [.. RuleCatalog.Active.Select(r => r.Info.Code)];
        var rows = new List<(string Code, double Megabytes, int Findings)>();
        foreach (var code in measured)
        {
            var without = new AnalysisEngine([.. RuleCatalog.Active.Where(r => !r.Info.Code.StartsWith(code, StringComparison.Ordinal))]);
            Measure(without, files, root);
            var result = Measure(without, files, root);
            rows.Add((code, (baseline.Bytes - result.Bytes) / 1048576.0, baseline.Findings - result.Findings));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"every rule: {baseline.Findings} findings, allocated {baseline.Bytes / 1048576.0:F1} MB"));
        foreach (var (code, megabytes, findings) in rows.OrderByDescending(r => r.Megabytes))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{code,-8} {megabytes,8:F1} MB {findings,8} findings"));
        }

        return 0;
    }

    private static List<SourceFile> Load(string root) =>
        [.. Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => SourceFile.FromDisk(Path.GetRelativePath(root, path).Replace('\\', '/'), path))];

    private static (double Cpu, long Bytes, int Findings, double Paused) Measure(AnalysisEngine engine, List<SourceFile> files, string root)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var result = engine.Analyze(new AnalysisInput { Files = files, Project = ProjectContext.Default });
        var report = new GateReport(new ToolInfo("prodready", "probe"), "whole tree", root, new GatePolicy(Severity.Warning), [], result.Diagnostics, result.FilesAnalyzed);
        using (var writer = new StreamWriter(Stream.Null, new System.Text.UTF8Encoding(false), 64 * 1024) { NewLine = "\n" })
        {
            ReportWriters.Create(ReportFormat.Json).Write(report, writer);
        }

        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalSeconds, bytes, result.Diagnostics.Count, (GC.GetTotalPauseDuration() - paused).TotalSeconds);
    }
}
