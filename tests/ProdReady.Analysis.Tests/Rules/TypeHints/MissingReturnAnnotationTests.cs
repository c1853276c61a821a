using ProdReady.Analysis.Rules.TypeHints;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Analysis.Tests.Rules.RuntimeErrors;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TypeHints;

[Trait("Issue", "9")]
public sealed class MissingReturnAnnotationTests
{
    [Theory]
    [InlineData("def [|f|](): ...\n")]
    [InlineData("async def [|f|](): ...\n")]
    [InlineData("class C:\n    def [|__init__|](self): ...\n")]
    [InlineData("class C:\n    @property\n    def [|size|](self): ...\n")]
    [InlineData("import functools\n@functools.cache\ndef [|cached|](x: int): ...\n")]
    [InlineData("def [|fdef|](f: int): ...\n")]
    public void Reports_missing_return_annotations(string markup) => RuleHarness.AssertSpans(markup, new MissingReturnAnnotation());

    [Theory]
    [InlineData("def f() -> None: ...\n")]
    [InlineData("class C:\n    def __init__(self) -> None: ...\n")]
    [InlineData("f = lambda: 1\n")]
    [InlineData("def f() -> 'int': ...\n")]
    public void Ignores_annotated_functions(string source) => RuleHarness.AssertSpans(source, new MissingReturnAnnotation());

    [Fact]
    public void Ignores_test_functions_but_not_helpers_in_test_code()
    {
        const string source = "def test_x(): ...\nclass TestY:\n    def setup_method(self): ...\n    def test_z(self): ...\ndef make(): ...\n";
        var findings = RuleHarness.Analyze(source, new MissingReturnAnnotation(), "tests/test_y.py");
        Assert.Equal([5], findings.Select(f => f.Location!.Line));
    }

    [Fact]
    public void Counts_the_return_annotation_of_a_sibling_stub()
    {
        using var tree = new TempTree()
            .File("mod.py", "def f():\n    return 1\ndef g():\n    return 2\n")
            .File("mod.pyi", "def f() -> int: ...\n");
        var findings = ProjectHarness.Check(tree, new MissingReturnAnnotation(), "mod.py");
        Assert.Equal([3], findings.Select(f => f.Location!.Line));
    }
}
