using ProdReady.Analysis.Rules.Placeholders;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Placeholders;

public sealed class PlaceholderFunctionBodyTests
{
    [Theory]
    [InlineData("def f():\n    [|pass|]\n")]
    [InlineData("def f(): [|...|]\n")]
    [InlineData("def f():\n    [|\"\"\"Doc.\"\"\"\n    pass|]\n")]
    [InlineData("def f():\n    [|raise NotImplementedError()|]\n")]
    [InlineData("def f():\n    [|raise builtins.NotImplementedError|]\n")]
    [InlineData("async def f():\n    [|pass\n    ...|]\n")]
    [InlineData("class C:\n    def m(self):\n        [|raise NotImplementedError|]\n")]
    [InlineData("class C(ABC):\n    def m(self):\n        [|pass|]\n")]
    [InlineData("@property\ndef f(self):\n    [|...|]\n")]
    public void Reports_placeholder_bodies(string markup) => RuleHarness.AssertSpans(markup, new PlaceholderFunctionBody());

    [Theory]
    [InlineData("def f():\n    return 1\n")]
    [InlineData("def f():\n    \"\"\"Doc.\"\"\"\n    return 1\n")]
    [InlineData("def f():\n    raise ValueError('no')\n")]
    [InlineData("def f():\n    raise NotImplemented\n")]
    [InlineData("@abstractmethod\ndef f(self):\n    pass\n")]
    [InlineData("@abc.abstractclassmethod\ndef f(cls):\n    pass\n")]
    [InlineData("@overload\ndef f(x: int) -> int: ...\n")]
    [InlineData("@typing_extensions.overload\ndef f(x: int) -> int: ...\n")]
    [InlineData("class P(Protocol):\n    def m(self) -> int: ...\n")]
    [InlineData("class P(typing_extensions.Protocol):\n    def m(self) -> int: ...\n")]
    [InlineData("class C:\n    pass\n")]
    [InlineData("f = lambda: None\n")]
    public void Ignores_real_bodies_and_exempt_functions(string source) => RuleHarness.AssertSpans(source, new PlaceholderFunctionBody());

    [Fact]
    public void Ignores_stub_files()
    {
        Assert.Empty(RuleHarness.Analyze("def f() -> int: ...\n", new PlaceholderFunctionBody(), "pkg/mod.pyi"));
    }

    [Fact]
    public void Message_says_what_the_body_holds()
    {
        var finding = Assert.Single(RuleHarness.Analyze("def load():\n    \"\"\"Load.\"\"\"\n    raise NotImplementedError\n", new PlaceholderFunctionBody()));
        Assert.Equal(
            "Function 'load' has a placeholder body (only a docstring and raise NotImplementedError): implement it, or mark it @abstractmethod, @overload or a Protocol member.",
            finding.Message);
    }
}
