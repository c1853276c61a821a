using ProdReady.Analysis.Configuration;

namespace ProdReady.Analysis.Tests.Configuration;

public sealed class KnownRuleCodesTests
{
    private static readonly KnownRuleCodes s_codes = new(["PLH001", "PLH012", "RUN001"]);

    [Theory]
    [InlineData("ALL", true)]
    [InlineData("PLH", true)]
    [InlineData("PLH0", true)]
    [InlineData("PLH01", true)]
    [InlineData("PLH012", true)]
    [InlineData("RUN001", true)]
    [InlineData("P", false)]
    [InlineData("PL", false)]
    [InlineData("PLH2", false)]
    [InlineData("PLH0010", false)]
    [InlineData("TYP", false)]
    [InlineData("plh", false)]
    [InlineData("", false)]
    public void Knows_categories_prefixes_and_codes(string selector, bool expected)
    {
        Assert.Equal(expected, s_codes.IsKnownSelector(selector));
    }

    [Theory]
    [InlineData("ALL", true)]
    [InlineData("PLH", true)]
    [InlineData("PLH001", true)]
    [InlineData("X1", true)]
    [InlineData("All", false)]
    [InlineData("plh001", false)]
    [InlineData("001", false)]
    [InlineData("PLH00A", false)]
    [InlineData("PLH 001", false)]
    [InlineData("", false)]
    public void Checks_selector_shape(string selector, bool expected)
    {
        Assert.Equal(expected, KnownRuleCodes.IsWellFormedSelector(selector));
    }
}
