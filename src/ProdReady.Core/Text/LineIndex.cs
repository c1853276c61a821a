using ProdReady.Core.Collections;

namespace ProdReady.Core.Text;

/// <summary>
/// Maps offsets to lines and columns. Lines end only at <c>\n</c>, <c>\r\n</c> or <c>\r</c>, as in
/// CPython's tokenizer; form feeds and other Unicode separators do not end a line.
/// </summary>
public sealed class LineIndex
{
    private readonly string _text;
    private readonly int[] _lineStarts;

    private LineIndex(string text, int[] lineStarts)
    {
        _text = text;
        _lineStarts = lineStarts;
    }

    /// <summary>Gets the number of lines (a text ending with a line break has an empty last line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Builds the index of <paramref name="text"/> in one pass.</summary>
    /// <param name="text">The text to index.</param>
    /// <returns>The index.</returns>
    public static LineIndex Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int>(Math.Max(16, text.Length / 32)) { 0 };
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            i += next;
            i += span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            starts.Add(i);
        }

        return new LineIndex(text, [.. starts]);
    }

    /// <summary>Returns the 1-based line that contains <paramref name="offset"/>.</summary>
    /// <param name="offset">An offset in <c>[0, text length]</c>.</param>
    /// <returns>The 1-based line number.</returns>
    public int GetLineNumber(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, _text.Length);
        return SortedKeys.UpperBound(_lineStarts, offset);
    }

    /// <summary>Returns the offset at which the 1-based <paramref name="line"/> starts.</summary>
    /// <param name="line">The 1-based line number.</param>
    /// <returns>The offset of the line's first character.</returns>
    public int GetLineStart(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, _lineStarts.Length);
        return _lineStarts[line - 1];
    }

    /// <summary>Returns the span of the 1-based <paramref name="line"/>, without its line break.</summary>
    /// <param name="line">The 1-based line number.</param>
    /// <returns>The span of the line's content.</returns>
    public TextSpan GetLineSpan(int line)
    {
        var start = GetLineStart(line);
        var end = line < _lineStarts.Length ? _lineStarts[line] : _text.Length;
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Returns the line and the 0-based column in UTF-16 code units.</summary>
    /// <param name="offset">An offset in <c>[0, text length]</c>.</param>
    /// <returns>The position.</returns>
    public LinePosition GetPosition(int offset)
    {
        var line = GetLineNumber(offset);
        return new LinePosition(line, offset - _lineStarts[line - 1]);
    }

    /// <summary>
    /// Returns the line and the 0-based column counted in Unicode code points (a surrogate pair counts
    /// once), the unit CPython's <c>ast</c> positions use once converted from UTF-8 bytes.
    /// </summary>
    /// <param name="offset">An offset in <c>[0, text length]</c>.</param>
    /// <returns>The position.</returns>
    public LinePosition GetCodePointPosition(int offset)
    {
        var line = GetLineNumber(offset);
        var start = _lineStarts[line - 1];
        var column = offset - start;
        var prefix = _text.AsSpan(start, offset - start);

        // Nearly every line holds no character beyond the Basic Multilingual Plane: one vector search answers those.
        var first = prefix.IndexOfAnyInRange('\uD800', '\uDBFF');
        if (first < 0)
        {
            return new LinePosition(line, column);
        }

        for (var i = first; i + 1 < prefix.Length; i++)
        {
            if (char.IsHighSurrogate(prefix[i]) && char.IsLowSurrogate(prefix[i + 1]))
            {
                column--;
                i++;
            }
        }

        return new LinePosition(line, column);
    }
}
