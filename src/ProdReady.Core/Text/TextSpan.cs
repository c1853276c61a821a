namespace ProdReady.Core.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a source text.</summary>
/// <param name="Start">The offset of the first code unit.</param>
/// <param name="Length">The number of code units covered.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Gets the offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Gets a value indicating whether the span covers no text.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and end offsets.</summary>
    /// <param name="start">The start offset.</param>
    /// <param name="end">The end offset, not less than <paramref name="start"/>.</param>
    /// <returns>The span <c>[start, end)</c>.</returns>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Tells whether <paramref name="offset"/> lies inside the span.</summary>
    /// <param name="offset">The offset to test.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= offset &lt; End</c>.</returns>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Tells whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when the other span is contained.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Tells whether the two spans share at least one code unit.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <summary>Returns the smallest span covering both spans.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>The covering span.</returns>
    public TextSpan Union(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
