using ProdReady.Python.Lexing;

namespace ProdReady.Python.Tests.Lexing;

/// <summary>Expected values are CPython 3.13's <c>unicodedata.normalize("NFKC", ...)</c> (Unicode 15.1).</summary>
public sealed class NfkcTests
{
    [Theory]
    [InlineData("\uFB01", "\u0066\u0069")]
    [InlineData("\uFF58", "\u0078")]
    [InlineData("\U0001D518\U0001D52B\U0001D526\U0001D520\U0001D52C\U0001D521\U0001D522", "\u0055\u006E\u0069\u0063\u006F\u0064\u0065")]
    [InlineData("\u00B5", "\u03BC")]
    [InlineData("\u0065\u0301", "\u00E9")]
    [InlineData("\u1112\u1161\u11AB", "\uD55C")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("\uFF8A\uFF9F", "\u30D1")]
    [InlineData("\u1E0B\u0323", "\u1E0D\u0307")]
    [InlineData("\u0061\u0323\u0302\u0062", "\u1EAD\u0062")]
    [InlineData("\u01C6", "\u0064\u017E")]
    [InlineData("\u2460", "\u0031")]
    [InlineData("\u0078\u0327\u0301", "\u0078\u0327\u0301")]
    [InlineData("\u0958", "\u0915\u093C")]
    [InlineData("\uAC00\u11A8", "\uAC01")]
    [InlineData("\uFF76\uFF9E", "\u30AC")]
    [InlineData("\u216B", "\u0058\u0049\u0049")]
    [InlineData("\u210C", "\u0048")]
    [InlineData("\u03D2\u0301", "\u038E")]
    public void Normalizes_like_cpython(string text, string expected)
    {
        Assert.Equal(expected, Nfkc.Normalize(text));
    }

    [Theory]
    [InlineData("été")]
    [InlineData("naïve_x")]
    [InlineData("日本語")]
    public void Returns_already_normalized_text_unchanged(string text)
    {
        Assert.Same(text, Nfkc.Normalize(text));
    }

    [Fact]
    public void Passes_lone_surrogates_through()
    {
        Assert.Equal("a\uD800b", Nfkc.Normalize("a\uD800b"));
    }
}
