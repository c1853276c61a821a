using ProdReady.Core.Text;

namespace ProdReady.Core.Tests.Text;

public sealed class TextSpanTests
{
    [Fact]
    public void Overlap_is_half_open()
    {
        var a = TextSpan.FromBounds(0, 5);
        Assert.True(a.OverlapsWith(TextSpan.FromBounds(4, 6)));
        Assert.False(a.OverlapsWith(TextSpan.FromBounds(5, 6)));
        Assert.False(a.OverlapsWith(TextSpan.FromBounds(5, 5)));
        Assert.True(a.Contains(TextSpan.FromBounds(1, 5)));
        Assert.Equal(TextSpan.FromBounds(0, 9), a.Union(TextSpan.FromBounds(7, 9)));
    }

    [Fact]
    public void Rejects_inverted_bounds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(3, 2));
    }
}
