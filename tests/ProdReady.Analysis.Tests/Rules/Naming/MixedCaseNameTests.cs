using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Naming;

[Trait("Issue", "9")]
public sealed class MixedCaseNameTests
{
    [Theory]
    [InlineData("[|myValue|] = 1\n")]
    [InlineData("class C:\n    [|retryCount|]: int = 3\n")]
    [InlineData("for [|anItem|] in []: ...\n")]
    public void Reports_mixed_case(string markup) => RuleHarness.AssertSpans(markup, new MixedCaseName());

    [Theory]
    [InlineData("MAX_SIZE = 1\nDefault = object\nsnake = 2\n")]
    [InlineData("import unittest\nclass T(unittest.TestCase):\n    maxDiff = None\n")]
    [InlineData("from lib import Model\nclass M(Model):\n    fieldName = 1\n")]
    [InlineData("def f() -> None:\n    myValue = 1\n")]
    [InlineData("requires_IEEE_754 = 1\n")]
    public void Ignores_other_cases_and_overrides(string source) => RuleHarness.AssertSpans(source, new MixedCaseName());
}
