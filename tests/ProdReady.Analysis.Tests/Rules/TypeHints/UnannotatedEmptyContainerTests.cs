using ProdReady.Analysis.Rules.TypeHints;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.TypeHints;

[Trait("Issue", "9")]
public sealed class UnannotatedEmptyContainerTests
{
    [Theory]
    [InlineData("[|x|] = []\n")]
    [InlineData("[|a|] = [|b|] = {}\n")]
    [InlineData("from collections import deque\n[|q|] = deque()\n")]
    [InlineData("class C:\n    [|cache|] = dict()\n")]
    [InlineData("class C:\n    def __init__(me) -> None:\n        [|me.items|] = set()\n")]
    [InlineData("import sys\nif sys.platform == 'win32':\n    [|paths|] = []\n")]
    public void Reports_unannotated_empty_containers(string markup) => RuleHarness.AssertSpans(markup, new UnannotatedEmptyContainer());

    [Theory]
    [InlineData("x: list[int] = []\n")]
    [InlineData("x = [1]\n")]
    [InlineData("__slots__ = []\n")]
    [InlineData("def f() -> None:\n    x = []\n")]
    [InlineData("class C:\n    def setup(self) -> None:\n        self.items = []\n")]
    [InlineData("class C:\n    def __init__(self, other: 'C') -> None:\n        other.items = []\n")]
    [InlineData("list = lambda: 1\nx = list()\n")]
    [InlineData("x = dict(a=1)\n")]
    public void Ignores_annotated_filled_or_local_containers(string source) => RuleHarness.AssertSpans(source, new UnannotatedEmptyContainer());
}
