using ProdReady.Analysis.Rules.TypeHints;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Analysis.Tests.Rules.RuntimeErrors;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TypeHints;

[Trait("Issue", "9")]
public sealed class MissingParameterAnnotationTests
{
    [Theory]
    [InlineData("def f([|a|], /) -> None: ...\n")]
    [InlineData("def f(*[|args|]) -> None: ...\n")]
    [InlineData("def f(*, [|key|]) -> None: ...\n")]
    [InlineData("def f(**[|options|]) -> None: ...\n")]
    [InlineData("class C:\n    @staticmethod\n    def f([|value|]) -> None: ...\n")]
    [InlineData("import builtins\nclass C:\n    @builtins.staticmethod\n    def f([|value|]) -> None: ...\n")]
    [InlineData("def outer() -> None:\n    def inner([|x|]) -> None: ...\n")]
    [InlineData("from typing import overload\n@overload\ndef f(x: int) -> int: ...\n@overload\ndef f(x: str) -> str: ...\ndef f([|x|]): ...\n")]
    public void Reports_unannotated_parameters(string markup) => RuleHarness.AssertSpans(markup, new MissingParameterAnnotation());

    [Theory]
    [InlineData("def f(a: int, /, b: int, *args: int, key: int, **kw: int) -> None: ...\n")]
    [InlineData("class C:\n    def f(self, x: int) -> None: ...\n    @classmethod\n    def g(cls) -> None: ...\n")]
    [InlineData("class M(type):\n    def __new__(mcs, name: str) -> None: ...\n")]
    [InlineData("f = lambda x: x\n")]
    [InlineData("def f(x: 'int') -> None: ...\n")]
    public void Ignores_annotated_parameters_and_receivers(string source) => RuleHarness.AssertSpans(source, new MissingParameterAnnotation());

    [Fact]
    public void Ignores_functions_the_test_runner_calls_in_test_code()
    {
        const string source = "import pytest\n@pytest.fixture\ndef db(tmp_path): ...\ndef test_x(db): ...\ndef helper(x): ...\n";
        var findings = RuleHarness.Analyze(source, new MissingParameterAnnotation(), "tests/test_db.py");
        Assert.Equal([5], findings.Select(f => f.Location!.Line));
    }

    [Fact]
    public void Counts_annotations_of_a_sibling_stub()
    {
        using var tree = new TempTree()
            .File("pkg/__init__.py", string.Empty)
            .File("pkg/mod.py", "def f(a, b):\n    return a\nclass C:\n    def m(self, x):\n        return x\n")
            .File("pkg/mod.pyi", "def f(a: int, b) -> int: ...\nclass C:\n    def m(self, x: int) -> int: ...\n");
        var findings = ProjectHarness.Check(tree, new MissingParameterAnnotation(), "pkg/mod.py");
        Assert.Equal(["Parameter 'b' of 'f' has no type annotation, so it is Any to a type checker"], findings.Select(f => f.Message));
    }

    [Fact]
    public void Survives_a_broken_stub_and_a_syntax_error()
    {
        using var tree = new TempTree()
            .File("mod.py", "def f(a):\n    return a\ndef g(:\n")
            .File("mod.pyi", "def f(a: int -> int: ...\n");
        var findings = ProjectHarness.Check(tree, new MissingParameterAnnotation(), "mod.py");
        Assert.All(findings, f => Assert.Equal("TYP001", f.Code));
    }
}
