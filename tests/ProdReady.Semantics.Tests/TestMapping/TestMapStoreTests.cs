using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Semantics.Tests.TestMapping;

public sealed class TestMapStoreTests
{
    private static readonly DateTime s_start = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private static TestMapRecord Recorded(TestMapStore store, string key)
    {
        var files = new[] { new FileRecord("pkg/mod.py", 10, s_start.AddDays(-1).Ticks, "hash", "outline") };
        var record = new TestMapRecord(key, s_start.Ticks, files, RecordedTests.From(new Dictionary<string, int[]> { ["tests/test_mod.py::test_a"] = [0] }), []);
        store.Save(record);
        return record;
    }

    private static string RecordPath(TempTree tree) => tree.Path(".prodready_cache/" + TestMapStore.FolderName + "/map.bin");

    [Fact]
    public void A_load_takes_the_record_read_ahead_once_and_reads_the_file_again_after()
    {
        using var tree = new TempTree();
        var store = new TestMapStore(tree.Root, "settings", s_start);
        var key = store.KeyOf(["pkg/mod.py"]);
        var saved = Recorded(store, key);

        store.StartReading();
        store.StartReading();
        var loaded = store.Load(key);

        Assert.NotNull(loaded);
        Assert.Equal(saved.Files, loaded.Files);
        Assert.Equal(saved.Tests.FilesOf("tests/test_mod.py::test_a"), loaded.Tests.FilesOf("tests/test_mod.py::test_a"));
        File.Delete(RecordPath(tree));
        Assert.Null(store.Load(key));
        Assert.Equal("no record", store.LastMiss);
    }

    [Fact]
    public void A_read_only_store_reads_the_record_but_never_writes_one()
    {
        using var tree = new TempTree();
        var writer = new TestMapStore(tree.Root, "settings", s_start);
        var key = writer.KeyOf(["pkg/mod.py"]);
        var saved = Recorded(writer, key);
        var before = File.ReadAllBytes(RecordPath(tree));
        var reader = new TestMapStore(tree.Root, "settings", s_start.AddHours(1)) { ReadOnly = true };

        var loaded = reader.Load(key);
        reader.Save(saved with { RunStartTicks = s_start.AddHours(1).Ticks, Tests = RecordedTests.Empty });

        Assert.NotNull(loaded);
        Assert.Equal(before, File.ReadAllBytes(RecordPath(tree)));
        File.Delete(RecordPath(tree));
        reader.Save(saved);
        Assert.False(File.Exists(RecordPath(tree)));
    }

    [Fact]
    public async Task A_store_that_writes_in_the_background_has_written_every_record_in_order_once_flushed()
    {
        using var tree = new TempTree();
        var store = new TestMapStore(tree.Root, "settings", s_start) { WritesInBackground = true };
        var key = store.KeyOf(["pkg/mod.py"]);
        var files = new[] { new FileRecord("pkg/mod.py", 10, s_start.AddDays(-1).Ticks, "hash", "outline") };
        var made = 0;

        store.Save(() =>
        {
            made++;
            return new TestMapRecord(key, s_start.Ticks, files, RecordedTests.From(new Dictionary<string, int[]> { ["tests/test_mod.py::test_a"] = [0] }), []);
        });
        store.Save(() =>
        {
            made++;
            return new TestMapRecord(key, s_start.Ticks, files, RecordedTests.From(new Dictionary<string, int[]> { ["tests/test_mod.py::test_b"] = [0] }), []);
        });
        await store.FlushAsync();

        Assert.Equal(2, made);
        var loaded = new TestMapStore(tree.Root, "settings", s_start).Load(key);
        Assert.NotNull(loaded);
        Assert.Equal(["tests/test_mod.py::test_b"], loaded.Tests.Ids);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(RecordPath(tree))!, "*.tmp"));
    }

    [Fact]
    public async Task A_failure_to_make_a_record_in_the_background_surfaces_when_flushed()
    {
        using var tree = new TempTree();
        var store = new TestMapStore(tree.Root, "settings", s_start) { WritesInBackground = true };

        store.Save(() => throw new InvalidOperationException("broken record"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(store.FlushAsync);
        Assert.Equal("broken record", error.Message);
        Assert.False(File.Exists(RecordPath(tree)));
    }

    [Fact]
    public void A_record_is_written_the_same_whatever_the_order_its_tests_were_added_in()
    {
        using var first = new TempTree();
        using var second = new TempTree();
        var files = new[] { new FileRecord("pkg/mod.py", 10, s_start.AddDays(-1).Ticks, "hash", "outline") };
        var inOrder = new Dictionary<string, int[]> { ["tests/a.py::test_é"] = [0], ["tests/b.py::test_x"] = [], ["tests/c.py::test_y"] = [0, 0] };
        var reversed = new Dictionary<string, int[]> { ["tests/c.py::test_y"] = [0, 0], ["tests/b.py::test_x"] = [], ["tests/a.py::test_é"] = [0] };

        new TestMapStore(first.Root, "settings", s_start).Save(new TestMapRecord("key", s_start.Ticks, files, RecordedTests.From(inOrder), []));
        new TestMapStore(second.Root, "settings", s_start).Save(new TestMapRecord("key", s_start.Ticks, files, RecordedTests.From(reversed), []));

        Assert.Equal(File.ReadAllBytes(RecordPath(first)), File.ReadAllBytes(RecordPath(second)));
        var loaded = new TestMapStore(first.Root, "settings", s_start).Load("key");
        Assert.NotNull(loaded);
        Assert.Equal(["tests/a.py::test_é", "tests/b.py::test_x", "tests/c.py::test_y"], loaded.Tests.Ids);
        Assert.Equal([0, 0], loaded.Tests.FilesOf("tests/c.py::test_y"));
    }

    [Fact]
    public void A_write_removes_the_temporary_files_of_abandoned_writes_but_not_of_recent_ones()
    {
        using var tree = new TempTree();
        var store = new TestMapStore(tree.Root, "settings", s_start);
        Recorded(store, store.KeyOf(["pkg/mod.py"]));
        var folder = Path.GetDirectoryName(RecordPath(tree))!;
        var abandoned = Path.Combine(folder, "map.bin.123.abandoned.tmp");
        var recent = Path.Combine(folder, "map.bin.456.recent.tmp");
        var other = Path.Combine(folder, "other.tmp");
        foreach (var path in new[] { abandoned, recent, other })
        {
            File.WriteAllText(path, "partial");
        }

        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddHours(-1));
        Recorded(store, store.KeyOf(["pkg/mod.py"]));

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(other));
        Assert.NotNull(store.Load(store.KeyOf(["pkg/mod.py"])));
    }

    [Fact]
    public void A_read_ahead_of_a_missing_record_is_a_miss_of_no_record()
    {
        using var tree = new TempTree();
        var store = new TestMapStore(tree.Root, "settings", s_start);

        store.StartReading();

        Assert.Null(store.Load(store.KeyOf(["pkg/mod.py"])));
        Assert.Equal("no record", store.LastMiss);
    }

    [Fact]
    public void A_record_read_ahead_is_still_checked_against_the_key()
    {
        using var tree = new TempTree();
        var store = new TestMapStore(tree.Root, "settings", s_start);
        Recorded(store, store.KeyOf(["pkg/mod.py"]));

        store.StartReading();

        Assert.Null(store.Load(store.KeyOf(["pkg/mod.py", "pkg/new.py"])));
        Assert.Equal("other files or settings", store.LastMiss);
    }

    [Fact]
    public void A_damaged_record_read_ahead_is_not_trusted()
    {
        using var tree = new TempTree();
        var store = new TestMapStore(tree.Root, "settings", s_start);
        var key = store.KeyOf(["pkg/mod.py"]);
        Recorded(store, key);
        var bytes = File.ReadAllBytes(RecordPath(tree));
        File.WriteAllBytes(RecordPath(tree), bytes[..(bytes.Length - 5)]);

        store.StartReading();

        Assert.Null(store.Load(key));
        Assert.Equal("corrupt", store.LastMiss);
    }
}
