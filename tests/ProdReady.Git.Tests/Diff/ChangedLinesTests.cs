using ProdReady.Git.Diff;

namespace ProdReady.Git.Tests.Diff;

public sealed class ChangedLinesTests
{
    [Fact]
    public void Reports_merged_sorted_ranges()
    {
        var lines = ChangedLines.From([new(10, 12), new(1, 2), new(3, 3), new(11, 20), new(30, 30)]);

        Assert.Equal([new LineRange(1, 3), new LineRange(10, 20), new LineRange(30, 30)], lines);
        Assert.Equal(15, lines.LineCount);
        Assert.Equal("1-3,10-20,30", lines.ToString());
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(4, 9, false)]
    [InlineData(4, 10, true)]
    [InlineData(20, 29, true)]
    [InlineData(21, 29, false)]
    [InlineData(31, 100, false)]
    [InlineData(0, 0, false)]
    [InlineData(5, 4, false)]
    [InlineData(1, 1000, true)]
    public void Reports_overlap_with_a_unit(int start, int end, bool expected)
    {
        var lines = ChangedLines.From([new(1, 3), new(10, 20), new(30, 30)]);

        Assert.Equal(expected, lines.Overlaps(start, end));
    }

    [Fact]
    public void Ignores_every_unit_when_nothing_changed()
    {
        Assert.False(ChangedLines.None.Overlaps(1, int.MaxValue));
        Assert.False(ChangedLines.None.Contains(1));
        Assert.Equal("(none)", ChangedLines.None.ToString());
    }

    [Fact]
    public void Reports_the_same_answers_as_a_linear_scan()
    {
        var random = new Random(20260901);
        for (var round = 0; round < 200; round++)
        {
            var ranges = new List<LineRange>();
            for (var k = random.Next(0, 12); k > 0; k--)
            {
                var start = random.Next(1, 200);
                ranges.Add(new LineRange(start, start + random.Next(0, 15)));
            }

            var lines = ChangedLines.From(ranges);
            var start2 = random.Next(1, 220);
            var end2 = start2 + random.Next(0, 30);

            var expected = ranges.Exists(r => r.Start <= end2 && start2 <= r.End);
            Assert.Equal(expected, lines.Overlaps(start2, end2));
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 2)]
    public void Survives_invalid_range_with_argument_exception(int start, int end)
    {
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new LineRange(start, end));
    }
}
