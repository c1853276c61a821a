using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>
/// The test map of a change (focused on the changed files) against the whole map: for every unit of a focus file the
/// links must be the same, way and all; elsewhere a focused map knows none.
/// </summary>
[Trait("Issue", "11")]
public sealed class TestMapFocusTests
{
    /// <summary>A project whose units are reached every way the map follows: imports, subclasses, fixtures, helpers, setup, callbacks.</summary>
    internal static TempTree Shop() => TestProject.Create()
        .File("shop/cart.py", """
            from shop.pricing import Pricing, total_of


            class Cart:
                def __init__(self, pricing: Pricing | None = None):
                    self.items = []
                    self.pricing = pricing or Pricing()

                def add(self, item):
                    self.items.append(item)

                def total(self):
                    if not self.items:
                        return 0
                    return total_of(self.items, self.pricing)


            class GiftCart(Cart):
                def total(self):
                    return 0
            """)
        .File("shop/pricing.py", """
            class Pricing:
                def price(self, item):
                    return self.base(item) * 2

                def base(self, item):
                    return 1


            class Discount(Pricing):
                def base(self, item):
                    return 0


            def total_of(items, pricing: Pricing):
                return sum(pricing.price(item) for item in items)


            def each(items, callback):
                for item in items:
                    callback(item)
            """)
        .File("shop/report.py", """
            from shop.cart import Cart


            def summary(cart: Cart) -> str:
                return str(cart.total())


            def unrelated() -> int:
                return 3
            """)
        .File("shop/checkout.py", """
            from shop.cart import Cart


            class Checkout:
                def pay(self, cart: Cart) -> int:
                    amount = cart.total()
                    if amount < 0:
                        raise ValueError("negative")
                    return self.record(amount)

                def record(self, amount: int) -> int:
                    return amount


            class ExpressCheckout(Checkout):
                def pay(self, cart: Cart) -> int:
                    return super().pay(cart) + 1
            """)
        .File("tests/test_checkout.py", """
            import pytest
            from shop.cart import Cart
            from shop.checkout import Checkout, ExpressCheckout


            @pytest.mark.parametrize("checkout", [Checkout(), ExpressCheckout()])
            def test_pay(checkout):
                assert checkout.pay(Cart()) >= 0


            def test_pay_rejects():
                with pytest.raises(ValueError):
                    ExpressCheckout().pay(Cart())
            """)
        .File("tests/conftest.py", """
            import pytest
            from shop.cart import Cart


            @pytest.fixture
            def cart():
                made = Cart()
                made.add("apple")
                return made
            """)
        .File("tests/helpers.py", """
            from shop.report import summary


            def check_summary(cart):
                assert summary(cart)
            """)
        .File("tests/test_cart.py", """
            import unittest
            from shop.cart import GiftCart
            from shop.pricing import Discount, each
            from shop.report import unrelated
            from tests.helpers import check_summary


            def test_total(cart):
                assert cart.total() == 2


            def test_summary(cart):
                check_summary(cart)


            def test_callback():
                seen = []
                each([1, 2], seen.append)
                assert seen


            def test_unrelated():
                assert unrelated() == 3


            class TestGift(unittest.TestCase):
                def setUp(self):
                    self.cart = GiftCart(Discount())

                def test_gift_total(self):
                    self.assertEqual(self.cart.total(), 0)
            """);

    internal static List<string> Files(TempTree tree) => Directory.EnumerateFiles(tree.Root, "*.py", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(tree.Root, f).Replace('\\', '/'))
        .Where(f => !f.StartsWith(".prodready_cache", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Maps a tree; without the cache, no record of an earlier map is kept or used.</summary>
    internal static TestMap Map(TempTree tree, IReadOnlyCollection<string>? focus, bool useCache = false) =>
        ProjectContextFactory.Create(tree.Root, new ProdReadyConfiguration(tree.Root), Files(tree), useCache: useCache, testMapFocus: focus).TestMap
        ?? throw new InvalidOperationException("the project has no test map");

    /// <summary>Makes the project context of a tree with the cache (which keeps the test map's record), focused on some files or on none.</summary>
    internal static ProjectContext Project(TempTree tree, IReadOnlyCollection<string>? focus) =>
        ProjectContextFactory.Create(tree.Root, new ProdReadyConfiguration(tree.Root), Files(tree), testMapFocus: focus);

    /// <summary>Rewrites a file with new contents and a time of last write in the past, as an editor some time ago would.</summary>
    internal static void Edit(TempTree tree, string path, Func<string, string> edit)
    {
        var full = tree.Path(path);
        var before = File.ReadAllText(full);
        var after = edit(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(full, after);
        File.SetLastWriteTimeUtc(full, DateTime.UtcNow.AddMinutes(-1));
    }

    internal static List<string> Links(TestMap map, string unit) =>
        [.. map.TestsOf(unit).Select(l => $"{l.Test.Id} {(l.IsCertain ? "claimed" : "possible")} {l.Way}")];

    [Theory]
    [InlineData("shop/cart.py")]
    [InlineData("shop/pricing.py")]
    [InlineData("shop/report.py")]
    [InlineData("shop/checkout.py")]
    public void A_map_focused_on_one_file_links_its_units_exactly_as_the_whole_map(string focus)
    {
        using var tree = Shop();
        var whole = Map(tree, null);
        var focused = Map(tree, [focus]);

        var units = whole.UnitsOf(focus);
        Assert.NotEmpty(units);
        Assert.Contains(units, u => whole.TestsOf(u.QualifiedName).Count > 0);
        foreach (var unit in units)
        {
            Assert.Equal(Links(whole, unit.QualifiedName), Links(focused, unit.QualifiedName));
        }

        Assert.Equal(whole.Tests.Select(t => t.Id), focused.Tests.Select(t => t.Id));
    }

    [Fact]
    public void The_whole_map_reaches_the_units_every_way_the_focused_maps_are_compared_on()
    {
        using var tree = Shop();
        var whole = Map(tree, null);

        // Through a fixture, and through a test helper and a project function.
        Assert.Contains("tests/test_cart.py::test_total claimed directly", Links(whole, "shop.cart.Cart.total"));
        Assert.Contains("tests/test_cart.py::test_summary claimed through `shop.report.summary`", Links(whole, "shop.cart.Cart.total"));

        // Through an attribute set in setUp, and as the possible override of a declared class.
        Assert.Contains("tests/test_cart.py::TestGift::test_gift_total claimed directly", Links(whole, "shop.cart.GiftCart.total"));
        Assert.Contains(Links(whole, "shop.cart.GiftCart.total"), l => l.StartsWith("tests/test_cart.py::test_summary possible", StringComparison.Ordinal));

        // Through a project function in another module, a callback's caller, and a unit no other file leads to.
        Assert.Contains(Links(whole, "shop.pricing.Pricing.price"), l => l.StartsWith("tests/test_cart.py::test_total", StringComparison.Ordinal));
        Assert.Equal(["tests/test_cart.py::test_callback claimed directly"], Links(whole, "shop.pricing.each"));
        Assert.Equal(["tests/test_cart.py::test_unrelated claimed directly"], Links(whole, "shop.report.unrelated"));

        // Through a parametrized object, `super()`, and a call the test expects to raise.
        Assert.Equal(
            ["tests/test_checkout.py::test_pay claimed directly", "tests/test_checkout.py::test_pay_rejects claimed directly"],
            Links(whole, "shop.checkout.ExpressCheckout.pay"));
        Assert.Equal(
            ["tests/test_checkout.py::test_pay claimed directly", "tests/test_checkout.py::test_pay_rejects possible possibly through `shop.checkout.ExpressCheckout.pay`"],
            Links(whole, "shop.checkout.Checkout.pay"));
        Assert.Equal(
            ["tests/test_checkout.py::test_pay claimed through `shop.checkout.Checkout.pay`", "tests/test_checkout.py::test_pay_rejects possible possibly through `shop.checkout.Checkout.pay`"],
            Links(whole, "shop.checkout.Checkout.record"));
    }

    [Fact]
    public void Links_read_back_the_same_by_position_and_in_order_and_name_the_maps_own_tests()
    {
        using var tree = Shop();
        var map = Map(tree, null);
        var ways = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in Files(tree).SelectMany(map.UnitsOf))
        {
            var links = map.TestsOf(unit.QualifiedName);
            var enumerated = links.ToList();
            Assert.Equal(links.Count, enumerated.Count);
            for (var i = 0; i < links.Count; i++)
            {
                Assert.Equal(enumerated[i], links[i]);
                Assert.Contains(links[i].Test, map.Tests);
                ways.Add(links[i].Way);
            }

            Assert.Equal(enumerated.Select(l => l.Test.Id).Order(StringComparer.Ordinal), enumerated.Select(l => l.Test.Id));
            Assert.Throws<ArgumentOutOfRangeException>(() => links[links.Count]);
            Assert.Throws<ArgumentOutOfRangeException>(() => links[-1]);
        }

        // Every kind of way is kept: directly, through a fixture, a helper, and a unit, claimed or possible.
        Assert.Contains("directly", ways);
        Assert.Contains("through fixture `cart`", ways);
        Assert.Contains("through helper `check_summary`", ways);
        Assert.Contains("through `shop.report.summary`", ways);
        Assert.Contains("possibly through `shop.checkout.Checkout.pay`", ways);
    }

    [Fact]
    public void A_focused_map_knows_no_links_outside_its_focus()
    {
        using var tree = Shop();
        var focused = Map(tree, ["shop/report.py"]);

        Assert.NotEmpty(focused.TestsOf("shop.report.summary"));
        Assert.Empty(focused.TestsOf("shop.cart.Cart.total"));
        Assert.Empty(focused.TestsOf("shop.pricing.each"));
    }

    [Fact]
    public void A_focus_no_test_reaches_has_no_links_and_still_collects_every_test()
    {
        using var tree = Shop().File("shop/orphan.py", "def lonely() -> int:\n    return 1\n");
        var focused = Map(tree, ["shop/orphan.py"]);

        Assert.Empty(focused.TestsOf("shop.orphan.lonely"));
        Assert.Equal(7, focused.Tests.Count);
    }

    [Fact]
    public void The_tests_of_a_unit_with_their_directness_are_its_links_read_without_their_ways()
    {
        using var tree = Shop();
        var map = Map(tree, null);
        var units = 0;
        foreach (var file in new[] { "shop/cart.py", "shop/pricing.py", "shop/report.py", "shop/checkout.py" })
        {
            foreach (var unit in map.UnitsOf(file))
            {
                var links = map.TestsOf(unit.QualifiedName);
                var tests = map.DirectnessOfTests(unit.QualifiedName);
                Assert.Equal(links.Select(l => (l.Test, l.IsDirect)), tests);
                Assert.Equal(links.Count, tests.Count);
                units += links.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(units > 8);
        Assert.Contains(map.DirectnessOfTests("shop.pricing.total_of"), t => !t.IsDirect);
        Assert.Contains(map.DirectnessOfTests("shop.cart.Cart.total"), t => t.IsDirect);
        Assert.Empty(map.DirectnessOfTests("shop.nowhere.nothing"));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.DirectnessOfTests("shop.report.summary")[-1]);
    }

    [Fact]
    public void A_tests_facts_are_its_own_then_its_setups_then_its_fixtures()
    {
        using var tree = Shop();
        var map = Map(tree, null);

        var withFixture = map.Tests.Single(t => t.Id == "tests/test_cart.py::test_total");
        Assert.Equal([withFixture.Unit.Facts, .. withFixture.Fixtures.Select(f => f.Fixture.Facts)], withFixture.AllFacts);
        Assert.Equal("cart", Assert.Single(withFixture.Fixtures).Name);

        var withSetup = map.Tests.Single(t => t.Id == "tests/test_cart.py::TestGift::test_gift_total");
        Assert.Equal([withSetup.Unit.Facts, .. withSetup.Setup.Select(s => s.Facts)], withSetup.AllFacts);
        Assert.Equal("TestGift.setUp", Assert.Single(withSetup.Setup).Facts.Name);

        var alone = map.Tests.Single(t => t.Id == "tests/test_cart.py::test_callback");
        Assert.Equal([alone.Unit.Facts], alone.AllFacts);
    }

    [Fact]
    public void An_empty_focus_links_nothing()
    {
        using var tree = Shop();
        var focused = Map(tree, []);

        Assert.Empty(focused.TestsOf("shop.report.summary"));
        Assert.Equal(0, focused.DynamicTestsReaching("shop.report"));
    }
}
