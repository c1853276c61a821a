using ProdReady.Analysis.Rules.GlobalState;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.GlobalState;

public sealed class MutableArgumentDefaultTests
{
    [Theory]
    [InlineData("def f(a=[|[]|]):\n    return a\n")]
    [InlineData("def f(*, a=[|set()|]):\n    return a\n")]
    [InlineData("from dataclasses import dataclass\n\n@dataclass\nclass C:\n    tags: list = [|[]|]\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new MutableArgumentDefault());

    [Theory]
    [InlineData("def f(a=None, b=(), c=frozenset()):\n    return a\n")]
    [InlineData("class C:\n    tags: list = []\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new MutableArgumentDefault());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("def test_x(a=[]):\n    return a\n", new MutableArgumentDefault(), "tests/test_d.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new MutableArgumentDefault()));
}
