using ProdReady.Analysis.Rules.AsyncCorrectness;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.AsyncCorrectness;

public sealed class UnguardedSharedStateTests
{
    [Theory]
    [InlineData("import asyncio\nclass C:\n    async def f(self):\n        n = self.n\n        await asyncio.sleep(0)\n        [|self.n = n + 1|]\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new UnguardedSharedState());

    [Theory]
    [InlineData("import asyncio\nclass C:\n    async def f(self):\n        n = self.n\n        self.n = n + 1\n        await asyncio.sleep(0)\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new UnguardedSharedState());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("import asyncio\nclass C:\n    async def f(self):\n        n = self.n\n        await asyncio.sleep(0)\n        self.n = n + 1\n", new UnguardedSharedState(), "tests/test_a.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new UnguardedSharedState()));
}
