using ProdReady.Analysis.Rules.ExceptionHandling;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.ExceptionHandling;

public sealed class RaiseNonExceptionTests
{
    [Theory]
    [InlineData("def f():\n    raise [|NotImplemented|]\n")]
    [InlineData("def f():\n    raise [|'oops'|]\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new RaiseNonException());

    [Theory]
    [InlineData("def f():\n    raise NotImplementedError\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new RaiseNonException());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("def test_f():\n    raise 'x'\n", new RaiseNonException(), "tests/test_e.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new RaiseNonException()));
}
