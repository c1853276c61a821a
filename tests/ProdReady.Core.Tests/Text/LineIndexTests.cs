using ProdReady.Core.Text;

namespace ProdReady.Core.Tests.Text;

public sealed class LineIndexTests
{
    [Theory]
    [InlineData("a\nb", 2)]
    [InlineData("a\r\nb", 2)]
    [InlineData("a\rb", 2)]
    [InlineData("a\n", 2)]
    [InlineData("", 1)]
    [InlineData("a\fb\vc\u2028d", 1)]
    [InlineData("\r\n\r\n\n\r", 5)]
    public void Counts_lines_like_cpython(string text, int expected)
    {
        Assert.Equal(expected, LineIndex.Create(text).LineCount);
    }

    [Fact]
    public void Maps_offsets_to_positions()
    {
        var index = LineIndex.Create("ab\r\ncd\ref");
        Assert.Equal(new LinePosition(1, 0), index.GetPosition(0));
        Assert.Equal(new LinePosition(1, 2), index.GetPosition(2));
        Assert.Equal(new LinePosition(2, 0), index.GetPosition(4));
        Assert.Equal(new LinePosition(3, 1), index.GetPosition(8));
        Assert.Equal(new LinePosition(3, 2), index.GetPosition(9));
        Assert.Equal(TextSpan.FromBounds(4, 6), index.GetLineSpan(2));
    }

    [Fact]
    public void Counts_code_points_not_utf16_units()
    {
        var text = "x = '\U0001F600' + y";
        var index = LineIndex.Create(text);
        var offset = text.IndexOf('+', StringComparison.Ordinal);
        Assert.Equal(new LinePosition(1, 9), index.GetPosition(offset));
        Assert.Equal(new LinePosition(1, 8), index.GetCodePointPosition(offset));
    }

    [Fact]
    public void Counts_each_pair_once_and_a_lone_surrogate_as_one_code_point()
    {
        // Two astral characters, then a lone high surrogate (not a pair: it counts as one), on the second line; the
        // first line's astral character does not move columns of the second.
        var text = "a = '\U0001F600'\nb = '\U0001F600\U0001F601' + '\uD800' + c";
        var index = LineIndex.Create(text);
        var plus = text.IndexOf('+', StringComparison.Ordinal);
        var c = text.LastIndexOf('c');
        Assert.Equal(new LinePosition(2, 9), index.GetCodePointPosition(plus));
        Assert.Equal(new LinePosition(2, 17), index.GetCodePointPosition(c));
        Assert.Equal(new LinePosition(2, 0), index.GetCodePointPosition(text.IndexOf('b', StringComparison.Ordinal)));
        Assert.Equal(new LinePosition(1, 4), index.GetCodePointPosition(text.IndexOf('\'', StringComparison.Ordinal)));
    }

    [Fact]
    public void Rejects_offsets_outside_the_text()
    {
        var index = LineIndex.Create("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetPosition(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetPosition(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetLineStart(2));
    }
}
