using ProdReady.Analysis.Rules.TypeHints;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Analysis.Tests.Rules.RuntimeErrors;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TypeHints;

[Trait("Issue", "9")]
public sealed class BareGenericAnnotationTests
{
    [Theory]
    [InlineData("def f(x: [|list|]) -> None: ...\n")]
    [InlineData("import typing as t\ndef f(x: t.Optional[[|t.Callable|]]) -> None: ...\n")]
    [InlineData("from collections import defaultdict as dd\nx: [|dd|] = dd(list)\n")]
    [InlineData("import re\ndef f() -> [|re.Pattern|]: ...\n")]
    [InlineData("def f(x: [|'dict'|]) -> None: ...\n")]
    [InlineData("def f(x: [|'list[tuple]'|]) -> None: ...\n")]
    [InlineData("type Rows = list[[|dict|]]\n")]
    [InlineData("import queue\nclass C:\n    items: [|queue.Queue|] | None = None\n")]
    public void Reports_bare_generics(string markup) => RuleHarness.AssertSpans(markup, new BareGenericAnnotation());

    [Theory]
    [InlineData("def f(x: list[int], y: dict[str, tuple[int, ...]]) -> type[int]: ...\n")]
    [InlineData("from typing import Literal, Annotated\ndef f(x: Literal['list'], y: Annotated[int, dict]) -> None: ...\n")]
    [InlineData("list = int\ndef f(x: list) -> None: ...\n")]
    [InlineData("def f(x: int | None) -> None: ...\n")]
    public void Ignores_parameterised_and_non_generic_types(string source) => RuleHarness.AssertSpans(source, new BareGenericAnnotation());

    [Fact]
    public void Reports_generic_classes_of_other_project_modules()
    {
        using var tree = new TempTree()
            .File("pkg/__init__.py", string.Empty)
            .File("pkg/box.py", "from typing import Generic, TypeVar\nT = TypeVar('T')\nclass Box(Generic[T]):\n    pass\nclass Plain:\n    pass\n")
            .File("pkg/use.py", "from pkg.box import Box, Plain\ndef f(b: Box, p: Plain, c: Box[int]) -> None: ...\n");
        var findings = ProjectHarness.Check(tree, new BareGenericAnnotation(), "pkg/use.py");
        Assert.Equal(["'pkg.box.Box' has no type arguments, so its contents are Any to a type checker: write pkg.box.Box[...]"], findings.Select(f => f.Message));
    }
}
