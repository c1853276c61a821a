using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class ExtraneousReturnsSectionTests
{
    [Fact]
    public void Reports_the_returns_header() =>
        RuleHarness.AssertSpans("def f():\n    \"\"\"Do.\n\n    [|Returns:|]\n        One.\n    \"\"\"\n    print(1)\n", new ExtraneousReturnsSection());

    [Theory]
    [InlineData("class C:\n    @property\n    def p(self):\n        \"\"\"P.\n\n        Returns:\n            One.\n        \"\"\"\n        self.x = 1\n")]
    [InlineData("def f():\n    \"\"\"Do.\n\n    Returns:\n        One.\n    \"\"\"\n    pass\n")]
    public void Ignores_properties_and_stubs(string markup) => RuleHarness.AssertSpans(markup, new ExtraneousReturnsSection());
}
