using System.Globalization;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Semantics.Tests.Index;

/// <summary>
/// The cache's housekeeping: at most once a day, folders of formats no longer in use go once a week unwritten, and the
/// summaries no current file has go once they outnumber the current ones, the current ones kept byte for byte.
/// </summary>
public sealed class CacheHousekeepingTests
{
    private static readonly DateTime s_now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private static string Cache(TempTree tree, string relative = "") => tree.Path(ProjectIndex.CacheFolderName + (relative.Length > 0 ? "/" + relative : string.Empty));

    private static string Summaries(TempTree tree) => Cache(tree, ProjectIndex.FormatVersion);

    /// <summary>A content hash as the index names summaries: 64 hexadecimal digits.</summary>
    private static string Hash(int number) => number.ToString("x64", CultureInfo.InvariantCulture);

    private static byte[] Encoded(int number) => [.. "summary "u8, .. BitConverter.GetBytes(number)];

    /// <summary>Caches summaries as files of their own, each <see cref="Encoded"/>.</summary>
    private static void Singles(TempTree tree, IEnumerable<int> numbers)
    {
        foreach (var number in numbers)
        {
            var hash = Hash(number);
            tree.Bytes(ProjectIndex.CacheFolderName + "/" + ProjectIndex.FormatVersion + "/" + hash[..2] + "/" + hash + ".bin", Encoded(number));
        }
    }

    /// <summary>Caches summaries in one pack, each <see cref="Encoded"/>.</summary>
    private static void Pack(TempTree tree, IEnumerable<int> numbers)
    {
        Directory.CreateDirectory(Summaries(tree));
        File.WriteAllBytes(SummaryPacks.NewFile(Summaries(tree)), SummaryPacks.Encode([.. numbers.Select(n => (Hash(n), Encoded(n)))]));
    }

    /// <summary>Makes a folder with a file, both last written some days before <see cref="s_now"/>.</summary>
    private static void Folder(TempTree tree, string name, int daysOld)
    {
        tree.File(ProjectIndex.CacheFolderName + "/" + name + "/data.bin", "x");
        var when = s_now.AddDays(-daysOld);
        File.SetLastWriteTimeUtc(Cache(tree, name + "/data.bin"), when);
        Directory.SetLastWriteTimeUtc(Cache(tree, name), when);
    }

    private static HashSet<string> Live(IEnumerable<int> numbers) => [.. numbers.Select(Hash)];

    private static List<string> Entries(TempTree tree) =>
        [.. Directory.GetFiles(Summaries(tree), "*.bin", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Summaries(tree), f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Removes_the_folders_of_formats_no_longer_in_use_a_week_after_their_last_write()
    {
        using var tree = new TempTree();
        Folder(tree, "summaries-v3", daysOld: 8);
        Folder(tree, "testmap-v0", daysOld: 30);
        Folder(tree, "summaries-v4", daysOld: 6);
        Folder(tree, ProjectIndex.FormatVersion, daysOld: 100);
        Folder(tree, TestMapStore.FolderName, daysOld: 100);
        Folder(tree, "paths-v1", daysOld: 100);
        Folder(tree, "notes", daysOld: 100);
        Folder(tree, "Summaries-v1", daysOld: 100);

        var result = CacheHousekeeping.Run(tree.Root, ["paths-v1"], () => null, s_now);

        Assert.Equal(new CacheHousekeepingResult(true, 2, 0, 0), result);
        var left = Directory.GetDirectories(Cache(tree)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        // The current format's name sorts anywhere among the others (summaries-v39 before summaries-v4, v40 after it).
        string[] kept = ["Summaries-v1", "notes", "paths-v1", ProjectIndex.FormatVersion, "summaries-v4", TestMapStore.FolderName];
        Assert.Equal(kept.Order(StringComparer.Ordinal), left);
    }

    [Fact]
    public void A_write_inside_a_folder_keeps_it_as_recent_as_the_write()
    {
        using var tree = new TempTree();
        Folder(tree, "summaries-v3", daysOld: 20);
        tree.File(ProjectIndex.CacheFolderName + "/summaries-v3/ab/entry.bin", "y");
        File.SetLastWriteTimeUtc(Cache(tree, "summaries-v3/ab/entry.bin"), s_now.AddDays(-30));
        Directory.SetLastWriteTimeUtc(Cache(tree, "summaries-v3/ab"), s_now.AddDays(-2));
        Directory.SetLastWriteTimeUtc(Cache(tree, "summaries-v3"), s_now.AddDays(-20));

        Assert.Equal(0, CacheHousekeeping.Run(tree.Root, [], () => null, s_now).FoldersRemoved);
        Assert.True(Directory.Exists(Cache(tree, "summaries-v3")));
    }

    [Fact]
    public void Runs_at_most_once_a_day()
    {
        using var tree = new TempTree();
        Folder(tree, "summaries-v3", daysOld: 10);
        Assert.True(CacheHousekeeping.Run(tree.Root, [], () => Live([]), s_now).Ran);
        Folder(tree, "summaries-v2", daysOld: 10);

        // Not due: what the run knows of the files is not even asked.
        Assert.Equal(CacheHousekeepingResult.NotDue, CacheHousekeeping.Run(tree.Root, [], () => throw new InvalidOperationException("asked"), s_now.AddHours(23)));
        Assert.True(Directory.Exists(Cache(tree, "summaries-v2")));

        Assert.Equal(1, CacheHousekeeping.Run(tree.Root, [], () => null, s_now.AddHours(24)).FoldersRemoved);
        Assert.False(Directory.Exists(Cache(tree, "summaries-v2")));
    }

    [Fact]
    public void Marks_the_current_formats_folders_as_written()
    {
        using var tree = new TempTree();
        Folder(tree, ProjectIndex.FormatVersion, daysOld: 30);
        Folder(tree, "paths-v1", daysOld: 30);

        CacheHousekeeping.Run(tree.Root, ["paths-v1"], () => null, s_now);

        Assert.Equal(s_now, Directory.GetLastWriteTimeUtc(Summaries(tree)));
        Assert.Equal(s_now, Directory.GetLastWriteTimeUtc(Cache(tree, "paths-v1")));
    }

    [Fact]
    public void A_run_that_does_not_know_every_file_leaves_the_summaries_to_a_later_run_of_the_day()
    {
        using var tree = new TempTree();
        Singles(tree, Enumerable.Range(0, 300));
        var live = Live(Enumerable.Range(0, 10));

        Assert.Equal(new CacheHousekeepingResult(true, 0, 0, 0), CacheHousekeeping.Run(tree.Root, [], () => null, s_now));
        var later = CacheHousekeeping.Run(tree.Root, [], () => live, s_now.AddHours(1));

        Assert.Equal(new CacheHousekeepingResult(true, 0, 300, 290), later);
        Assert.Equal(CacheHousekeepingResult.NotDue, CacheHousekeeping.Run(tree.Root, [], () => live, s_now.AddHours(2)));
    }

    [Fact]
    public void Leaves_the_summaries_to_the_process_that_holds_the_lock()
    {
        using var tree = new TempTree();
        Singles(tree, Enumerable.Range(0, 300));
        var live = Live(Enumerable.Range(0, 10));
        using (new FileStream(Cache(tree, CacheHousekeeping.LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Equal(0, CacheHousekeeping.Run(tree.Root, [], () => live, s_now).SummariesDropped);
            Assert.Equal(300, Entries(tree).Count);
        }

        // The day's turn was not taken: once the lock is free, a run of the same day tidies.
        Assert.Equal(290, CacheHousekeeping.Run(tree.Root, [], () => live, s_now.AddMinutes(1)).SummariesDropped);
    }

    [Fact]
    public void Removes_the_temporary_files_of_writes_that_never_finished()
    {
        using var tree = new TempTree();
        Singles(tree, Enumerable.Range(0, 3));
        var shard = Path.Combine(Summaries(tree), Hash(0)[..2]);
        var abandoned = Path.Combine(shard, Hash(9) + ".bin.41.0123.tmp");
        var writing = Path.Combine(shard, Hash(8) + ".bin.42.4567.tmp");
        var abandonedPack = Path.Combine(Summaries(tree), "pack-0.bin.43.89ab.tmp");
        foreach (var file in new[] { abandoned, writing, abandonedPack })
        {
            File.WriteAllText(file, "partial");
        }

        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(abandonedPack, DateTime.UtcNow.AddHours(-1));

        CacheHousekeeping.Run(tree.Root, [], () => Live(Enumerable.Range(0, 3)), s_now);

        Assert.False(File.Exists(abandoned));
        Assert.False(File.Exists(abandonedPack));
        Assert.True(File.Exists(writing));
        Assert.Equal(3, Entries(tree).Count);
    }

    [Fact]
    public void Does_nothing_without_a_cache_folder()
    {
        using var tree = new TempTree();

        Assert.Equal(CacheHousekeepingResult.NotDue, CacheHousekeeping.Run(tree.Root, [], () => Live([1]), s_now));
        Assert.False(Directory.Exists(Cache(tree)));
    }

    [Fact]
    public void Leaves_the_summaries_while_those_of_no_current_file_do_not_outnumber_the_current_ones()
    {
        using var tree = new TempTree();
        var live = Enumerable.Range(0, 100).ToList();
        Singles(tree, live);
        Pack(tree, Enumerable.Range(100, 100));
        var before = Entries(tree);

        var result = CacheHousekeeping.Run(tree.Root, [], () => Live(live), s_now);

        Assert.Equal(new CacheHousekeepingResult(true, 0, 200, 0), result);
        Assert.Equal(before, Entries(tree));
    }

    [Fact]
    public void Tolerates_a_floor_of_dropped_summaries_in_a_small_project()
    {
        using var tree = new TempTree();
        Singles(tree, Enumerable.Range(0, 3));
        Singles(tree, Enumerable.Range(3, CacheHousekeeping.SummaryFloor));

        Assert.Equal(0, CacheHousekeeping.Run(tree.Root, [], () => Live(Enumerable.Range(0, 3)), s_now).SummariesDropped);
        Assert.Equal(3 + CacheHousekeeping.SummaryFloor, Entries(tree).Count);
    }

    [Fact]
    public void Keeps_the_current_summaries_in_one_pack_once_the_others_outnumber_them()
    {
        using var tree = new TempTree();
        // Current summaries in a pack and in files of their own; dropped ones in both too, and one current hash cached twice.
        Pack(tree, [.. Enumerable.Range(0, 50), .. Enumerable.Range(1000, 100)]);
        Singles(tree, [.. Enumerable.Range(50, 50), 7, .. Enumerable.Range(2000, 100)]);
        var live = Enumerable.Range(0, 100).Append(5000).ToList();

        var result = CacheHousekeeping.Run(tree.Root, [], () => Live(live), s_now);

        Assert.Equal(new CacheHousekeepingResult(true, 0, 300, 200), result);
        var entries = Entries(tree);
        Assert.Single(entries);
        Assert.StartsWith("pack-", entries[0], StringComparison.Ordinal);
        Assert.Equal([entries[0]], Directory.GetFileSystemEntries(Summaries(tree)).Select(Path.GetFileName));
        var packs = SummaryPacks.Load(Summaries(tree));
        foreach (var number in Enumerable.Range(0, 100))
        {
            Assert.Equal(Encoded(number), packs.Read(Hash(number)));
        }

        Assert.False(packs.Contains(Hash(1000)));
        Assert.False(packs.Contains(Hash(2000)));
        Assert.False(packs.Contains(Hash(5000)));
    }

    [Fact]
    public void Without_the_current_files_known_the_summaries_stay()
    {
        using var tree = new TempTree();
        Singles(tree, Enumerable.Range(0, 300));

        var result = CacheHousekeeping.Run(tree.Root, [], () => null, s_now);

        Assert.Equal(new CacheHousekeepingResult(true, 0, 0, 0), result);
        Assert.Equal(300, Entries(tree).Count);
    }
}
