using ProdReady.Analysis.Rules.EdgeCases;
using ProdReady.Analysis.Tests.Rules.TestsWritten;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.EdgeCases;

[Trait("Issue", "11")]
public sealed class FailureScenarioUntestedTests
{
    private const string Pricing = """"
        class PricingError(ValueError):
            pass


        def discount(price, percent):
            if not 0 <= percent <= 100:
                raise PricingError(percent)
            return price * (100 - percent) / 100


        def parse(text):
            """Parses a price.

            Raises:
                KeyError: when the currency is unknown.
            """
            return float(text)
        """";

    [Fact]
    public void Reports_raised_classes_no_test_expects_and_accepts_bases()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n").File("shop/pricing.py", Pricing)
            .File("tests/test_pricing.py", "import pytest\nfrom shop.pricing import discount, parse\n\n\ndef test_discount():\n    with pytest.raises(ValueError):\n        discount(1, -1)\n\n\ndef test_parse():\n    assert parse(\"1\") == 1\n");
        Assert.Equal(
            ["shop/pricing.py:11 TST003 `parse` raises KeyError, and none of its 1 test expects it (pytest.raises, assertRaises)"],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }

    [Fact]
    public void Reads_the_exception_classes_a_test_class_binds_in_its_body()
    {
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty)
            .File("shop/codec.py", "class DecodeError(ValueError):\n    pass\n\n\ndef loads(text):\n    if not text:\n        raise DecodeError(text)\n    return int(text)\n\n\ndef dumps(value):\n    if value is None:\n        raise TypeError(value)\n    return str(value)\n")
            .File("tests/test_codec.py", """
                import unittest

                from shop import codec


                class CodecTest(unittest.TestCase):
                    loads = staticmethod(codec.loads)
                    dumps = staticmethod(codec.dumps)
                    DecodeError = codec.DecodeError

                    def test_loads(self):
                        self.assertRaises(self.DecodeError, self.loads, "")

                    def test_dumps(self):
                        with self.assertRaises(self.DecodeError):
                            self.dumps(None)
                """);

        // `self.DecodeError` is the class the body binds: `loads`'s failure is tested, `dumps`'s `TypeError` is not.
        Assert.Equal(
            ["shop/codec.py:11 TST003 `dumps` raises TypeError, and none of its 1 test expects it (pytest.raises, assertRaises)"],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }

    [Fact]
    public void Accepts_an_exception_the_test_names_where_its_package_re_exports_it()
    {
        using var tree = TestProject.Create()
            .File("pkg/__init__.py", "from pkg.errors import BadInput, Fatal\nfrom pkg.core import check, parse\n")
            .File("pkg/errors.py", "class BadInput(ValueError):\n    pass\n\n\nclass Fatal(Exception):\n    pass\n")
            .File("pkg/core.py", "from pkg.errors import BadInput, Fatal\n\n\ndef parse(text):\n    if not text:\n        raise BadInput(text)\n    return int(text)\n\n\ndef check(value):\n    if value is None:\n        raise Fatal(value)\n    return value\n")
            .File("tests/test_core.py", "import pytest\n\nimport pkg\n\n\ndef test_parse():\n    with pytest.raises(pkg.BadInput):\n        pkg.parse(\"\")\n\n\ndef test_check():\n    with pytest.raises(pkg.BadInput):\n        pkg.check(None)\n");

        // `pkg.BadInput` is `pkg.errors.BadInput`: `parse`'s failure is tested; `check`'s `Fatal` is not.
        Assert.Equal(
            ["pkg/core.py:10 TST003 `check` raises Fatal, and none of its 1 test expects it (pytest.raises, assertRaises)"],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }

    [Fact]
    public void Accepts_a_command_runner_result_checked_for_usage_errors_and_exceptions_named_on_it()
    {
        using var tree = ClickProject()
            .File("shop/cli.py", "from click.exceptions import UsageError\n\n\ndef usage(value):\n    if not value:\n        raise UsageError(value)\n\n\ndef typed(value):\n    if not value:\n        raise TypeError(value)\n\n\ndef caught(value):\n    if not value:\n        raise TypeError(value)\n")
            .File("tests/test_cli.py", "from click.testing import CliRunner\nfrom shop.cli import caught, typed, usage\n\n\ndef test_usage():\n    usage(1)\n    assert CliRunner().invoke(usage).exit_code == 2\n\n\ndef test_typed():\n    typed(1)\n    result = CliRunner().invoke(typed)\n    assert result.output == \"\"\n\n\ndef test_caught():\n    caught(1)\n    runner = CliRunner()\n    assert runner.invoke(caught).exception is None\n\n\ndef test_caught_named():\n    assert isinstance(CliRunner().invoke(caught).exception, TypeError)\n");
        Assert.Equal(
            ["shop/cli.py:9 TST003 `typed` raises TypeError, and none of its 1 test expects it (pytest.raises, assertRaises)"],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }

    [Theory]
    [InlineData("typer.BadParameter")]
    [InlineData("typer._click.exceptions.UsageError")]
    public void Accepts_typers_usage_errors_as_click_usage_errors_a_checked_run_expects(string raised)
    {
        // Typer re-exports click's `BadParameter`, and Typer's own repository keeps click in `typer._click`: a parameter
        // callback that rejects a value fails the run with a usage error, which a test of the failed run checks.
        var module = raised[..raised.LastIndexOf('.')];
        var cli = $"import typer\nimport {module}\n\napp = typer.Typer()\n\n\ndef check(value: str):\n    if value != \"ann\":\n        raise {raised}(\"only ann\")\n    return value\n\n\n"
            + "@app.command()\ndef main(name: str = typer.Option(..., callback=check)):\n    return name\n";
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", cli)
            .File("tests/test_cli.py", "from typer.testing import CliRunner\nfrom shop.cli import app\n\nrunner = CliRunner()\n\n\ndef test_ann():\n    assert runner.invoke(app, [\"--name\", \"ann\"]).exit_code == 0\n\n\ndef test_bob():\n    result = runner.invoke(app, [\"--name\", \"bob\"])\n    assert result.exit_code != 0\n");
        Assert.Empty(TestProject.Check(tree, new FailureScenarioUntested()));
    }

    [Fact]
    public void Does_not_take_a_runner_result_asserted_to_have_no_exception_for_a_test_of_the_failure()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
            .File("click/__init__.py", string.Empty)
            .File("click/testing.py", "class Result:\n    exit_code = 0\n\n\nclass CliRunner:\n    def invoke(self, cli, args=None):\n        return Result()\n")
            .File("shop/cli.py", "def first(value):\n    if not value:\n        raise TypeError(value)\n\n\ndef second(value):\n    if not value:\n        raise TypeError(value)\n\n\ndef third(value):\n    if not value:\n        raise TypeError(value)\n\n\ndef fourth(value):\n    if not value:\n        raise TypeError(value)\n")
            .File(
                "tests/test_cli.py",
                "import unittest\n\nfrom click.testing import CliRunner\nfrom shop.cli import first, fourth, second, third\n\n\ndef test_first():\n    first(1)\n    result = CliRunner().invoke(first)\n    assert not result.exception\n\n\n"
                + "def test_second():\n    second(1)\n    assert CliRunner().invoke(second).exception is None\n\n\nclass ThirdTest(unittest.TestCase):\n    def test_third(self):\n        third(1)\n        self.assertIsNone(CliRunner().invoke(third).exception)\n\n\n"
                + "def test_fourth():\n    fourth(1)\n    assert CliRunner().invoke(fourth).exception\n");
        Assert.Equal(
            [
                "shop/cli.py:1 TST003 `first` raises TypeError, and none of its 1 test expects it (pytest.raises, assertRaises)",
                "shop/cli.py:6 TST003 `second` raises TypeError, and none of its 1 test expects it (pytest.raises, assertRaises)",
                "shop/cli.py:11 TST003 `third` raises TypeError, and none of its 1 test expects it (pytest.raises, assertRaises)",
            ],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }

    /// <summary>A project with click's runner and usage error, as much of them as the rule reads.</summary>
    private static TempTree ClickProject() => TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
        .File("click/__init__.py", string.Empty)
        .File("click/exceptions.py", "class ClickException(Exception):\n    pass\n\n\nclass UsageError(ClickException):\n    pass\n")
        .File("click/testing.py", "class Result:\n    exit_code = 0\n    output = ''\n\n\nclass CliRunner:\n    def invoke(self, cli, args=None):\n        return Result()\n");

    [Fact]
    public void Does_not_take_an_exit_code_asserted_to_be_zero_for_a_test_of_usage_errors()
    {
        using var tree = ClickProject()
            .File("shop/cli.py", "from click.exceptions import UsageError\n\n\ndef first(value):\n    if not value:\n        raise UsageError(value)\n\n\ndef second(value):\n    if not value:\n        raise UsageError(value)\n\n\ndef third(value):\n    if not value:\n        raise UsageError(value)\n\n\ndef fourth(value):\n    if not value:\n        raise UsageError(value)\n\n\ndef fifth(value):\n    if not value:\n        raise UsageError(value)\n")
            .File(
                "tests/test_cli.py",
                "import unittest\n\nfrom click.testing import CliRunner\nfrom shop.cli import fifth, first, fourth, second, third\n\n\ndef test_first():\n    first(1)\n    result = CliRunner().invoke(first)\n    assert result.exit_code == 0\n\n\n"
                + "def test_second():\n    second(1)\n    assert 0 == CliRunner().invoke(second).exit_code\n\n\nclass ThirdTest(unittest.TestCase):\n    def test_third(self):\n        third(1)\n        self.assertEqual(CliRunner().invoke(third).exit_code, 0)\n\n\n"
                + "def test_fourth():\n    fourth(1)\n    assert CliRunner().invoke(fourth).exit_code != 0\n\n\n"
                + "def test_fifth():\n    fifth(1)\n    result = CliRunner().invoke(fifth)\n    assert result.exit_code == 0\n    assert \"Error\" not in result.output\n");
        Assert.Equal(
            [
                "shop/cli.py:4 TST003 `first` raises UsageError, and none of its 1 test expects it (pytest.raises, assertRaises)",
                "shop/cli.py:9 TST003 `second` raises UsageError, and none of its 1 test expects it (pytest.raises, assertRaises)",
                "shop/cli.py:14 TST003 `third` raises UsageError, and none of its 1 test expects it (pytest.raises, assertRaises)",
                "shop/cli.py:24 TST003 `fifth` raises UsageError, and none of its 1 test expects it (pytest.raises, assertRaises)",
            ],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }

    [Fact]
    public void Takes_output_read_from_a_run_not_asserted_to_succeed_for_a_test_of_usage_errors()
    {
        using var tree = ClickProject()
            .File("shop/cli.py", "from click.exceptions import UsageError\n\n\ndef first(value):\n    if not value:\n        raise UsageError(value)\n\n\ndef second(value):\n    if not value:\n        raise UsageError(value)\n\n\ndef third(value):\n    if not value:\n        raise UsageError(value)\n\n\ndef fourth(value):\n    if not value:\n        raise UsageError(value)\n\n\ndef fifth(value):\n    if not value:\n        raise UsageError(value)\n")
            .File(
                "tests/test_cli.py",
                "import unittest\n\nfrom click.testing import CliRunner\nfrom shop.cli import fifth, first, fourth, second, third\n\n\n"
                + "def test_first():\n    first(1)\n    ok = CliRunner().invoke(first)\n    assert ok.exit_code == 0\n    bad = CliRunner().invoke(first, ['--bad'])\n    assert 'Error' in bad.output\n\n\n"
                + "def test_second():\n    second(1)\n    result = CliRunner().invoke(second)\n    assert result.exit_code == 0\n    result = CliRunner().invoke(second, ['--bad'])\n    assert 'Error' in result.output\n\n\n"
                + "def test_third():\n    third(1)\n    assert 'Error' in CliRunner().invoke(third, ['--bad']).output\n\n\n"
                + "def test_fifth():\n    fifth(1)\n    result = CliRunner().invoke(fifth)\n    assert result.exit_code == 0\n    result: object = CliRunner().invoke(fifth, ['--bad'])\n    assert 'Error' in result.output\n\n\n"
                + "class FourthTest(unittest.TestCase):\n    def test_fourth(self):\n        fourth(1)\n        result = CliRunner().invoke(fourth)\n        self.assertIsNone(result.exception)\n        self.assertIn('done', result.output)\n");
        Assert.Equal(
            ["shop/cli.py:19 TST003 `fourth` raises UsageError, and none of its 1 test expects it (pytest.raises, assertRaises)"],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }

    [Fact]
    public void Takes_a_run_asserted_to_succeed_as_a_check_of_a_command_ending_with_exit()
    {
        const string Cli = """
            import typer

            app = typer.Typer()


            @app.command()
            def create(name: str):
                if name == "root":
                    raise typer.Exit()
                return name


            @app.command()
            def delete(name: str):
                if not name:
                    raise ValueError(name)
                return name
            """;
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", Cli)
            .File("tests/test_cli.py", "from typer.testing import CliRunner\nfrom shop.cli import app\n\nrunner = CliRunner()\n\n\ndef test_create():\n    result = runner.invoke(app, [\"create\", \"root\"])\n    assert result.exit_code == 0\n    assert \"\" == result.output\n\n\ndef test_delete():\n    result = runner.invoke(app, [\"delete\", \"x\"])\n    assert result.exit_code == 0\n");
        Assert.Equal(
            ["shop/cli.py:14 TST003 `delete` raises ValueError, and none of its 1 test expects it (pytest.raises, assertRaises)"],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }
}

[Trait("Issue", "11")]
public sealed class EdgeCasesUntestedTests
{
    [Fact]
    public void Reports_a_single_shape_of_input_and_accepts_edges_boundaries_and_tables()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
            .File("shop/calc.py", "def pct(value):\n    return 0 <= value <= 100\n\n\ndef twice(value):\n    return value * 2\n\n\ndef half(value):\n    return value / 2\n\n\ndef neg(value):\n    return -value\n")
            .File("tests/test_calc.py", "import pytest\nfrom shop.calc import pct, twice, half, neg\n\n\ndef test_pct():\n    assert pct(100)\n\n\ndef test_twice():\n    assert twice(3) == 6\n\n\n@pytest.mark.parametrize(\"v\", [1, 2])\ndef test_half(v):\n    assert half(v)\n\n\ndef test_neg():\n    assert neg(\"\") == \"\" or True\n");
        Assert.Equal(
            ["shop/calc.py:5 TST004 `twice` takes inputs, and its 1 test tries one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None)"],
            TestProject.Check(tree, new EdgeCasesUntested()));
    }

    [Fact]
    public void Skips_callables_decorator_factories_and_objects_but_not_optional_data()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
            .File("shop/calc.py", "from typing import Callable, Optional\n\nfrom shop.cart import Cart\n\n\ndef apply(f: Callable[[int], int]):\n    return f(1)\n\n\ndef call(f):\n    return f()\n\n\ndef tag(name):\n    def decorate(function):\n        return function\n    return decorate\n\n\ndef total(cart: Cart):\n    return cart\n\n\ndef label(text: Optional[str] = None):\n    return text\n\n\ndef register(cart: Cart, name: Optional[str] = None):\n    return name\n")
            .File("tests/test_calc.py", "from shop.calc import apply, call, label, register, tag, total\nfrom shop.cart import Cart\n\n\ndef test_all():\n    assert apply(abs) == 1\n    assert call(list) == []\n    assert tag(\"x\")(abs) is abs\n    assert total(Cart())\n    assert label(\"x\") == \"x\"\n    assert register(Cart()) is None\n");
        Assert.Equal(
            ["shop/calc.py:24 TST004 `label` takes inputs, and its 1 test tries one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None)"],
            TestProject.Check(tree, new EdgeCasesUntested()));
    }

    [Fact]
    public void Skips_units_whose_only_inputs_are_flags_but_not_data_beside_a_flag()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
            .File("shop/flags.py", "from typing import Optional\n\nfrom shop.cart import Cart\n\n\ndef render(text, *, strict: bool = False):\n    return text\n\n\ndef build(*, prereleases: bool | None = None):\n    return prereleases\n\n\ndef scope(cleanup=True):\n    return cleanup\n\n\ndef dump(unixfrom: bool = False, policy: Optional[Cart] = None):\n    return unixfrom\n\n\ndef pick(choice: Optional[bool]):\n    return choice\n")
            .File("tests/test_flags.py", "from shop.flags import build, dump, pick, render, scope\n\n\ndef test_all():\n    assert render(\"x\") == \"x\"\n    assert build() is None\n    assert scope()\n    assert not dump()\n    assert pick(True)\n");
        Assert.Equal(
            ["shop/flags.py:6 TST004 `render` takes inputs, and its 1 test tries one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None)"],
            TestProject.Check(tree, new EdgeCasesUntested()));
    }

    [Fact]
    public void Accepts_a_boundary_passed_inside_a_tuple_or_named_as_a_range_limit()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
            .File("shop/versions.py", "def modern(version):\n    return version[0] >= 12\n\n\ndef legacy(version):\n    return version[0] < 7\n\n\ndef levels(top):\n    floor = 16\n    return list(range(top, floor - 1, -1))\n")
            .File("tests/test_versions.py", "from shop.versions import legacy, levels, modern\n\n\ndef test_modern():\n    assert modern((12, 0))\n\n\ndef test_legacy():\n    assert not legacy((9, 1))\n\n\ndef test_levels():\n    assert levels(16) == [16]\n");
        Assert.Equal(
            ["shop/versions.py:5 TST004 `legacy` takes inputs, and its 1 test tries one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None, no boundary 7)"],
            TestProject.Check(tree, new EdgeCasesUntested()));
    }

    [Fact]
    public void Reads_the_words_a_command_is_run_with_as_its_inputs()
    {
        const string Cli = """
            import typer

            app = typer.Typer()


            @app.command()
            def top(count: int):
                return count <= 10


            @app.command()
            def greet(name: str):
                return name


            @app.command()
            def shift(by: int):
                return by


            @app.command()
            def limit(value: int):
                return value < 100


            lone = typer.Typer()


            @lone.command()
            def run(name: str):
                return name
            """;
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", Cli)
            .File("tests/test_cli.py", "from typer.testing import CliRunner\nfrom shop.cli import app, lone\n\nrunner = CliRunner()\n\n\ndef test_top():\n    assert runner.invoke(app, [\"top\", \"10\"]).exit_code == 0\n\n\ndef test_greet():\n    assert runner.invoke(app, [\"greet\", \"\"]).exit_code == 0\n\n\ndef test_shift():\n    assert runner.invoke(app, \"shift -1\").exit_code == 0\n\n\ndef test_limit():\n    assert runner.invoke(app, [\"limit\", \"5\"]).exit_code == 0\n\n\ndef test_run():\n    assert runner.invoke(lone, [\"ann\"]).exit_code == 0\n\n\ndef test_run_bare():\n    assert runner.invoke(lone).exit_code == 2\n");
        Assert.Equal(
            ["shop/cli.py:22 TST004 `limit` takes inputs, and its 1 test tries one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None, no boundary 100)"],
            TestProject.Check(tree, new EdgeCasesUntested()));
    }

    [Fact]
    public void Takes_a_run_the_test_expects_to_fail_for_a_try_of_a_rejected_input()
    {
        const string Cli = """
            import typer

            app = typer.Typer()


            @app.command()
            def train(network: str):
                return network


            @app.command()
            def greet(name: str):
                return name


            def check(value: str):
                if value != "ann":
                    raise typer.BadParameter("only ann")
                return value


            @app.command()
            def hail(name: str = typer.Option(..., callback=check)):
                return name
            """;

        // `capsule` is no network the command accepts, and the test expects the run to fail: a rejected input tried, by
        // the command and by the functions its parameters run on the same words. A failure the test does not expect
        // tries nothing more.
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", Cli)
            .File("tests/test_cli.py", "from typer.testing import CliRunner\nfrom shop.cli import app\n\nrunner = CliRunner()\n\n\ndef test_train():\n    assert runner.invoke(app, [\"train\", \"conv\"]).exit_code == 0\n\n\ndef test_train_unknown():\n    result = runner.invoke(app, [\"train\", \"capsule\"])\n    assert result.exit_code != 0\n\n\n"
                + "def test_greet():\n    assert runner.invoke(app, [\"greet\", \"ann\"]).exit_code == 0\n\n\ndef test_greet_again():\n    result = runner.invoke(app, [\"greet\", \"bob\"])\n    assert result.exit_code == 0\n\n\n"
                + "def test_hail():\n    assert runner.invoke(app, [\"hail\", \"--name\", \"ann\"]).exit_code == 0\n\n\ndef test_hail_bob():\n    assert runner.invoke(app, [\"hail\", \"--name\", \"bob\"]).exit_code != 0\n");
        Assert.Equal(
            ["shop/cli.py:12 TST004 `greet` takes inputs, and its 2 tests try one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None)"],
            TestProject.Check(tree, new EdgeCasesUntested()));
    }

    [Theory]
    [InlineData("def greet(name: str, lastname: str = typer.Option(\"\", \"--last\", \"-l\"), formal: bool = False):", "[\"ann\"]", false)]
    [InlineData("def greet(name: str, lastname: str = typer.Option(\"\", \"--last\", \"-l\"), formal: bool = False):", "[\"ann\", \"--formal\"]", false)]
    [InlineData("def greet(name: str, lastname: str = typer.Option(\"\", \"--last\", \"-l\"), formal: bool = False):", "[\"ann\", \"-l\", \"bo\"]", true)]
    [InlineData("def greet(name: str, lastname: str = typer.Option(\"\", \"--last\", \"-l\"), formal: bool = False):", "[\"ann\", \"--last=bo\"]", true)]
    [InlineData("def greet(name: str, lastname: str = typer.Option(\"\", \"--last\", \"-l\"), formal: bool = False):", "[\"ann\", \"-fl\", \"bo\"]", true)]
    [InlineData("def greet(name: str, lastname: str = typer.Option(\"\", \"--last\", \"-l\"), formal: bool = False):", "[\"ann\", \"--loud\"]", true)]
    [InlineData("def greet(name: str, lastname: Annotated[str, typer.Option(help=\"Last.\")] = \"\"):", "[\"ann\"]", false)]
    [InlineData("def greet(name: str, lastname: Annotated[str, typer.Option(help=\"Last.\")] = \"\"):", "[\"ann\", \"--lastname\", \"bo\"]", true)]
    [InlineData("def greet(name: str, count: int = 0):", "[\"ann\"]", false)]
    [InlineData("def greet(name: str, lastname: str = typer.Argument(\"\")):", "[\"ann\"]", false)]
    [InlineData("def greet(name: str, lastname: str = typer.Argument(\"\")):", "[\"ann\", \"bo\"]", true)]
    [InlineData("def greet(name: str, version: bool | None = typer.Option(None, \"--version\")):", "[\"ann\"]", true)]
    [InlineData("def greet(ctx: typer.Context, name: str, lastname: str = typer.Argument(\"\")):", "[\"ann\"]", false)]
    [InlineData("def greet(name: str, lastname: str = typer.Option(\"\", \"--last\", envvar=\"SHOP_LAST\")):", "[\"ann\"]", true)]
    [InlineData("def greet(name: str, lastname: str = typer.Option(\"\", \"--last\", prompt=True)):", "[\"ann\"]", true)]
    [InlineData("def greet(name: str, lastname: str = typer.Argument(\"\"), verbose: int = typer.Option(1, \"-v\", count=True)):", "[\"ann\", \"-v\", \"bo\"]", true)]
    [InlineData("def greet(names: list[str] = typer.Argument(None), lastname: str = typer.Argument(\"\")):", "[\"ann\"]", true)]
    [InlineData("def greet(name: str, lastname: str = typer.Argument(\"\"), title: str = typer.Option(\"x\")):", "[\"ann\", \"--title\", \"Dr\"]", false)]
    [InlineData("def greet(name: str, lastname: str = typer.Argument(\"\")):", "[\"--\", \"ann\"]", false)]
    [InlineData("def greet(name: str, lastname: str = typer.Option(\"\", \"--last\"), formal: bool = False):", "[\"ann\", \"--no-formal\"]", false)]
    [InlineData("def greet(name: str, lastname: str = typer.Argument(\"\"), formal=False):", "[\"ann\", \"--formal\", \"bo\"]", true)]
    public void Takes_a_command_run_that_leaves_out_a_parameter_defaulting_to_an_edge_for_a_try_of_it(string signature, string words, bool reported)
    {
        // An option or argument left out of the run takes its default: `""` or `0` is an edge tried. A flag's `None` is
        // no edge (two values and nothing between), and words the command's options cannot explain (`-fl`, an option it
        // does not declare) leave the run unread. An option read from the environment or a prompt may not take its
        // default; a counted option takes no word; after an argument of any number of words, the others are filled from
        // the end: not read.
        var cli = "from typing import Annotated\n\nimport typer\n\napp = typer.Typer()\n\n\n@app.command()\n" + signature + "\n    return name\n\n\n@app.command()\ndef other():\n    return 1\n";
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", cli)
            .File("tests/test_cli.py", "from typer.testing import CliRunner\nfrom shop.cli import app\n\nrunner = CliRunner()\n\n\ndef test_greet():\n    assert runner.invoke(app, [\"greet\"] + " + words + ").exit_code == 0\n\n\ndef test_greet_named():\n    assert runner.invoke(app, " + words.Replace("[", "[\"greet\", ", StringComparison.Ordinal) + ").exit_code == 0\n");
        var findings = TestProject.Check(tree, new EdgeCasesUntested());
        Assert.Equal(reported, findings.Exists(f => f.Contains("TST004 `greet`", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("[]", false)]
    [InlineData("[\"--lastname\", \"bo\"]", true)]
    [InlineData("[\"--shout\"]", false)]
    [InlineData("[\"--lastname=bo\", \"--no-shout\"]", true)]
    public void Reads_a_click_commands_declared_options_the_same_way(string words, bool reported)
    {
        const string Cli = """
            import click


            @click.command()
            @click.option("--lastname", "-l", default="")
            @click.option("--shout/--no-shout", default=False)
            @click.argument("name", required=False, default="x")
            def greet(lastname, shout, name):
                return lastname
            """;
        // The command is imported through the package that re-exports it.
        using var tree = TestProject.Create().File("shop/__init__.py", "from shop.cli import greet\n").File("shop/cli.py", Cli)
            .File("tests/test_cli.py", "from click.testing import CliRunner\nfrom shop import greet\n\n\ndef test_greet():\n    assert CliRunner().invoke(greet, " + words + ").exit_code == 0\n");
        var findings = TestProject.Check(tree, new EdgeCasesUntested());
        Assert.Equal(reported, findings.Exists(f => f.Contains("TST004 `greet`", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reads_only_runs_that_surely_reach_the_command_and_credits_a_failed_run_to_its_command_alone()
    {
        const string Cli = """
            import click


            @click.group()
            @click.option("--profile", default="prod")
            def cli(profile):
                return profile


            @cli.command()
            @click.argument("name")
            @click.option("--last", default="")
            def greet(name, last):
                return last


            @cli.command()
            @click.argument("name")
            def hello(name):
                return name


            def shout(text):
                return text.upper()
            """;

        // `greet` after `--profile` may be the option's value: that run may not reach `greet`, and leaves it unread. A
        // failed run is an edge of the command it runs, not of a function the test calls itself.
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", Cli)
            .File("tests/test_cli.py", "from click.testing import CliRunner\nfrom shop.cli import cli, shout\n\nrunner = CliRunner()\n\n\ndef test_greet():\n    assert runner.invoke(cli, [\"greet\", \"ann\", \"--last\", \"x\"]).exit_code == 0\n    assert runner.invoke(cli, [\"--profile\", \"greet\", \"hello\", \"ann\"]).exit_code == 0\n\n\n"
                + "def test_shout():\n    assert shout(\"abc\") == \"ABC\"\n    result = runner.invoke(cli, [\"hello\"])\n    assert result.exit_code != 0\n");
        var findings = TestProject.Check(tree, new EdgeCasesUntested());
        Assert.Contains(findings, f => f.Contains("TST004 `greet`", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("TST004 `shout`", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Contains("TST004 `hello`", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_commands_own_runs_only()
    {
        const string Cli = """
            import typer

            app = typer.Typer()


            @app.command()
            def greet(name: str, lastname: str = typer.Option("", "--last")):
                return lastname


            @app.command()
            def other():
                return 1
            """;

        // The run of `other` leaves nothing of `greet`'s to a default: `greet`'s own run gives `--last`.
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", Cli)
            .File("tests/test_cli.py", "from typer.testing import CliRunner\nfrom shop.cli import app\n\nrunner = CliRunner()\n\n\ndef test_both():\n    assert runner.invoke(app, [\"greet\", \"ann\", \"--last\", \"x\"]).exit_code == 0\n    assert runner.invoke(app, [\"other\"]).exit_code == 0\n");
        Assert.Contains(TestProject.Check(tree, new EdgeCasesUntested()), f => f.Contains("TST004 `greet`", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaves_unread_the_runs_of_a_click_command_with_an_argument_of_any_number_of_words()
    {
        const string Cli = """
            import click


            @click.command()
            @click.argument("sources", nargs=-1)
            @click.argument("dest", required=False, default="")
            def copy(sources, dest):
                return dest
            """;

        // click fills `dest` from the end: `["a"]` gives it "a", not its empty default.
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", Cli)
            .File("tests/test_cli.py", "from click.testing import CliRunner\nfrom shop.cli import copy\n\n\ndef test_copy():\n    assert CliRunner().invoke(copy, [\"a\"]).exit_code == 0\n");
        Assert.Contains(TestProject.Check(tree, new EdgeCasesUntested()), f => f.Contains("TST004 `copy`", StringComparison.Ordinal));
    }

    [Fact]
    public void Accepts_a_call_that_leaves_an_edge_default_to_the_unit()
    {
        const string Run = """
            class Runner:
                def isolated(self, temp_dir=None):
                    return temp_dir


            def greet(name="", punctuation="!"):
                return name + punctuation


            def scale(value, factor=2):
                return value * factor


            def shift(value, by=1):
                return value + by
            """;
        using var tree = TestProject.Create().File("shop/run.py", Run)
            .File("tests/test_run.py", "from shop.run import Runner, greet, scale, shift\n\n\ndef test_isolated():\n    runner = Runner()\n    assert runner.isolated() is None\n    assert runner.isolated(\"x\") == \"x\"\n\n\ndef test_greet():\n    assert greet() == \"!\"\n\n\ndef test_scale():\n    assert scale(3) == 6\n\n\ndef test_shift():\n    assert shift() == 1 or True\n");
        Assert.Equal(
            [
                "shop/run.py:10 TST004 `scale` takes inputs, and its 1 test tries one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None)",
                "shop/run.py:14 TST004 `shift` takes inputs, and its 1 test tries one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None)",
            ],
            TestProject.Check(tree, new EdgeCasesUntested()));
    }

    [Fact]
    public void A_completion_function_only_completion_runs_reach_is_judged_neither_for_inputs_nor_failures()
    {
        // click gives a completion function the command line being completed, which the tests set in the environment.
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/complete.py", CommandLineReachTests.Completing)
            .File("tests/test_complete.py", CommandLineReachTests.CompletingTests);

        Assert.DoesNotContain(TestProject.Check(tree, new EdgeCasesUntested()), finding => finding.Contains("complete_name", StringComparison.Ordinal));
        Assert.DoesNotContain(TestProject.Check(tree, new FailureScenarioUntested()), finding => finding.Contains("complete_name", StringComparison.Ordinal));

        // A test that calls it itself is judged on what it passes.
        using var called = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/complete.py", CommandLineReachTests.Completing)
            .File("tests/test_complete.py", CommandLineReachTests.CompletingTests + "\n\ndef test_complete_name():\n    assert complete.complete_name(\"a\") == [\"ann\"]\n");
        Assert.Contains(
            "shop/complete.py:4 TST003 `complete_name` raises ValueError, and none of its 3 tests expects it (pytest.raises, assertRaises)",
            TestProject.Check(called, new FailureScenarioUntested()));
    }
}

[Trait("Issue", "11")]
public sealed class ExternalDependencyNotMockedTests
{
    [Fact]
    public void Reports_external_calls_on_the_path_that_no_test_replaces()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
            .File("shop/sync.py", "import subprocess\nimport time\n\n\ndef run(cmd):\n    return subprocess.run(cmd, check=True)\n\n\ndef deploy():\n    return run([\"make\"])\n\n\ndef wait():\n    time.sleep(5)\n    return 1\n")
            .File("tests/test_sync.py", "from shop import sync\n\n\ndef test_deploy():\n    assert sync.deploy()\n\n\ndef test_wait(monkeypatch):\n    monkeypatch.setattr(sync.time, \"sleep\", lambda s: None)\n    assert sync.wait() == 1\n");
        Assert.Equal(
            [
                "shop/sync.py:5 TST005 `run` calls `subprocess.run` (subprocess), and none of its 1 test replaces it (monkeypatch, mock.patch, a mocking library)",
                "shop/sync.py:9 TST005 `deploy` calls `subprocess.run` (subprocess) through `shop.sync.run`, and none of its 1 test replaces it (monkeypatch, mock.patch, a mocking library)",
            ],
            TestProject.Check(tree, new ExternalDependencyNotMocked()));
    }

    [Fact]
    public void Leaves_out_what_runs_only_on_some_platforms_but_not_other_branches()
    {
        const string Tags = """
            import os
            import platform
            import subprocess
            import sys


            def mac_version():
                return subprocess.run(["sw_vers"], check=True)


            def shell():
                return subprocess.run(["sh"], check=True)


            def platform_tags():
                match platform.system():
                    case "Darwin":
                        return mac_version()
                    case _:
                        return []


            def windows_only():
                if sys.platform.startswith("win"):
                    subprocess.run(["ver"], check=True)
                return 1


            def posix_name():
                return shell() if os.name == "posix" else None


            def cached(refresh):
                if refresh:
                    return shell()
                return None
            """;
        using var tree = TestProject.Create().File("shop/tags.py", Tags)
            .File("tests/test_tags.py", "from shop import tags\n\n\ndef test_tags():\n    assert tags.platform_tags() is not None\n    assert tags.windows_only() == 1\n    assert tags.posix_name() is None or True\n    assert tags.cached(False) is None\n");
        var findings = TestProject.Check(tree, new ExternalDependencyNotMocked());

        // Units reaching a subprocess only under a platform test are left out; a branch on data is not.
        Assert.DoesNotContain(findings, f => f.Contains("`platform_tags`", StringComparison.Ordinal) || f.Contains("`windows_only`", StringComparison.Ordinal)
            || f.Contains("`posix_name`", StringComparison.Ordinal));
        Assert.Contains(
            "shop/tags.py:33 TST005 `cached` calls `subprocess.run` (subprocess) through `shop.tags.shell`, and none of its 1 test replaces it (monkeypatch, mock.patch, a mocking library)",
            findings);

        // A unit that itself calls the subprocess is still judged when a test may reach it.
        Assert.Contains(findings, f => f.StartsWith("shop/tags.py:7 TST005 `mac_version` calls `subprocess.run`", StringComparison.Ordinal));
    }
}

[Trait("Issue", "11")]
public sealed class NondeterministicTestTests
{
    private const string Tail = ", which nothing seeds or freezes (random.seed, freeze_time, a monkeypatched clock)";

    private static string[] Check(string test)
    {
        using var tree = TestProject.Create().File("shop/dice.py", "def roll(n):\n    return n\n").File("tests/test_dice.py", test);
        return [.. TestProject.Check(tree, new NondeterministicTest())];
    }

    [Fact]
    public void Reports_unseeded_randomness_and_clock_reads_and_accepts_seeds_and_freezing()
    {
        Assert.Equal(
            [
                "tests/test_dice.py:8 TST006 `test_random` asserts on a value from `random.randint`" + Tail,
                "tests/test_dice.py:22 TST006 `test_clock` asserts on a value from `datetime.datetime.now`" + Tail,
            ],
            Check("""
                import random
                from datetime import datetime

                from freezegun import freeze_time
                from shop.dice import roll


                def test_random():
                    assert roll(random.randint(1, 6)) == 3


                def test_seeded():
                    random.seed(1)
                    assert roll(random.randint(1, 6)) == 3


                @freeze_time("2026-01-01")
                def test_frozen():
                    assert datetime.now().year == 2026


                def test_clock():
                    assert not roll(datetime.now()).expired()

                """));
    }

    [Fact]
    public void Accepts_values_that_decide_no_assertion()
    {
        // A temporary name, a log line, an elapsed time or a deadline, a bound: none decides what the test asserts.
        Assert.Empty(Check("""
            import logging
            import time
            import uuid

            from shop.dice import roll


            def test_named(tmp_path):
                job = tmp_path / f"job-{uuid.uuid4()}"
                logging.info("run %s", job)
                assert roll(3) == 3


            def test_fast():
                start = time.time()
                roll(1)
                assert time.time() - start < 1.0
                deadline = time.time() + 5
                while time.time() < deadline:
                    break
                assert time.time() > 0
            """));
    }

    [Fact]
    public void Accepts_random_values_compared_with_themselves_or_checked_for_a_property()
    {
        Assert.Empty(Check("""
            import os
            import random

            from shop.dice import roll


            def test_round_trip():
                data = os.urandom(16)
                assert roll(data) == data


            def test_order_does_not_matter():
                items = [3, 1, 2]
                random.shuffle(items)
                assert sum(items) == 6
                assert sorted(items) == [1, 2, 3]


            def test_no_error():
                assert roll(random.random()) is not None
                assert roll(random.random()) != 2
                assert len(roll(os.urandom(8))) == 8
                assert roll(random.random())
            """));
    }

    [Fact]
    public void Accepts_seeds_of_the_module_and_hypothesis()
    {
        Assert.Empty(Check("""
            import random

            from hypothesis import given, strategies as st
            from shop.dice import roll

            random.seed(0)


            def test_module_seed():
                assert roll(random.randint(1, 6)) == 3


            @given(st.integers())
            def test_property(n):
                assert roll(random.randint(1, 6)) == 3
            """));
    }

    [Fact]
    public void Follows_setup_attributes_and_fixtures_into_the_assertions_that_read_them()
    {
        Assert.Equal(
            [
                "tests/test_dice.py:13 TST006 `test_reads_the_clock` asserts on a value from `time.time`" + Tail,
                "tests/test_dice.py:28 TST006 `test_token` asserts on a value from `uuid.uuid4`" + Tail,
            ],
            Check("""
                import time
                import unittest
                import uuid

                import pytest
                from shop.dice import roll


                class ClockTests(unittest.TestCase):
                    def setUp(self):
                        self.t = time.time()

                    def test_reads_the_clock(self):
                        self.assertEqual(roll(self.t), 1700000000)

                    def test_ignores_the_clock(self):
                        self.assertEqual(roll(2), 2)

                    def test_round_trip(self):
                        self.assertEqual(roll(self.t), self.t)


                @pytest.fixture
                def token():
                    return str(uuid.uuid4())


                def test_token(token):
                    assert roll(token) == "abc"


                def test_token_round_trip(token):
                    assert roll(token) == token
                """));
    }

    [Fact]
    public void Counts_the_global_generators_as_seeded_when_pytest_randomly_is_declared()
    {
        const string Tests = """
            import random
            import time

            import numpy
            from shop.dice import roll


            def test_random():
                assert roll(random.randint(1, 6)) == 3


            def test_numpy():
                assert roll(numpy.random.randint(1, 6)) == 3


            def test_generator():
                assert roll(numpy.random.default_rng().integers(1, 6)) == 3


            def test_clock():
                assert roll(time.time()) == 1700000000
            """;
        static string[] CheckWith(string dependencies, string test)
        {
            using var tree = TestProject.Create().File("pyproject.toml", "[project]\nname = \"shop\"\ndependencies = []\n[dependency-groups]\ntest = [" + dependencies + "]\n")
                .File("shop/dice.py", "def roll(n):\n    return n\n").File("tests/test_dice.py", test);
            return [.. TestProject.Check(tree, new NondeterministicTest())];
        }

        // pytest-randomly reseeds `random` and numpy's global generator before every test: a fresh generator and the clock
        // are still unseeded.
        Assert.Equal(
            [
                "tests/test_dice.py:16 TST006 `test_generator` asserts on a value from `numpy.random.default_rng`" + Tail,
                "tests/test_dice.py:20 TST006 `test_clock` asserts on a value from `time.time`" + Tail,
            ],
            CheckWith("\"pytest\", \"pytest-randomly>=3.15\"", Tests));
        Assert.Equal(4, CheckWith("\"pytest\"", Tests).Length);
    }

    [Fact]
    public void Follows_each_local_in_the_order_the_statements_run_and_in_its_own_function()
    {
        // A name used again for a value of its own, the other arm of a branch, a nested function's own local: none holds the
        // source any longer where the assertion reads it. Where the arms meet, in the next iteration of a loop and through a
        // nested function's result, it still does.
        Assert.Equal(
            [
                "tests/test_dice.py:38 TST006 `test_either_arm` asserts on a value from `random.randint`" + Tail,
                "tests/test_dice.py:46 TST006 `test_next_iteration` asserts on a value from `random.randint`" + Tail,
                "tests/test_dice.py:53 TST006 `test_nested_result` asserts on a value from `random.randint`" + Tail,
            ],
            Check("""
                import logging
                import random
                import uuid
                from datetime import datetime

                from shop.dice import roll


                def test_name_used_again():
                    stamp = datetime.now().strftime("%Y-%m-%d")
                    logging.info("started %s", stamp)
                    for stamp in ["a", "b"]:
                        assert roll(stamp) == "a"


                def test_other_arm():
                    if roll(1) == 1:
                        token = uuid.uuid4()
                        logging.info("token %s", token)
                    else:
                        token = "abc"
                        assert roll(token) == "abc"


                def test_nested_locals():
                    def name():
                        value = uuid.uuid4().hex
                        return len(value)

                    def check():
                        value = roll(3)
                        assert value == 3

                    check()
                    assert name() > 0


                def test_either_arm():
                    if roll(1) == 1:
                        value = random.randint(1, 6)
                    else:
                        value = 3
                    assert roll(value) == 3


                def test_next_iteration():
                    value = 0
                    for _ in range(3):
                        assert roll(value) == 0
                        value = random.randint(1, 6)


                def test_nested_result():
                    def draw():
                        return random.randint(1, 6)

                    assert roll(draw()) == 3
                """));
    }

    [Fact]
    public void Counts_a_test_that_fails_itself_on_the_value_as_an_assertion()
    {
        // A handler that fails the test when a call passed today's date raises checks that date alone (only a date can
        // decide that); `if value != 3: pytest.fail()` is `assert value == 3`. A random value that must not make a call
        // raise is a property every value has; a deadline and a value that must differ from a literal decide nothing.
        Assert.Equal(
            [
                "tests/test_dice.py:13 TST006 `test_parses_today` asserts on a value from `time.time`" + Tail,
                "tests/test_dice.py:32 TST006 `test_fails_unless_three` asserts on a value from `random.randint`" + Tail,
            ],
            Check("""
                import random
                import time
                import unittest

                import pytest
                from shop.dice import roll


                class ParseTests(unittest.TestCase):
                    def setUp(self):
                        self.t = time.time()

                    def test_parses_today(self):
                        text = time.strftime("%x", time.gmtime(self.t))
                        try:
                            roll(text)
                        except ValueError:
                            self.fail("cannot parse " + text)

                    def test_any_number_parses(self):
                        value = random.random()
                        try:
                            roll(value)
                        except ValueError:
                            self.fail("cannot parse")

                    def test_before_the_deadline(self):
                        if roll(time.time()) > self.t + 60:
                            self.fail("too slow")


                def test_fails_unless_three():
                    value = roll(random.randint(1, 6))
                    if value != 3:
                        pytest.fail("not three")


                def test_fails_on_three():
                    value = roll(random.randint(1, 6))
                    if value == 3:
                        pytest.fail("three")
                """));
    }
}

[Trait("Issue", "11")]
public sealed class AsyncUnitWithoutAsyncTestTests
{
    [Fact]
    public void Reports_async_units_without_an_async_test()
    {
        using var tree = TestProject.Create().File("shop/cart.py", "class Cart:\n    pass\n")
            .File("shop/io.py", "async def fetch():\n    return 1\n\n\nasync def store():\n    return 2\n\n\nasync def load():\n    return 3\n")
            .File("tests/test_io.py", "import asyncio\n\nimport pytest\nfrom shop.io import fetch, store, load\n\n\ndef test_fetch():\n    assert fetch()\n\n\n@pytest.mark.asyncio\nasync def test_store():\n    assert await store() == 2\n\n\ndef test_load():\n    assert asyncio.run(load()) == 3\n");
        Assert.Equal(
            ["shop/io.py:1 TST007 `fetch` is async, and none of its 1 test is an async test or runs it in an event loop"],
            TestProject.Check(tree, new AsyncUnitWithoutAsyncTest()));
    }

    [Fact]
    public void A_web_test_client_runs_the_application_in_an_event_loop()
    {
        // Starlette's client made in the test, made by a fixture as functools.partial, and Flask's app.test_client():
        // each runs the handlers' coroutines; a project class that happens to be named TestClient does not.
        using var tree = TestProject.Create()
            .File("shop/web.py", """
                async def items(request):
                    return await render(request)


                async def render(request):
                    return request


                async def orders(request):
                    return request


                async def legacy(request):
                    return request


                async def fake(request):
                    return request
                """)
            .File("shop/fakes.py", "class TestClient:\n    def __init__(self, app):\n        self.app = app\n")
            .File("tests/conftest.py", """
                import functools

                import pytest
                from starlette.testclient import TestClient


                @pytest.fixture
                def client_factory():
                    return functools.partial(TestClient, backend="asyncio")
                """)
            .File("tests/test_web.py", """
                from starlette.testclient import TestClient

                from shop import fakes
                from shop.web import fake, items, legacy, orders


                def test_items():
                    client = TestClient(items)
                    assert client.get("/").status_code == 200


                def test_orders(client_factory):
                    client = client_factory(orders)
                    assert client.get("/").status_code == 200


                def test_legacy(app):
                    app.add_url_rule("/legacy", view_func=legacy)
                    assert app.test_client().get("/legacy").status_code == 200


                def test_fake():
                    client = fakes.TestClient(fake)
                    assert client.app is fake
                """);
        Assert.Equal(
            ["shop/web.py:17 TST007 `fake` is async, and none of its 1 test is an async test or runs it in an event loop"],
            TestProject.Check(tree, new AsyncUnitWithoutAsyncTest()));
    }
}
