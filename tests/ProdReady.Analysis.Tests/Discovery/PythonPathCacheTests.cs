using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Discovery;

public sealed class PythonPathCacheTests
{
    private static readonly DateTime s_longAgo = DateTime.UtcNow.AddHours(-1);

    /// <summary>A repository-like tree whose every directory and file was last written an hour ago (out of the racy window).</summary>
    private static TempTree Tree()
    {
        var tree = new TempTree()
            .Dir(".git/info")
            .File(".git/info/exclude", "# nothing\n")
            .File(".gitignore", "generated/\n")
            .File("pkg/__init__.py")
            .File("pkg/core.py")
            .File("pkg/sub/deep.py")
            .File("generated/made.py")
            .File("tests/test_core.py");
        Age(tree.Root);
        return tree;
    }

    /// <summary>Sets every directory's and file's time of last write to an hour ago, deepest first.</summary>
    private static void Age(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, s_longAgo);
        }

        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            Directory.SetLastWriteTimeUtc(directory, s_longAgo);
        }

        Directory.SetLastWriteTimeUtc(folder, s_longAgo);
    }

    private static IReadOnlyList<string> List(TempTree tree, ProdReadyConfiguration? configuration = null) =>
        SourceDiscovery.ListPythonPaths(tree.Root, configuration ?? new ProdReadyConfiguration(tree.Root), useCache: true, TestContext.Current.CancellationToken);

    private static IReadOnlyList<string> Walk(TempTree tree, ProdReadyConfiguration? configuration = null) =>
        SourceDiscovery.ListPythonPaths(tree.Root, configuration ?? new ProdReadyConfiguration(tree.Root), TestContext.Current.CancellationToken);

    /// <summary>Records a walk, then ages the cache folder the record created, as a later run would find it.</summary>
    private static IReadOnlyList<string> Record(TempTree tree, ProdReadyConfiguration? configuration = null)
    {
        List(tree, configuration);
        Age(tree.Root);
        return List(tree, configuration);
    }

    [Fact]
    public void A_second_listing_reads_the_record_while_no_stamped_directory_changed()
    {
        using var tree = Tree();
        var recorded = Record(tree);

        // A file written into a directory whose time is then put back: only the record can leave it out.
        tree.File("pkg/hidden.py");
        Directory.SetLastWriteTimeUtc(tree.Path("pkg"), s_longAgo);

        Assert.Equal(["pkg/__init__.py", "pkg/core.py", "pkg/sub/deep.py", "tests/test_core.py"], recorded);
        Assert.Equal(recorded, List(tree));
        Assert.Contains("pkg/hidden.py", Walk(tree));
        Assert.True(File.Exists(PythonPathCache.FileOf(tree.Root)));
    }

    [Fact]
    public void A_file_added_removed_or_renamed_is_seen_through_its_directory()
    {
        using var tree = Tree();
        Record(tree);

        tree.File("pkg/sub/added.py");
        Assert.Equal(Walk(tree), List(tree));
        Assert.Contains("pkg/sub/added.py", List(tree));

        Age(tree.Root);
        File.Delete(tree.Path("pkg/core.py"));
        Assert.DoesNotContain("pkg/core.py", List(tree));

        Age(tree.Root);
        File.Move(tree.Path("tests/test_core.py"), tree.Path("tests/test_renamed.py"));
        Assert.Equal(["pkg/__init__.py", "pkg/sub/added.py", "pkg/sub/deep.py", "tests/test_renamed.py"], List(tree));
    }

    [Fact]
    public void An_ignore_file_edited_in_place_is_seen_by_its_stamp()
    {
        using var tree = Tree();
        Record(tree);

        // The same directory time: only the .gitignore's own stamp shows the edit.
        File.WriteAllText(tree.Path(".gitignore"), "generated/\npkg/sub/\n");
        Directory.SetLastWriteTimeUtc(tree.Root, s_longAgo);
        Assert.DoesNotContain("pkg/sub/deep.py", List(tree));

        Age(tree.Root);
        File.WriteAllText(tree.Path(".git/info/exclude"), "tests/\n");
        Directory.SetLastWriteTimeUtc(tree.Path(".git/info"), s_longAgo);
        Assert.Equal(["pkg/__init__.py", "pkg/core.py"], List(tree));
        Assert.Equal(Walk(tree), List(tree));
    }

    [Fact]
    public void A_directory_written_within_the_racy_window_of_the_walk_is_not_trusted()
    {
        using var tree = Tree();

        // Recorded just after pkg was written: a file added in the same tick leaves the directory's time as recorded,
        // so a record with a time that close to its walk is not used.
        tree.File("pkg/fresh.py");
        List(tree);
        var stamped = Directory.GetLastWriteTimeUtc(tree.Path("pkg"));
        tree.File("pkg/second.py");
        Directory.SetLastWriteTimeUtc(tree.Path("pkg"), stamped);

        Assert.Contains("pkg/second.py", List(tree));
    }

    [Fact]
    public void Other_settings_or_a_damaged_record_are_walked_again()
    {
        using var tree = Tree();
        Record(tree);
        tree.File("pkg/hidden.py");
        Directory.SetLastWriteTimeUtc(tree.Path("pkg"), s_longAgo);

        var excluding = new ProdReadyConfiguration(tree.Root) { ExtendExclude = ["tests"] };
        Assert.Equal(Walk(tree, excluding), List(tree, excluding));
        Assert.Contains("pkg/hidden.py", List(tree, excluding));

        Age(tree.Root);
        var file = PythonPathCache.FileOf(tree.Root);
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(file, bytes);
        Assert.Equal(Walk(tree), List(tree));
    }

    [Fact]
    public void A_walk_that_could_not_read_an_ignore_file_is_not_recorded()
    {
        using var tree = Tree();

        // A folder where info/exclude should be: it exists, and cannot be read as a file (whoever runs the test).
        File.Delete(tree.Path(".git/info/exclude"));
        Directory.CreateDirectory(tree.Path(".git/info/exclude"));
        Age(tree.Root);
        var listed = List(tree);

        Assert.Contains("pkg/core.py", listed);
        Assert.False(File.Exists(PythonPathCache.FileOf(tree.Root)));
    }

    [Fact]
    public void Without_the_gitignore_files_the_cache_folder_is_never_walked_and_the_record_is_reused()
    {
        using var tree = Tree();
        var configuration = new ProdReadyConfiguration(tree.Root) { RespectGitignore = false };
        List(tree, configuration);
        Age(tree.Root);
        List(tree, configuration);
        var recorded = File.GetLastWriteTimeUtc(PythonPathCache.FileOf(tree.Root));

        tree.File("pkg/hidden.py");
        Directory.SetLastWriteTimeUtc(tree.Path("pkg"), s_longAgo);
        var listed = List(tree, configuration);

        Assert.DoesNotContain("pkg/hidden.py", listed);
        Assert.Contains("generated/made.py", listed);
        Assert.Equal(recorded, File.GetLastWriteTimeUtc(PythonPathCache.FileOf(tree.Root)));
    }

    [Fact]
    public void An_ignore_file_that_is_a_link_is_stamped_by_what_it_points_to()
    {
        using var tree = Tree();
        tree.File("excludes.txt", "# nothing\n");
        File.Delete(tree.Path(".git/info/exclude"));
        File.CreateSymbolicLink(tree.Path(".git/info/exclude"), tree.Path("excludes.txt"));
        Age(tree.Root);
        Record(tree);

        var recordedAt = File.GetLastWriteTimeUtc(PythonPathCache.FileOf(tree.Root));
        Assert.Equal(recordedAt, File.GetLastWriteTimeUtc(PythonPathCache.FileOf(tree.Root)));

        // The target edited in place, every directory's and the link's own time kept (setting a link's time sets its own,
        // not its target's): only the target says so.
        File.WriteAllText(tree.Path("excludes.txt"), "tests/\n");
        Age(tree.Root);
        File.SetLastWriteTimeUtc(tree.Path("excludes.txt"), DateTime.UtcNow.AddMinutes(-30));

        var afterEdit = List(tree);
        Assert.NotEqual(recordedAt, File.GetLastWriteTimeUtc(PythonPathCache.FileOf(tree.Root)));
        Assert.DoesNotContain("tests/test_core.py", afterEdit);
        Assert.Equal(Walk(tree), List(tree));
    }

    [Fact]
    public void A_listing_without_the_cache_neither_reads_nor_writes_a_record()
    {
        using var tree = Tree();

        Walk(tree);

        Assert.False(File.Exists(PythonPathCache.FileOf(tree.Root)));
    }
}
