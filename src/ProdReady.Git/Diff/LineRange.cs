using System.Globalization;

namespace ProdReady.Git.Diff;

/// <summary>An inclusive range of 1-based line numbers, <c>[Start, End]</c>.</summary>
public readonly record struct LineRange
{
    /// <summary>Initializes a new instance of the <see cref="LineRange"/> struct.</summary>
    /// <param name="start">The first line, 1-based.</param>
    /// <param name="end">The last line, not less than <paramref name="start"/>.</param>
    public LineRange(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(start, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>Gets the first line, 1-based.</summary>
    public int Start { get; }

    /// <summary>Gets the last line, inclusive.</summary>
    public int End { get; }

    /// <summary>Gets the number of lines covered.</summary>
    public int Count => End - Start + 1;

    /// <summary>Tells whether <paramref name="line"/> lies inside the range.</summary>
    /// <param name="line">A 1-based line number.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= line &lt;= End</c>.</returns>
    public bool Contains(int line) => line >= Start && line <= End;

    /// <summary>Tells whether the two ranges share at least one line.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(LineRange other) => Start <= other.End && other.Start <= End;

    /// <inheritdoc />
    public override string ToString() => Start == End
        ? Start.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Start}-{End}");
}
