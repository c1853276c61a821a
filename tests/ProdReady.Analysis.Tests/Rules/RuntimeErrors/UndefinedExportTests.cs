using ProdReady.Analysis.Rules.RuntimeErrors;
using ProdReady.Testing;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.RuntimeErrors;

public sealed class UndefinedExportTests
{
    [Theory]
    [InlineData("__all__ = [[|'missing'|]]\n")]
    [InlineData("__all__ = ('a', [|'b'|])\na = 1\n")]
    [InlineData("__all__ = []\n__all__.append([|'gone'|])\n")]
    [InlineData("__all__ = ['a'] + [[|'b'|]]\na = 1\n")]
    public void Reports_names_the_module_does_not_define(string markup) => RuleHarness.AssertSpans(markup, new UndefinedExport());

    [Theory]
    [InlineData("from os.path import *\n__all__ = ['join']\n")]
    [InlineData("def __getattr__(name):\n    return name\n__all__ = ['anything']\n")]
    [InlineData("__all__ = ['f', 'C', 'X']\ndef f():\n    pass\nclass C:\n    pass\nX = 1\n")]
    [InlineData("__all__ = ['later']\ndef setup():\n    global later\n    later = 1\n")]
    public void Ignores_defined_or_dynamic_exports(string source) => RuleHarness.AssertSpans(source, new UndefinedExport());

    [Fact]
    public void Accepts_submodules_of_a_package_init()
    {
        using var tree = new TempTree()
            .File("pkg/__init__.py", "__all__ = ['sub', 'nothing']\n")
            .File("pkg/sub.py", "x = 1\n");
        var finding = Assert.Single(ProjectHarness.Check(tree, new UndefinedExport(), "pkg/__init__.py"));
        Assert.Contains("'nothing'", finding.Message, StringComparison.Ordinal);
    }
}
