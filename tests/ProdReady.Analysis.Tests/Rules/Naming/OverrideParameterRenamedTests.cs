using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Analysis.Tests.Rules.RuntimeErrors;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.Naming;

[Trait("Issue", "9")]
public sealed class OverrideParameterRenamedTests
{
    [Theory]
    [InlineData("class A:\n    def m(self, key): ...\nclass B(A):\n    def m(self, [|name|]): ...\n")]
    [InlineData("class A:\n    def m(self, key): ...\nclass B(A): ...\nclass C(B):\n    async def m(self, [|name|]): ...\n")]
    [InlineData("class A:\n    @staticmethod\n    def m(key): ...\nclass B(A):\n    @staticmethod\n    def m([|name|]): ...\n")]
    public void Reports_renamed_parameters(string markup) => RuleHarness.AssertSpans(markup, new OverrideParameterRenamed());

    [Theory]
    [InlineData("class A:\n    def m(self, key): ...\nclass B(A):\n    def m(self, key, extra=None): ...\n")]
    [InlineData("class A:\n    def m(self, key, /): ...\nclass B(A):\n    def m(self, name, /): ...\n")]
    [InlineData("class A:\n    def __eq__(self, other): ...\nclass B(A):\n    def __eq__(self, value): ...\n")]
    [InlineData("class A:\n    def m(self, a, b): ...\nclass B(A):\n    def m(self, b, a): ...\n")]
    [InlineData("from lib import A\nclass B(A):\n    def m(self, name): ...\n")]
    [InlineData("import socketserver\nclass H(socketserver.BaseRequestHandler):\n    def handle(self, anything): ...\n")]
    public void Ignores_matching_or_unknown_signatures(string source) => RuleHarness.AssertSpans(source, new OverrideParameterRenamed());

    [Fact]
    public void Compares_with_bases_in_other_project_modules()
    {
        using var tree = new TempTree()
            .File("pkg/__init__.py", string.Empty)
            .File("pkg/base.py", "class Base:\n    def scale(self, factor): ...\n")
            .File("pkg/child.py", "from pkg.base import Base\nclass Child(Base):\n    def scale(self, ratio): ...\n");
        var finding = Assert.Single(ProjectHarness.Check(tree, new OverrideParameterRenamed(), "pkg/child.py"));
        Assert.Equal("Parameter 'ratio' of 'Child.scale' is named 'factor' in the method it overrides, 'Base.scale': a keyword call through the base fails", finding.Message);
    }
}
