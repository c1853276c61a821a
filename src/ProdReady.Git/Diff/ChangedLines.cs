using System.Collections;

namespace ProdReady.Git.Diff;

/// <summary>
/// The lines of one file that a change touched, as sorted, disjoint, non-adjacent ranges of the new
/// file. Overlap queries are a binary search, so a rule engine can ask once per finding.
/// </summary>
public sealed class ChangedLines : IReadOnlyList<LineRange>
{
    private readonly LineRange[] _ranges;

    private ChangedLines(LineRange[] ranges)
    {
        _ranges = ranges;
    }

    /// <summary>Gets the empty set: no line was touched (a pure rename or a mode change).</summary>
    public static ChangedLines None { get; } = new([]);

    /// <summary>Gets the number of ranges.</summary>
    public int Count => _ranges.Length;

    /// <summary>Gets the total number of lines covered by the ranges.</summary>
    public int LineCount
    {
        get
        {
            var total = 0;
            foreach (var range in _ranges)
            {
                total += range.Count;
            }

            return total;
        }
    }

    /// <summary>Gets the range at <paramref name="index"/>, in ascending line order.</summary>
    /// <param name="index">The zero-based index.</param>
    public LineRange this[int index] => _ranges[index];

    /// <summary>Builds the set from ranges in any order; overlapping and adjacent ranges are merged.</summary>
    /// <param name="ranges">The ranges.</param>
    /// <returns>The normalized set.</returns>
    public static ChangedLines From(IEnumerable<LineRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var sorted = ranges.ToArray();
        if (sorted.Length == 0)
        {
            return None;
        }

        Array.Sort(sorted, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<LineRange>(sorted.Length);
        var current = sorted[0];
        for (var i = 1; i < sorted.Length; i++)
        {
            var next = sorted[i];
            if (next.Start <= current.End + 1)
            {
                current = new LineRange(current.Start, Math.Max(current.End, next.End));
            }
            else
            {
                merged.Add(current);
                current = next;
            }
        }

        merged.Add(current);
        return new ChangedLines([.. merged]);
    }

    /// <summary>Tells whether <paramref name="line"/> was touched.</summary>
    /// <param name="line">A 1-based line number.</param>
    /// <returns><see langword="true"/> when a range contains the line.</returns>
    public bool Contains(int line) => Overlaps(line, line);

    /// <summary>Tells whether any line of <c>[startLine, endLine]</c> was touched.</summary>
    /// <param name="startLine">The first line of the unit, 1-based.</param>
    /// <param name="endLine">The last line of the unit, inclusive.</param>
    /// <returns><see langword="true"/> when the unit overlaps the change.</returns>
    public bool Overlaps(int startLine, int endLine)
    {
        if (endLine < startLine)
        {
            return false;
        }

        // The first range whose end is at or after startLine; ends ascend because ranges are disjoint.
        var low = 0;
        var high = _ranges.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_ranges[middle].End < startLine)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < _ranges.Length && _ranges[low].Start <= endLine;
    }

    /// <summary>Tells whether any line of <paramref name="range"/> was touched.</summary>
    /// <param name="range">The unit's lines.</param>
    /// <returns><see langword="true"/> when the unit overlaps the change.</returns>
    public bool Overlaps(LineRange range) => Overlaps(range.Start, range.End);

    /// <inheritdoc />
    public IEnumerator<LineRange> GetEnumerator() => ((IEnumerable<LineRange>)_ranges).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => _ranges.Length == 0 ? "(none)" : string.Join(",", _ranges);
}
