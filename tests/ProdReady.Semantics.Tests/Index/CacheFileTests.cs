using ProdReady.Semantics.Index;
using ProdReady.Testing;

namespace ProdReady.Semantics.Tests.Index;

public sealed class CacheFileTests
{
    [Fact]
    public void Sealed_bytes_are_whole_until_one_byte_changes()
    {
        var body = "a record body"u8.ToArray();

        var sealedBytes = CacheFile.Seal(body);

        Assert.Equal(body.Length + CacheFile.SealLength, sealedBytes.Length);
        Assert.Equal(body, sealedBytes[..body.Length]);
        Assert.True(CacheFile.IsWhole(sealedBytes));
        Assert.True(CacheFile.IsWhole(CacheFile.Seal([])));
        sealedBytes[3] ^= 1;
        Assert.False(CacheFile.IsWhole(sealedBytes));
        Assert.False(CacheFile.IsWhole(sealedBytes.AsSpan(0, CacheFile.SealLength - 1)));
        Assert.False(CacheFile.IsWhole(CacheFile.Seal(body).AsSpan(1)));
    }

    [Fact]
    public void A_write_creates_the_cache_folder_and_leaves_no_temporary_file()
    {
        using var tree = new TempTree();
        var file = tree.Path(ProjectIndex.CacheFolderName + "/records-v1/record.bin");

        Assert.True(CacheFile.TryWrite(tree.Root, file, [1, 2, 3]));
        Assert.True(CacheFile.TryWrite(tree.Root, file, [4, 5]));

        Assert.Equal([4, 5], File.ReadAllBytes(file));
        Assert.True(File.Exists(tree.Path(ProjectIndex.CacheFolderName + "/.gitignore")));
        Assert.Equal(["record.bin"], Directory.GetFiles(Path.GetDirectoryName(file)!).Select(Path.GetFileName));
        Assert.NotEqual(CacheFile.TemporaryNameFor(file), CacheFile.TemporaryNameFor(file));
        Assert.EndsWith(".tmp", CacheFile.TemporaryNameFor(file), StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_is_settled_two_seconds_before_the_run_started()
    {
        var start = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc).Ticks;

        Assert.True(CacheFile.IsSettled(start - TimeSpan.FromSeconds(2).Ticks - 1, start));
        Assert.False(CacheFile.IsSettled(start - TimeSpan.FromSeconds(2).Ticks, start));
        Assert.False(CacheFile.IsSettled(start, start));
        Assert.True(CacheFile.IsSettled(0, start));
    }

    [Fact]
    public void A_read_tells_a_missing_file_from_a_present_one()
    {
        using var tree = new TempTree().File("record.bin", "abc").Dir("folder");

        Assert.Equal("abc"u8.ToArray(), CacheFile.TryRead(tree.Path("record.bin"), out var present));
        Assert.Null(CacheFile.TryRead(tree.Path("none.bin"), out var missing));
        // A folder in the file's place is no file: missing, as for the stores that read records before.
        Assert.Null(CacheFile.TryRead(tree.Path("folder"), out var folder));

        Assert.False(present);
        Assert.True(missing);
        Assert.True(folder);
    }

    [Fact]
    public void A_write_that_cannot_happen_is_reported_and_not_thrown()
    {
        using var tree = new TempTree().File("blocked", "a file where the cache folder should be\n");

        // The root is a file: its cache folder cannot be made.
        Assert.False(CacheFile.TryWrite(tree.Path("blocked"), tree.Path("blocked/" + ProjectIndex.CacheFolderName + "/x.bin"), [1]));
    }
}
