using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Benchmarks;

/// <summary>
/// Times building the whole test map of a project in one process, summaries already in memory: the project's module
/// summaries are read (from the cache, or made) once, then the map is built <c>rounds</c> times from them, each time
/// anew and without a record, and the wall time, processor time, bytes allocated and collections of each build are
/// reported with their medians, and a digest of every link of the map (the same for every round and every build that
/// maps the same way). Run on a copy (the summary cache is written into the project):
/// <c>dotnet run -c Release --project benchmarks/ProdReady.Benchmarks -- testmap-build FOLDER ROUNDS</c>.
/// </summary>
internal static class TestMapBuildProbe
{
    /// <summary>Runs the probe.</summary>
    /// <param name="folder">The project.</param>
    /// <param name="rounds">How many maps to build.</param>
    /// <param name="output">Where the figures go.</param>
    /// <returns>The exit code: 1 when two rounds mapped differently.</returns>
    public static int Run(string folder, int rounds, TextWriter output)
    {
        var root = Path.GetFullPath(folder);
        var configuration = new ProdReadyConfiguration(root);
        var files = SourceDiscovery.ListPythonPaths(root, configuration).ToList();
        var project = ProjectContextFactory.Create(root, configuration, files, null, useCache: true, collectTestFacts: true);
        var index = project.Index!;
        Parallel.ForEach(files, file => index.GetByPath(file));
        var walls = new List<double>();
        var cpus = new List<double>();
        var allocations = new List<double>();
        var digests = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var collections = GC.CollectionCount(0);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var map = TestMap.Build(index, project.Tests, files, _ => null);
            var wall = clock.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalSeconds;
            var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
            var (links, digest) = Digest(map, files);
            digests.Add(digest);
            walls.Add(wall);
            cpus.Add(cpu);
            allocations.Add(bytes);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {wall:F3} s wall, {cpu:F3} s CPU, {bytes:F0} MB allocated, {GC.CollectionCount(0) - collections} collections; {map.Tests.Count} tests, {links} links, digest {digest[..16]}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: {Median(walls):F3} s wall, {Median(cpus):F3} s CPU, {Median(allocations):F0} MB allocated; {digests.Count} distinct map(s)"));
        return digests.Count == 1 ? 0 : 1;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Every link of every unit of the project's files, in the map's order, hashed; and how many there are.</summary>
    private static (int Links, string Digest) Digest(TestMap map, IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var links = 0;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (var unit in map.UnitsOf(file))
            {
                foreach (var link in map.TestsOf(unit.QualifiedName))
                {
                    links++;
                    hash.AppendData(Encoding.UTF8.GetBytes($"{unit.QualifiedName}\t{link.Test.Id}\t{link.Through}\t{link.Helper}\t{link.IsCertain}\n"));
                }
            }

            foreach (var unit in map.UnitsOf(file).Select(u => u.Module).Distinct(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{unit}\t{map.DynamicTestsReaching(unit)}\n"));
            }
        }

        return (links, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
