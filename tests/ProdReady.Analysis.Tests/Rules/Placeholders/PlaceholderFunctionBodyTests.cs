using ProdReady.Analysis.Rules.Placeholders;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Placeholders;

public sealed class PlaceholderFunctionBodyTests
{
    [Theory]
    [InlineData("def f():\n    [|pass|]\n")]
    [InlineData("def f(): [|...|]\n")]
    [InlineData("def f():\n    [|raise NotImplementedError()|]\n")]
    [InlineData("def f():\n    [|raise NotImplementedError('implement me')|]\n")]
    [InlineData("def f():\n    [|raise NotImplementedError('Not implemented.')|]\n")]
    [InlineData("def f():\n    [|raise NotImplementedError('')|]\n")]
    [InlineData("def f():\n    [|\"\"\"Doc.\"\"\"\n    raise NotImplementedError|]\n")]
    [InlineData("def f():\n    [|raise builtins.NotImplementedError|]\n")]
    [InlineData("async def f():\n    [|pass\n    ...|]\n")]
    [InlineData("from abc import ABC\nclass C(ABC):\n    def m(self):\n        [|pass|]\n")]
    [InlineData("class C:\n    @property\n    def f(self):\n        [|...|]\n")]
    [InlineData("def overload(f):\n    return f\n@overload\ndef f(x: int) -> int: [|...|]\n")]
    [InlineData("x = 1  # a trailing comment of the line above\ndef f():\n    [|pass|]\n")]
    [InlineData("def f():\n    [|pass|]  # noqa: B027\n")]
    [InlineData("def f():\n    [|pass|]  # unused\n")]
    [InlineData("# FIXME: write the parser\ndef f():\n    [|pass|]\n")]
    public void Reports_placeholder_bodies(string markup) => RuleHarness.AssertSpans(markup, new PlaceholderFunctionBody());

    [Theory]
    [InlineData("def f():\n    return 1\n")]
    [InlineData("def f():\n    \"\"\"Doc.\"\"\"\n    return 1\n")]
    [InlineData("def f():\n    \"\"\"Called on every request; nothing to do by default.\"\"\"\n")]
    [InlineData("def f():\n    \"\"\"Doc.\"\"\"\n    pass\n")]
    [InlineData("def f():\n    raise NotImplementedError('cookiejar has no use for this')\n")]
    [InlineData("def f():\n    raise ValueError('no')\n")]
    [InlineData("def f():\n    raise NotImplemented\n")]
    [InlineData("class C:\n    def m(self):\n        raise NotImplementedError\n")]
    [InlineData("from abc import abstractmethod\nclass C:\n    @abstractmethod\n    def f(self):\n        pass\n")]
    [InlineData("import abc as a\nclass C:\n    @a.abstractclassmethod\n    def f(cls):\n        pass\n")]
    [InlineData("from typing import overload\n@overload\ndef f(x: int) -> int: ...\n")]
    [InlineData("import typing as t\n@t.overload\ndef f(x: int) -> int: ...\n")]
    [InlineData("import typing_extensions\n@typing_extensions.overload\ndef f(x: int) -> int: ...\n")]
    [InlineData("from typing_extensions import override\nclass C:\n    @override\n    def f(self): ...\n")]
    [InlineData("from typing import Protocol\nclass P(Protocol):\n    def m(self) -> int: ...\n")]
    [InlineData("import typing_extensions\nclass P(typing_extensions.Protocol):\n    def m(self) -> int: ...\n")]
    [InlineData("class Base:\n    def done(self):\n        return 1\nclass Null(Base):\n    def done(self) -> None:\n        pass\n")]
    [InlineData("from lib import Base\nclass Null(Base):\n    def done(self) -> None:\n        pass\n")]
    [InlineData("class Quiet:\n    def __exit__(self, *args):\n        pass\n")]
    [InlineData("def _noop(*args):\n    pass\n")]
    [InlineData("class Parser:\n    # Overridable -- handle start tag\n    def handle_starttag(self, tag):\n        pass\n")]
    [InlineData("def on_event(event):\n    pass  # events are ignored until a handler is installed\n")]
    [InlineData("def outer():\n    def inner():\n        pass\n    return inner\n")]
    [InlineData("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    def f() -> int: ...\n")]
    [InlineData("class C:\n    pass\n")]
    [InlineData("f = lambda: None\n")]
    public void Ignores_real_bodies_and_exempt_functions(string source) => RuleHarness.AssertSpans(source, new PlaceholderFunctionBody());

    [Fact]
    public void Ignores_stub_files()
    {
        Assert.Empty(RuleHarness.Analyze("def f() -> int: ...\n", new PlaceholderFunctionBody(), "pkg/mod.pyi"));
    }

    [Theory]
    [InlineData("tests/test_cli.py")]
    [InlineData("tests/helpers.py")]
    [InlineData("conftest.py")]
    [InlineData("pkg/module_test.py")]
    public void Ignores_scaffolding_in_test_code(string path)
    {
        Assert.Empty(RuleHarness.Analyze("def dummy():\n    pass\n\ndef test_nothing():\n    pass\n", new PlaceholderFunctionBody(), path));
    }

    [Fact]
    [Trait("Issue", "8")]
    public void Reports_placeholders_in_shipped_code_next_to_tests()
    {
        Assert.Single(RuleHarness.Analyze("def dummy():\n    pass\n", new PlaceholderFunctionBody(), "src/pkg/testing_utils.py"));
    }

    [Fact]
    public void Message_says_what_the_body_holds()
    {
        var finding = Assert.Single(RuleHarness.Analyze("def load():\n    \"\"\"Load.\"\"\"\n    raise NotImplementedError\n", new PlaceholderFunctionBody()));
        Assert.Equal(
            "Function 'load' has a placeholder body (only raise NotImplementedError): implement it, or say in the error's message why it is not implemented",
            finding.Message);
    }
}
