using ProdReady.Analysis.Rules.AsyncCorrectness;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.AsyncCorrectness;

public sealed class BlockingCallInAsyncTests
{
    [Theory]
    [InlineData("import time\nasync def f():\n    [|time.sleep|](1)\n")]
    [InlineData("import subprocess as sp\nasync def f():\n    [|sp.run|](['x'])\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new BlockingCallInAsync());

    [Theory]
    [InlineData("import time\ndef f():\n    time.sleep(1)\n")]
    [InlineData("import asyncio\nasync def f():\n    await asyncio.sleep(1)\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new BlockingCallInAsync());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("import time\nasync def test_f():\n    time.sleep(1)\n", new BlockingCallInAsync(), "tests/test_a.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new BlockingCallInAsync()));
}
