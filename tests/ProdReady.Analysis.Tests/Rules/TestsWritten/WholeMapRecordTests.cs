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
    private static (string Use, string? Miss, int Followed) Whole(TempTree tree) => WholeMap(tree).Use;

    /// <summary>Maps the whole tree with the cache, and returns the map with how it used the record.</summary>
    private static (TestMap Map, (string Use, string? Miss, int Followed) Use) WholeMap(TempTree tree)
    {
        var project = TestMapFocusTests.Project(tree, null);
        var map = project.TestMap!;
        return (map, (project.TestMapStore!.LastUse, project.TestMapStore.LastMiss, project.TestMapStore.LastFollowed));
    }

    /// <summary>Maps the whole tree from the record, and returns the map, how many tests it followed again and whether it kept the links read.</summary>
    private static (TestMap Map, int Followed, bool LinksKept) WholeMapFromRecord(TempTree tree)
    {
        var project = TestMapFocusTests.Project(tree, null);
        var map = project.TestMap!;
        Assert.Equal("incremental", project.TestMapStore!.LastUse);
        return (map, project.TestMapStore.LastFollowed, project.TestMapStore.LastLinksKept);
    }

    /// <summary>Edits a file, then maps the change of that file with the cache (which renews the record, without links).</summary>
    private static void ChangeRun(TempTree tree, string path, Func<string, string> edit)
    {
        TestMapFocusTests.Edit(tree, path, edit);
        var change = TestMapFocusTests.Project(tree, [path]);
        Assert.NotNull(change.TestMap);
        Assert.Equal("incremental", change.TestMapStore!.LastUse);
    }

    /// <summary>Asserts that the whole map built with the cache links every unit, counts tests and dynamic reaches as one made from scratch.</summary>
    private static TestMap AssertSameAsScratch(TempTree tree, string expectedUse)
    {
        var (map, (use, _, _)) = WholeMap(tree);
        Assert.Equal(expectedUse, use);
        AssertSameAsScratch(tree, map);
        return map;
    }

    /// <summary>
    /// Edits a file after a whole map was recorded, maps the whole tree again (from the record, following some tests
    /// again), and asserts that this map is the map from scratch.
    /// </summary>
    private static TestMap AssertFollowedAgainAsScratch(TempTree tree, string path, Func<string, string> edit)
    {
        TestMapFocusTests.Edit(tree, path, edit);
        var (mixed, (use, _, followed)) = WholeMap(tree);
        Assert.Equal("incremental", use);
        Assert.True(followed > 0);
        AssertSameAsScratch(tree, mixed);
        return mixed;
    }

    /// <summary>Asserts that a whole map links every unit, counts tests and dynamic reaches, and knows each test's direct callees as one made from scratch.</summary>
    private static void AssertSameAsScratch(TempTree tree, TestMap map)
    {
        var scratch = TestMapFocusTests.Map(tree, null);
        Assert.Equal(scratch.Tests.Select(t => t.Id), map.Tests.Select(t => t.Id));
        Assert.Equal(scratch.TestCount, map.TestCount);
        for (var i = 0; i < scratch.Tests.Count; i++)
        {
            // The rules read each test's direct callees; a map from the record takes them from its links.
            Assert.Equal(
                scratch.DirectCallees(scratch.Tests[i]).Select(u => (u.QualifiedName, u.Path, u.Facts.Line, u.Facts.EndLine, u.Facts.Calls?.Count)),
                map.DirectCallees(map.Tests[i]).Select(u => (u.QualifiedName, u.Path, u.Facts.Line, u.Facts.EndLine, u.Facts.Calls?.Count)));
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
        var (mixed, (use, _, followed)) = WholeMap(tree);

        // The map that followed three tests again and replayed the others is itself the map from scratch.
        Assert.Equal("incremental", use);
        Assert.Equal(3, followed);
        AssertSameAsScratch(tree, mixed);
        var map = AssertSameAsScratch(tree, "incremental");
        Assert.Contains("tests/test_more.py::test_more claimed through `shop.report.unrelated`", TestMapFocusTests.Links(map, "shop.cart.Cart.add"));

        // What was followed again is recorded: the next whole map follows nothing.
        Assert.Equal(("incremental", null, 0), Whole(tree));
    }

    [Fact]
    public void A_body_edit_whose_tests_link_as_recorded_keeps_the_links_for_the_new_record()
    {
        using var tree = Shop().File("tests/test_more.py", "from shop.report import unrelated\n\n\ndef test_more():\n    assert unrelated() == 3\n");
        Whole(tree);
        var links = File.ReadAllBytes(CachePath(tree, "links.bin"));

        // `unrelated` returns another number: the tests that ran through report.py are followed again, and link, reach
        // and call what they did.
        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    return 4", StringComparison.Ordinal));
        var (mixed, followed, kept) = WholeMapFromRecord(tree);

        Assert.Equal(3, followed);
        Assert.True(kept);
        AssertSameAsScratch(tree, mixed);

        // The same links, sealed for the record written with them: the next whole map takes them and follows nothing.
        var resealed = File.ReadAllBytes(CachePath(tree, "links.bin"));
        Assert.Equal(links.Length, resealed.Length);
        Assert.NotEqual(links, resealed);
        Assert.Equal(("incremental", null, 0), Whole(tree));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_body_edit_that_links_a_followed_test_anew_encodes_the_links_again()
    {
        using var tree = Shop().File("tests/test_more.py", "from shop.report import unrelated\n\n\ndef test_more():\n    assert unrelated() == 3\n");
        Whole(tree);

        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));
        var (_, followed, kept) = WholeMapFromRecord(tree);

        Assert.Equal(3, followed);
        Assert.False(kept);
        Assert.Equal(("incremental", null, 0), Whole(tree));
        var map = AssertSameAsScratch(tree, "incremental");
        Assert.Contains("tests/test_more.py::test_more claimed through `shop.report.unrelated`", TestMapFocusTests.Links(map, "shop.cart.Cart.add"));
    }

    [Fact]
    public void A_body_edit_that_only_reaches_through_a_dynamic_name_encodes_the_links_again()
    {
        using var tree = Shop().File("tests/test_more.py", "from shop.report import unrelated\n\n\ndef test_more():\n    assert unrelated() == 3\n");
        Whole(tree);
        Assert.Equal(0, TestMapFocusTests.Map(tree, null).DynamicTestsReaching("shop.report"));

        // The test links what it linked, but now also calls through a name the map cannot follow.
        TestMapFocusTests.Edit(tree, "tests/test_more.py", text => text.Replace("assert unrelated() == 3", "assert unrelated() == getattr(unrelated, \"__call__\")()", StringComparison.Ordinal));
        var (mixed, followed, kept) = WholeMapFromRecord(tree);

        Assert.Equal(1, followed);
        Assert.False(kept);
        Assert.True(mixed.DynamicTestsReaching("shop.report") > 0);
        Assert.Equal(("incremental", null, 0), Whole(tree));
        var map = AssertSameAsScratch(tree, "incremental");
        Assert.Equal(mixed.DynamicTestsReaching("shop.report"), map.DynamicTestsReaching("shop.report"));
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
    public void Tests_that_share_an_id_are_followed_and_replayed_together()
    {
        // Two tests of one name in one module (the second replaces the first in Python; pytest's id is the same).
        using var tree = Shop().File("tests/test_twice.py", """
            from shop.report import unrelated
            from shop.pricing import each


            def test_twice():
                assert unrelated() == 3


            def test_twice():
                each([], print)
            """);
        Whole(tree);

        AssertFollowedAgainAsScratch(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_body_edit_of_a_helper_renews_the_direct_callees_of_the_tests_that_call_it()
    {
        using var tree = Shop();
        Whole(tree);

        // `check_summary` (a helper of the test code, a direct callee of `test_summary`) grows by a line: the same outline,
        // a new body, and the callee's facts (its last line) are those of the new body.
        var mixed = AssertFollowedAgainAsScratch(tree, "tests/helpers.py", text => text.Replace("    assert summary(cart)", "    made = summary(cart)\n    assert made", StringComparison.Ordinal));
        var test = mixed.Tests.Single(t => t.Id == "tests/test_cart.py::test_summary");
        Assert.Equal(6, mixed.DirectCallees(test).Single(u => u.QualifiedName.EndsWith("check_summary", StringComparison.Ordinal)).Facts.EndLine);
    }

    [Fact]
    public async Task Links_written_in_the_background_while_the_rules_read_the_map_read_back()
    {
        using var tree = Shop();
        Whole(tree);
        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));
        var setup = ProjectContextFactory.Prepare(tree.Root, new ProdReadyConfiguration(tree.Root), TestMapFocusTests.Files(tree));
        var project = ProjectContextFactory.Create(setup, recordInBackground: true);
        var map = project.TestMap!;

        // What the rules ask while the record and links are written on a thread of their own.
        var asked = map.Tests.Select(t => map.DirectCallees(t).Count).Sum();
        await project.TestMapStore!.FlushAsync();

        Assert.True(asked > 0);
        Assert.Equal("incremental", project.TestMapStore.LastUse);
        Assert.Equal(("incremental", null, 0), Whole(tree));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void An_edit_that_changes_a_conftest_outline_builds_the_whole_map_again()
    {
        using var tree = Shop();
        Whole(tree);

        TestMapFocusTests.Edit(tree, "tests/conftest.py", text => text + "\n\n@pytest.fixture\ndef empty():\n    return Cart()\n");

        Assert.Equal(("whole", "conftest outline changed", 0), Whole(tree));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void After_a_change_renewed_the_record_the_whole_map_starts_from_the_whole_record_kept_aside()
    {
        using var tree = Shop();
        Whole(tree);
        var links = File.ReadAllBytes(CachePath(tree, "links.bin"));

        // A change's map links only its files' units: the record it renews has no links beside it, so the whole map's
        // record is kept aside, and the links are left as they were.
        ChangeRun(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));
        Assert.True(File.Exists(CachePath(tree, "whole.bin")));
        Assert.Equal(links, File.ReadAllBytes(CachePath(tree, "links.bin")));

        // The whole map follows again the tests that ran through the file changed since the kept record, and only they.
        var (use, miss, followed) = Whole(tree);
        Assert.Equal(("incremental", null), (use, miss));
        Assert.InRange(followed, 1, 3);
        Assert.False(File.Exists(CachePath(tree, "whole.bin")));
        Assert.Equal(("incremental", null, 0), Whole(tree));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void Two_changes_in_a_row_keep_the_whole_record_of_the_last_whole_map()
    {
        using var tree = Shop();
        Whole(tree);
        var kept = File.ReadAllBytes(CachePath(tree, "map.bin"));
        ChangeRun(tree, "shop/report.py", text => "# edited\n" + text);
        ChangeRun(tree, "shop/pricing.py", text => text.Replace("return 1", "return 2", StringComparison.Ordinal));

        // The second change's record replaced the first's, which no links name: the whole map's record stays aside.
        Assert.Equal(kept, File.ReadAllBytes(CachePath(tree, "whole.bin")));
        Assert.NotEqual(kept, File.ReadAllBytes(CachePath(tree, "map.bin")));
        Assert.Equal("incremental", Whole(tree).Use);
        AssertSameAsScratch(tree, "incremental");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("flipped")]
    public void A_kept_whole_record_that_does_not_hold_is_not_taken(string damage)
    {
        using var tree = Shop();
        Whole(tree);
        ChangeRun(tree, "shop/report.py", text => "# edited\n" + text);
        var path = CachePath(tree, "whole.bin");
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "garbage":
                File.WriteAllText(path, "not a record");
                break;
            default:
                bytes[bytes.Length / 2] ^= 0x5a;
                File.WriteAllBytes(path, bytes);
                break;
        }

        Assert.Equal(("whole", "no links", 0), Whole(tree));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_kept_whole_record_is_not_taken_with_the_links_of_another_whole_map()
    {
        using var tree = Shop();
        Whole(tree);
        var older = File.ReadAllBytes(CachePath(tree, "links.bin"));
        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));
        Assert.Equal("incremental", Whole(tree).Use);
        ChangeRun(tree, "shop/pricing.py", text => text.Replace("return 1", "return 2", StringComparison.Ordinal));
        Assert.True(File.Exists(CachePath(tree, "whole.bin")));

        // Whole, sealed links, but of the whole map before the edit: they name neither the record read nor the kept one.
        File.WriteAllBytes(CachePath(tree, "links.bin"), older);
        Assert.Equal(("whole", "no links", 0), Whole(tree));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_kept_whole_record_of_other_settings_is_not_taken()
    {
        using var tree = Shop();
        Whole(tree);
        ChangeRun(tree, "shop/report.py", text => "# edited\n" + text);
        Assert.True(File.Exists(CachePath(tree, "whole.bin")));

        // pytest collects other functions now: the kept record (and the one read) are of other settings.
        File.AppendAllText(tree.Path("pyproject.toml"), "[tool.pytest.ini_options]\npython_functions = [\"test_*\", \"check_*\"]\n");
        Assert.Equal(("whole", "other files or settings", 0), Whole(tree));
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
