using ProdReady.Analysis.Rules.ExceptionHandling;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.ExceptionHandling;

public sealed class SwallowedBroadExceptionTests
{
    [Theory]
    [InlineData("try:\n    x = 1\nexcept [|Exception|]:\n    x = 0\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new SwallowedBroadException());

    [Theory]
    [InlineData("try:\n    x = 1\nexcept Exception as e:\n    x = repr(e)\n")]
    [InlineData("import logging\nlog = logging.getLogger()\ntry:\n    x = 1\nexcept Exception:\n    log.exception('x')\n")]
    [InlineData("try:\n    x = 1\nexcept Exception:\n    raise\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new SwallowedBroadException());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("try:\n    x = 1\nexcept Exception:\n    x = 0\n", new SwallowedBroadException(), "tests/test_e.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new SwallowedBroadException()));
}
