using System.Diagnostics;
using System.Globalization;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Benchmarks;

/// <summary>
/// Checks and times the test map of a change against the whole map on a real project: builds the whole map once,
/// then, for each focus file, the map focused on that file alone, and compares every link of that file's units and
/// the dynamic-test count of its module. The focus files are those given, or every <c>step</c>-th source file.
/// Run (the module summaries are cached in the project, so run it on a copy):
/// <c>dotnet run -c Release --project benchmarks/ProdReady.Benchmarks -- testmap FOLDER [STEP | FILE...]</c>.
/// </summary>
internal static class TestMapProbe
{
    public static int Run(string folder, IReadOnlyList<string> arguments, TextWriter output)
    {
        var root = Path.GetFullPath(folder);
        var configuration = new ProdReadyConfiguration(root);
        var files = SourceDiscovery.ListPythonPaths(root, configuration).ToList();
        var clock = Stopwatch.StartNew();
        var whole = TestMapRecordProbe.Create(root, configuration, files, null);
        var map = whole.TestMap!;
        var wholeSeconds = clock.Elapsed.TotalSeconds;
        var focusFiles = arguments.Count == 1 && int.TryParse(arguments[0], CultureInfo.InvariantCulture, out var step)
            ? files.Where(f => !whole.Tests.IsTestCode(f)).Where((_, i) => i % step == 0).ToList()
            : [.. arguments];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole map: {map.Tests.Count} tests, {wholeSeconds:F2} s (summaries loaded or made included)"));
        var mismatches = 0;
        var focusedSeconds = new List<double>();
        foreach (var file in focusFiles)
        {
            clock.Restart();
            var focused = TestMapRecordProbe.Create(root, configuration, files, [file]).TestMap!;
            focusedSeconds.Add(clock.Elapsed.TotalSeconds);
            var links = 0;
            foreach (var unit in map.UnitsOf(file))
            {
                var expected = map.TestsOf(unit.QualifiedName).Select(TestMapRecordProbe.Describe).ToList();
                var actual = focused.TestsOf(unit.QualifiedName).Select(TestMapRecordProbe.Describe).ToList();
                links += expected.Count;
                if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
                {
                    mismatches++;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MISMATCH {unit.QualifiedName}: whole {expected.Count} links, focused {actual.Count}"));
                    foreach (var line in expected.Except(actual).Take(3))
                    {
                        output.WriteLine("  only whole:   " + line);
                    }

                    foreach (var line in actual.Except(expected).Take(3))
                    {
                        output.WriteLine("  only focused: " + line);
                    }
                }
            }

            var module = whole.Index!.GetByPath(file)?.Module;
            if (module is not null && map.DynamicTestsReaching(module) != focused.DynamicTestsReaching(module))
            {
                mismatches++;
                output.WriteLine($"MISMATCH dynamic tests of {module}");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {links} links, focused map {focusedSeconds[^1]:F2} s"));
        }

        focusedSeconds.Sort();
        if (focusedSeconds.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{focusFiles.Count} focus files, median focused map {focusedSeconds[focusedSeconds.Count / 2]:F2} s, {mismatches} mismatches"));
        }

        return mismatches == 0 ? 0 : 1;
    }
}
