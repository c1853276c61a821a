using System.Globalization;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Analysis.Tests.Rules.TestsWritten;
using ProdReady.Core.Text;
using ProdReady.Python;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Model;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Project;

/// <summary>
/// A run's tidying of the cache: the summaries it keeps are those of the files the test map checked on disk (and those
/// the run used), so that the next run reads every current file's summary back; a run that does not know every file
/// (no map, or a map of staged contents) drops none.
/// </summary>
public sealed class CacheTidyingTests
{
    private static readonly DateTime s_now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>Caches summaries of contents no file has any more, as files of their own in the summaries' folder (the run made it).</summary>
    private static void Dropped(TempTree tree, int count)
    {
        var folder = Directory.GetDirectories(tree.Path(ProjectIndex.CacheFolderName), "summaries-v*").Single();
        for (var i = 0; i < count; i++)
        {
            var hash = i.ToString("x64", CultureInfo.InvariantCulture);
            Directory.CreateDirectory(Path.Combine(folder, hash[..2]));
            File.WriteAllText(Path.Combine(folder, hash[..2], hash + ".bin"), "stale");
        }
    }

    /// <summary>A new run publishing every file: how many summaries it read back from the cache.</summary>
    private static int ReadBack(TempTree tree, List<string> files)
    {
        var again = ProjectContextFactory.Create(tree.Root, new ProdReadyConfiguration(tree.Root), files);
        foreach (var file in files)
        {
            var parse = PythonParser.Parse(new SourceText(File.ReadAllText(tree.Path(file)), file));
            again.Index!.Publish(SemanticModel.Build(parse, again.OptionsFor(file)), file, parse.Success);
        }

        return again.Index!.CacheHitCount;
    }

    /// <summary>The shop mapped whole (which records every file), then 200 summaries of contents no file has added to its cache.</summary>
    private static (TempTree Tree, List<string> Files) MappedWithDropped()
    {
        var tree = TestMapFocusTests.Shop();
        Assert.NotNull(TestMapFocusTests.Project(tree, null).TestMap);
        Dropped(tree, 200);
        return (tree, TestMapFocusTests.Files(tree));
    }

    [Fact]
    public void Drops_the_summaries_no_file_has_and_keeps_every_current_one()
    {
        using var tree = TestMapFocusTests.Shop();
        var files = TestMapFocusTests.Files(tree);
        var project = TestMapFocusTests.Project(tree, null);
        Assert.NotNull(project.TestMap);
        Dropped(tree, 200);

        var result = ProjectContextFactory.TidyCache(tree.Root, project, s_now);

        Assert.True(result.Ran);
        Assert.Equal(200, result.SummariesDropped);
        Assert.Equal(200 + files.Count, result.SummariesHeld);
        Assert.Equal(files.Count, ReadBack(tree, files));
    }

    [Fact]
    public void A_change_run_knows_every_file_from_the_record()
    {
        using var tree = TestMapFocusTests.Shop();
        var files = TestMapFocusTests.Files(tree);
        Assert.NotNull(TestMapFocusTests.Project(tree, null).TestMap);
        TestMapFocusTests.Edit(tree, "shop/cart.py", text => text + "\n# edited\n");
        var change = TestMapFocusTests.Project(tree, ["shop/cart.py"]);
        Assert.NotNull(change.TestMap);
        Assert.Equal("incremental", change.TestMapStore!.LastUse);
        Dropped(tree, 200);

        var result = ProjectContextFactory.TidyCache(tree.Root, change, s_now);

        // The summary of the file before the edit is no current file's either.
        Assert.Equal(201, result.SummariesDropped);
        Assert.Equal(files.Count, ReadBack(tree, files));
    }

    [Fact]
    public void A_run_without_the_test_map_drops_no_summary()
    {
        var (tree, files) = MappedWithDropped();
        using var owned = tree;
        var withoutMap = ProjectContextFactory.Create(tree.Root, new ProdReadyConfiguration(tree.Root), files, collectTestFacts: false);

        var result = ProjectContextFactory.TidyCache(tree.Root, withoutMap, s_now);

        Assert.True(result.Ran);
        Assert.Equal(0, result.SummariesDropped);
        Assert.Equal(files.Count, ReadBack(tree, files));
    }

    [Fact]
    public void A_map_of_staged_contents_drops_no_summary()
    {
        var (tree, files) = MappedWithDropped();
        using var owned = tree;
        var staged = ProjectContextFactory.Create(
            ProjectContextFactory.Prepare(tree.Root, new ProdReadyConfiguration(tree.Root), files), recordTestMap: false, testMapFocus: ["shop/cart.py"]);
        Assert.NotNull(staged.TestMap);

        var result = ProjectContextFactory.TidyCache(tree.Root, staged, s_now);

        Assert.True(result.Ran);
        Assert.Equal(0, result.SummariesDropped);
        Assert.Equal(files.Count, ReadBack(tree, files));
    }
}
