using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class ExtraneousYieldsSectionTests
{
    [Fact]
    public void Reports_the_yields_header() =>
        RuleHarness.AssertSpans("def f():\n    \"\"\"Do.\n\n    [|Yields:|]\n        One.\n    \"\"\"\n    return [1]\n", new ExtraneousYieldsSection());

    [Theory]
    [InlineData("import typing\ndef f() -> typing.Generator[int, None, None]:\n    \"\"\"Do.\n\n    Yields:\n        One.\n    \"\"\"\n    return g()\n")]
    [InlineData("def f():\n    \"\"\"Do.\n\n    Yields:\n        One.\n    \"\"\"\n    yield 1\n")]
    public void Ignores_generators_and_iterator_returns(string markup) => RuleHarness.AssertSpans(markup, new ExtraneousYieldsSection());
}
