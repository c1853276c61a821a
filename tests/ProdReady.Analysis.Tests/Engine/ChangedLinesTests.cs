using ProdReady.Analysis.Engine;

namespace ProdReady.Analysis.Tests.Engine;

public sealed class ChangedLinesTests
{
    [Fact]
    public void Merges_overlapping_and_adjacent_ranges()
    {
        var lines = ChangedLines.FromRanges([(10, 12), (1, 2), (3, 4), (11, 20)]);
        Assert.Equal([(1, 4), (10, 20)], lines.Ranges);
        Assert.False(lines.IsNewFile);
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(4, 9, true)]
    [InlineData(5, 9, false)]
    [InlineData(5, 10, true)]
    [InlineData(21, 30, false)]
    [InlineData(15, 15, true)]
    [InlineData(0, 100, true)]
    public void Overlaps_is_inclusive_at_both_ends(int start, int end, bool expected)
    {
        var lines = ChangedLines.FromRanges([(1, 4), (10, 20)]);
        Assert.Equal(expected, lines.Overlaps(start, end));
    }

    [Fact]
    public void Covers_needs_every_line_in_one_range()
    {
        var lines = ChangedLines.FromRanges([(1, 4), (10, 20)]);
        Assert.True(lines.Covers(10, 20));
        Assert.False(lines.Covers(4, 10));
        Assert.True(ChangedLines.NewFile.Covers(1, 1000));
    }

    [Fact]
    public void New_file_overlaps_everything_and_empty_change_nothing()
    {
        Assert.True(ChangedLines.NewFile.Overlaps(500, 600));
        Assert.False(ChangedLines.FromRanges([]).Overlaps(1, int.MaxValue));
    }

    [Fact]
    public void Rejects_ranges_that_are_not_one_based_or_inverted()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChangedLines.FromRanges([(0, 2)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChangedLines.FromRanges([(5, 4)]));
    }

    [Fact]
    public void Change_set_finds_files_by_exact_path()
    {
        var set = new ChangeSet([
            new("pkg/b.py", ChangedLines.NewFile),
            new("pkg/a.py", ChangedLines.FromRanges([(3, 3)])),
        ]);
        Assert.Equal(["pkg/a.py", "pkg/b.py"], set.Paths);
        Assert.True(set.Find("pkg/b.py")!.IsNewFile);
        Assert.Null(set.Find("PKG/a.py"));
        Assert.Null(set.Find("pkg/c.py"));
    }
}
