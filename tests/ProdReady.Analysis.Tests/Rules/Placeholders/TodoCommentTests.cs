using ProdReady.Analysis.Rules.Placeholders;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Placeholders;

public sealed class TodoCommentTests
{
    [Theory]
    [InlineData("x = 1  # [|TODO|]: later\n")]
    [InlineData("# [|FIXME|](bob) broken\n")]
    [InlineData("#[|XXX|]\n")]
    [InlineData("def f():\n    return 1  # [|HACK|] around the bug\n")]
    [InlineData("# note: [|TODO|] and FIXME in one comment are one finding\n")]
    public void Reports_tags_in_comments(string markup) => RuleHarness.AssertSpans(markup, new TodoComment());

    [Theory]
    [InlineData("x = 'TODO: not a comment'\n")]
    [InlineData("# todo: lower case is prose\n")]
    [InlineData("# TODOs, XXXL, HACKED, FIXMEs\n")]
    [InlineData("todo_list = []  # the todo_list\n")]
    public void Ignores_strings_prose_and_longer_words(string source) => RuleHarness.AssertSpans(source, new TodoComment());

    [Fact]
    public void Message_names_the_tag()
    {
        var finding = Assert.Single(RuleHarness.Analyze("# FIXME\n", new TodoComment()));
        Assert.Equal("FIXME comment: do the work or track it in an issue, then remove the comment.", finding.Message);
        Assert.Equal(1, finding.Location!.Line);
        Assert.Equal(3, finding.Location.Column);
    }

    [Fact]
    public void Survives_comments_in_a_file_that_does_not_parse()
    {
        var finding = Assert.Single(RuleHarness.Analyze("def f(:\n    pass  # TODO\n", new TodoComment()));
        Assert.Equal(2, finding.Location!.Line);
    }
}
