using ProdReady.Analysis.Engine;
using ProdReady.Core.Text;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Engine;

public sealed class UnitLocatorTests
{
    private const string Source = """
        import os
        @decorator
        class Outer:
            x = 1
            def inner(self):
                return 1
            def other(self):
                pass
        # between units
        y = 2
        """;

    private static readonly LineIndex Index = LineIndex.Create(Source);

    // Units as the engine derives them: module-level statements, classes and functions (decorators included).
    private static readonly TextSpan[] s_units = [Line(1, 1), Line(2, 8), Line(5, 6), Line(7, 8), Line(10, 10)];

    [Theory]
    [InlineData(4, 2, 8)]
    [InlineData(6, 5, 6)]
    [InlineData(5, 5, 6)]
    [InlineData(8, 7, 8)]
    [InlineData(2, 2, 8)]
    [InlineData(10, 10, 10)]
    public void Finds_the_innermost_unit(int line, int unitStart, int unitEnd)
    {
        var locator = new UnitLocator(s_units);
        var offset = Index.GetLineStart(line) + 4;
        Assert.Equal(Line(unitStart, unitEnd), locator.Find(Math.Min(offset, Index.GetLineSpan(line).End - 1)));
    }

    [Fact]
    public void Offsets_outside_every_unit_have_none()
    {
        var locator = new UnitLocator(s_units);
        Assert.Null(locator.Find(Index.GetLineStart(9)));
        Assert.Null(new UnitLocator([]).Find(0));
    }

    [Theory]
    [InlineData(3, 4, true)]    // a change in the class header reaches a finding in the class body
    [InlineData(2, 4, true)]    // the decorator belongs to the class
    [InlineData(2, 6, false)]   // but a method is a unit of its own
    [InlineData(7, 6, false)]   // a change in a sibling method does not reach this method
    [InlineData(6, 4, true)]    // a change inside a method reaches its class-level statements
    [InlineData(10, 1, false)]  // a change in another module-level statement does not count
    [InlineData(9, 9, true)]    // outside every unit, the finding's own line decides
    [InlineData(8, 9, false)]
    public void Counts_when_the_unit_overlaps_the_changed_lines(int changedLine, int findingLine, bool expected)
    {
        var locator = new UnitLocator(s_units);
        var (start, end) = locator.UnitLines(Index.GetLineSpan(findingLine), Index);
        Assert.Equal(expected, start <= changedLine && changedLine <= end);
    }

    [Fact]
    public void Marked_spans_drive_unit_lookup()
    {
        var (source, spans) = SpanMarkup.Parse("a = 1\n[|def f():\n    [|x|] = 2|]\n");
        var lines = LineIndex.Create(source);
        var locator = new UnitLocator([new TextSpan(spans[0].Start, spans[0].Length)]);
        Assert.Equal((2, 3), locator.UnitLines(new TextSpan(spans[1].Start, spans[1].Length), lines));
        Assert.Equal((1, 1), locator.UnitLines(new TextSpan(0, 1), lines));
    }

    private static TextSpan Line(int first, int last) =>
        TextSpan.FromBounds(Index.GetLineStart(first), Index.GetLineSpan(last).End);
}
