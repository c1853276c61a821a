using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Core.Text;
using ProdReady.Python;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Model;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Project;

/// <summary>
/// The summaries analysed files make with the test map's facts: written at once by default; with deferred writes, kept
/// until the map starts (or the run flushes them) and then written on a thread of their own, every one of them.
/// </summary>
public sealed class DeferredSummaryWritesTests
{
    private static readonly string[] s_files = ["app/__init__.py", "app/core.py", "tests/test_core.py"];

    private static TempTree Project() => new TempTree()
        .File("app/__init__.py", string.Empty)
        .File("app/core.py", "def total(items):\n    return sum(items)\n")
        .File("tests/test_core.py", "from app.core import total\n\ndef test_total():\n    assert total([1]) == 1\n");

    private static ProjectContext Context(TempTree tree, bool deferred, bool useCache = true) =>
        ProjectContextFactory.Create(ProjectContextFactory.Prepare(tree.Root, new ProdReadyConfiguration(tree.Root), s_files), useCache: useCache, recordInBackground: deferred, deferSummaryWrites: deferred);

    private static void Publish(ProjectContext project, TempTree tree, string path)
    {
        var parse = PythonParser.Parse(new SourceText(File.ReadAllText(tree.Path(path)), path));
        project.Index!.Publish(SemanticModel.Build(parse, project.OptionsFor(path)), path, parse.Success);
    }

    private static int Entries(TempTree tree) =>
        Directory.Exists(tree.Path(ProjectIndex.CacheFolderName))
            ? Directory.GetFiles(tree.Path(ProjectIndex.CacheFolderName), "*.bin", SearchOption.AllDirectories).Length
            : 0;

    /// <summary>A new run publishing the same files: how many summaries it read back from the cache.</summary>
    private static int ReadBack(TempTree tree)
    {
        var again = Context(tree, deferred: false);
        foreach (var file in s_files)
        {
            Publish(again, tree, file);
        }

        return again.Index!.CacheHitCount;
    }

    [Fact]
    public void Writes_each_summary_as_it_is_made_by_default()
    {
        using var tree = Project();
        var project = Context(tree, deferred: false);
        Assert.False(project.Index!.DefersCacheWrites);
        Publish(project, tree, "app/core.py");
        Assert.Equal(1, Entries(tree));
    }

    [Fact]
    public void Recording_the_map_in_the_background_does_not_defer_the_summaries()
    {
        using var tree = Project();
        var project = ProjectContextFactory.Create(ProjectContextFactory.Prepare(tree.Root, new ProdReadyConfiguration(tree.Root), s_files), recordInBackground: true);
        Assert.False(project.Index!.DefersCacheWrites);
        Publish(project, tree, "app/core.py");
        Assert.Equal(1, Entries(tree));
    }

    [Fact]
    public async Task Keeps_the_summaries_until_the_writes_start_then_writes_every_one()
    {
        using var tree = Project();
        var project = Context(tree, deferred: true);
        Assert.True(project.Index!.DefersCacheWrites);
        foreach (var file in s_files)
        {
            Publish(project, tree, file);
        }

        Assert.Equal(0, Entries(tree));
        Assert.False(project.Index.DeferredWritesStarted);
        project.Index.StartDeferredWrites();
        Assert.True(project.Index.DeferredWritesStarted);
        await project.Index.FlushDeferredWritesAsync();
        Assert.Equal(s_files.Length, Entries(tree));
        Assert.Equal(s_files.Length, ReadBack(tree));
    }

    [Fact]
    public async Task A_flush_without_a_start_writes_them_and_a_later_summary_is_written_at_once()
    {
        using var tree = Project();
        var project = Context(tree, deferred: true);
        Publish(project, tree, "app/core.py");
        Assert.Equal(0, Entries(tree));
        await project.Index!.FlushDeferredWritesAsync();
        Assert.Equal(1, Entries(tree));

        // Once the writes started, nothing waits for another start: the summary is on disk when Publish returns.
        Publish(project, tree, "tests/test_core.py");
        Assert.Equal(2, Entries(tree));
        project.Index.StartDeferredWrites();
        await project.Index.FlushDeferredWritesAsync();
        Assert.Equal(2, Entries(tree));
    }

    [Fact]
    public async Task The_test_map_starts_the_writes_when_it_is_built()
    {
        using var tree = Project();
        var project = Context(tree, deferred: true);
        foreach (var file in s_files)
        {
            Publish(project, tree, file);
        }

        Assert.False(project.Index!.DeferredWritesStarted);
        Assert.Contains(project.TestMap!.TestsOf("app.core.total"), link => link.Test.Id == "tests/test_core.py::test_total");
        Assert.True(project.Index.DeferredWritesStarted);
        await project.TestMapStore!.FlushAsync();
        await project.Index!.FlushDeferredWritesAsync();
        Assert.Equal(s_files.Length, ReadBack(tree));
    }

    [Fact]
    public async Task Without_a_cache_nothing_is_kept_or_written()
    {
        using var tree = Project();
        var project = Context(tree, deferred: true, useCache: false);
        Publish(project, tree, "app/core.py");
        await project.Index!.FlushDeferredWritesAsync();
        Assert.False(Directory.Exists(tree.Path(ProjectIndex.CacheFolderName)));
    }

    private static readonly string[] s_modules = [.. Enumerable.Range(0, 40).Select(i => $"app/m{i:D2}.py")];

    /// <summary>Forty modules: more than the deferred summaries written one by one.</summary>
    private static TempTree Modules()
    {
        var tree = new TempTree().File("app/__init__.py", string.Empty);
        for (var i = 0; i < s_modules.Length; i++)
        {
            tree.File(s_modules[i], $"def value_{i}():\n    return {i}\n");
        }

        return tree;
    }

    private static ProjectContext ModulesContext(TempTree tree, bool deferred) =>
        ProjectContextFactory.Create(ProjectContextFactory.Prepare(tree.Root, new ProdReadyConfiguration(tree.Root), s_modules), useCache: true, recordInBackground: deferred, deferSummaryWrites: deferred);

    /// <summary>Publishes every module in a run with deferred writes, then writes them.</summary>
    private static async Task DeferAllAsync(TempTree tree)
    {
        var project = ModulesContext(tree, deferred: true);
        foreach (var file in s_modules)
        {
            Publish(project, tree, file);
        }

        await project.Index!.FlushDeferredWritesAsync();
    }

    private static string[] Packs(TempTree tree) =>
        Directory.GetFiles(tree.Path(ProjectIndex.CacheFolderName), "pack-*.bin", SearchOption.AllDirectories);

    [Fact]
    public async Task Many_deferred_summaries_are_written_as_one_pack_that_a_new_run_reads_back()
    {
        using var tree = Modules();
        await DeferAllAsync(tree);
        Assert.Single(Packs(tree));
        Assert.Equal(1, Entries(tree));

        // A new run finds every summary in the pack, and serving them writes no file of their own.
        var again = ModulesContext(tree, deferred: false);
        foreach (var file in s_modules)
        {
            Publish(again, tree, file);
            Assert.NotNull(again.Index!.Get("app.m" + file[5..7]));
        }

        Assert.Equal(s_modules.Length, again.Index!.CacheHitCount);
        Assert.Equal(1, Entries(tree));
    }

    [Fact]
    public async Task A_pack_cut_short_is_left_out_and_its_summaries_are_made_again()
    {
        using var tree = Modules();
        await DeferAllAsync(tree);
        var pack = Assert.Single(Packs(tree));
        var bytes = File.ReadAllBytes(pack);
        File.WriteAllBytes(pack, bytes[..(bytes.Length / 2)]);

        var again = ModulesContext(tree, deferred: false);
        foreach (var file in s_modules)
        {
            Publish(again, tree, file);
        }

        Assert.Equal(0, again.Index!.CacheHitCount);
        Assert.Equal(1 + s_modules.Length, Entries(tree));
    }
}
