using ProdReady.Analysis.Rules.ExceptionHandling;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.ExceptionHandling;

public sealed class ControlFlowInFinallyTests
{
    [Theory]
    [InlineData("def f():\n    try:\n        pass\n    finally:\n        [|return 1|]\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new ControlFlowInFinally());

    [Theory]
    [InlineData("def f():\n    try:\n        pass\n    finally:\n        for x in []:\n            break\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new ControlFlowInFinally());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("def test_f():\n    try:\n        pass\n    finally:\n        return\n", new ControlFlowInFinally(), "tests/test_e.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new ControlFlowInFinally()));
}
