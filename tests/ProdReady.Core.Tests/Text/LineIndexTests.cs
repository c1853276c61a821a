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
    public void Rejects_offsets_outside_the_text()
    {
        var index = LineIndex.Create("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetPosition(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetPosition(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetLineStart(2));
    }
}
