using ProdReady.Git.Diff;

namespace ProdReady.Git.Tests.Diff;

public sealed class GitPathQuotingTests
{
    [Theory]
    [InlineData("\"a\\tb\"", "a\tb")]
    [InlineData("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("\"back\\\\slash\"", "back\\slash")]
    [InlineData("\"\\303\\274ber\"", "über")]
    [InlineData("\"line\\nbreak\\r\"", "line\nbreak\r")]
    [InlineData("\"\\a\\b\\v\\f\"", "\a\b\v\f")]
    public void Reports_decoded_name(string quoted, string expected)
    {
        Assert.True(GitPathQuoting.TryUnquote(quoted, 0, out var name, out var end));
        Assert.Equal(expected, name);
        Assert.Equal(quoted.Length, end);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("\"unterminated")]
    [InlineData("\"bad \\q escape\"")]
    [InlineData("\"short \\30\"")]
    [InlineData("\"trailing \\")]
    public void Ignores_malformed_quoted_name(string text)
    {
        Assert.False(GitPathQuoting.TryUnquote(text, 0, out _, out _));
    }
}
