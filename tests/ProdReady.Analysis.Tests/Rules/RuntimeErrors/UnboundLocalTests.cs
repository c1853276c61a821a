using ProdReady.Analysis.Rules.RuntimeErrors;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.RuntimeErrors;

public sealed class UnboundLocalTests
{
    [Theory]
    [InlineData("x = 0\ndef f():\n    x = [|x|] + 1\n")]
    [InlineData("def f():\n    print([|y|])\n    y = 1\n")]
    [InlineData("def f(items):\n    for i in [|i|]:\n        pass\n")]
    [InlineData("def f():\n    try:\n        pass\n    except ValueError as e:\n        pass\n    return [|e|]\n")]
    public void Reports_certainly_unbound_reads(string markup) => RuleHarness.AssertSpans(markup, new UnboundLocal());

    [Theory]
    [InlineData("def f(flag):\n    if flag:\n        y = 1\n    return y\n")]
    [InlineData("def f(items):\n    for i in items:\n        if i:\n            print(last)\n        last = i\n")]
    [InlineData("x = 0\ndef f():\n    global x\n    x += 1\n")]
    [InlineData("def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n    return g\n")]
    [InlineData("def f():\n    def g():\n        return y\n    y = 1\n    return g\n")]
    [InlineData("def f():\n    y: int\n    y = 1\n    return y\n")]
    [InlineData("def f():\n    def g():\n        nonlocal frame\n        frame = 1\n    g()\n    return frame\n")]
    public void Ignores_reads_that_may_be_bound(string source) => RuleHarness.AssertSpans(source, new UnboundLocal());

    [Fact]
    public void Names_the_hidden_global()
    {
        var finding = Assert.Single(RuleHarness.Analyze("count = 0\ndef bump():\n    count = count + 1\n", new UnboundLocal()));
        Assert.Contains("hiding the global 'count'", finding.Message, StringComparison.Ordinal);
    }
}
