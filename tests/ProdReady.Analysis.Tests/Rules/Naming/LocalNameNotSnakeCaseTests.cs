using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Naming;

[Trait("Issue", "9")]
public sealed class LocalNameNotSnakeCaseTests
{
    [Theory]
    [InlineData("def f() -> None:\n    [|myValue|] = 1\n")]
    [InlineData("def f() -> None:\n    with open('x') as [|Handle|]: ...\n")]
    [InlineData("def f() -> None:\n    if ([|Found|] := 1): ...\n")]
    [InlineData("def f() -> None:\n    [|MAX|] = 3\n")]
    public void Reports_locals_with_capitals(string markup) => RuleHarness.AssertSpans(markup, new LocalNameNotSnakeCase());

    [Theory]
    [InlineData("myValue = 1\n")]
    [InlineData("def f() -> None:\n    global Counter\n    Counter = 1\n")]
    [InlineData("from typing import NamedTuple\ndef f() -> None:\n    Point = NamedTuple('Point', [('x', int)])\n")]
    [InlineData("import collections\ndef f() -> None:\n    Pair = collections.namedtuple('Pair', 'a b')\n")]
    [InlineData("class Base: ...\ndef f() -> None:\n    Klass = Base\n")]
    public void Ignores_snake_case_and_class_like_locals(string source) => RuleHarness.AssertSpans(source, new LocalNameNotSnakeCase());
}
