using ProdReady.Analysis.Rules.ExceptionHandling;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.ExceptionHandling;

public sealed class SilentExceptionHandlerTests
{
    [Theory]
    [InlineData("try:\n    x = 1\n[|except|] KeyError:\n    pass\n")]
    [InlineData("for i in []:\n    try:\n        x = 1\n    [|except|] ValueError:  # skip bad rows\n        continue\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new SilentExceptionHandler());

    [Theory]
    [InlineData("try:\n    x = 1\nexcept KeyError:\n    x = 0\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new SilentExceptionHandler());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("try:\n    x = 1\nexcept KeyError:\n    pass\n", new SilentExceptionHandler(), "tests/test_e.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new SilentExceptionHandler()));
}
