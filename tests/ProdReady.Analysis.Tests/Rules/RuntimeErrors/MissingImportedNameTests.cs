using ProdReady.Analysis.Rules.RuntimeErrors;
using ProdReady.Testing;
using ProdReady.Semantics.Index;

namespace ProdReady.Analysis.Tests.Rules.RuntimeErrors;

public sealed class MissingImportedNameTests
{
    private static TempTree Project() => new TempTree()
        .File("app/__init__.py", "from .core import *\n")
        .File("app/core.py", "__all__ = ['VALUE']\nVALUE = 1\nclass Thing:\n    pass\n")
        .File("app/dynamic.py", "def __getattr__(name):\n    return name\n")
        .File("app/generated.py", "globals().update({'made': 1})\n")
        .File("app/sub/__init__.py", string.Empty)
        .File("app/sub/leaf.py", "LEAF = 1\n");

    [Fact]
    public void Reports_names_a_project_module_does_not_define()
    {
        using var tree = Project().File("main.py",
            "from app.core import VALUE, Thing, Missing, __doc__\nfrom app.generated import made\nfrom app import VALUE as V, sub\nfrom app.sub import leaf, nope\nfrom app.dynamic import anything\nfrom os.path import not_checked\ntry:\n    from app.core import optional\nexcept ImportError:\n    optional = None\n");
        var findings = ProjectHarness.Check(tree, new MissingImportedName(), "main.py");
        Assert.Equal(["Missing", "nope"], findings.Select(f => f.Message.Split('\'')[3]));
    }

    [Fact]
    public void Reads_summaries_from_the_cache_on_the_next_run_and_rebuilds_a_corrupt_entry()
    {
        using var tree = Project().File("main.py", "from app.core import Missing\n");
        Assert.Single(ProjectHarness.Check(tree, new MissingImportedName(), "main.py"));
        var entries = Directory.GetFiles(tree.Path(ProjectIndex.CacheFolderName), "*.bin", SearchOption.AllDirectories);
        Assert.NotEmpty(entries);
        Assert.True(File.Exists(tree.Path(ProjectIndex.CacheFolderName + "/.gitignore")));
        foreach (var entry in entries)
        {
            File.WriteAllText(entry, "not a summary");
        }

        Assert.Single(ProjectHarness.Check(tree, new MissingImportedName(), "main.py"));
        tree.File("app/core.py", "Missing = 1\n");
        Assert.Empty(ProjectHarness.Check(tree, new MissingImportedName(), "main.py"));
    }

    [Fact]
    public void Reads_an_unchanged_module_from_the_cache_without_parsing_it()
    {
        using var tree = Project();
        var configuration = new ProdReady.Analysis.Configuration.ProdReadyConfiguration(tree.Root);
        string[] files = ["app/__init__.py", "app/core.py"];
        var cold = ProdReady.Analysis.Project.ProjectContextFactory.Create(tree.Root, configuration, files).Index!;
        Assert.True(cold.Defines("app.core", "VALUE"));
        Assert.Equal((1, 0), (cold.ParsedCount, cold.CacheHitCount));

        var warm = ProdReady.Analysis.Project.ProjectContextFactory.Create(tree.Root, configuration, files).Index!;
        Assert.True(warm.Defines("app.core", "VALUE"));
        Assert.Equal((0, 1), (warm.ParsedCount, warm.CacheHitCount));
    }

    [Fact]
    public void Records_call_facts_only_when_asked_and_makes_a_cached_summary_again_when_they_are_missing()
    {
        using var tree = Project();
        var configuration = new ProdReady.Analysis.Configuration.ProdReadyConfiguration(tree.Root);
        string[] files = ["app/__init__.py", "app/core.py"];
        var lean = ProdReady.Analysis.Project.ProjectContextFactory.Create(tree.Root, configuration, files, collectTestFacts: false).Index!;
        Assert.Null(lean.Get("app.core")!.Units);
        Assert.Equal((1, 0), (lean.ParsedCount, lean.CacheHitCount));

        var leanAgain = ProdReady.Analysis.Project.ProjectContextFactory.Create(tree.Root, configuration, files, collectTestFacts: false).Index!;
        Assert.Null(leanAgain.Get("app.core")!.Units);
        Assert.Equal((0, 1), (leanAgain.ParsedCount, leanAgain.CacheHitCount));

        var full = ProdReady.Analysis.Project.ProjectContextFactory.Create(tree.Root, configuration, files).Index!;
        Assert.NotNull(full.Get("app.core")!.Units);
        Assert.Equal((1, 0), (full.ParsedCount, full.CacheHitCount));

        var fullAgain = ProdReady.Analysis.Project.ProjectContextFactory.Create(tree.Root, configuration, files).Index!;
        Assert.NotNull(fullAgain.Get("app.core")!.Units);
        Assert.Equal((0, 1), (fullAgain.ParsedCount, fullAgain.CacheHitCount));
    }
}
