using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Testing;

public sealed class SpanMarkupTests
{
    [Fact]
    public void Strips_markers_and_returns_spans()
    {
        var (source, spans) = SpanMarkup.Parse("x = [|eval|](s)  # [|TODO|]");
        Assert.Equal("x = eval(s)  # TODO", source);
        Assert.Equal([(4, 4), (15, 4)], spans);
    }

    [Fact]
    public void Handles_nested_and_empty_spans()
    {
        var (source, spans) = SpanMarkup.Parse("[|a[|b|]c|][||]");
        Assert.Equal("abc", source);
        Assert.Equal([(0, 3), (1, 1), (3, 0)], spans);
    }

    [Theory]
    [InlineData("[|a")]
    [InlineData("a|]")]
    [InlineData("|][|")]
    public void Rejects_unbalanced_markers(string markup)
    {
        Assert.Throws<FormatException>(() => SpanMarkup.Parse(markup));
    }

    [Theory]
    [InlineData("x = [|eval|](s)")]
    [InlineData("[|a[|b|]c|]")]
    [InlineData("[|a|][|b|]")]
    [InlineData("no spans")]
    public void Render_round_trips(string markup)
    {
        var (source, spans) = SpanMarkup.Parse(markup);
        Assert.Equal(markup, SpanMarkup.Render(source, spans));
    }
}
