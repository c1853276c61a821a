namespace ProdReady.Analysis.Engine;

/// <summary>
/// The lines of one file that a change added or modified, as sorted, merged, 1-based inclusive ranges;
/// or a new file, every line of which counts.
/// </summary>
public sealed class ChangedLines
{
    private readonly (int Start, int End)[] _ranges;

    private ChangedLines(bool isNewFile, (int Start, int End)[] ranges)
    {
        IsNewFile = isNewFile;
        _ranges = ranges;
    }

    /// <summary>Gets the value for a file the change adds: every line counts.</summary>
    public static ChangedLines NewFile { get; } = new(isNewFile: true, []);

    /// <summary>Gets a value indicating whether the change adds the whole file.</summary>
    public bool IsNewFile { get; }

    /// <summary>Gets the merged ranges of changed lines (1-based, inclusive), ordered by start.</summary>
    public IReadOnlyList<(int Start, int End)> Ranges => _ranges;

    /// <summary>Creates the value from ranges of changed lines, in any order, possibly overlapping.</summary>
    /// <param name="ranges">1-based inclusive ranges; a range with <c>End &lt; Start</c> is rejected.</param>
    /// <returns>The merged value.</returns>
    public static ChangedLines FromRanges(IEnumerable<(int Start, int End)> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var sorted = ranges.ToList();
        foreach (var (start, end) in sorted)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(start, 1, nameof(ranges));
            ArgumentOutOfRangeException.ThrowIfLessThan(end, start, nameof(ranges));
        }

        sorted.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<(int Start, int End)>(sorted.Count);
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End + 1)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return new ChangedLines(isNewFile: false, [.. merged]);
    }

    /// <summary>Tells whether any line of <c>[startLine, endLine]</c> was changed.</summary>
    /// <param name="startLine">The 1-based first line.</param>
    /// <param name="endLine">The 1-based last line, not less than <paramref name="startLine"/>.</param>
    /// <returns><see langword="true"/> when the range meets a changed line, or the file is new.</returns>
    public bool Overlaps(int startLine, int endLine)
    {
        if (IsNewFile)
        {
            return true;
        }

        var low = 0;
        var high = _ranges.Length - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (_ranges[mid].End < startLine)
            {
                low = mid + 1;
            }
            else if (_ranges[mid].Start > endLine)
            {
                high = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether the range <c>[startLine, endLine]</c> lies entirely in changed lines.</summary>
    /// <param name="startLine">The 1-based first line.</param>
    /// <param name="endLine">The 1-based last line.</param>
    /// <returns><see langword="true"/> when every line of the range changed, or the file is new.</returns>
    public bool Covers(int startLine, int endLine)
    {
        if (IsNewFile)
        {
            return true;
        }

        foreach (var (start, end) in _ranges)
        {
            if (start <= startLine && endLine <= end)
            {
                return true;
            }
        }

        return false;
    }
}
