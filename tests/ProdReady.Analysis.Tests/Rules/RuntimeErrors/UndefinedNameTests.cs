using ProdReady.Analysis.Rules.RuntimeErrors;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.RuntimeErrors;

public sealed class UndefinedNameTests
{
    [Theory]
    [InlineData("print([|undefined_thing|])\n")]
    [InlineData("def f():\n    return [|missing|]\n")]
    [InlineData("class C:\n    x = 1\n    def m(self):\n        return [|x|]\n")]
    [InlineData("[|later|]()\ndef later():\n    pass\n")]
    [InlineData("try:\n    pass\nexcept ValueError as e:\n    pass\nprint([|e|])\n")]
    [InlineData("del [|never|]\n")]
    public void Reports_undefined_names(string markup) => RuleHarness.AssertSpans(markup, new UndefinedName());

    [Theory]
    [InlineData("def f():\n    return later()\ndef later():\n    return 1\n")]
    [InlineData("from os.path import *\nprint(join('a'))\n")]
    [InlineData("try:\n    basestring\nexcept NameError:\n    basestring = str\n")]
    [InlineData("print(__file__, __name__, __doc__, __spec__)\n")]
    [InlineData("from __future__ import annotations\ndef f(x: Later) -> Later:\n    return x\nclass Later:\n    pass\n")]
    [InlineData("class C:\n    def m(self):\n        return __class__\n")]
    [InlineData("x: list[int] = []\nprint(ExceptionGroup, aiter)\n")]
    [InlineData("def f[T](x: T) -> T:\n    return x\n")]
    [InlineData("import os\nprint(os.sep)\n")]
    public void Ignores_defined_and_dynamic_names(string source) => RuleHarness.AssertSpans(source, new UndefinedName());

    [Fact]
    public void Says_when_a_class_attribute_is_read_from_a_method()
    {
        var finding = Assert.Single(RuleHarness.Analyze("class C:\n    size = 1\n    def m(self):\n        return size\n", new UndefinedName()));
        Assert.Contains("class 'C' binds it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Survives_a_file_that_does_not_parse()
    {
        Assert.Empty(RuleHarness.Analyze("def f(:\n    return nope\n", new UndefinedName()));
    }
}
