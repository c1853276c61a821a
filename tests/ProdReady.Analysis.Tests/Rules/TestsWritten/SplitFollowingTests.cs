using System.Globalization;
using System.Text;
using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>
/// A project with enough tests has its whole map followed on two threads (each with tables of its own, meeting in the
/// middle): the map must link every unit, count dynamic reaches and record what each test ran through exactly as a
/// map followed on one thread, and the record and links it leaves must replay as such a map.
/// </summary>
[Trait("Issue", "11")]
public sealed class SplitFollowingTests
{
    private static readonly string[] s_sources = ["shop/cart.py", "shop/pricing.py", "shop/report.py", "shop/checkout.py", "shop/dynamic.py"];

    /// <summary>How many generated tests: more than the map follows on one thread.</summary>
    private const int Generated = TestMap.TestsToSplit + 100;

    /// <summary>The shop, and a test module of every shape the map follows, repeated past the split.</summary>
    private static TempTree Many()
    {
        var module = new StringBuilder("""
            import pytest
            import shop.cart
            from shop.cart import Cart, GiftCart
            from shop.checkout import Checkout, ExpressCheckout
            from shop.dynamic import run
            from shop.pricing import each
            from shop.report import summary
            from tests.helpers import check_summary


            """);
        string[] shapes =
        [
            "def test_{0}(cart):\n    assert cart.total() >= 0\n",
            "def test_{0}():\n    assert summary(Cart())\n",
            "def test_{0}():\n    check_summary(GiftCart())\n",
            "def test_{0}():\n    assert Checkout().pay(Cart()) >= 0\n",
            "def test_{0}():\n    with pytest.raises(ValueError):\n        ExpressCheckout().pay(Cart())\n",
            "def test_{0}():\n    cart = getattr(shop.cart, \"Cart\")()\n    assert run(\"total\") == cart.total()\n",
            "def test_{0}():\n    each([1], print)\n",
            "class TestShape{0}:\n    def test_it(self, cart):\n        assert Checkout().pay(cart) >= 0\n",
        ];
        for (var i = 0; i < Generated; i++)
        {
            module.Append(string.Format(CultureInfo.InvariantCulture, shapes[i % shapes.Length], i.ToString("D5", CultureInfo.InvariantCulture))).Append("\n\n");
        }

        return TestMapFocusTests.Shop()
            .File("shop/dynamic.py", "from shop.cart import Cart\n\ndef run(name):\n    return getattr(Cart(), name)()\n")
            .File("tests/test_many.py", module.ToString());
    }

    /// <summary>
    /// The map followed on one thread: focused on every source file, a map without a record follows each test from the
    /// steps that lead to them, one test after another.
    /// </summary>
    private static TestMap OneThread(TempTree tree) => TestMapFocusTests.Map(tree, s_sources);

    private static void AssertSame(TestMap expected, TestMap actual)
    {
        Assert.Equal(expected.Tests.Select(t => t.Id), actual.Tests.Select(t => t.Id));
        var links = 0;
        foreach (var file in s_sources)
        {
            foreach (var unit in expected.UnitsOf(file))
            {
                var expectedLinks = TestMapFocusTests.Links(expected, unit.QualifiedName);
                Assert.Equal(expectedLinks, TestMapFocusTests.Links(actual, unit.QualifiedName));
                links += expectedLinks.Count;
            }

            var module = "shop." + Path.GetFileNameWithoutExtension(file);
            Assert.Equal(expected.DynamicTestsReaching(module), actual.DynamicTestsReaching(module));
        }

        Assert.InRange(links, Generated, int.MaxValue);
    }

    [Fact]
    public void A_large_project_maps_on_two_threads_as_on_one()
    {
        using var tree = Many();
        var whole = TestMapFocusTests.Map(tree, null);
        Assert.InRange(whole.Tests.Count, TestMap.TestsToSplit, int.MaxValue);
        AssertSame(OneThread(tree), whole);

        // Tests from the first and the last slices, through a fixture, a helper, an override and names it cannot follow.
        Assert.Contains("tests/test_many.py::TestShape00007::test_it claimed directly", TestMapFocusTests.Links(whole, "shop.checkout.Checkout.pay"));
        var lastRaising = Generated - 1 - ((Generated - 1 - 4) % 8);
        Assert.Contains($"tests/test_many.py::test_{lastRaising:D5} claimed directly", TestMapFocusTests.Links(whole, "shop.checkout.ExpressCheckout.pay"));
        Assert.Contains("tests/test_many.py::test_00002 claimed through helper `check_summary`", TestMapFocusTests.Links(whole, "shop.report.summary"));
        Assert.InRange(whole.DynamicTestsReaching("shop.dynamic"), Generated / 8, Generated);
    }

    [Fact]
    public void The_record_of_a_map_followed_on_two_threads_replays_and_follows_again_as_one_thread()
    {
        using var tree = Many();
        var first = TestMapFocusTests.Project(tree, null);
        AssertSame(OneThread(tree), first.TestMap!);
        Assert.Equal("whole", first.TestMapStore!.LastUse);

        var again = TestMapFocusTests.Project(tree, null);
        AssertSame(OneThread(tree), again.TestMap!);
        Assert.Equal(("incremental", 0), (again.TestMapStore!.LastUse, again.TestMapStore.LastFollowed));

        // What each test ran through was recorded by both threads: an edit to the report follows again exactly the tests
        // that ran through it (the summaries' and helpers' tests), and the map is the one-thread map of the edited tree.
        TestMapFocusTests.Edit(tree, "shop/report.py", text => text.Replace("    return 3", "    Cart().add(1)\n    return 3", StringComparison.Ordinal));
        var edited = TestMapFocusTests.Project(tree, null);
        var oneThread = OneThread(tree);
        AssertSame(oneThread, edited.TestMap!);
        Assert.Equal("incremental", edited.TestMapStore!.LastUse);
        var throughReport = oneThread.Tests.Count(t => t.Id.StartsWith("tests/test_many.py::test_", StringComparison.Ordinal) && int.Parse(t.Id[^5..], CultureInfo.InvariantCulture) % 8 is 1 or 2);
        Assert.InRange(edited.TestMapStore.LastFollowed, throughReport, throughReport + 10);
    }
}
