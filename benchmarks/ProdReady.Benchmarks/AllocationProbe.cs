using System.Diagnostics.Tracing;
using System.Globalization;
using ProdReady.Analysis;
using ProdReady.Analysis.Engine;
using ProdReady.Python;
using ProdReady.Python.Text;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Model;
using ProdReady.Semantics.Project;

namespace ProdReady.Benchmarks;

/// <summary>
/// Attributes allocation to types: listens to the runtime's allocation ticks (one event per 100 KB allocated, naming the
/// type of the object that crossed the mark) while the front end and model (<c>model</c>), or the whole analysis with
/// every active rule but those named (<c>check</c>), run over a corpus, and lists the types by their sampled share.
/// Run: <c>dotnet run -c Release --project benchmarks/ProdReady.Benchmarks -- allocations FOLDER model|summaries|facts|testmap|check [PREFIX...]</c>.
/// </summary>
internal static class AllocationProbe
{
    /// <summary>Runs the probe.</summary>
    /// <param name="folder">The tree to analyse.</param>
    /// <param name="what">What runs: <c>model</c>, <c>summaries</c> (the model and each file's summary), <c>facts</c> (the same with the test map's facts), <c>testmap</c> (the whole test map built from summaries already read) or <c>check</c>.</param>
    /// <param name="excluded">Rule codes or prefixes left out of a <c>check</c> run.</param>
    /// <param name="output">Where the figures go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string folder, string what, IReadOnlyList<string> excluded, TextWriter output)
    {
        var root = Path.GetFullPath(folder);
        var paths = Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Action work;
        if (what is "summaries" or "facts")
        {
            // The model built, then summarized with or without the test map's facts: the difference is what the facts allocate.
            var relative = paths.Select(path => Path.GetRelativePath(root, path).Replace('\\', '/')).ToList();
            var layout = new ProjectLayout(root, relative, []);
            var project = new ProjectContext(Semantics.Environment.PythonVersion.Latest, layout);
            var texts = relative.Select(path => (Path: path, Text: PythonSourceDecoder.Decode(File.ReadAllBytes(Path.Combine(root, path))).Text))
                .Where(file => file.Text is not null)
                .ToList();
            work = () =>
            {
                var index = new ProjectIndex(root, layout, project.OptionsFor, useCache: false, collectTestFacts: what == "facts");
                foreach (var (path, text) in texts)
                {
                    var parse = PythonParser.Parse(text!);
                    index.Publish(SemanticModel.Build(parse, project.OptionsFor(path)), path, parse.Success);
                }
            };
        }
        else if (what == "testmap")
        {
            // The whole test map, built again from summaries already read: what the map's build allocates.
            var configuration = new Analysis.Configuration.ProdReadyConfiguration(root);
            var files = Analysis.Discovery.SourceDiscovery.ListPythonPaths(root, configuration).ToList();
            var project = Analysis.Project.ProjectContextFactory.Create(root, configuration, files, null, useCache: true, collectTestFacts: true);
            Parallel.ForEach(files, file => project.Index!.GetByPath(file));
            work = () => GC.KeepAlive(Semantics.TestMapping.TestMap.Build(project.Index!, project.Tests, files, _ => null));
        }
        else if (what == "model")
        {
            var texts = paths.Select(path => (Path: Path.GetRelativePath(root, path).Replace('\\', '/'), Text: PythonSourceDecoder.Decode(File.ReadAllBytes(path)).Text))
                .Where(file => file.Text is not null)
                .ToList();
            work = () =>
            {
                foreach (var (path, text) in texts)
                {
                    GC.KeepAlive(SemanticModel.Build(PythonParser.Parse(text!), ProjectContext.Default.OptionsFor(path)));
                }
            };
        }
        else
        {
            var files = paths.Select(path => SourceFile.FromDisk(Path.GetRelativePath(root, path).Replace('\\', '/'), path)).ToList();
            var engine = new AnalysisEngine([.. RuleCatalog.Active.Where(r => !excluded.Any(e => r.Info.Code.StartsWith(e, StringComparison.Ordinal)))]);
            work = () => GC.KeepAlive(engine.Analyze(new AnalysisInput { Files = files, Project = ProjectContext.Default }));
        }

        work();
        using var listener = new AllocationListener();
        work();
        var total = listener.Bytes.Values.Sum();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sampled {total / 1048576.0:F0} MB"));
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(pair => pair.Value).Take(60))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0,8:F1} MB {bytes * 100.0 / total,5:F1}% {type}"));
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        private readonly Lock _gate = new();

        public Dictionary<string, long> Bytes { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
            {
                return;
            }

            var index = eventData.PayloadNames!.IndexOf("TypeName");
            var amount = eventData.PayloadNames.IndexOf("AllocationAmount64");
            var type = index >= 0 ? eventData.Payload[index] as string ?? "?" : "?";
            var bytes = amount >= 0 ? Convert.ToInt64(eventData.Payload[amount], CultureInfo.InvariantCulture) : 100_000;
            lock (_gate)
            {
                Bytes[type] = Bytes.GetValueOrDefault(type) + bytes;
            }
        }
    }
}
