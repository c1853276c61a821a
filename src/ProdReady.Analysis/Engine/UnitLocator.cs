using ProdReady.Core.Text;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// Finds the unit a finding belongs to: the innermost enclosing function or class (decorators included)
/// or the module-level statement. Units are nested or disjoint, never partly overlapping.
/// </summary>
internal sealed class UnitLocator
{
    private readonly TextSpan[] _units;

    /// <summary>Initializes a new instance of the <see cref="UnitLocator"/> class.</summary>
    /// <param name="units">The spans of every unit, in any order.</param>
    public UnitLocator(IEnumerable<TextSpan> units)
    {
        _units = [.. units];

        // Outer units first on equal starts, so that the last unit that contains an offset is the innermost.
        Array.Sort(_units, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
    }

    /// <summary>Returns the innermost unit containing <paramref name="offset"/>, if any.</summary>
    /// <param name="offset">The offset of the finding's start.</param>
    /// <returns>The unit's span, or <see langword="null"/> when the offset lies outside every unit.</returns>
    public TextSpan? Find(int offset)
    {
        var low = 0;
        var high = _units.Length - 1;
        var last = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (_units[mid].Start <= offset)
            {
                last = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        for (var i = last; i >= 0; i--)
        {
            var unit = _units[i];
            if (unit.Contains(offset) || (unit.IsEmpty && unit.Start == offset))
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>Returns the 1-based lines of the unit a finding at <paramref name="span"/> belongs to.</summary>
    /// <param name="span">The finding's span.</param>
    /// <param name="lines">The line index of the file.</param>
    /// <returns>The unit's first and last line; outside every unit, the finding's own lines.</returns>
    public (int Start, int End) UnitLines(TextSpan span, LineIndex lines)
    {
        var range = Find(span.Start) ?? span;
        var first = lines.GetLineNumber(range.Start);
        var last = range.IsEmpty ? first : lines.GetLineNumber(range.End - 1);
        return (first, last);
    }
}
