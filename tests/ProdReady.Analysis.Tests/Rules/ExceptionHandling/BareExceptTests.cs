using ProdReady.Analysis.Rules.ExceptionHandling;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.ExceptionHandling;

public sealed class BareExceptTests
{
    [Theory]
    [InlineData("try:\n    pass\n[|except|]:\n    raise\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new BareExcept());

    [Theory]
    [InlineData("try:\n    pass\nexcept ValueError:\n    raise\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new BareExcept());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("try:\n    pass\nexcept:\n    pass\n", new BareExcept(), "tests/test_e.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new BareExcept()));
}
