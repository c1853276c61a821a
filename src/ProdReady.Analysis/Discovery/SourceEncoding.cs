using System.Text.Unicode;

namespace ProdReady.Analysis.Discovery;

/// <summary>
/// The cheap checks on the first bytes of a Python file: a NUL byte means binary; without a PEP 263
/// coding declaration (or with a UTF-8 one) the bytes must be valid UTF-8. Exact decoding under other
/// declared codings is left to the Python front end.
/// </summary>
internal static class SourceEncoding
{
    /// <summary>Whether the bytes contain a NUL byte.</summary>
    /// <param name="start">The first bytes of the file.</param>
    /// <returns><see langword="true"/> for a binary file.</returns>
    public static bool IsBinary(ReadOnlySpan<byte> start) => start.Contains((byte)0);

    /// <summary>Whether the bytes are obviously not decodable: no non-UTF-8 coding declaration and invalid UTF-8.</summary>
    /// <param name="start">The first bytes of the file.</param>
    /// <param name="isWholeFile">Whether <paramref name="start"/> is the whole file (else an incomplete final sequence is allowed).</param>
    /// <returns><see langword="true"/> when the file cannot be decoded.</returns>
    public static bool IsUndecodable(ReadOnlySpan<byte> start, bool isWholeFile)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = start[3..];
        }
        else if (DeclaresOtherCoding(start))
        {
            return false;
        }

        if (!isWholeFile)
        {
            start = start[..CompleteLength(start)];
        }

        return !Utf8.IsValid(start);
    }

    /// <summary>Whether line 1, or line 2 after a comment-only or blank line 1, declares a coding other than UTF-8.</summary>
    /// <param name="start">The first bytes of the file.</param>
    /// <returns><see langword="true"/> when a non-UTF-8 coding is declared.</returns>
    public static bool DeclaresOtherCoding(ReadOnlySpan<byte> start)
    {
        var firstEnd = start.IndexOf((byte)'\n');
        var first = firstEnd < 0 ? start : start[..firstEnd];
        var coding = FindCoding(first);
        if (coding is null && firstEnd >= 0 && IsCommentOrBlank(first))
        {
            var rest = start[(firstEnd + 1)..];
            var secondEnd = rest.IndexOf((byte)'\n');
            coding = FindCoding(secondEnd < 0 ? rest : rest[..secondEnd]);
        }

        if (coding is null)
        {
            return false;
        }

        var normalized = coding.ToLowerInvariant().Replace('_', '-');
        return normalized is not ("utf-8" or "utf8") && !normalized.StartsWith("utf-8-", StringComparison.Ordinal);
    }

    /// <summary>Finds <c>coding[:=]\s*name</c> in a comment line (PEP 263's regular expression).</summary>
    private static string? FindCoding(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\f')
        {
            i++;
        }

        if (i >= line.Length || line[i] != (byte)'#')
        {
            return null;
        }

        var comment = line[i..];
        for (var at = comment.IndexOf("coding"u8); at >= 0; at = NextIndex(comment, at))
        {
            var position = at + 6;
            if (position >= comment.Length || comment[position] is not ((byte)':' or (byte)'='))
            {
                continue;
            }

            position++;
            while (position < comment.Length && comment[position] is (byte)' ' or (byte)'\t')
            {
                position++;
            }

            var nameStart = position;
            while (position < comment.Length && IsNameByte(comment[position]))
            {
                position++;
            }

            if (position > nameStart)
            {
                return System.Text.Encoding.ASCII.GetString(comment[nameStart..position]);
            }
        }

        return null;
    }

    private static int NextIndex(ReadOnlySpan<byte> comment, int previous)
    {
        var next = comment[(previous + 1)..].IndexOf("coding"u8);
        return next < 0 ? -1 : previous + 1 + next;
    }

    private static bool IsNameByte(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.';

    private static bool IsCommentOrBlank(ReadOnlySpan<byte> line)
    {
        var trimmed = line.TrimStart(" \t\f\r"u8);
        return trimmed.IsEmpty || trimmed[0] == (byte)'#';
    }

    /// <summary>The length of <paramref name="bytes"/> without a UTF-8 sequence cut off at the end.</summary>
    private static int CompleteLength(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var expected = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return expected > back ? bytes.Length - back : bytes.Length;
        }

        return bytes.Length;
    }
}
