using System.Diagnostics;
using System.Globalization;
using ProdReady.Analysis.Engine;
using ProdReady.Python;
using ProdReady.Python.Text;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Model;
using ProdReady.Semantics.Project;

namespace ProdReady.Benchmarks;

/// <summary>
/// Measures what the test map's facts add to each file's summary, on one thread over a corpus held in memory: every
/// file is parsed and modelled, then summarized without and with the facts the test map reads (calls, raises, effects,
/// fixtures...), and only the summarizing is timed and its allocation counted (the current thread's allocated bytes).
/// Reports the median of five rounds of each, the string objects the facts hold, and a digest of every summary with its facts (serialized in path order),
/// which changes when any fact does: a change to the extractor that keeps the digest keeps what the test map reads.
/// Nothing is cached on disk.
/// Run: <c>dotnet run -c Release --project benchmarks/ProdReady.Benchmarks -- facts FOLDER</c>.
/// </summary>
internal static class FactsProbe
{
    /// <summary>Runs the probe.</summary>
    /// <param name="folder">The tree to summarize.</param>
    /// <param name="output">Where the figures go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string folder, TextWriter output)
    {
        var root = Path.GetFullPath(folder);
        var texts = Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: Path.GetRelativePath(root, path).Replace('\\', '/'), Text: PythonSourceDecoder.Decode(File.ReadAllBytes(path)).Text))
            .Where(file => file.Text is not null)
            .ToList();
        var layout = new ProjectLayout(root, texts.Select(t => t.Path), []);
        var project = new ProjectContext(Semantics.Environment.PythonVersion.Latest, layout);
        ProjectIndex? last = null;
        (double Seconds, long Bytes) Pass(bool facts)
        {
            var index = new ProjectIndex(root, layout, project.OptionsFor, useCache: false, collectTestFacts: facts);
            last = index;
            var clock = new Stopwatch();
            long bytes = 0;
            foreach (var (path, text) in texts)
            {
                var parse = PythonParser.Parse(text!);
                var model = SemanticModel.Build(parse, project.OptionsFor(path));
                var before = GC.GetAllocatedBytesForCurrentThread();
                clock.Start();
                index.Publish(model, path, parse.Success);
                clock.Stop();
                bytes += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            return (clock.Elapsed.TotalSeconds, bytes);
        }

        Pass(facts: true);
        var without = new List<(double Seconds, long Bytes)>();
        var with = new List<(double Seconds, long Bytes)>();
        for (var round = 0; round < 5; round++)
        {
            without.Add(Pass(facts: false));
            with.Add(Pass(facts: true));
        }

        // The strings the last index's facts hold: each string object once, and its characters.
        var digest = Digest(last!, texts.Select(t => t.Path));
        var (strings, characters) = HeldStrings(last!, texts.Select(t => t.Path));
        static (double Seconds, long Bytes) Median(List<(double Seconds, long Bytes)> rounds) =>
            (rounds.Select(r => r.Seconds).Order().ElementAt(rounds.Count / 2), rounds.Select(r => r.Bytes).Order().ElementAt(rounds.Count / 2));
        var (plainSeconds, plainBytes) = Median(without);
        var (factsSeconds, factsBytes) = Median(with);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{texts.Count} files; summaries without facts {plainSeconds:F2} s, {plainBytes / 1048576.0:F0} MB; with facts {factsSeconds:F2} s, {factsBytes / 1048576.0:F0} MB (median of 5), facts holding {strings} strings of {characters / 1048576.0:F1} M characters; digest {digest}"));
        return 0;
    }

    /// <summary>Counts the string objects the facts of every file's summary hold (each once) and their characters.</summary>
    private static (int Strings, long Characters) HeldStrings(ProjectIndex index, IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(ReferenceEqualityComparer.Instance);
        long characters = 0;
        void Add(string? text)
        {
            if (text is not null && seen.Add(text))
            {
                characters += text.Length;
            }
        }

        foreach (var path in paths)
        {
            foreach (var unit in index.GetByPath(path)?.Units ?? [])
            {
                Add(unit.Name);
                Add(unit.Returns);
                Add(unit.MadeBy);
                foreach (var list in (List<string>?[])[unit.Parameters, unit.Decorators, unit.Bases, unit.Attributes, unit.Calls, unit.Raises, unit.Effects,
                    unit.Boundaries, unit.Expects, unit.Parametrized, unit.ParameterValues, unit.Numbers, unit.Mocks, unit.Nondeterminism, unit.Markers, unit.Yields])
                {
                    foreach (var text in list ?? [])
                    {
                        Add(text);
                    }
                }
            }
        }

        return (seen.Count, characters);
    }

    /// <summary>Hashes every file's summary (facts included) in the order given, through the reflection-based JSON writer.</summary>
    private static string Digest(ProjectIndex index, IEnumerable<string> paths)
    {
        var options = new System.Text.Json.JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path));
            if (index.GetByPath(path) is { } summary)
            {
                hash.AppendData(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(summary, options));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }
}
