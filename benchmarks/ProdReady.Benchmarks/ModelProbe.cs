using System.Diagnostics;
using System.Globalization;
using ProdReady.Analysis.Engine;
using ProdReady.Python;
using ProdReady.Python.Text;
using ProdReady.Semantics.Model;

namespace ProdReady.Benchmarks;

/// <summary>
/// Measures what the semantic model adds to the front end, on one thread over a corpus held in memory: the median of
/// five rounds of parsing every file, and of parsing and building every file's model, and their ratio.
/// Run: <c>dotnet run -c Release --project benchmarks/ProdReady.Benchmarks -- model FOLDER</c>.
/// </summary>
internal static class ModelProbe
{
    public static int Run(string folder, TextWriter output)
    {
        var texts = Directory.EnumerateFiles(folder, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: Path.GetRelativePath(folder, path).Replace('\\', '/'), Text: PythonSourceDecoder.Decode(File.ReadAllBytes(path)).Text))
            .Where(file => file.Text is not null)
            .ToList();
        var project = ProjectContext.Default;
        double Time(bool model)
        {
            var clock = Stopwatch.StartNew();
            foreach (var (path, text) in texts)
            {
                var parse = PythonParser.Parse(text!);
                if (model)
                {
                    GC.KeepAlive(SemanticModel.Build(parse, project.OptionsFor(path)));
                }
            }

            return clock.Elapsed.TotalSeconds;
        }

        Time(model: true);
        long references = 0, bindings = 0, scopes = 0;
        foreach (var (path, text) in texts)
        {
            var built = SemanticModel.Build(PythonParser.Parse(text!), project.OptionsFor(path));
            references += built.References.Count;
            bindings += built.Bindings.Count;
            scopes += built.Scopes.Count;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{references} references, {bindings} bindings, {scopes} scopes"));
        var parseOnly = new List<double>();
        var withModel = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            parseOnly.Add(Time(model: false));
            withModel.Add(Time(model: true));
        }

        var allocated = GC.GetTotalAllocatedBytes();
        var gen2 = GC.CollectionCount(2);
        Time(model: false);
        var parseBytes = GC.GetTotalAllocatedBytes() - allocated;
        var parseGen2 = GC.CollectionCount(2) - gen2;
        allocated = GC.GetTotalAllocatedBytes();
        gen2 = GC.CollectionCount(2);
        Time(model: true);
        var modelBytes = GC.GetTotalAllocatedBytes() - allocated - parseBytes;
        var modelGen2 = GC.CollectionCount(2) - gen2;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"allocated per pass: parse {parseBytes / 1048576.0:F0} MB ({parseGen2} gen2 collections), model {modelBytes / 1048576.0:F0} MB more (with parse: {modelGen2} gen2)"));
        var parseMedian = parseOnly.Order().ElementAt(2);
        var modelMedian = withModel.Order().ElementAt(2);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{texts.Count} files; parse {parseMedian:F2} s, parse and model {modelMedian:F2} s (median of 5), ratio {modelMedian / parseMedian:F2}"));
        return 0;
    }
}
