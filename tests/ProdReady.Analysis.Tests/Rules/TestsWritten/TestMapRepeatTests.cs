using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>
/// Tests that run the same code (a test method a mixin gives several test classes) are followed once and the others
/// take what it made: their links, the files they ran through and their dynamic modules must be exactly those a
/// traversal of their own would make, and a test whose setup or fixtures differ must still be followed on its own.
/// </summary>
[Trait("Issue", "11")]
public sealed class TestMapRepeatTests
{
    private const string Mixins = """
        import unittest

        import shop.cart
        from shop.cart import Cart


        class CartChecks:
            def test_total(self):
                cart = getattr(shop.cart, "Cart")()
                cart.add(1)
                assert Cart().total() == cart.total()


        class TestPlain(CartChecks, unittest.TestCase):
            pass


        class TestAgain(CartChecks, unittest.TestCase):
            pass


        class TestWithSetup(CartChecks, unittest.TestCase):
            def setUp(self):
                self.summary = shop.cart.GiftCart().total()
        """;

    private static TempTree Tree() => TestMapFocusTests.Shop().File("tests/test_mixins.py", Mixins);

    [Fact]
    public void Tests_that_run_the_same_code_make_the_links_a_test_followed_alone_makes()
    {
        using var tree = Tree();
        var map = TestMapFocusTests.Map(tree, null);

        // The first two tests share their definition and have no setup: one is followed, the other repeats it.
        Assert.Equal(
            [
                "tests/test_mixins.py::TestAgain::test_total possible possibly through `shop.cart.Cart.total`",
                "tests/test_mixins.py::TestPlain::test_total possible possibly through `shop.cart.Cart.total`",
                "tests/test_mixins.py::TestWithSetup::test_total possible possibly through `shop.cart.Cart.total`",
            ],
            TestMapFocusTests.Links(map, "shop.pricing.total_of").Where(l => l.StartsWith("tests/test_mixins.py", StringComparison.Ordinal)));

        // The setup that differs is followed for its own test only.
        Assert.Equal(
            ["tests/test_mixins.py::TestWithSetup::test_total claimed directly"],
            TestMapFocusTests.Links(map, "shop.cart.GiftCart.total").Where(l => l.StartsWith("tests/test_mixins.py", StringComparison.Ordinal)));

        // One test took what another made, and each test that reaches a module through `getattr` counts, repeated or followed.
        Assert.Equal(1, map.RepeatedTests);
        using var withoutAgain = TestMapFocusTests.Shop().File("tests/test_mixins.py", Mixins.Replace("class TestAgain(CartChecks, unittest.TestCase):\n    pass\n", string.Empty, StringComparison.Ordinal));
        var alone = TestMapFocusTests.Map(withoutAgain, null);
        Assert.Equal(0, alone.RepeatedTests);
        Assert.Equal(alone.DynamicTestsReaching("shop.cart") + 1, map.DynamicTestsReaching("shop.cart"));
    }

    [Fact]
    public void Tests_whose_fixture_of_the_same_name_differs_are_each_followed()
    {
        using var tree = TestMapFocusTests.Shop()
            .File("tests/conftest.py", """
                import pytest

                from shop.cart import Cart


                @pytest.fixture
                def cart():
                    return Cart()
                """)
            .File("tests/test_fixtures.py", """
                import pytest

                from shop.cart import GiftCart


                class Checks:
                    def test_total(self, cart):
                        assert cart.total() == 0


                class TestShared(Checks):
                    pass


                class TestSharedAgain(Checks):
                    pass


                class TestGift(Checks):
                    @pytest.fixture
                    def cart(self):
                        return GiftCart()
                """);
        var map = TestMapFocusTests.Map(tree, null);

        Assert.Equal(1, map.RepeatedTests);
        Assert.Equal(
            ["tests/test_fixtures.py::TestGift::test_total claimed directly"],
            TestMapFocusTests.Links(map, "shop.cart.GiftCart.total").Where(l => l.StartsWith("tests/test_fixtures.py", StringComparison.Ordinal)));
        Assert.Equal(
            [
                "tests/test_fixtures.py::TestShared::test_total claimed directly",
                "tests/test_fixtures.py::TestSharedAgain::test_total claimed directly",
            ],
            TestMapFocusTests.Links(map, "shop.cart.Cart.total").Where(l => l.StartsWith("tests/test_fixtures.py", StringComparison.Ordinal)));
    }

    [Fact]
    public void Tests_whose_setup_differs_are_each_followed()
    {
        using var tree = TestMapFocusTests.Shop().File("tests/test_setups.py", """
            import unittest

            import shop.cart


            class Checks:
                def test_nothing(self):
                    assert True


            class TestPlain(Checks, unittest.TestCase):
                def setUp(self):
                    shop.cart.Cart().total()


            class TestGift(Checks, unittest.TestCase):
                def setUp(self):
                    shop.cart.GiftCart().total()
            """);
        var map = TestMapFocusTests.Map(tree, null);

        Assert.Equal(0, map.RepeatedTests);
        Assert.Equal(
            ["tests/test_setups.py::TestGift::test_nothing claimed directly"],
            TestMapFocusTests.Links(map, "shop.cart.GiftCart.total").Where(l => l.StartsWith("tests/test_setups.py", StringComparison.Ordinal)));
        Assert.Equal(
            ["tests/test_setups.py::TestPlain::test_nothing claimed directly"],
            TestMapFocusTests.Links(map, "shop.cart.Cart.total").Where(l => l.StartsWith("tests/test_setups.py", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_repeated_test_knows_its_direct_callees_as_a_followed_test_does()
    {
        using var tree = Tree();

        // A whole map with the cache makes every test's direct callees while it is built; without, each is made when asked.
        var whole = TestMapFocusTests.Project(tree, null).TestMap!;
        var scratch = TestMapFocusTests.Map(tree, null);
        Assert.Equal(scratch.Tests.Select(t => t.Id), whole.Tests.Select(t => t.Id));
        for (var i = 0; i < scratch.Tests.Count; i++)
        {
            Assert.Equal(scratch.DirectCallees(scratch.Tests[i]).Select(u => u.QualifiedName), whole.DirectCallees(whole.Tests[i]).Select(u => u.QualifiedName));
        }

        var again = whole.Tests.Single(t => t.Id.EndsWith("TestAgain::test_total", StringComparison.Ordinal));
        var withSetup = whole.Tests.Single(t => t.Id.EndsWith("TestWithSetup::test_total", StringComparison.Ordinal));
        Assert.Contains("shop.cart.Cart.total", whole.DirectCallees(again).Select(u => u.QualifiedName));
        Assert.DoesNotContain("shop.cart.GiftCart.total", whole.DirectCallees(again).Select(u => u.QualifiedName));
        Assert.Contains("shop.cart.GiftCart.total", whole.DirectCallees(withSetup).Select(u => u.QualifiedName));
    }

    [Fact]
    public void The_record_keeps_the_files_a_repeated_test_ran_through()
    {
        using var tree = Tree();
        var whole = TestMapFocusTests.Project(tree, null);
        Assert.NotNull(whole.TestMap);
        Assert.Equal("whole", whole.TestMapStore!.LastUse);

        // A change of a file only the tests' traversals reach: the change's map from the record follows every test that
        // ran through it, the repeated one included.
        TestMapFocusTests.Edit(tree, "shop/pricing.py", text => text.Replace("return 1", "return 4", StringComparison.Ordinal));
        var change = TestMapFocusTests.Project(tree, ["shop/pricing.py"]);
        var map = change.TestMap!;
        Assert.Equal("incremental", change.TestMapStore!.LastUse);

        Assert.Equal(
            [
                "tests/test_mixins.py::TestAgain::test_total",
                "tests/test_mixins.py::TestPlain::test_total",
                "tests/test_mixins.py::TestWithSetup::test_total",
            ],
            map.TestsOf("shop.pricing.Pricing.base").Select(l => l.Test.Id).Where(id => id.StartsWith("tests/test_mixins.py", StringComparison.Ordinal)));
        Assert.Equal(
            TestMapFocusTests.Links(TestMapFocusTests.Map(tree, ["shop/pricing.py"]), "shop.pricing.Pricing.base"),
            TestMapFocusTests.Links(map, "shop.pricing.Pricing.base"));
    }

    [Fact]
    public void A_whole_map_from_the_record_repeats_as_a_whole_map_from_scratch()
    {
        using var tree = Tree();
        Assert.NotNull(TestMapFocusTests.Project(tree, null).TestMap);
        TestMapFocusTests.Edit(tree, "shop/pricing.py", text => text.Replace("return 1", "return 5", StringComparison.Ordinal));
        var again = TestMapFocusTests.Project(tree, null);
        Assert.NotNull(again.TestMap);
        Assert.Equal("incremental", again.TestMapStore!.LastUse);
        Assert.True(again.TestMapStore.LastFollowed >= 3);
        Assert.True(again.TestMap!.RepeatedTests >= 1);

        var scratch = TestMapFocusTests.Map(tree, null);
        foreach (var unit in new[] { "shop.cart.Cart.total", "shop.pricing.total_of", "shop.pricing.Pricing.base", "shop.cart.GiftCart.total" })
        {
            Assert.Equal(TestMapFocusTests.Links(scratch, unit), TestMapFocusTests.Links(again.TestMap!, unit));
        }

        Assert.Equal(scratch.DynamicTestsReaching("shop.cart"), again.TestMap!.DynamicTestsReaching("shop.cart"));
    }
}
