using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Naming;

[Trait("Issue", "9")]
public sealed class BuiltinShadowingTests
{
    [Theory]
    [InlineData("[|list|] = [1]\n")]
    [InlineData("def f([|id|]: int) -> None: ...\n")]
    [InlineData("for [|type|] in []: ...\n")]
    [InlineData("def [|input|]() -> None: ...\n")]
    [InlineData("try:\n    pass\nexcept Exception as [|vars|]:\n    pass\n")]
    [InlineData("class C:\n    def [|set|](self) -> None: ...\n    def names(self) -> set[str]: ...\n")]
    public void Reports_shadowed_builtins(string markup) => RuleHarness.AssertSpans(markup, new BuiltinShadowing());

    [Theory]
    [InlineData("class C:\n    id = 1\n    def type(self) -> None: ...\n")]
    [InlineData("from os import open\n")]
    [InlineData("_ = 1\n__doc__ = 'x'\n")]
    [InlineData("from lib import Base\nclass C(Base):\n    def m(self, filter: int) -> None: ...\n")]
    [InlineData("f = lambda id: id\n")]
    public void Ignores_attributes_imports_and_overrides(string source) => RuleHarness.AssertSpans(source, new BuiltinShadowing());
}
