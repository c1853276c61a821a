using System.Diagnostics;
using System.Globalization;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Benchmarks;

/// <summary>
/// Checks the test map built from its record against the whole map on a real project, through real edits: builds and
/// records the whole map once; then, for every <c>step</c>-th source file, (1) edits the file's contents without
/// changing its outline (a comment line first: every position moves), (2) edits instead a test module that reaches the
/// file, and (3) only touches the file; after each, builds the map focused on the file from the record, and compares
/// every link of the file's units and the dynamic-test count of its module with the whole map. Each edit is undone.
/// Run on a copy (the project's files are edited and its cache written):
/// <c>dotnet run -c Release --project benchmarks/ProdReady.Benchmarks -- testmap-record FOLDER STEP</c>.
/// </summary>
internal static class TestMapRecordProbe
{
    public static int Run(string folder, int step, TextWriter output)
    {
        var root = Path.GetFullPath(folder);
        var configuration = new ProdReadyConfiguration(root);
        var files = SourceDiscovery.ListPythonPaths(root, configuration).ToList();
        var clock = Stopwatch.StartNew();
        var whole = Create(root, configuration, files, null);
        var map = whole.TestMap!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole map: {map.Tests.Count} tests, {clock.Elapsed.TotalSeconds:F2} s, record: {whole.TestMapStore!.LastUse}"));
        var mismatches = 0;
        var misses = 0;
        var links = 0;
        var seconds = new List<double>();
        var sources = files.Where(f => f.EndsWith(".py", StringComparison.Ordinal) && !whole.Tests.IsTestCode(f)).Where((_, i) => i % step == 0).ToList();
        foreach (var file in sources)
        {
            var testModule = map.UnitsOf(file).SelectMany(u => map.TestsOf(u.QualifiedName)).Select(l => l.Test.Path).FirstOrDefault();
            var edits = new List<(string Name, string Path, Func<string, string> Edit)>
            {
                ("comment", file, text => "# an edit that moves every line\n" + text),
                ("touch", file, text => text),
            };
            if (testModule is not null)
            {
                edits.Add(("test module", testModule, text => "# an edit of a test that reaches the file\n" + text));
            }

            foreach (var (name, path, edit) in edits)
            {
                var full = Path.Combine(root, path);
                var original = File.ReadAllText(full);
                File.WriteAllText(full, edit(original));
                File.SetLastWriteTimeUtc(full, DateTime.UtcNow.AddSeconds(-30));
                try
                {
                    clock.Restart();
                    var project = Create(root, configuration, files, [file]);
                    var focused = project.TestMap!;
                    seconds.Add(clock.Elapsed.TotalSeconds);
                    if (project.TestMapStore!.LastUse != "incremental")
                    {
                        misses++;
                        output.WriteLine($"NOT FROM RECORD {file} ({name}): {project.TestMapStore.LastMiss}");
                    }

                    mismatches += Compare(map, whole, focused, file, name, output);
                    links += map.UnitsOf(file).Sum(u => map.TestsOf(u.QualifiedName).Count);
                }
                finally
                {
                    File.WriteAllText(full, original);
                    File.SetLastWriteTimeUtc(full, DateTime.UtcNow.AddSeconds(-20));
                }
            }
        }

        seconds.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sources.Count} files, {seconds.Count} edits, {links} links compared, median map from the record {(seconds.Count > 0 ? seconds[seconds.Count / 2] : 0):F3} s, {misses} not from the record, {mismatches} mismatches"));
        return mismatches == 0 && misses == 0 ? 0 : 1;
    }

    private static int Compare(TestMap map, ProjectContext whole, TestMap focused, string file, string edit, TextWriter output)
    {
        var mismatches = 0;
        foreach (var unit in map.UnitsOf(file))
        {
            var expected = map.TestsOf(unit.QualifiedName).Select(Describe).ToList();
            var actual = focused.TestsOf(unit.QualifiedName).Select(Describe).ToList();
            if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
            {
                mismatches++;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MISMATCH {unit.QualifiedName} ({edit}): whole {expected.Count} links, from the record {actual.Count}"));
            }
        }

        var module = whole.Index!.GetByPath(file)?.Module;
        if (module is not null && map.DynamicTestsReaching(module) != focused.DynamicTestsReaching(module))
        {
            mismatches++;
            output.WriteLine($"MISMATCH dynamic tests of {module} ({edit})");
        }

        return mismatches;
    }

    /// <summary>Makes the project context of a probe's project with the cache, focused on some files or on none.</summary>
    internal static ProjectContext Create(string root, ProdReadyConfiguration configuration, List<string> files, IReadOnlyCollection<string>? focus) =>
        ProjectContextFactory.Create(root, configuration, files, null, useCache: true, collectTestFacts: true, testMapFocus: focus);

    /// <summary>Describes a link as the probes compare links: its test, its way and whether it is claimed.</summary>
    internal static string Describe(TestLink link) => $"{link.Test.Id} {link.Through} {link.Helper} {link.IsCertain}";
}
