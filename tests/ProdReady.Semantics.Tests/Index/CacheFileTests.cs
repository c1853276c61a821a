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
    public void A_write_that_cannot_happen_is_reported_and_not_thrown()
    {
        using var tree = new TempTree().File("blocked", "a file where the cache folder should be\n");

        // The root is a file: its cache folder cannot be made.
        Assert.False(CacheFile.TryWrite(tree.Path("blocked"), tree.Path("blocked/" + ProjectIndex.CacheFolderName + "/x.bin"), [1]));
    }
}
