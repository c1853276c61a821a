using ProdReady.Analysis.Rules.TestsWritten;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

[Trait("Issue", "11")]
public sealed class BrokenTestModuleTests
{
    [Fact]
    public void Reports_missing_project_names_modules_and_fixtures()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
            .File("tests/conftest.py", "import pytest\n\n\n@pytest.fixture\ndef cart():\n    return 1\n")
            .File("tests/test_cart.py", "from shop.cart import Basket\nimport shop.nothing\n\n\ndef test_a(cart, tmp_path, monkeypatch):\n    assert cart\n\n\ndef test_b(cart_factory):\n    assert cart_factory\n\n\ndef test_c(mocker):\n    assert mocker\n");
        Assert.Equal(
            [
                "tests/test_cart.py:1 TST002 Test module imports `Basket` from `shop.cart`, which does not define it",
                "tests/test_cart.py:2 TST002 Test module imports `shop.nothing`, which the project does not have",
                "tests/test_cart.py:9 TST002 `test_b` requests fixture `cart_factory`, which no conftest, module, class, pytest built-in or declared plugin provides",
                "tests/test_cart.py:13 TST002 `test_c` requests fixture `mocker`, which no conftest, module, class, pytest built-in or declared plugin provides",
            ],
            TestProject.Check(tree, new BrokenTestModule()));
    }

    [Fact]
    public void Accepts_declared_plugins_parametrized_arguments_and_plugin_modules()
    {
        using var tree = TestProject.Create()
            .File("pyproject.toml", "[project]\nname = \"shop\"\ndependencies = []\n[dependency-groups]\ntest = [\"pytest\", \"pytest-mock\"]\n")
            .File("tests/test_a.py", "import pytest\n\n\n@pytest.mark.parametrize(\"value\", [1, 2])\ndef test_a(value, mocker):\n    assert value\n")
            .File("tests/test_b.py", "pytest_plugins = [\"plugin\"]\n\n\ndef test_b(anything):\n    assert anything\n");
        Assert.Empty(TestProject.Check(tree, new BrokenTestModule()));
    }

    [Fact]
    public void Reads_a_parametrize_mark_held_in_a_module_level_name()
    {
        using var tree = TestProject.Create()
            .File("tests/test_modules.py", """
                import pytest

                _each_module = pytest.mark.parametrize("tested_module", ["a", "b"])
                _not_a_mark = print


                @_each_module
                def test_exposed(tested_module):
                    assert tested_module


                @_not_a_mark
                def test_other(missing_fixture):
                    assert missing_fixture
                """);
        Assert.Equal(
            ["tests/test_modules.py:13 TST002 `test_other` requests fixture `missing_fixture`, which no conftest, module, class, pytest built-in or declared plugin provides"],
            TestProject.Check(tree, new BrokenTestModule()));
    }
}
