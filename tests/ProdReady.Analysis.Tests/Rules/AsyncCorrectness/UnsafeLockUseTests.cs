using ProdReady.Analysis.Rules.AsyncCorrectness;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.AsyncCorrectness;

public sealed class UnsafeLockUseTests
{
    [Theory]
    [InlineData("import threading\nlock = threading.Lock()\ndef f():\n    [|lock.acquire()|]\n    lock.release()\n")]
    [InlineData("import asyncio\nlock = asyncio.Lock()\nasync def f():\n    with [|lock|]:\n        pass\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new UnsafeLockUse());

    [Theory]
    [InlineData("import threading\nlock = threading.Lock()\ndef f():\n    with lock:\n        pass\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new UnsafeLockUse());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("import threading\nlock = threading.Lock()\ndef test_f():\n    lock.acquire()\n", new UnsafeLockUse(), "tests/test_a.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new UnsafeLockUse()));
}
