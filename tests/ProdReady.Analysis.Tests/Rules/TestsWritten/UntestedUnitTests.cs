using ProdReady.Analysis.Rules.TestsWritten;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

[Trait("Issue", "11")]
public sealed class UntestedUnitTests
{
    /// <summary>The test project's pyproject.toml with more settings after it.</summary>
    private static string Pyproject(string more) =>
        "[project]\nname = \"shop\"\nrequires-python = \">=3.10\"\ndependencies = []\n[dependency-groups]\ntest = [\"pytest\"]\n" + more;

    private const string Cart = """
        class Cart:
            def __init__(self):
                self.items = []

            def add(self, price):
                self.items.append(price)
                return self.total()

            def total(self):
                return sum(self.items)

            def clear(self):
                self.items = []


        def make_cart():
            return Cart()


        def unused():
            return 1
        """;

    [Fact]
    public void Reports_units_no_test_reaches_and_follows_instances_and_the_call_graph()
    {
        using var tree = TestProject.Create().File("shop/cart.py", Cart)
            .File("tests/test_cart.py", "from shop import Cart\n\n\ndef test_add():\n    c = Cart()\n    assert c.add(2) == 2\n");
        var findings = TestProject.Check(tree, new UntestedUnit());
        Assert.Equal(
            [
                "shop/cart.py:12 TST001 No test is known to reach `shop.cart.Cart.clear`",
                "shop/cart.py:16 TST001 No test is known to reach `shop.cart.make_cart`",
                "shop/cart.py:20 TST001 No test is known to reach `shop.cart.unused`",
            ],
            findings);
    }

    [Fact]
    public void Follows_fixtures_chains_helpers_and_parametrized_callables()
    {
        using var tree = TestProject.Create().File("shop/cart.py", Cart)
            .File("tests/conftest.py", "import pytest\nfrom shop.cart import make_cart\n\n\n@pytest.fixture\ndef cart():\n    return make_cart()\n\n\n@pytest.fixture\ndef full(cart):\n    cart.add(1)\n    return cart\n")
            .File("tests/test_cart.py", "import pytest\nfrom shop import cart as module\n\n\ndef test_full(full):\n    full.clear()\n    assert full.total() == 0\n\n\n@pytest.mark.parametrize(\"f\", [module.unused])\ndef test_param(f):\n    assert f() == 1\n");
        Assert.Empty(TestProject.Check(tree, new UntestedUnit()));
    }

    [Fact]
    public void Follows_test_client_requests_to_routes_and_cli_runner_invocations()
    {
        using var tree = TestProject.Create()
            .File("shop/cart.py", "class Cart:\n    pass\n")
            .File("shop/web.py", "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get(\"/items/<int:item>\")\ndef item(item):\n    return str(item)\n\n\n@app.post(\"/items\")\ndef create():\n    return \"\"\n")
            .File("shop/cli.py", "import click\n\n\n@click.command()\ndef main():\n    click.echo(\"hi\")\n")
            .File("tests/test_web.py", "from shop.web import app\nfrom shop.cli import main\nfrom shop.cart import Cart\nfrom click.testing import CliRunner\n\n\ndef test_item():\n    client = app.test_client()\n    assert client.get(\"/items/1\").status_code == 200\n\n\ndef test_cli():\n    assert CliRunner().invoke(main).exit_code == 0\n    assert Cart()\n");
        var findings = TestProject.Check(tree, new UntestedUnit());
        Assert.Equal(["shop/web.py:12 TST001 No test is known to reach `shop.web.create`"], findings);
    }

    [Fact]
    public void Collects_unittest_cases_and_inherited_tests()
    {
        using var tree = TestProject.Create().File("shop/cart.py", Cart).File("tests/__init__.py", string.Empty)
            .File("tests/base.py", "import unittest\nfrom shop.cart import make_cart, unused\n\n\nclass Base(unittest.TestCase):\n    def setUp(self):\n        self.cart = make_cart()\n\n    def test_unused(self):\n        self.assertEqual(unused(), 1)\n")
            .File("tests/test_more.py", "from tests.base import Base\nfrom shop.cart import Cart\n\n\nclass TestCart(Base):\n    def test_clear(self):\n        Cart().clear()\n        Cart().add(1)\n");
        Assert.Empty(TestProject.Check(tree, new UntestedUnit()));
    }

    [Fact]
    public void Ignores_private_and_test_code_and_says_so_when_there_are_no_tests()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n\n\ndef _helper():\n    return 1\n");
        Assert.Equal(["shop/cart.py:1 TST001 No test is known to reach `shop.cart.Cart`"], TestProject.Check(tree, new UntestedUnit()));
    }

    [Fact]
    public void Does_not_judge_classes_that_only_declare_a_type()
    {
        using var tree = TestProject.Create()
            .File("shop/types.py", """"
                import enum
                import typing as t
                from typing import Protocol

                import typing_extensions


                class Info(t.TypedDict):
                    name: str


                class MoreInfo(Info):
                    extra: int


                class Extended(typing_extensions.TypedDict, total=False):
                    size: int


                class Reader(Protocol):
                    def read(self, n: int) -> bytes: ...

                    def close(self) -> None:
                        """Closes the stream."""


                class Color(enum.Enum):
                    RED = 1


                class Level(enum.IntEnum):
                    LOW = 1


                class Perm(enum.Flag):
                    READ = 1
                """")
            .File("tests/test_types.py", "def test_nothing():\n    assert True\n");
        Assert.Empty(TestProject.Check(tree, new UntestedUnit()));
    }

    [Fact]
    public void Judges_classes_with_behaviour_of_their_own_and_look_alikes_of_other_modules()
    {
        using var tree = TestProject.Create()
            .File("shop/kinds.py", """
                class TypedDict:
                    pass


                class Protocol:
                    pass
                """)
            .File("shop/types.py", """
                import enum
                from typing import Protocol as _Protocol

                from shop.kinds import Protocol, TypedDict


                class Reader(_Protocol):
                    def read(self) -> bytes: ...


                class FileReader(Reader):
                    def read(self) -> bytes:
                        return b""


                class Fake(TypedDict):
                    pass


                class NotAProtocol(Protocol):
                    pass


                class Mode(str, enum.Enum):
                    FAST = "fast"

                    def label(self) -> str:
                        return self.value.upper()


                class Plugin(FileReader):
                    def setup(self) -> None:
                        pass
                """)
            .File("tests/test_types.py", "def test_nothing():\n    assert True\n");
        Assert.Equal(
            [
                "shop/kinds.py:1 TST001 No test is known to reach `shop.kinds.TypedDict`",
                "shop/kinds.py:5 TST001 No test is known to reach `shop.kinds.Protocol`",
                "shop/types.py:11 TST001 No test is known to reach `shop.types.FileReader`",
                "shop/types.py:12 TST001 No test is known to reach `shop.types.FileReader.read`",
                "shop/types.py:16 TST001 No test is known to reach `shop.types.Fake`",
                "shop/types.py:20 TST001 No test is known to reach `shop.types.NotAProtocol`",
                "shop/types.py:24 TST001 No test is known to reach `shop.types.Mode`",
                "shop/types.py:27 TST001 No test is known to reach `shop.types.Mode.label`",
                "shop/types.py:31 TST001 No test is known to reach `shop.types.Plugin`",
                "shop/types.py:32 TST001 No test is known to reach `shop.types.Plugin.setup`",
            ],
            TestProject.Check(tree, new UntestedUnit()));
    }

    [Fact]
    public void Does_not_judge_what_the_project_leaves_out_of_coverage_or_leaves_to_subclasses()
    {
        using var tree = TestProject.Create()
            .File("shop/tools.py", """"
                import functools


                def debug_dump():  # pragma: no cover
                    return 1


                def long_signature(
                    first: int,
                    second: int,
                ) -> int:  # pragma: no cover
                    return first + second


                @functools.cache  # pragma: no cover
                def cached():
                    return 2


                class Legacy:  # pragma: no cover
                    def run(self):
                        return 3


                class Base:
                    def render(self):
                        """Renders the object."""
                        raise NotImplementedError()

                    def parse(self):
                        raise NotImplementedError


                class Html(Base):
                    def render(self):
                        return "<p>"


                def later():
                    raise NotImplementedError


                def commented():
                    # pragma: no cover
                    return 4


                class Checked:
                    def check(self, value):
                        if value:
                            return value
                        raise NotImplementedError


                class ReadOnly(Base):
                    def parse(self):
                        raise NotImplementedError("read-only")


                def strip_comment(line, marker="#"):
                    if not line:  # pragma: no cover
                        return line
                    return line.split(marker)[0]
                """")
            .File("tests/test_tools.py", "def test_nothing():\n    assert True\n");
        Assert.Equal(
            [
                "shop/tools.py:25 TST001 No test is known to reach `shop.tools.Base`",
                "shop/tools.py:30 TST001 No test is known to reach `shop.tools.Base.parse`",
                "shop/tools.py:34 TST001 No test is known to reach `shop.tools.Html`",
                "shop/tools.py:35 TST001 No test is known to reach `shop.tools.Html.render`",
                "shop/tools.py:39 TST001 No test is known to reach `shop.tools.later`",
                "shop/tools.py:43 TST001 No test is known to reach `shop.tools.commented`",
                "shop/tools.py:48 TST001 No test is known to reach `shop.tools.Checked`",
                "shop/tools.py:49 TST001 No test is known to reach `shop.tools.Checked.check`",
                "shop/tools.py:55 TST001 No test is known to reach `shop.tools.ReadOnly`",
                "shop/tools.py:56 TST001 No test is known to reach `shop.tools.ReadOnly.parse`",
                "shop/tools.py:60 TST001 No test is known to reach `shop.tools.strip_comment`",
            ],
            TestProject.Check(tree, new UntestedUnit()));
    }
    [Fact]
    public void Does_not_judge_files_the_project_s_coverage_configuration_does_not_measure()
    {
        using var tree = TestProject.Create()
            .File("pyproject.toml", Pyproject("[tool.coverage.run]\nsource = [\"shop\", \"tests\"]\nomit = [\"shop/generated.py\"]\n"))
            .File("shop/cart.py", "class Cart:\n    def total(self):\n        return 0\n")
            .File("shop/generated.py", "def version():\n    return '1.0'\n")
            .File("examples/demo.py", "def main():\n    return 1\n")
            .File("noxfile.py", "def tests(session):\n    session.run('pytest')\n")
            .File("tests/test_nothing.py", "def test_nothing():\n    assert True\n");

        Assert.Equal(
            [
                "shop/cart.py:1 TST001 No test is known to reach `shop.cart.Cart`",
                "shop/cart.py:2 TST001 No test is known to reach `shop.cart.Cart.total`",
            ],
            TestProject.Check(tree, new UntestedUnit()));

        // Without the configuration, the same files are judged.
        tree.File("pyproject.toml", Pyproject(""));
        Assert.Equal(
            [
                "examples/demo.py:1 TST001 No test is known to reach `examples.demo.main`",
                "noxfile.py:1 TST001 No test is known to reach `noxfile.tests`",
                "shop/cart.py:1 TST001 No test is known to reach `shop.cart.Cart`",
                "shop/cart.py:2 TST001 No test is known to reach `shop.cart.Cart.total`",
                "shop/generated.py:1 TST001 No test is known to reach `shop.generated.version`",
            ],
            TestProject.Check(tree, new UntestedUnit()));
    }
    [Fact]
    public void Does_not_judge_a_function_whose_every_statement_the_project_leaves_out_of_coverage()
    {
        using var tree = TestProject.Create()
            .File("shop/app.py", """"
                class App:
                    def mount(self, path, app):
                        self.router.mount(path, app=app)  # pragma: no cover

                    @property
                    def identity(self):
                        """The identity."""
                        raise NotImplementedError()  # pragma: no cover

                    def add(
                        self,
                        item,
                    ):
                        self.items.append(
                            item,
                        )  # pragma: no cover
                        if item:  # pragma: no cover
                            print(item)

                    def partly(self, item):
                        self.items.append(item)  # pragma: no cover
                        return item

                    def inner_only(self, item):
                        if item:
                            return 1  # pragma: no cover

                    def only_docstring(self):
                        """Nothing to run."""


                async def unattached_send(message):
                    raise RuntimeError("send awaitable not set")  # pragma: no cover
                """")
            .File("tests/test_app.py", "def test_nothing():\n    assert True\n");

        Assert.Equal(
            [
                "shop/app.py:1 TST001 No test is known to reach `shop.app.App`",
                "shop/app.py:20 TST001 No test is known to reach `shop.app.App.partly`",
                "shop/app.py:24 TST001 No test is known to reach `shop.app.App.inner_only`",
                "shop/app.py:28 TST001 No test is known to reach `shop.app.App.only_docstring`",
            ],
            TestProject.Check(tree, new UntestedUnit()));
    }
    [Fact]
    public void Does_not_judge_definitions_in_a_branch_the_project_leaves_out_of_coverage()
    {
        using var tree = TestProject.Create()
            .File("shop/compat.py", """"
                import sys

                if sys.version_info >= (3, 11):  # pragma: no cover
                    def modern():
                        return 1
                elif sys.platform == "win32":
                    def windows():
                        return 2
                else:  # pragma: no cover
                    def legacy():
                        return 3

                try:
                    def attempt():
                        return 4
                except ImportError:  # pragma: no cover
                    def fallback():
                        return 5
                else:
                    def after():
                        return 6
                finally:  # pragma: no cover
                    def cleanup():
                        return 7

                if sys.version_info >= (
                    3,
                    12,
                ):  # pragma: no cover
                    def newest():
                        return 8
                else:
                    def older():
                        return 9
                """")
            .File("tests/test_compat.py", "def test_nothing():\n    assert True\n");

        Assert.Equal(
            [
                "shop/compat.py:7 TST001 No test is known to reach `shop.compat.windows`",
                "shop/compat.py:14 TST001 No test is known to reach `shop.compat.attempt`",
                "shop/compat.py:20 TST001 No test is known to reach `shop.compat.after`",
                "shop/compat.py:33 TST001 No test is known to reach `shop.compat.older`",
            ],
            TestProject.Check(tree, new UntestedUnit()));
    }
    [Fact]
    public void Reads_the_project_s_own_coverage_exclusion_expressions()
    {
        using var tree = TestProject.Create()
            .File("pyproject.toml", Pyproject("[tool.coverage.report]\nexclude_lines = [\"def __repr__\", \"if TYPE_CHECKING:\", \"raise NotImplementedError\"]\n"))
            .File("shop/model.py", """"
                from typing import TYPE_CHECKING

                if TYPE_CHECKING:
                    def typed_only():
                        return 1


                class Item:
                    def __repr__(self):
                        return "Item()"

                    def render(self):
                        raise NotImplementedError

                    def marked(self):  # pragma: no cover
                        return 2
                """")
            .File("tests/test_model.py", "def test_nothing():\n    assert True\n");

        // `exclude_lines` replaces coverage.py's default comment: `marked` is judged.
        Assert.Equal(
            [
                "shop/model.py:8 TST001 No test is known to reach `shop.model.Item`",
                "shop/model.py:15 TST001 No test is known to reach `shop.model.Item.marked`",
            ],
            TestProject.Check(tree, new UntestedUnit()));

        // `exclude_also` adds to it; the summaries made under other expressions are not reused.
        tree.File("pyproject.toml", Pyproject("[tool.coverage.report]\nexclude_also = [\"def __repr__\"]\n"));
        Assert.Equal(
            [
                "shop/model.py:4 TST001 No test is known to reach `shop.model.typed_only`",
                "shop/model.py:8 TST001 No test is known to reach `shop.model.Item`",
                "shop/model.py:12 TST001 No test is known to reach `shop.model.Item.render`",
            ],
            TestProject.Check(tree, new UntestedUnit()));
    }
    [Fact]
    public void A_block_statement_s_excluded_header_leaves_its_other_branches_measured()
    {
        using var tree = TestProject.Create()
            .File("shop/io.py", """"
                import sys


                def load(path):
                    if sys.platform == "win32":  # pragma: no cover
                        return path.upper()
                    else:
                        return path.lower()


                def fetch():
                    try:  # pragma: no cover
                        return 1
                    except ImportError:
                        return 2


                def scan(items):
                    for item in items:  # pragma: no cover
                        print(item)
                    else:
                        return 3


                def pick(flag):
                    if flag:  # pragma: no cover
                        return 1
                    elif sys.platform == "win32":
                        return 2


                def skipped(flag):
                    if flag:  # pragma: no cover
                        return 1
                    else:  # pragma: no cover
                        return 2


                def guarded():
                    try:  # pragma: no cover
                        return 1
                    except ImportError:  # pragma: no cover
                        return 2
                    finally:  # pragma: no cover
                        print("done")


                if sys.platform: value = 1
                else:  # pragma: no cover
                    def legacy():
                        return 4


                def oneline(flag):
                    if flag: return 1
                    else:  # pragma: no cover
                        return 2
                """")
            .File("tests/test_io.py", "def test_nothing():\n    assert True\n");

        Assert.Equal(
            [
                "shop/io.py:4 TST001 No test is known to reach `shop.io.load`",
                "shop/io.py:11 TST001 No test is known to reach `shop.io.fetch`",
                "shop/io.py:18 TST001 No test is known to reach `shop.io.scan`",
                "shop/io.py:25 TST001 No test is known to reach `shop.io.pick`",
                "shop/io.py:54 TST001 No test is known to reach `shop.io.oneline`",
            ],
            TestProject.Check(tree, new UntestedUnit()));
    }
}
