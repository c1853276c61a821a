using ProdReady.Git.Changes;
using ProdReady.Git.Diff;

namespace ProdReady.Git.Tests.Changes;

public sealed class ChangeSetTests
{
    private static readonly ChangedFile s_modified = new("src/a.py", null, FileChangeStatus.Modified, false, false, false, ChangedLines.From([new(10, 12)]));
    private static readonly ChangedFile s_added = new("src/new.py", null, FileChangeStatus.Added, true, true, false, ChangedLines.None);
    private static readonly ChangedFile s_deleted = new("old.py", null, FileChangeStatus.Deleted, false, false, false, ChangedLines.None);

    [Fact]
    public void Reports_files_sorted_by_ordinal_path()
    {
        var changes = Create(ChangeScope.Uncommitted, [s_added, s_deleted, s_modified]);

        Assert.Equal(["old.py", "src/a.py", "src/new.py"], changes.Files.Select(f => f.Path));
        Assert.Same(s_modified, changes.Find("src/a.py"));
        Assert.Null(changes.Find("src/missing.py"));
    }

    [Theory]
    [InlineData("src/a.py", 1, 9, false)]
    [InlineData("src/a.py", 1, 10, true)]
    [InlineData("src/a.py", 12, 40, true)]
    [InlineData("src/a.py", 13, 40, false)]
    [InlineData("src/new.py", 500, 600, true)]
    [InlineData("old.py", 1, 1, false)]
    [InlineData("untouched.py", 1, 1, false)]
    [InlineData("src/new.py", 3, 2, false)]
    public void Reports_whether_a_unit_overlaps_the_change(string path, int start, int end, bool expected)
    {
        var changes = Create(ChangeScope.SinceMergeBase, [s_added, s_deleted, s_modified]);

        Assert.Equal(expected, changes.Touches(path, start, end));
    }

    [Theory]
    [InlineData("src", "src/a.py", true)]
    [InlineData("src", "src", true)]
    [InlineData("src", "srcx/a.py", false)]
    [InlineData("src/a.py", "src/a.py", true)]
    [InlineData("src/a.py", "src/a.pyc", false)]
    [InlineData("", "anything/at/all.py", true)]
    public void Reports_path_filter_matches(string filter, string path, bool expected)
    {
        var changes = new ChangeSet("/repo", false, ChangeScope.WholeTree, "the whole tree", null, null, [], [filter]);

        Assert.Equal(expected, changes.IsInScope(path));
        Assert.Equal(expected, changes.Touches(path, 1, 1));
    }

    [Fact]
    public void Reports_every_file_in_scope_of_an_unfiltered_whole_tree()
    {
        var changes = new ChangeSet("/repo", false, ChangeScope.WholeTree, "the whole tree", null, null, [], []);

        Assert.True(changes.IsInScope("a/b.py"));
        Assert.True(changes.Touches("a/b.py", 1, 1_000_000));
    }

    [Theory]
    [InlineData(ChangeScope.Uncommitted, "CHANGELOG.md", true)]
    [InlineData(ChangeScope.SinceMergeBase, "CHANGELOG.md", true)]
    [InlineData(ChangeScope.SinceMergeBase, "src/a.py", false)]
    [InlineData(ChangeScope.SinceMergeBase, "old.py", false)]
    [InlineData(ChangeScope.SinceMergeBase, "docs/was.md", false)]
    [InlineData(ChangeScope.Staged, "CHANGELOG.md", false)]
    [InlineData(ChangeScope.WholeTree, "CHANGELOG.md", false)]
    public void Reports_whether_a_path_is_untouched_since_the_base(ChangeScope scope, string path, bool expected)
    {
        var renamed = new ChangedFile("docs/now.md", "docs/was.md", FileChangeStatus.Renamed, false, false, false, ChangedLines.None);

        Assert.Equal(expected, Create(scope, [s_added, s_deleted, s_modified, renamed]).IsUntouchedSinceBase(path));
    }

    [Fact]
    public void Cannot_tell_what_is_untouched_when_path_filters_hid_the_rest_of_the_diff()
    {
        var filtered = new ChangeSet("/repo", true, ChangeScope.Uncommitted, "test", "HEAD", "0123456789", [s_modified], ["src"]);
        var named = new ChangeSet("/repo", true, ChangeScope.Uncommitted, "test", "HEAD", "0123456789", [s_modified], ["src"], ["src/a.py", "CHANGELOG.md"]);
        var noBase = new ChangeSet("/repo", true, ChangeScope.Uncommitted, "test", null, null, [s_modified], []);

        Assert.False(filtered.IsUntouchedSinceBase("CHANGELOG.md"));
        Assert.False(named.IsUntouchedSinceBase("CHANGELOG.md"));
        Assert.True(named.IsUntouchedSinceBase("README.md"));
        Assert.False(noBase.IsUntouchedSinceBase("CHANGELOG.md"));
    }

    private static ChangeSet Create(ChangeScope scope, ChangedFile[] files) =>
        new("/repo", true, scope, "test", "main", "0123456789", files, []);
}
