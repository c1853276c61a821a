using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>
/// Maps built from the record after an edit that changes a file's outline (a function, method, class, import or test
/// added, removed or changed): the change's map and the whole map follow again the tests that run through the changed
/// file or through a file spelling a changed name, keep the others' record, and must link every unit exactly as a map
/// made from scratch; changes whose reach no name spells build the map whole.
/// </summary>
[Trait("Issue", "11")]
public sealed class OutlineChangeTests
{
    private static readonly string[] s_sources = ["shop/cart.py", "shop/pricing.py", "shop/report.py", "shop/checkout.py", "shop/api.py"];

    /// <summary>The shop, with a test of a function that does not exist yet (reached through a renaming import, too) and one of a method that does not.</summary>
    private static TempTree Shop() => TestMapFocusTests.Shop()
        .File("shop/api.py", """
            from shop.report import later as soon
            """)
        .File("tests/test_later.py", """
            from shop.pricing import Discount
            from shop.report import later


            def test_later():
                assert later() == 4


            def test_describe():
                assert Discount().describe()
            """)
        .File("tests/test_soon.py", """
            from shop.api import soon


            def test_soon():
                assert soon() == 4
            """);

    /// <summary>Maps the whole tree with the cache; returns how the record was used and how many tests were followed again.</summary>
    private static (string Use, string? Miss, int Followed) Whole(TempTree tree)
    {
        var project = TestMapFocusTests.Project(tree, null);
        Assert.NotNull(project.TestMap);
        return (project.TestMapStore!.LastUse, project.TestMapStore.LastMiss, project.TestMapStore.LastFollowed);
    }

    /// <summary>Maps the change of one file with the cache; returns how the record was used.</summary>
    private static (string Use, string? Miss) Change(TempTree tree, string path, out TestMap map)
    {
        var project = TestMapFocusTests.Project(tree, [path]);
        map = project.TestMap!;
        return (project.TestMapStore!.LastUse, project.TestMapStore.LastMiss);
    }

    /// <summary>Asserts that a change's map links its file's units, and counts tests, as the whole map from scratch.</summary>
    private static void AssertChangeAsScratch(TempTree tree, string path, TestMap map)
    {
        var scratch = TestMapFocusTests.Map(tree, null);
        Assert.Equal(scratch.TestCount, map.TestCount);
        foreach (var unit in scratch.UnitsOf(path))
        {
            Assert.Equal(TestMapFocusTests.Links(scratch, unit.QualifiedName), TestMapFocusTests.Links(map, unit.QualifiedName));
        }
    }

    /// <summary>Asserts that the whole map with the cache links every unit, collects every test and knows each test's direct callees as the map from scratch.</summary>
    private static TestMap AssertWholeAsScratch(TempTree tree)
    {
        var map = TestMapFocusTests.Project(tree, null).TestMap!;
        var scratch = TestMapFocusTests.Map(tree, null);
        Assert.Equal(scratch.Tests.Select(t => t.Id), map.Tests.Select(t => t.Id));
        for (var i = 0; i < scratch.Tests.Count; i++)
        {
            Assert.Equal(
                scratch.DirectCallees(scratch.Tests[i]).Select(u => (u.QualifiedName, u.Path, u.Facts.Line)),
                map.DirectCallees(map.Tests[i]).Select(u => (u.QualifiedName, u.Path, u.Facts.Line)));
        }

        foreach (var file in s_sources)
        {
            foreach (var unit in scratch.UnitsOf(file))
            {
                Assert.Equal(TestMapFocusTests.Links(scratch, unit.QualifiedName), TestMapFocusTests.Links(map, unit.QualifiedName));
            }
        }

        return map;
    }

    /// <summary>
    /// Records the whole map, applies an outline edit, then asserts that the change's map of the file and the whole map
    /// are both built from the record and both as from scratch; returns how many tests the whole map followed again.
    /// </summary>
    private static int AssertFromRecordAsScratch(TempTree tree, string path, Func<string, string> edit)
    {
        Assert.Equal("whole", Whole(tree).Use);
        TestMapFocusTests.Edit(tree, path, edit);
        Assert.Equal(("incremental", null), Change(tree, path, out var change));
        AssertChangeAsScratch(tree, path, change);

        // The change's run kept the whole map's record aside: the whole map starts from it and follows the edit again.
        var (use, miss, followed) = Whole(tree);
        Assert.Equal(("incremental", null), (use, miss));
        AssertWholeAsScratch(tree);
        return followed;
    }

    [Fact]
    public void A_function_nothing_names_follows_again_only_the_tests_that_ran_through_its_file()
    {
        using var tree = Shop();
        var all = TestMapFocusTests.Map(tree, null).TestCount;

        var followed = AssertFromRecordAsScratch(tree, "shop/pricing.py", text => text + "\n\ndef free(item):\n    return 0\n");

        // Pricing is reached by the cart's tests, not by test_unrelated, test_later or test_soon.
        Assert.InRange(followed, 1, all - 3);
        Assert.Equal(("incremental", null, 0), Whole(tree));
    }

    [Fact]
    public void A_function_a_test_called_before_it_existed_is_linked_to_that_test()
    {
        using var tree = Shop();
        Assert.Empty(TestMapFocusTests.Links(TestMapFocusTests.Map(tree, null), "shop.report.later"));

        // test_later never reached report.py (the name did not resolve): it spells `later`, so it is followed again; and
        // test_soon's module spells only `soon`, which api.py's import makes a name of `later`.
        AssertFromRecordAsScratch(tree, "shop/report.py", text => text + "\n\ndef later() -> int:\n    return 4\n");

        var links = TestMapFocusTests.Links(TestMapFocusTests.Project(tree, null).TestMap!, "shop.report.later");
        Assert.Contains(links, l => l.StartsWith("tests/test_later.py::test_later ", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("tests/test_soon.py::test_soon ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_method_added_to_a_base_class_is_linked_through_a_subclass_instance()
    {
        using var tree = Shop();

        AssertFromRecordAsScratch(
            tree, "shop/pricing.py", text => text.Replace("    def base(self, item):\n        return 1", "    def base(self, item):\n        return 1\n\n    def describe(self):\n        return \"pricing\"", StringComparison.Ordinal));

        Assert.Contains(
            TestMapFocusTests.Links(TestMapFocusTests.Project(tree, null).TestMap!, "shop.pricing.Pricing.describe"),
            l => l.StartsWith("tests/test_later.py::test_describe ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_function_removed_is_no_longer_linked()
    {
        using var tree = Shop();
        Assert.NotEmpty(TestMapFocusTests.Links(TestMapFocusTests.Map(tree, null), "shop.report.unrelated"));

        AssertFromRecordAsScratch(tree, "shop/report.py", text => text.Replace("def unrelated() -> int:\n    return 3", string.Empty, StringComparison.Ordinal));

        Assert.Empty(TestMapFocusTests.Links(TestMapFocusTests.Project(tree, null).TestMap!, "shop.report.unrelated"));
    }

    [Fact]
    public void A_signature_changed_follows_again_the_tests_of_every_file_that_spells_the_name()
    {
        using var tree = Shop();

        AssertFromRecordAsScratch(tree, "shop/pricing.py", text => text.Replace("def total_of(items, pricing: Pricing):", "def total_of(items, pricing: Pricing, rounding: int = 0):", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_subclass_that_overrides_a_method_joins_the_subclass_table()
    {
        using var tree = Shop();

        AssertFromRecordAsScratch(tree, "shop/pricing.py", text => text + "\n\nclass Clearance(Pricing):\n    def base(self, item):\n        return -1\n");

        var map = TestMapFocusTests.Project(tree, null).TestMap!;
        Assert.NotEmpty(TestMapFocusTests.Links(map, "shop.pricing.Clearance.base"));
        Assert.Equal(TestMapFocusTests.Links(TestMapFocusTests.Map(tree, null), "shop.pricing.Clearance.base"), TestMapFocusTests.Links(map, "shop.pricing.Clearance.base"));
    }

    [Fact]
    public void An_attribute_assigned_in_a_method_changes_only_what_spells_it()
    {
        using var tree = Shop();

        AssertFromRecordAsScratch(tree, "shop/cart.py", text => text.Replace("        self.items = []", "        self.items = []\n        self.discount = Pricing()", StringComparison.Ordinal));
    }

    [Fact]
    public void A_test_added_to_a_test_module_is_collected_and_followed()
    {
        using var tree = Shop();

        var followed = AssertFromRecordAsScratch(tree, "tests/test_soon.py", text => text + "\n\ndef test_added():\n    assert soon() == 4\n");

        // The whole map replays the other tests' links by id (they moved by one position): only the module's two are followed.
        Assert.Equal(2, followed);

        var map = TestMapFocusTests.Project(tree, null).TestMap!;
        Assert.Contains(map.Tests, t => t.Id == "tests/test_soon.py::test_added");
        Assert.Contains(TestMapFocusTests.Links(map, "shop.report.unrelated"), l => l.StartsWith("tests/test_cart.py::test_unrelated ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_test_added_beside_tests_collected_twice_replays_those_by_their_order_too()
    {
        // Two tests with one id (the module defines the name twice): they keep their order among themselves.
        using var tree = Shop().File("tests/test_twice.py", """
            from shop.cart import Cart
            from shop.report import unrelated


            def test_twice():
                assert unrelated() == 3


            def test_twice():
                assert Cart().total() == 0
            """);

        var scratch = TestMapFocusTests.Map(tree, null);
        Assert.Equal(2, scratch.Tests.Count(t => t.Id == "tests/test_twice.py::test_twice"));
        Assert.Equal(scratch.Tests.Count - 1, scratch.TestCount);

        var followed = AssertFromRecordAsScratch(tree, "tests/test_soon.py", text => text + "\n\ndef test_added():\n    assert soon() == 4\n");

        // test_soon.py's two tests alone; the namesakes' links are replayed, each from its own place (compared with the
        // map from scratch above, their direct callees included).
        Assert.Equal(2, followed);
    }

    [Fact]
    public void A_test_removed_from_a_test_module_is_no_longer_mapped()
    {
        using var tree = Shop();

        var followed = AssertFromRecordAsScratch(tree, "tests/test_cart.py", text => text.Replace("def test_unrelated():\n    assert unrelated() == 3", string.Empty, StringComparison.Ordinal));

        // The module's four other tests are followed; every other test is replayed at its new position.
        Assert.Equal(4, followed);

        Assert.Empty(TestMapFocusTests.Links(TestMapFocusTests.Project(tree, null).TestMap!, "shop.report.unrelated"));
    }

    [Fact]
    public void An_import_added_and_an_edit_undone_are_mapped_from_the_record_both_ways()
    {
        using var tree = Shop();
        var original = File.ReadAllText(tree.Path("shop/report.py"));

        AssertFromRecordAsScratch(tree, "shop/report.py", text => "from shop.pricing import each\n" + text);

        TestMapFocusTests.Edit(tree, "shop/report.py", _ => original);
        Assert.Equal(("incremental", null), Change(tree, "shop/report.py", out var change));
        AssertChangeAsScratch(tree, "shop/report.py", change);
        Assert.Equal("incremental", Whole(tree).Use);
        AssertWholeAsScratch(tree);
    }

    /// <summary>Records the whole map, applies an edit, and asserts that both maps are built whole again for the reason given, and as from scratch.</summary>
    private static void AssertBuiltWhole(TempTree tree, string path, Func<string, string> edit, string reason)
    {
        Assert.Equal("whole", Whole(tree).Use);
        TestMapFocusTests.Edit(tree, path, edit);
        Assert.Equal(("whole", reason), Change(tree, path, out var change));
        AssertChangeAsScratch(tree, path, change);

        // The whole map starts from the whole record a change's run keeps aside: the same outline change is met again.
        var (use, miss, _) = Whole(tree);
        Assert.Equal(("whole", reason), (use, miss));
        Assert.Equal("incremental", Whole(tree).Use);
        AssertWholeAsScratch(tree);
    }

    [Fact]
    public void A_conftest_outline_changed_builds_the_map_whole()
    {
        using var tree = Shop();

        AssertBuiltWhole(tree, "tests/conftest.py", text => text + "\n\n@pytest.fixture\ndef gift():\n    return Cart()\n", "conftest outline changed");
    }

    [Fact]
    public void A_class_whose_bases_changed_builds_the_map_whole()
    {
        using var tree = Shop();

        AssertBuiltWhole(tree, "shop/cart.py", text => text.Replace("class GiftCart(Cart):", "class GiftCart:", StringComparison.Ordinal), "class bases changed");
    }

    [Fact]
    public void An_import_renaming_what_a_base_names_builds_the_map_whole()
    {
        // The base is spelled `shop.base.Base`: what it stands for is base.py's import, which the edit renames.
        using var tree = Shop()
            .File("shop/base.py", "from shop.pricing import Pricing as Base\n")
            .File("shop/special.py", """
                from shop import base


                class Special(base.Base):
                    def price(self, item):
                        return 5
                """);

        AssertBuiltWhole(tree, "shop/base.py", text => text.Replace("Pricing as Base", "Discount as Base", StringComparison.Ordinal), "a base names a changed name");
    }

    [Fact]
    public void A_module_marker_changed_builds_the_map_whole()
    {
        using var tree = Shop();

        AssertBuiltWhole(tree, "tests/test_later.py", text => "pytest_plugins = [\"tests.helpers\"]\n" + text, "module outline changed");
    }

    [Fact]
    public void A_route_added_builds_the_map_whole()
    {
        using var tree = Shop().File("shop/web.py", "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get(\"/items/<int:item>\")\ndef item(item):\n    return str(item)\n");

        AssertBuiltWhole(tree, "shop/web.py", text => text + "\n\n@app.post(\"/items\")\ndef create():\n    return \"\"\n", "routes changed");
    }

    [Fact]
    public void An_outline_whose_recorded_summary_is_no_longer_cached_builds_the_map_whole()
    {
        using var tree = Shop();
        Assert.Equal("whole", Whole(tree).Use);
        foreach (var folder in Directory.EnumerateDirectories(tree.Path(".prodready_cache")).Where(d => !d.EndsWith(TestMapStore.FolderName, StringComparison.Ordinal)))
        {
            Directory.Delete(folder, recursive: true);
        }

        TestMapFocusTests.Edit(tree, "shop/pricing.py", text => text + "\n\ndef free(item):\n    return 0\n");

        Assert.Equal(("whole", "outline changed"), Change(tree, "shop/pricing.py", out var change));
        AssertChangeAsScratch(tree, "shop/pricing.py", change);
    }
    /// <summary>
    /// Records the whole map of any tree, applies an edit, then asserts that the change's map of <paramref name="focus"/>
    /// and the whole map, both from the record, link every unit of every file as the map from scratch.
    /// </summary>
    private static void AssertAnyTreeAsScratch(TempTree tree, string path, string contents, string focus)
    {
        Assert.Equal("whole", Whole(tree).Use);
        TestMapFocusTests.Edit(tree, path, _ => contents);
        var change = TestMapFocusTests.Project(tree, [focus]).TestMap!;
        var whole = TestMapFocusTests.Project(tree, null).TestMap!;
        var scratch = TestMapFocusTests.Map(tree, null);
        var units = 0;
        foreach (var file in TestMapFocusTests.Files(tree))
        {
            foreach (var unit in scratch.UnitsOf(file))
            {
                Assert.Equal(TestMapFocusTests.Links(scratch, unit.QualifiedName), TestMapFocusTests.Links(whole, unit.QualifiedName));
                if (file == focus)
                {
                    Assert.Equal(TestMapFocusTests.Links(scratch, unit.QualifiedName), TestMapFocusTests.Links(change, unit.QualifiedName));
                }

                units++;
            }
        }

        Assert.True(units > 2);
    }

    [Fact]
    public void An_attribute_whose_origin_changed_follows_again_the_tests_that_spell_it()
    {
        // handle() reads `svc.repo`: the test runs through handler.py, never through service.py, whose attribute changes.
        using var tree = TestProject.Create()
            .File("pkg/__init__.py", "")
            .File("pkg/sql.py", "class SqlRepo:\n    def save(self):\n        return 1\n")
            .File("pkg/mem.py", "class MemRepo:\n    def save(self):\n        return 2\n")
            .File("pkg/service.py", "from pkg.sql import SqlRepo\nfrom pkg.mem import MemRepo\n\n\nclass Service:\n    def __init__(self):\n        self.repo = SqlRepo()\n")
            .File("pkg/handler.py", "from pkg.service import Service\n\n\ndef handle(svc: Service):\n    return svc.repo.save()\n")
            .File("tests/__init__.py", "")
            .File("tests/test_h.py", "from pkg.handler import handle\n\n\ndef test_handle():\n    assert handle(None) == 2\n");
        Assert.Contains(TestMapFocusTests.Links(TestMapFocusTests.Map(tree, null), "pkg.sql.SqlRepo.save"), l => l.StartsWith("tests/test_h.py::test_handle ", StringComparison.Ordinal));

        AssertAnyTreeAsScratch(
            tree, "pkg/service.py", "from pkg.sql import SqlRepo\nfrom pkg.mem import MemRepo\n\n\nclass Service:\n    def __init__(self):\n        self.repo = MemRepo()\n", "pkg/mem.py");

        Assert.Contains(TestMapFocusTests.Links(TestMapFocusTests.Project(tree, null).TestMap!, "pkg.mem.MemRepo.save"), l => l.StartsWith("tests/test_h.py::test_handle ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_router_imported_from_another_module_is_followed_by_the_tests_its_routes_reach()
    {
        using var tree = TestProject.Create()
            .File("app/__init__.py", "")
            .File("app/a.py", "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get(\"/things/{tid}\")\ndef get_a(tid: int):\n    return {\"a\": tid}\n")
            .File("app/b.py", "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get(\"/things/{tid}\")\ndef get_b(tid: int):\n    return {\"b\": tid}\n")
            .File("app/main.py", "from fastapi import FastAPI\nfrom app.a import router\n\napp = FastAPI()\napp.include_router(router)\n")
            .File("tests/__init__.py", "")
            .File("tests/test_api.py", "from fastapi.testclient import TestClient\nfrom app.main import app\n\n\ndef test_thing():\n    client = TestClient(app)\n    assert client.get(\"/things/1\").status_code == 200\n");
        Assert.NotEmpty(TestMapFocusTests.Links(TestMapFocusTests.Map(tree, null), "app.a.get_a"));

        AssertAnyTreeAsScratch(tree, "app/main.py", "from fastapi import FastAPI\nfrom app.b import router\n\napp = FastAPI()\napp.include_router(router)\n", "app/b.py");

        Assert.NotEmpty(TestMapFocusTests.Links(TestMapFocusTests.Project(tree, null).TestMap!, "app.b.get_b"));
    }

    [Fact]
    public void A_request_not_sent_by_a_client_does_not_run_through_the_modules_its_imports_lead_to()
    {
        // `settings.get("name")` is spelled like a client's request, but `settings` is no test client: no route is read, so
        // a body edit to a module the test's imports lead to (and its code never calls) follows no test again.
        using var tree = TestProject.Create()
            .File("pkg/__init__.py", "")
            .File("pkg/extra.py", "def unused():\n    return 1\n")
            .File("pkg/settings.py", "from pkg.extra import unused\n\n\nclass Settings:\n    def get(self, key):\n        return None\n")
            .File("tests/__init__.py", "")
            .File("tests/test_settings.py", "from pkg.settings import Settings\n\n\ndef test_get():\n    settings = Settings()\n    assert settings.get(\"name\") is None\n");
        Assert.Equal("whole", Whole(tree).Use);

        TestMapFocusTests.Edit(tree, "pkg/extra.py", text => text.Replace("return 1", "return 2", StringComparison.Ordinal));

        Assert.Equal(("incremental", null, 0), Whole(tree));
        AssertWholeAsScratch(tree);
    }

    [Fact]
    public void A_fixture_a_conftest_imports_made_autouse_builds_the_map_whole()
    {
        using var tree = TestProject.Create()
            .File("pkg/__init__.py", "")
            .File("pkg/core.py", "def boot():\n    return 1\n\n\ndef work():\n    return 2\n")
            .File("tests/__init__.py", "")
            .File("tests/helpers.py", "import pytest\nfrom pkg.core import boot\n\n\n@pytest.fixture\ndef env():\n    boot()\n    yield\n")
            .File("tests/conftest.py", "from tests.helpers import env\n")
            .File("tests/test_x.py", "from pkg.core import work\n\n\ndef test_x():\n    assert work() == 2\n");

        AssertAnyTreeAsScratch(tree, "tests/helpers.py", "import pytest\nfrom pkg.core import boot\n\n\n@pytest.fixture(autouse=True)\ndef env():\n    boot()\n    yield\n", "pkg/core.py");

        Assert.Contains(TestMapFocusTests.Links(TestMapFocusTests.Project(tree, null).TestMap!, "pkg.core.boot"), l => l.StartsWith("tests/test_x.py::test_x ", StringComparison.Ordinal));
    }
    [Fact]
    public void A_module_s_last_test_removed_writes_links_the_next_run_replays()
    {
        using var tree = Shop().File("tests/test_single.py", "from shop.report import unrelated\n\n\ndef test_single():\n    assert unrelated() == 3\n");
        Assert.Equal("whole", Whole(tree).Use);

        // No test of the module is left to follow again: the links are still written for the tests there are now.
        TestMapFocusTests.Edit(tree, "tests/test_single.py", text => text.Replace("def test_single():", "def helper():", StringComparison.Ordinal));
        Assert.Equal(("incremental", null, 0), Whole(tree));

        Assert.Equal(("incremental", null, 0), Whole(tree));
        AssertWholeAsScratch(tree);
    }
}
