using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class MissingYieldsSectionTests
{
    [Theory]
    [InlineData("def f():\n    [|\"\"\"Do.\"\"\"|]\n    x = yield 1\n")]
    [InlineData("async def f():\n    [|\"\"\"Do.\"\"\"|]\n    yield 1\n")]
    public void Reports_generators_without_yields(string markup) => RuleHarness.AssertSpans(markup, new MissingYieldsSection());

    [Theory]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n    yield\n")]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n    return (x for x in y)\n")]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n    def g():\n        yield 1\n    return g\n")]
    public void Ignores_functions_that_yield_nothing(string markup) => RuleHarness.AssertSpans(markup, new MissingYieldsSection());
}
