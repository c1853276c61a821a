using ProdReady.Analysis.Engine;

namespace ProdReady.Analysis.Tests.Engine;

public sealed class NoqaMentionTests
{
    [Theory]
    [InlineData("# noqa", true)]
    [InlineData("# NOQA: E501", true)]
    [InlineData("# NoQa", true)]
    [InlineData("# ruff: noqa", true)]
    [InlineData("#noqa", true)]
    [InlineData("# nnnoqa", true)]
    [InlineData("# not a directive, no qa", false)]
    [InlineData("# noq", false)]
    [InlineData("# n", false)]
    [InlineData("", false)]
    [InlineData("# nóqa", false)]
    public void Finds_noqa_in_any_case_as_a_case_insensitive_search_does(string comment, bool expected)
    {
        Assert.Equal(expected, FileAnalyzer.MentionsNoqa(comment));
        Assert.Equal(comment.Contains("noqa", StringComparison.OrdinalIgnoreCase), FileAnalyzer.MentionsNoqa(comment));
    }
}
