namespace ProdReady.Analysis.Discovery;

/// <summary>Recognises a Python shebang on the first line of an extension-less file.</summary>
internal static class Shebang
{
    /// <summary>Whether the bytes start with a shebang line whose interpreter is Python.</summary>
    /// <param name="start">The first bytes of the file.</param>
    /// <returns><see langword="true"/> for <c>#!/usr/bin/python3</c>, <c>#!/usr/bin/env python</c>, <c>#!/usr/bin/env -S python3 -u</c>, <c>#!pypy3</c>...</returns>
    public static bool IsPython(ReadOnlySpan<byte> start)
    {
        if (start.Length < 2 || start[0] != (byte)'#' || start[1] != (byte)'!')
        {
            return false;
        }

        var end = start.IndexOfAny((byte)'\n', (byte)'\r');
        var line = end < 0 ? start[2..] : start[2..end];
        Span<char> text = stackalloc char[Math.Min(line.Length, 512)];
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = (char)line[i];
        }

        var words = new List<string>();
        foreach (var range in ((ReadOnlySpan<char>)text).SplitAny(' ', '\t'))
        {
            if (range.End.GetOffset(text.Length) > range.Start.GetOffset(text.Length))
            {
                words.Add(text[range].ToString());
            }
        }

        if (words.Count == 0)
        {
            return false;
        }

        var command = BaseName(words[0]);
        if (command != "env")
        {
            return IsPythonName(command);
        }

        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (word is "-u" or "--unset" or "-C" or "--chdir")
            {
                i++;
            }
            else if (!word.StartsWith('-') && !word.Contains('=', StringComparison.Ordinal))
            {
                return IsPythonName(BaseName(word));
            }
        }

        return false;
    }

    private static string BaseName(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>Whether a command name is <c>python</c>/<c>pypy</c>, optionally versioned (<c>python3.13</c>, <c>python3.13t</c>).</summary>
    private static bool IsPythonName(string command)
    {
        ReadOnlySpan<char> version;
        if (command.StartsWith("python", StringComparison.Ordinal))
        {
            version = command.AsSpan(6);
        }
        else if (command.StartsWith("pypy", StringComparison.Ordinal))
        {
            version = command.AsSpan(4);
        }
        else
        {
            return false;
        }

        if (version.Length > 0 && char.IsAsciiLetterLower(version[^1]))
        {
            version = version[..^1];
        }

        foreach (var c in version)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
