namespace ProdReady.Analysis.Docstrings;

/// <summary>
/// One line of a docstring after <c>inspect.cleandoc</c>'s dedent: its 0-based index, its indent relative to the
/// docstring's common indent (tabs expanded to 8 columns), and its text without surrounding whitespace.
/// </summary>
/// <param name="Index">The 0-based line index in the docstring's text.</param>
/// <param name="Indent">The indent relative to the common indent (the first line counts as 0).</param>
/// <param name="Text">The text without leading and trailing whitespace.</param>
internal readonly record struct DocstringLine(int Index, int Indent, string Text)
{
    /// <summary>Gets a value indicating whether the line holds only whitespace.</summary>
    public bool IsBlank => Text.Length == 0;

    /// <summary>Splits a docstring's text into lines and dedents them the way <c>inspect.cleandoc</c> does.</summary>
    /// <param name="text">The docstring's value.</param>
    /// <returns>The lines, one per line of the text.</returns>
    public static DocstringLine[] Split(string text)
    {
        // Lines end at "\r\n", "\r" or "\n". Each line is read in place: only its trimmed text becomes a string.
        var count = 1;
        for (var p = 0; p < text.Length; p++)
        {
            if (text[p] == '\n' || (text[p] == '\r' && (p + 1 >= text.Length || text[p + 1] != '\n')))
            {
                count++;
            }
        }

        // Where each line starts and ends, and its indent: on the stack for a docstring of usual length.
        var bounds = count <= 128 ? stackalloc int[count * 3] : new int[count * 3];
        var starts = bounds[..count];
        var ends = bounds.Slice(count, count);
        var indents = bounds[(2 * count)..];
        var line = 0;
        for (var p = 0; p < text.Length; p++)
        {
            if (text[p] is '\n' or '\r')
            {
                ends[line] = p;
                if (text[p] == '\r' && p + 1 < text.Length && text[p + 1] == '\n')
                {
                    p++;
                }

                starts[++line] = p + 1;
            }
        }

        ends[line] = text.Length;
        var common = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var raw = text.AsSpan(starts[i], ends[i] - starts[i]);
            indents[i] = IndentOf(raw);
            if (i > 0 && !raw.IsWhiteSpace())
            {
                common = Math.Min(common, indents[i]);
            }
        }

        if (common == int.MaxValue)
        {
            common = 0;
        }

        var lines = new DocstringLine[count];
        for (var i = 0; i < count; i++)
        {
            var trimmed = text.AsSpan(starts[i], ends[i] - starts[i]).Trim();
            var value = trimmed.Length == 0 ? string.Empty : trimmed.ToString();
            lines[i] = new DocstringLine(i, i == 0 || trimmed.Length == 0 ? 0 : indents[i] - common, value);
        }

        return lines;
    }

    private static int IndentOf(ReadOnlySpan<char> line)
    {
        var column = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                column++;
            }
            else if (c == '\t')
            {
                column = ((column / 8) + 1) * 8;
            }
            else if (c is '\f' or '\v')
            {
                column = 0;
            }
            else
            {
                break;
            }
        }

        return column;
    }
}
