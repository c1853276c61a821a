using System.Text;

namespace ProdReady.Git.Diff;

/// <summary>
/// Decodes the C-style quoting git applies to unusual path names (<c>core.quotePath</c>): a name in
/// double quotes with <c>\t</c>, <c>\n</c>, <c>\"</c>, <c>\\</c>, ... and <c>\ooo</c> octal bytes of the UTF-8 name.
/// </summary>
internal static class GitPathQuoting
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes a quoted name that starts at <paramref name="start"/> (the opening quote).</summary>
    /// <param name="text">The text holding the name.</param>
    /// <param name="start">The index of the opening double quote.</param>
    /// <param name="name">The decoded name.</param>
    /// <param name="end">The index just past the closing quote.</param>
    /// <returns><see langword="false"/> when the text is not a well-formed quoted name.</returns>
    public static bool TryUnquote(string text, int start, out string name, out int end)
    {
        name = string.Empty;
        end = start;
        if (start >= text.Length || text[start] != '"')
        {
            return false;
        }

        var bytes = new List<byte>(text.Length - start);
        var i = start + 1;
        var runStart = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                AppendRun(bytes, text, runStart, i);
                name = s_utf8.GetString([.. bytes]);
                end = i + 1;
                return true;
            }

            if (c != '\\')
            {
                i++;
                continue;
            }

            AppendRun(bytes, text, runStart, i);
            if (i + 1 >= text.Length)
            {
                return false;
            }

            var escape = text[i + 1];
            i += 2;
            switch (escape)
            {
                case 'a': bytes.Add(0x07); break;
                case 'b': bytes.Add(0x08); break;
                case 't': bytes.Add(0x09); break;
                case 'n': bytes.Add(0x0A); break;
                case 'v': bytes.Add(0x0B); break;
                case 'f': bytes.Add(0x0C); break;
                case 'r': bytes.Add(0x0D); break;
                case '"': bytes.Add((byte)'"'); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case >= '0' and <= '3':
                    if (i + 1 >= text.Length || !IsOctal(text[i]) || !IsOctal(text[i + 1]))
                    {
                        return false;
                    }

                    bytes.Add((byte)(((escape - '0') << 6) | ((text[i] - '0') << 3) | (text[i + 1] - '0')));
                    i += 2;
                    break;
                default:
                    return false;
            }

            runStart = i;
        }

        return false;
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static void AppendRun(List<byte> bytes, string text, int start, int end)
    {
        if (end > start)
        {
            bytes.AddRange(s_utf8.GetBytes(text, start, end - start));
        }
    }
}
