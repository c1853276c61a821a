using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.Tests.Project;

/// <summary>Expected results are those of CPython's <c>shlex.split</c>.</summary>
public sealed class ShellWordsTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("test_*.py *_test.py", new[] { "test_*.py", "*_test.py" })]
    [InlineData("tests\nintegration", new[] { "tests", "integration" })]
    [InlineData("  a \t b  ", new[] { "a", "b" })]
    [InlineData("'a b' c", new[] { "a b", "c" })]
    [InlineData("\"a b\" c", new[] { "a b", "c" })]
    [InlineData("a\"b c\"d", new[] { "ab cd" })]
    [InlineData("a \"\" b", new[] { "a", "", "b" })]
    [InlineData("a\\ b", new[] { "a b" })]
    [InlineData("\"a\\\"b\"", new[] { "a\"b" })]
    [InlineData("\"a\\xb\"", new[] { "a\\xb" })]
    [InlineData("'a\\b'", new[] { "a\\b" })]
    [InlineData("test_*.py # comment", new[] { "test_*.py", "#", "comment" })]
    public void Splits_like_shlex(string text, string[] expected)
    {
        Assert.True(ShellWords.TrySplit(text, out var words, out var error));
        Assert.Null(error);
        Assert.Equal(expected, words);
    }

    [Theory]
    [InlineData("'open", "No closing quotation")]
    [InlineData("\"open", "No closing quotation")]
    [InlineData("trailing\\", "No escaped character")]
    public void Reports_malformed_values(string text, string message)
    {
        Assert.False(ShellWords.TrySplit(text, out _, out var error));
        Assert.Equal(message, error);
    }
}
