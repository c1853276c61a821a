using System.Text;

namespace ProdReady.Semantics.Project;

/// <summary>
/// Python's <c>shlex.split</c> in POSIX mode, which pytest applies to INI values of type <c>args</c>
/// (<c>testpaths</c>, <c>python_files</c>, <c>python_classes</c>, <c>python_functions</c>, <c>norecursedirs</c>).
/// </summary>
/// <remarks>
/// Words are separated by spaces, tabs, carriage returns and newlines. Single quotes keep everything literally;
/// inside double quotes a backslash escapes only <c>"</c> and <c>\</c>; outside quotes a backslash escapes any
/// character. Quoted parts join the word they touch, and <c>""</c> is an empty word. <c>#</c> is not a comment.
/// </remarks>
internal static class ShellWords
{
    /// <summary>Splits a value into words.</summary>
    /// <param name="text">The value.</param>
    /// <param name="words">The words, when the value is well formed.</param>
    /// <param name="error">What is wrong (shlex's own message), when it is not.</param>
    /// <returns><see langword="true"/> when the value was split.</returns>
    public static bool TrySplit(string text, out List<string> words, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        words = [];
        error = null;
        var word = new StringBuilder();
        var inWord = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                i++;
                continue;
            }

            inWord = true;
            if (c == '\\')
            {
                if (i + 1 >= text.Length)
                {
                    error = "No escaped character";
                    return false;
                }

                word.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c is '\'' or '"')
            {
                var close = c;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    var q = text[i];
                    if (q == close)
                    {
                        closed = true;
                        i++;
                        break;
                    }

                    if (close == '"' && q == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                    {
                        word.Append(text[i + 1]);
                        i += 2;
                        continue;
                    }

                    word.Append(q);
                    i++;
                }

                if (!closed)
                {
                    error = "No closing quotation";
                    return false;
                }

                continue;
            }

            word.Append(c);
            i++;
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return true;
    }
}
