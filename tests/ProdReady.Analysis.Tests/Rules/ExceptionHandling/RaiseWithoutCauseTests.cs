using ProdReady.Analysis.Rules.ExceptionHandling;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.ExceptionHandling;

public sealed class RaiseWithoutCauseTests
{
    [Theory]
    [InlineData("try:\n    x = 1\nexcept KeyError:\n    [|raise ValueError('x')|]\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new RaiseWithoutCause());

    [Theory]
    [InlineData("try:\n    x = 1\nexcept KeyError as e:\n    raise ValueError('x') from e\n")]
    [InlineData("try:\n    x = 1\nexcept KeyError as e:\n    raise e\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new RaiseWithoutCause());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("try:\n    x = 1\nexcept KeyError:\n    raise ValueError('x')\n", new RaiseWithoutCause(), "tests/test_e.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new RaiseWithoutCause()));
}
