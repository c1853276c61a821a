using ProdReady.Analysis.Rules.TestsWritten;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

[Trait("Issue", "11")]
public sealed class TestWithoutAssertionTests
{
    [Fact]
    public void Reports_tests_that_check_nothing_and_accepts_every_way_of_checking()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
            .File("tests/test_cart.py", """
                import pytest
                from unittest import mock


                def check(value):
                    assert value


                def test_pass():
                    pass


                def test_call_only():
                    Cart = mock.Mock()
                    Cart()


                def test_assert():
                    assert 1


                def test_raises():
                    with pytest.raises(ValueError):
                        int("x")


                def test_mock():
                    m = mock.Mock()
                    m()
                    m.assert_called_once_with()


                def test_helper():
                    check(1)


                def test_snapshot(snapshot):
                    snapshot.match(1)
                """);
        Assert.Equal(
            [
                "tests/test_cart.py:9 TST008 `test_pass` asserts nothing (no assert, pytest.raises, assert* call or asserting helper)",
                "tests/test_cart.py:13 TST008 `test_call_only` asserts nothing (no assert, pytest.raises, assert* call or asserting helper)",
            ],
            TestProject.Check(tree, new TestWithoutAssertion()));
    }

    [Fact]
    public void Reports_a_mixin_test_once_however_many_classes_inherit_it()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
            .File("tests/test_cart.py", """
                import unittest

                from shop.cart import Cart


                class CartTests:
                    def test_make(self):
                        Cart()

                    def test_checked(self):
                        self.assertTrue(Cart())


                class PurePythonCartTests(CartTests, unittest.TestCase):
                    pass


                class AcceleratedCartTests(CartTests, unittest.TestCase):
                    pass
                """);
        Assert.Equal(
            ["tests/test_cart.py:7 TST008 `test_make` asserts nothing (no assert, pytest.raises, assert* call or asserting helper)"],
            TestProject.Check(tree, new TestWithoutAssertion()));
    }
}
