using System.Diagnostics;
using System.Globalization;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Benchmarks;

/// <summary>
/// Checks maps built from the record after outline changes against maps from scratch on a real project, through real
/// edits: records the whole map once; then, for every <c>step</c>-th source file, applies in turn (1) a new function
/// appended, (2) an import added and the file's first top-level function decorated with it (an outline change of a
/// function others call), (3) the first public top-level function renamed, (4) a method added to the first class, (5) a
/// new test appended to a test module that reaches the file, and (6) a helper function appended to that test module.
/// After each edit, and again after it is undone, it builds the change's map focused on the file and the whole map (both
/// from the record), then the whole map from scratch (the record put aside), and compares every link of every source
/// unit, every test id and every module's dynamic-test count.
/// Run on a copy (the project's files are edited and its cache written):
/// <c>dotnet run -c Release --project benchmarks/ProdReady.Benchmarks -- testmap-outline FOLDER STEP</c>.
/// </summary>
internal static class TestMapOutlineProbe
{
    public static int Run(string folder, int step, TextWriter output)
    {
        var root = Path.GetFullPath(folder);
        var configuration = new ProdReadyConfiguration(root);
        var files = SourceDiscovery.ListPythonPaths(root, configuration).ToList();
        var first = TestMapRecordProbe.Create(root, configuration, files, null);
        var map = first.TestMap!;
        output.WriteLine($"whole map: {map.Tests.Count} tests, record: {first.TestMapStore!.LastUse}");
        var sources = files.Where(f => f.EndsWith(".py", StringComparison.Ordinal) && !first.Tests.IsTestCode(f) && map.UnitsOf(f).Count > 1)
            .Where((_, i) => i % step == 0).ToList();
        var mismatches = 0;
        var misses = new List<string>();
        var followedShares = new List<double>();
        var clock = new Stopwatch();
        var wholeSeconds = new List<double>();
        var scratchSeconds = new List<double>();
        foreach (var file in sources)
        {
            var testModule = map.UnitsOf(file).SelectMany(u => map.TestsOf(u.QualifiedName)).Select(l => l.Test.Path).FirstOrDefault();
            var edits = new List<(string Name, string Path, Func<string, string> Edit)>
            {
                ("function added", file, text => text + "\n\ndef _probe_added_function(value):\n    return value\n"),
                ("function decorated", file, Decorate),
                ("function renamed", file, Rename),
                ("method added", file, AddMethod),
            };
            if (testModule is not null)
            {
                edits.Add(("test added", testModule, text => text + "\n\ndef test_probe_added():\n    assert _probe_helper(1) == 1\n\n\ndef _probe_helper(value):\n    return value\n"));
                edits.Add(("helper added", testModule, text => text + "\n\ndef _probe_only_helper(value):\n    return value\n"));
            }

            foreach (var (name, path, edit) in edits)
            {
                var full = Path.Combine(root, path);
                var original = File.ReadAllText(full);
                var edited = edit(original);
                if (edited == original)
                {
                    continue;
                }

                foreach (var (what, text, ago) in new[] { (name, edited, -30), (name + ", undone", original, -20) })
                {
                    File.WriteAllText(full, text);
                    File.SetLastWriteTimeUtc(full, DateTime.UtcNow.AddSeconds(ago));
                    var label = $"{file} [{what}]";
                    var change = TestMapRecordProbe.Create(root, configuration, files, [file]);
                    var changeMap = change.TestMap!;
                    Note(change, "change", label, misses);
                    clock.Restart();
                    var whole = TestMapRecordProbe.Create(root, configuration, files, null);
                    var wholeMap = whole.TestMap!;
                    wholeSeconds.Add(clock.Elapsed.TotalSeconds);
                    Note(whole, "whole", label, misses);
                    followedShares.Add(whole.TestMapStore!.LastFollowed / (double)Math.Max(1, wholeMap.Tests.Count));
                    clock.Restart();
                    var scratch = Scratch(root, configuration, files);
                    scratchSeconds.Add(clock.Elapsed.TotalSeconds);
                    mismatches += CompareWhole(scratch, whole, files, label, output);
                    mismatches += CompareFocus(scratch.TestMap!, changeMap, file, label, output);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: change {change.TestMapStore!.LastUse}, whole {whole.TestMapStore.LastUse} followed {whole.TestMapStore.LastFollowed} of {wholeMap.Tests.Count}"));
                }
            }
        }

        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        wholeSeconds.Sort();
        scratchSeconds.Sort();
        followedShares.Sort();
        var median = (List<double> values) => values.Count > 0 ? values[values.Count / 2] : 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sources.Count} files, {wholeSeconds.Count} builds, {misses.Count} not from the record, {mismatches} mismatches; median share of tests followed again {median(followedShares):P1}, median whole map from the record {median(wholeSeconds):F2} s, from scratch {median(scratchSeconds):F2} s"));
        return mismatches == 0 ? 0 : 1;
    }

    /// <summary>
    /// Builds the whole map once with the cache and prints how the record served it: <c>testmap-use FOLDER</c> (for
    /// seeing what an edit made of the record before timing it).
    /// </summary>
    public static int Use(string folder, TextWriter output)
    {
        var root = Path.GetFullPath(folder);
        var configuration = new ProdReadyConfiguration(root);
        var files = SourceDiscovery.ListPythonPaths(root, configuration).ToList();
        var clock = Stopwatch.StartNew();
        var project = TestMapRecordProbe.Create(root, configuration, files, null);
        var map = project.TestMap!;
        var store = project.TestMapStore!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store.LastUse} ({store.LastMiss ?? "no miss"}): followed {store.LastFollowed} of {map.Tests.Count} tests, {clock.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }

    /// <summary>Renames the first public top-level function (its callers elsewhere no longer resolve).</summary>
    private static string Rename(string text)
    {
        var lines = text.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("def ", StringComparison.Ordinal) && !l.StartsWith("def _", StringComparison.Ordinal) && l.Contains('(', StringComparison.Ordinal));
        if (at < 0)
        {
            return text;
        }

        lines[at] = lines[at].Insert(lines[at].IndexOf('(', StringComparison.Ordinal), "_probe_renamed");
        return string.Join('\n', lines);
    }

    /// <summary>Adds a method to the first top-level class whose header is one line.</summary>
    private static string AddMethod(string text)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("class ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(':'));
        if (at < 0)
        {
            return text;
        }

        lines.Insert(at + 1, "    def probe_added_method(self):\n        return 0\n");
        return string.Join('\n', lines);
    }

    /// <summary>Adds an import and decorates the first top-level function with it.</summary>
    private static string Decorate(string text)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("def ", StringComparison.Ordinal));
        if (at < 0)
        {
            return text;
        }

        lines.Insert(at, "@_probe_functools.lru_cache");
        lines.Add("import functools as _probe_functools");
        return string.Join('\n', lines);
    }

    private static void Note(ProjectContext context, string kind, string label, List<string> misses)
    {
        if (context.TestMapStore!.LastUse != "incremental")
        {
            misses.Add($"NOT FROM RECORD ({kind}) {label}: {context.TestMapStore.LastMiss}");
        }
    }

    /// <summary>Builds the whole map without the record (put aside, then put back).</summary>
    private static ProjectContext Scratch(string root, ProdReadyConfiguration configuration, List<string> files)
    {
        var folder = Path.Combine(root, ".prodready_cache", TestMapStore.FolderName);
        var aside = folder + ".aside";
        Directory.Move(folder, aside);
        try
        {
            var scratch = TestMapRecordProbe.Create(root, configuration, files, null);
            _ = scratch.TestMap!;
            if (scratch.TestMapStore!.LastUse != "whole")
            {
                throw new InvalidOperationException("the map from scratch used a record");
            }

            return scratch;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Move(aside, folder);
        }
    }

    private static int CompareWhole(ProjectContext scratch, ProjectContext whole, List<string> files, string label, TextWriter output)
    {
        var expected = scratch.TestMap!;
        var actual = whole.TestMap!;
        var mismatches = 0;
        if (!expected.Tests.Select(t => t.Id).SequenceEqual(actual.Tests.Select(t => t.Id), StringComparer.Ordinal))
        {
            output.WriteLine($"MISMATCH test ids ({label})");
            mismatches++;
        }

        foreach (var path in files.Where(f => f.EndsWith(".py", StringComparison.Ordinal)))
        {
            foreach (var unit in expected.UnitsOf(path))
            {
                if (!expected.TestsOf(unit.QualifiedName).Select(TestMapRecordProbe.Describe).SequenceEqual(actual.TestsOf(unit.QualifiedName).Select(TestMapRecordProbe.Describe), StringComparer.Ordinal))
                {
                    output.WriteLine($"MISMATCH {unit.QualifiedName} (whole, {label})");
                    mismatches++;
                }
            }

            if (whole.Index!.GetByPath(path)?.Module is { } module && expected.DynamicTestsReaching(module) != actual.DynamicTestsReaching(module))
            {
                output.WriteLine($"MISMATCH dynamic tests of {module} (whole, {label})");
                mismatches++;
            }
        }

        return mismatches;
    }

    private static int CompareFocus(TestMap expected, TestMap actual, string file, string label, TextWriter output)
    {
        var mismatches = 0;
        foreach (var unit in expected.UnitsOf(file))
        {
            if (!expected.TestsOf(unit.QualifiedName).Select(TestMapRecordProbe.Describe).SequenceEqual(actual.TestsOf(unit.QualifiedName).Select(TestMapRecordProbe.Describe), StringComparer.Ordinal))
            {
                output.WriteLine($"MISMATCH {unit.QualifiedName} (change, {label})");
                mismatches++;
            }
        }

        return mismatches;
    }
}
