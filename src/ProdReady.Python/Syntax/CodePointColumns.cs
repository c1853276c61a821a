using ProdReady.Core.Text;

namespace ProdReady.Python.Syntax;

/// <summary>
/// Converts offsets to CPython's (line, code-point column) positions in O(log n) per offset: columns are
/// UTF-16 columns minus the surrogate pairs before the offset on its line, found by binary search in the
/// (usually empty) list of surrogate-pair positions. Long lines therefore cost nothing extra.
/// </summary>
public sealed class CodePointColumns
{
    private readonly LineIndex _lines;
    private readonly int[] _pairs;

    /// <summary>Initializes a new instance of the <see cref="CodePointColumns"/> class.</summary>
    /// <param name="source">The source text.</param>
    public CodePointColumns(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _lines = source.Lines;
        var text = source.Text.AsSpan();
        List<int>? pairs = null;
        var index = 0;
        while (index < text.Length)
        {
            var next = text[index..].IndexOfAnyInRange('\uD800', '\uDBFF');
            if (next < 0)
            {
                break;
            }

            index += next;
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                (pairs ??= new List<int>()).Add(index);
                index += 2;
            }
            else
            {
                index++;
            }
        }

        _pairs = pairs is null ? [] : [.. pairs];
    }

    /// <summary>Returns the 1-based line and 0-based code-point column of <paramref name="offset"/>.</summary>
    /// <param name="offset">An offset in the text.</param>
    /// <returns>The position.</returns>
    public LinePosition GetPosition(int offset)
    {
        var line = _lines.GetLineNumber(offset);
        var start = _lines.GetLineStart(line);
        var column = offset - start;
        if (_pairs.Length > 0)
        {
            // Pairs starting in [start, offset - 1) lie wholly before the offset.
            column -= CountBelow(offset - 1) - CountBelow(start);
        }

        return new LinePosition(line, column);
    }

    private int CountBelow(int value)
    {
        var index = Array.BinarySearch(_pairs, value);
        return index >= 0 ? index : ~index;
    }
}
