using System.Security.Cryptography;
using System.Text;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Semantics.Tests.TestMapping;

/// <summary>
/// The hash of the tests' ids that the links beside a test map's record carry: links are replayed by position only when
/// it matches the ids collected now, so it must be the hash of exactly those ids in that order, whatever their length.
/// </summary>
[Trait("Issue", "11")]
public sealed class TestMapLinksTests
{
    /// <summary>The hash as the links define it: SHA-256 of every id's UTF-8 bytes, each followed by a line feed.</summary>
    private static byte[] Expected(IEnumerable<string> ids) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(ids.Select(id => id + "\n"))));

    [Fact]
    public void Hash_of_ids_is_the_hash_of_each_id_and_a_line_feed()
    {
        string[] ids = ["tests/test_cart.py::test_total", "tests/test_cart.py::TestCart::test_add[1-2]", "tests/test_ω.py::test_ünïcode"];

        Assert.Equal(Expected(ids), TestMapLinks.HashOfIds(ids));
    }

    [Fact]
    public void Hash_of_no_ids_is_the_hash_of_nothing()
    {
        Assert.Equal(SHA256.HashData([]), TestMapLinks.HashOfIds([]));
    }

    [Fact]
    public void Hash_of_many_ids_spanning_buffers_matches()
    {
        // Enough ids to fill the encoding buffer many times over, with ids of every length around its edges.
        var ids = Enumerable.Range(0, 20_000).Select(i => "tests/test_m" + (i % 97) + ".py::test_" + new string('x', i % 300) + "é" + i).ToList();

        Assert.Equal(Expected(ids), TestMapLinks.HashOfIds(ids));
    }

    [Fact]
    public void Hash_of_an_id_longer_than_the_buffer_matches()
    {
        string[] ids = ["short", new string('ß', 100_000), "after"];

        Assert.Equal(Expected(ids), TestMapLinks.HashOfIds(ids));
    }

    [Fact]
    public void Hash_depends_on_order_and_on_where_ids_split()
    {
        var hash = TestMapLinks.HashOfIds(["a", "b"]);

        Assert.NotEqual(hash, TestMapLinks.HashOfIds(["b", "a"]));
        Assert.NotEqual(hash, TestMapLinks.HashOfIds(["ab"]));
    }
}
