using ProdReady.Analysis.Rules.AsyncCorrectness;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.AsyncCorrectness;

public sealed class EventLoopInCoroutineTests
{
    [Theory]
    [InlineData("import asyncio\nasync def f(c):\n    [|asyncio.run|](c)\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new EventLoopInCoroutine());

    [Theory]
    [InlineData("import asyncio\ndef f(c):\n    asyncio.run(c)\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new EventLoopInCoroutine());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("import asyncio\nasync def test_f(c):\n    asyncio.run(c)\n", new EventLoopInCoroutine(), "tests/test_a.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new EventLoopInCoroutine()));
}
