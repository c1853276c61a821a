using System.Text;

namespace ProdReady.Cli.Commands;

/// <summary>
/// Re-indents one-line JSON for reading, character by character: no recursion and no depth limit,
/// and strings are copied exactly as written (escapes included).
/// </summary>
internal static class IndentedJson
{
    private const int IndentSize = 2;

    /// <summary>Returns <paramref name="json"/> indented by two spaces per level, like Python's <c>json.dumps(indent=2)</c>.</summary>
    /// <param name="json">One JSON value.</param>
    /// <returns>The same value, indented, without a trailing line break.</returns>
    public static string Format(string json)
    {
        var builder = new StringBuilder(json.Length * 2);
        var depth = 0;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            switch (c)
            {
                case '"':
                    var end = EndOfString(json, i);
                    builder.Append(json, i, end - i);
                    i = end - 1;
                    break;
                case '{' or '[':
                    var next = SkipBlanks(json, i + 1);
                    if (next < json.Length && json[next] == (c == '{' ? '}' : ']'))
                    {
                        builder.Append(c).Append(json[next]);
                        i = next;
                        break;
                    }

                    depth++;
                    builder.Append(c).Append('\n').Append(' ', depth * IndentSize);
                    break;
                case '}' or ']':
                    depth--;
                    builder.Append('\n').Append(' ', depth * IndentSize).Append(c);
                    break;
                case ',':
                    builder.Append(",\n").Append(' ', depth * IndentSize);
                    break;
                case ':':
                    builder.Append(": ");
                    break;
                case ' ' or '\t' or '\n' or '\r':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    // The offset just past the string literal that starts at `start` (an opening quote).
    private static int EndOfString(string json, int start)
    {
        var i = start + 1;
        while (i < json.Length && json[i] != '"')
        {
            i += json[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, json.Length);
    }

    private static int SkipBlanks(string json, int i)
    {
        while (i < json.Length && json[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }

        return i;
    }
}
