using ProdReady.Analysis.Rules.GlobalState;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.GlobalState;

public sealed class MutableClassAttributeTests
{
    [Theory]
    [InlineData("class C:\n    [|items|] = []\n")]
    [InlineData("class C:\n    [|table|]: dict = dict()\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new MutableClassAttribute());

    [Theory]
    [InlineData("from typing import ClassVar\n\nclass C:\n    items: ClassVar[list] = []\n")]
    [InlineData("import pydantic\n\nclass M(pydantic.BaseModel):\n    tags: list = []\n")]
    [InlineData("from typing import TypedDict\n\nclass T(TypedDict):\n    x: int\n")]
    [InlineData("class C:\n    __slots__ = ['a']\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new MutableClassAttribute());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("class TestX:\n    cases = []\n", new MutableClassAttribute(), "tests/test_c.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new MutableClassAttribute()));
}
