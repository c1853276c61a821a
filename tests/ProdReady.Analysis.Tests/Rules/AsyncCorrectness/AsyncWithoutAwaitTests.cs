using ProdReady.Analysis.Rules.AsyncCorrectness;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.AsyncCorrectness;

public sealed class AsyncWithoutAwaitTests
{
    [Theory]
    [InlineData("async def [|f|]():\n    return 1\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new AsyncWithoutAwait());

    [Theory]
    [InlineData("import asyncio\nasync def f():\n    await asyncio.sleep(0)\n")]
    [InlineData("async def f():\n    yield 1\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new AsyncWithoutAwait());

    [Fact]
    public void Ignores_test_code_as_documented() => Assert.Empty(RuleHarness.Analyze("async def test_f():\n    assert True\n", new AsyncWithoutAwait(), "tests/test_a.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new AsyncWithoutAwait()));
}
