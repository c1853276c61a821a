using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>
/// The whole map built from the record and the links a whole map left beside it: after edits that keep every outline
/// it must follow again only the tests that ran through an edited file and link every unit exactly as a whole map made
/// from scratch; links that belong to another record, are damaged, or were never written must not be taken.
/// </summary>
[Trait("Issue", "11")]
public sealed class WholeMapRecordTests
{
    private static readonly string[] s_sources = ["shop/cart.py", "shop/pricing.py", "shop/report.py", "shop/checkout.py", "shop/dynamic.py"];

    private static TempTree Shop() => TestMapFocusTests.Shop()
        .File("shop/dynamic.py", """
            from shop.cart import Cart

            def run(name):
                return getattr(Cart(), name)()
            """)
        .File("tests/test_dynamic.py", """
            import shop.cart
            from shop.dynamic import run

            def test_run():
                cart = getattr(shop.cart, "Cart")()
                assert run("total") == cart.total()
            """);

    private static string CachePath(TempTree tree, string name) => tree.Path(".prodready_cache/" + TestMapStore.FolderName + "/" + name);

    /// <summary>Maps the whole tree with the cache and returns how it used the record and how many tests it followed again.</summary>
    private static (string Use, string? Miss, int Followed) Whole(TempTree tree)
    {
        var project = TestMapFocusTests.Project(tree, null);
        Assert.NotNull(project.TestMap);
        return (project.TestMapStore!.LastUse, project.TestMapStore.LastMiss, project.TestMapStore.LastFollowed);
    }

    /// <summary>Asserts that the whole map built with the cache links every unit, counts tests and dynamic reaches as one made from scratch.</summary>
    private static TestMap AssertSameAsScratch(TempTree tree, string expectedUse)
    {
        var scratch = TestMapFocusTests.Map(tree, null);
        var project = TestMapFocusTests.Project(tree, null);
        var map = project.TestMap!;
        Assert.Equal(expectedUse, project.TestMapStore!.LastUse);
        Assert.Equal(scratch.Tests.Select(t => t.Id), map.Tests.Select(t => t.Id));
        Assert.Equal(scratch.TestCount, map.TestCount);
        for (var i = 0; i < scratch.Tests.Count; i++)
        {
            // The rules read each test's direct callees; a map from the record takes them from its links.
            Assert.Equal(
                scratch.DirectCallees(scratch.Tests[i]).Select(u => (u.QualifiedName, u.Path, u.Facts.Line)),
                map.DirectCallees(map.Tests[i]).Select(u => (u.QualifiedName, u.Path, u.Facts.Line)));
        }

        var units = 0;
        foreach (var file in s_sources)
        {
            foreach (var unit in scratch.UnitsOf(file))
            {
                Assert.Equal(TestMapFocusTests.Links(scratch, unit.QualifiedName), TestMapFocusTests.Links(map, unit.QualifiedName));
                units++;
            }

            var module = "shop." + Path.GetFileNameWithoutExtension(file);
            Assert.Equal(scratch.DynamicTestsReaching(module), map.DynamicTestsReaching(module));
        }

        Assert.True(units > 10);
        return map;
    }

    [Fact]
    public void An_unchanged_tree_follows_no_test_and_maps_as_from_scratch()
    {
        using var tree = Shop();
        Assert.Equal(("whole", "no record", 0), Whole(tree));
        Assert.True(File.Exists(CachePath(tree, "links.bin")));
        var record = File.ReadAllBytes(CachePath(tree, "map.bin"));
        var links = File.ReadAllBytes(CachePath(tree, "links.bin"));

        Assert.Equal(("incremental", null, 0), Whole(tree));

        // Nothing learned: neither file is written again.
        Assert.Equal(record, File.ReadAllBytes(CachePath(tree, "map.bin")));
        Assert.Equal(links, File.ReadAllBytes(CachePath(tree, "links.bin")));
        var map = AssertSameAsScratch(tree, "incremental");
        Assert.Equal(1, map.DynamicTestsReaching("shop.dynamic"));
        Assert.Contains("tests/test_dynamic.py::test_run claimed directly", TestMapFocusTests.Links(map, "shop.dynamic.run"));
    }

    [Fact]
    public void A_body_edit_follows_again_only_the_tests_that_ran_through_the_file()
    {
        using var tree = Shop().File("tests/test_more.py", "from shop.report import unrelated\n\n\ndef test_more():\n    assert unrelated() == 3\n");
        Whole(tree);
        Assert.DoesNotContain(TestMapFocusTests.Links(TestMapFocusTests.Map(tree, null), "shop.cart.Cart.add"), l => l.Contains("test_more", StringComparison.Ordinal));

        // `unrelated` now runs `Cart().add`: the tests that ran through report.py are followed again, and only they.
        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));
        var (use, _, followed) = Whole(tree);

        Assert.Equal("incremental", use);
        Assert.Equal(3, followed);
        var map = AssertSameAsScratch(tree, "incremental");
        Assert.Contains("tests/test_more.py::test_more claimed through `shop.report.unrelated`", TestMapFocusTests.Links(map, "shop.cart.Cart.add"));

        // What was followed again is recorded: the next whole map follows nothing.
        Assert.Equal(("incremental", null, 0), Whole(tree));
    }

    [Fact]
    public void An_edit_that_removes_a_call_unlinks_what_only_that_call_reached()
    {
        using var tree = Shop().File("shop/report.py", """
            from shop.cart import Cart

            def summary(cart: Cart) -> str:
                return str(cart.total())

            def unrelated() -> int:
                Cart().add(1)
                return 3
            """);
        Whole(tree);
        Assert.Contains(TestMapFocusTests.Links(TestMapFocusTests.Map(tree, null), "shop.cart.Cart.add"), l => l.Contains("test_unrelated", StringComparison.Ordinal));

        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    Cart().add(1)\n", string.Empty, StringComparison.Ordinal));

        var map = AssertSameAsScratch(tree, "incremental");
        Assert.DoesNotContain(TestMapFocusTests.Links(map, "shop.cart.Cart.add"), l => l.Contains("test_unrelated", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_that_kept_the_stamp_is_seen_by_its_contents()
    {
        using var tree = Shop()
            .File("tests/test_more.py", "from shop.pricing import each\nfrom shop.report import unrelated\n\n\ndef test_more():\n    assert unrelated() == 3\n");
        var longAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var file in TestMapFocusTests.Files(tree))
        {
            File.SetLastWriteTimeUtc(tree.Path(file), longAgo);
        }

        Whole(tree);

        // Same size, same time of last write, and the record's stamps vouch for it: only its contents tell.
        var full = tree.Path("tests/test_more.py");
        var text = File.ReadAllText(full);
        File.WriteAllText(full, text.Replace("assert unrelated() == 3", "assert each([], 1) == 3", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(full, longAgo);
        Assert.Equal(text.Length, File.ReadAllText(full).Length);

        var (use, _, followed) = Whole(tree);

        Assert.Equal("incremental", use);
        Assert.Equal(1, followed);
        var map = AssertSameAsScratch(tree, "incremental");
        Assert.Contains("tests/test_more.py::test_more claimed directly", TestMapFocusTests.Links(map, "shop.pricing.each"));
    }

    [Fact]
    public void An_edit_that_changes_an_outline_builds_the_whole_map_again()
    {
        using var tree = Shop();
        Whole(tree);

        TestMapFocusTests.Edit(tree, "shop/pricing.py", text => text + "\n\ndef free(item):\n    return 0\n");

        Assert.Equal(("whole", "outline changed", 0), Whole(tree));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void After_a_change_renewed_the_record_the_whole_map_is_built_whole_once_more()
    {
        using var tree = Shop();
        Whole(tree);
        TestMapFocusTests.Edit(tree, "shop/report.py", text => "# edited\n" + text);

        // A change's map links only its files' units: the record it renews has no links beside it.
        var change = TestMapFocusTests.Project(tree, ["shop/report.py"]);
        Assert.NotNull(change.TestMap);
        Assert.Equal("incremental", change.TestMapStore!.LastUse);

        Assert.Equal(("whole", "no links", 0), Whole(tree));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void Links_of_another_record_are_not_taken()
    {
        using var tree = Shop();
        Whole(tree);
        var stale = File.ReadAllBytes(CachePath(tree, "links.bin"));
        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));
        Assert.Equal("incremental", Whole(tree).Use);

        // The links of the record before the edit, put back beside the renewed record.
        File.WriteAllBytes(CachePath(tree, "links.bin"), stale);

        Assert.Equal(("whole", "no links", 0), Whole(tree));
        AssertSameAsScratch(tree, "incremental");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("missing")]
    public void Broken_links_are_never_trusted(string damage)
    {
        using var tree = Shop();
        Whole(tree);
        var path = CachePath(tree, "links.bin");
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "garbage":
                File.WriteAllText(path, "not links");
                break;
            case "truncated":
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "flipped":
                bytes[bytes.Length / 2] ^= 0x5a;
                File.WriteAllBytes(path, bytes);
                break;
            default:
                File.Delete(path);
                break;
        }

        Assert.Equal(("whole", "no links", 0), Whole(tree));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_read_only_store_takes_the_links_and_writes_nothing()
    {
        using var tree = Shop();
        Whole(tree);
        var record = File.ReadAllBytes(CachePath(tree, "map.bin"));
        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));
        var configuration = new ProdReadyConfiguration(tree.Root);
        var setup = ProjectContextFactory.Prepare(tree.Root, configuration, TestMapFocusTests.Files(tree));

        var project = ProjectContextFactory.Create(setup, recordTestMap: false);

        Assert.NotNull(project.TestMap);
        Assert.Equal("incremental", project.TestMapStore!.LastUse);
        Assert.Equal(record, File.ReadAllBytes(CachePath(tree, "map.bin")));
        AssertSameAsScratch(tree, "incremental");
    }
}
