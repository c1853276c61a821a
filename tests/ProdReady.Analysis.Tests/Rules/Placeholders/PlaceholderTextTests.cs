using ProdReady.Analysis.Rules.Placeholders;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Placeholders;

public sealed class PlaceholderTextTests
{
    [Theory]
    [InlineData("# [|Your code here|]\n")]
    [InlineData("x = '[|insert code here|]'\n")]
    [InlineData("def f():\n    \"\"\"[|Implement   me|].\"\"\"\n    return 1\n")]
    [InlineData("x = 'status: [|TBD|]'\n")]
    [InlineData("# [|lorem ipsum|] dolor\n")]
    [InlineData("msg = f'{x} [|not implemented yet|]'\n")]
    [InlineData("# a [|stub implementation|] for now\n")]
    public void Reports_placeholder_phrases(string markup) => RuleHarness.AssertSpans(markup, new PlaceholderText());

    [Theory]
    [InlineData("sql = 'WHERE id = ?'  # a placeholder for the id\n")]
    [InlineData("x = 'fill in the form'\n")]
    [InlineData("x = 'tbd'\n")]
    [InlineData("x = b'your code here'\n")]
    [InlineData("x = 'implementation details'\n")]
    [InlineData("def f():\n    \"\"\"Subclasses implement this; methods to be implemented by them.\"\"\"\n    return 1\n")]
    [InlineData("x = 'TBDs'\n")]
    public void Ignores_ordinary_text(string source) => RuleHarness.AssertSpans(source, new PlaceholderText());

    [Fact]
    public void Reports_the_whole_literal_when_escapes_hide_the_phrase()
    {
        RuleHarness.AssertSpans("x = [|'implement\\x20me'|]\n", new PlaceholderText());
    }

    [Fact]
    public void Message_collapses_the_whitespace_of_a_phrase_across_lines()
    {
        var finding = Assert.Single(RuleHarness.Analyze("x = '''lorem\n    ipsum'''\n", new PlaceholderText()));
        Assert.Equal("Placeholder text \"lorem ipsum\" in a string: replace it with the real content.", finding.Message);
    }

    [Fact]
    public void Message_quotes_the_phrase_and_where_it_is()
    {
        var finding = Assert.Single(RuleHarness.Analyze("# Replace me\n", new PlaceholderText()));
        Assert.Equal("Placeholder text \"Replace me\" in a comment: replace it with the real content.", finding.Message);
    }

    [Theory]
    [Trait("Issue", "8")]
    [InlineData("tests/test_render.py")]
    [InlineData("tests/data/sample.py")]
    [InlineData("conftest.py")]
    public void Ignores_placeholder_text_in_test_code(string path)
    {
        Assert.Empty(RuleHarness.Analyze("TEXT = 'Lorem ipsum dolor sit amet'  # lorem ipsum\n", new PlaceholderText(), path));
    }
}
