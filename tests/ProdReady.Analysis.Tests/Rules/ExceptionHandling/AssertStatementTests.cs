using ProdReady.Analysis.Rules.ExceptionHandling;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.ExceptionHandling;

public sealed class AssertStatementTests
{
    [Theory]
    [InlineData("def f(x):\n    [|assert|] x\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new AssertStatement());

    [Theory]
    [InlineData("def f(x):\n    if not x:\n        raise ValueError(x)\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new AssertStatement());

    [Fact]
    public void Ignores_test_code_as_documented() => Assert.Empty(RuleHarness.Analyze("def test_f():\n    assert 1\n", new AssertStatement(), "tests/test_e.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new AssertStatement()));
}
