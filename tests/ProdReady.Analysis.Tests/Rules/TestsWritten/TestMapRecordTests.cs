using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>
/// The map of a change built from the record a whole map left: after edits that keep every file's outline it must
/// link the focus units exactly as a whole map made from scratch; after any other edit, or with a broken record, it
/// must be built whole again, and still be right.
/// </summary>
[Trait("Issue", "11")]
public sealed class TestMapRecordTests
{
    private static readonly string[] s_sources = ["shop/cart.py", "shop/pricing.py", "shop/report.py", "shop/checkout.py"];

    private static string RecordPath(TempTree tree) => tree.Path(".prodready_cache/" + TestMapStore.FolderName + "/map.bin");

    /// <summary>Maps the whole tree with the cache, which records the map (built whole, or from the record a whole map left).</summary>
    private static void Record(TempTree tree, string expectedUse = "whole")
    {
        var whole = TestMapFocusTests.Project(tree, null);
        Assert.NotNull(whole.TestMap);
        Assert.Equal(expectedUse, whole.TestMapStore!.LastUse);
        Assert.True(File.Exists(RecordPath(tree)));
    }

    /// <summary>Asserts that a map focused on each source file links its units as a whole map made from scratch does.</summary>
    private static void AssertSameAsScratch(TempTree tree, string expectedUse)
    {
        var scratch = TestMapFocusTests.Map(tree, null);
        foreach (var focus in s_sources)
        {
            var project = TestMapFocusTests.Project(tree, [focus]);
            var map = project.TestMap!;
            Assert.Equal(expectedUse, project.TestMapStore!.LastUse);
            foreach (var unit in scratch.UnitsOf(focus))
            {
                Assert.Equal(TestMapFocusTests.Links(scratch, unit.QualifiedName), TestMapFocusTests.Links(map, unit.QualifiedName));
            }

            Assert.Equal(scratch.Tests.Count, map.TestCount);
            Assert.Equal(scratch.DynamicTestsReaching(scratch.UnitsOf(focus)[0].Module), map.DynamicTestsReaching(scratch.UnitsOf(focus)[0].Module));
        }
    }

    /// <summary>Dates every file of a tree an hour back, so that the record made next vouches for their stamps.</summary>
    private static void DateBack(TempTree tree)
    {
        var longAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var file in TestMapFocusTests.Files(tree))
        {
            File.SetLastWriteTimeUtc(tree.Path(file), longAgo);
        }
    }

    /// <summary>
    /// Records the map, dates the record back, applies an edit, maps the whole tree again, and asserts that the record was
    /// written again and that changes are still mapped from it as from scratch.
    /// </summary>
    private static void AssertRecordRewrittenAfter(Action<TempTree> edit)
    {
        using var tree = TestMapFocusTests.Shop();
        Record(tree);
        var longAgo = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(RecordPath(tree), longAgo);
        edit(tree);

        Record(tree, "incremental");

        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(RecordPath(tree)));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void Without_edits_a_change_is_mapped_from_the_record_as_from_scratch()
    {
        using var tree = TestMapFocusTests.Shop();
        Record(tree);

        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_body_edit_that_adds_a_call_is_followed_by_the_tests_that_run_through_the_edited_file()
    {
        // A test module of its own, whose test reaches report.py and nothing of cart.py.
        using var tree = TestMapFocusTests.Shop().File("tests/test_more.py", "from shop.report import unrelated\n\n\ndef test_more():\n    assert unrelated() == 3\n");
        Record(tree);
        Assert.DoesNotContain(TestMapFocusTests.Links(TestMapFocusTests.Map(tree, null), "shop.cart.Cart.add"), l => l.Contains("test_more", StringComparison.Ordinal));

        // `unrelated` now runs `Cart().add`: `test_more` ran through report.py, so it is followed again.
        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));

        AssertSameAsScratch(tree, "incremental");
        var map = TestMapFocusTests.Project(tree, ["shop/cart.py"]).TestMap!;
        Assert.Contains("tests/test_more.py::test_more claimed through `shop.report.unrelated`", TestMapFocusTests.Links(map, "shop.cart.Cart.add"));
    }

    [Fact]
    public void A_change_whose_only_edit_is_a_body_of_its_own_file_leaves_the_record_as_it_was()
    {
        using var tree = TestMapFocusTests.Shop().File("tests/test_more.py", "from shop.report import unrelated\n\n\ndef test_more():\n    assert unrelated() == 3\n");
        DateBack(tree);
        Record(tree);
        var recorded = File.ReadAllBytes(RecordPath(tree));

        // The next change's run compares report.py by its contents and follows its tests whatever the record says: the
        // record learns nothing it could use, and is not written again, run after run.
        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    return 4", StringComparison.Ordinal));
        for (var run = 0; run < 2; run++)
        {
            var change = TestMapFocusTests.Project(tree, ["shop/report.py"]);
            Assert.NotNull(change.TestMap);
            Assert.Equal("incremental", change.TestMapStore!.LastUse);
            Assert.Equal(recorded, File.ReadAllBytes(RecordPath(tree)));
        }

        // Changes of the other files, for which report.py is an edit outside the focus, are still mapped as from scratch.
        AssertSameAsScratch(tree, "incremental");
        Assert.NotEqual(recorded, File.ReadAllBytes(RecordPath(tree)));
    }

    [Fact]
    public void A_change_whose_tests_now_run_through_other_files_renews_the_record()
    {
        using var tree = TestMapFocusTests.Shop().File("tests/test_more.py", "from shop.report import unrelated\n\n\ndef test_more():\n    assert unrelated() == 3\n");
        Record(tree);
        var recorded = File.ReadAllBytes(RecordPath(tree));

        // `test_more` now runs through cart.py too: the record learns it, for the changes of cart.py to come.
        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));
        var change = TestMapFocusTests.Project(tree, ["shop/report.py"]);
        Assert.NotNull(change.TestMap);

        Assert.NotEqual(recorded, File.ReadAllBytes(RecordPath(tree)));
        var cart = TestMapFocusTests.Project(tree, ["shop/cart.py"]).TestMap!;
        Assert.Contains("tests/test_more.py::test_more claimed through `shop.report.unrelated`", TestMapFocusTests.Links(cart, "shop.cart.Cart.add"));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_change_that_meets_an_edit_outside_its_focus_renews_the_record()
    {
        using var tree = TestMapFocusTests.Shop();
        DateBack(tree);
        Record(tree);
        var recorded = File.ReadAllBytes(RecordPath(tree));

        // pricing.py was edited (and perhaps committed) before the change of cart.py is checked: the record learns its
        // contents, so that the next change's run does not follow its tests again.
        TestMapFocusTests.Edit(tree, "shop/pricing.py", text => text.Replace("        return 1", "        return 2", StringComparison.Ordinal));
        var change = TestMapFocusTests.Project(tree, ["shop/cart.py"]);
        Assert.NotNull(change.TestMap);
        Assert.Equal("incremental", change.TestMapStore!.LastUse);

        var renewed = File.ReadAllBytes(RecordPath(tree));
        Assert.NotEqual(recorded, renewed);
        Assert.NotNull(TestMapFocusTests.Project(tree, ["shop/cart.py"]).TestMap);
        Assert.Equal(renewed, File.ReadAllBytes(RecordPath(tree)));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_whole_map_that_learned_nothing_new_leaves_the_record_as_it_was()
    {
        using var tree = TestMapFocusTests.Shop();
        Record(tree);
        var recorded = File.ReadAllBytes(RecordPath(tree));
        var longAgo = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(RecordPath(tree), longAgo);

        Record(tree, "incremental");

        // Not written again: the same bytes (a new record would hold the new run's start) and the same time of last write.
        Assert.Equal(recorded, File.ReadAllBytes(RecordPath(tree)));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(RecordPath(tree)));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_whole_map_after_an_edit_records_the_edit()
    {
        AssertRecordRewrittenAfter(tree =>
        {
            TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("def unrelated() -> int:", "def unrelated() -> int:\n    Cart().add(1)", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void A_whole_map_after_an_edit_that_kept_the_stamp_records_the_new_contents()
    {
        AssertRecordRewrittenAfter(tree =>
        {
            var report = tree.Path("shop/report.py");
            var stamp = File.GetLastWriteTimeUtc(report);
            var before = File.ReadAllText(report);
            File.WriteAllText(report, before.Replace("return 3", "return 4", StringComparison.Ordinal));
            File.SetLastWriteTimeUtc(report, stamp);
        });
    }

    [Fact]
    public void A_whole_map_after_a_touch_records_the_new_stamp()
    {
        AssertRecordRewrittenAfter(tree =>
        {
            File.SetLastWriteTimeUtc(tree.Path("shop/cart.py"), DateTime.UtcNow.AddMinutes(-5));
        });
    }

    [Fact]
    public void An_edit_that_moves_every_line_of_a_test_module_keeps_the_record()
    {
        using var tree = TestMapFocusTests.Shop();
        Record(tree);

        TestMapFocusTests.Edit(tree, "tests/test_cart.py", text => "# moved down a line\n" + text);

        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void An_edit_that_changes_a_conftest_outline_builds_the_map_whole_again()
    {
        using var tree = TestMapFocusTests.Shop();
        Record(tree);

        // A new fixture: any test may now request it.
        TestMapFocusTests.Edit(tree, "tests/conftest.py", text => text + "\n\n@pytest.fixture\ndef empty():\n    return Cart()\n");
        var project = TestMapFocusTests.Project(tree, ["shop/pricing.py"]);
        Assert.NotNull(project.TestMap);
        Assert.Equal("whole", project.TestMapStore!.LastUse);
        Assert.Equal("conftest outline changed", project.TestMapStore.LastMiss);

        // The whole build recorded the new outline: the next change is mapped from the record again.
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_new_file_builds_the_map_whole_again()
    {
        using var tree = TestMapFocusTests.Shop();
        Record(tree);

        tree.File("tests/test_report.py", "from shop.report import summary, unrelated\n\n\ndef test_more():\n    assert unrelated() == 3\n");
        var project = TestMapFocusTests.Project(tree, ["shop/report.py"]);
        Assert.Contains("tests/test_report.py::test_more claimed directly", TestMapFocusTests.Links(project.TestMap!, "shop.report.unrelated"));
        Assert.Equal("other files or settings", project.TestMapStore!.LastMiss);

        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_file_edited_in_the_same_instant_the_record_was_made_is_read_again()
    {
        // A test module of its own, whose test reaches nothing of pricing.py.
        using var tree = TestMapFocusTests.Shop()
            .File("tests/test_more.py", "from shop.pricing import each\nfrom shop.report import unrelated\n\n\ndef test_more():\n    assert unrelated() == 3\n");
        Record(tree);
        var full = tree.Path("tests/test_more.py");
        var stamp = File.GetLastWriteTimeUtc(full);

        // Same size, same time of last write: only reading the file shows that `test_more` now calls `each`.
        var text = File.ReadAllText(full);
        File.WriteAllText(full, text.Replace("assert unrelated() == 3", "assert each([], 1) == 3", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(full, stamp);
        Assert.Equal(text.Length, File.ReadAllText(full).Length);

        var map = TestMapFocusTests.Project(tree, ["shop/pricing.py"]).TestMap!;
        Assert.Contains("tests/test_more.py::test_more claimed directly", TestMapFocusTests.Links(map, "shop.pricing.each"));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("flipped")]
    public void A_broken_record_is_never_trusted(string damage)
    {
        using var tree = TestMapFocusTests.Shop();
        Record(tree);
        var path = RecordPath(tree);
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "garbage":
                File.WriteAllText(path, "not a record");
                break;
            case "truncated":
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            default:
                bytes[bytes.Length / 3] ^= 0x5a;
                File.WriteAllBytes(path, bytes);
                break;
        }

        var project = TestMapFocusTests.Project(tree, ["shop/cart.py"]);
        Assert.NotNull(project.TestMap);
        Assert.Equal("corrupt", project.TestMapStore!.LastMiss);
        Assert.Equal("whole", project.TestMapStore.LastUse);

        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void Other_pytest_settings_do_not_use_the_record()
    {
        using var tree = TestMapFocusTests.Shop();
        Record(tree);

        tree.File("pytest.ini", "[pytest]\npython_functions = test_*\n");
        var project = TestMapFocusTests.Project(tree, ["shop/cart.py"]);
        Assert.NotNull(project.TestMap);
        Assert.Equal("other files or settings", project.TestMapStore!.LastMiss);
    }

    [Fact]
    public async Task Maps_built_at_once_leave_a_record_that_reads_back()
    {
        using var tree = TestMapFocusTests.Shop();
        Record(tree);
        TestMapFocusTests.Edit(tree, "shop/report.py", text => "# edited\n" + text);

        var maps = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => TestMapFocusTests.Project(tree, [s_sources[i]]).TestMap)));

        Assert.All(maps, Assert.NotNull);
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void A_setup_that_read_the_record_ahead_hands_its_store_and_read_to_the_change()
    {
        using var tree = TestMapFocusTests.Shop();
        Record(tree);
        TestMapFocusTests.Edit(tree, "shop/report.py", text => "# edited\n" + text);
        var configuration = new ProdReadyConfiguration(tree.Root);

        var ahead = ProjectContextFactory.Prepare(tree.Root, configuration, TestMapFocusTests.Files(tree), readTestMapAhead: true);
        var plain = ProjectContextFactory.Prepare(tree.Root, configuration, TestMapFocusTests.Files(tree));
        var readAhead = ahead.TestMapStore;
        var staged = ProjectContextFactory.Create(ahead, testMapFocus: ["shop/cart.py"], recordTestMap: false, recordInBackground: true);
        var second = ProjectContextFactory.Create(ahead, testMapFocus: ["shop/cart.py"]);

        Assert.NotNull(readAhead);
        Assert.Null(plain.TestMapStore);
        Assert.Same(readAhead, staged.TestMapStore);
        Assert.NotSame(readAhead, second.TestMapStore);
        Assert.False(second.TestMapStore!.ReadOnly);
        Assert.True(staged.TestMapStore!.ReadOnly);
        Assert.True(staged.TestMapStore.WritesInBackground);
        var before = File.ReadAllBytes(RecordPath(tree));
        Assert.NotNull(staged.TestMap);
        Assert.Equal("incremental", staged.TestMapStore.LastUse);
        Assert.Equal(before, File.ReadAllBytes(RecordPath(tree)));
        AssertSameAsScratch(tree, "incremental");
    }

    [Fact]
    public void Without_the_cache_nothing_is_recorded()
    {
        using var tree = TestMapFocusTests.Shop();
        var project = ProjectContextFactory.Create(tree.Root, new ProdReadyConfiguration(tree.Root), TestMapFocusTests.Files(tree), useCache: false);

        Assert.NotNull(project.TestMap);
        Assert.Null(project.TestMapStore);
        Assert.False(File.Exists(RecordPath(tree)));
    }
}
