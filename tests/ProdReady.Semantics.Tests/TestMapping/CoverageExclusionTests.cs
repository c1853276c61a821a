using ProdReady.Semantics.TestMapping;

namespace ProdReady.Semantics.Tests.TestMapping;

public sealed class CoverageExclusionTests
{
    [Fact]
    public void The_default_is_read_in_a_comment_only()
    {
        var exclusion = CoverageExclusion.Default;

        Assert.True(exclusion.Matches("def f():  #pragma: NO cover", 10));
        Assert.False(exclusion.Matches("def f(marker=\"# pragma: no cover\"):", -1));
        Assert.False(exclusion.Matches("def f():  # covered", 10));
    }

    [Fact]
    public void Project_expressions_are_searched_in_the_whole_line()
    {
        var exclusion = CoverageExclusion.From(["def __repr__", @"if (typing\.)?TYPE_CHECKING:"]);

        Assert.True(exclusion.Matches("    def __repr__(self):", -1));
        Assert.True(exclusion.Matches("if typing.TYPE_CHECKING:", -1));
        Assert.False(exclusion.Matches("def f():  # pragma: no cover", 10));
    }

    [Fact]
    public void Python_spellings_are_read_and_unreadable_expressions_match_nothing()
    {
        var exclusion = CoverageExclusion.From([@"(?P<q>['""])skip(?P=q)", @"^\s*pass\Z", "(unclosed"]);

        Assert.True(exclusion.Matches("x = 'skip'", -1));
        Assert.False(exclusion.Matches("x = 'skip\"", -1));
        Assert.True(exclusion.Matches("    pass", -1));
        Assert.False(exclusion.Matches("(unclosed", -1));
    }
}
