namespace ProdReady.Changelog;

/// <summary>Splits a text into lines and classifies each, tracking HTML comments and code fences.</summary>
internal static class LineScanner
{
    public static ChangelogLine[] Scan(string text)
    {
        var lines = new List<ChangelogLine>(Math.Max(16, text.Length / 40));
        var inComment = false;
        var fenceChar = '\0';
        var fenceLength = 0;
        var position = 0;
        while (position < text.Length)
        {
            var start = position;
            var contentStart = start == 0 && text[0] == '\uFEFF' ? 1 : start;
            var remaining = text.AsSpan(contentStart);
            var breakAt = remaining.IndexOfAny('\r', '\n');
            int contentEnd;
            int end;
            if (breakAt < 0)
            {
                contentEnd = text.Length;
                end = text.Length;
            }
            else
            {
                contentEnd = contentStart + breakAt;
                end = contentEnd + (text[contentEnd] == '\r' && contentEnd + 1 < text.Length && text[contentEnd + 1] == '\n' ? 2 : 1);
            }

            var content = text.AsSpan(contentStart, contentEnd - contentStart);
            lines.Add(Classify(content, start, contentStart, contentEnd, end, ref inComment, ref fenceChar, ref fenceLength));
            position = end;
        }

        return [.. lines];
    }

    private static ChangelogLine Classify(
        ReadOnlySpan<char> content,
        int start,
        int contentStart,
        int contentEnd,
        int end,
        ref bool inComment,
        ref char fenceChar,
        ref int fenceLength)
    {
        var (indent, offset) = MeasureIndent(content);
        var body = content[offset..];
        ChangelogLine Make(LineKind kind, int level = 0, int contentColumn = 0, char marker = '\0')
            => new(start, contentStart, contentEnd, end, kind, indent, level, contentColumn, marker);

        if (inComment)
        {
            if (content.Contains("-->", StringComparison.Ordinal))
            {
                inComment = false;
            }

            return Make(LineKind.Opaque);
        }

        if (fenceChar != '\0')
        {
            var closing = CountRun(body, fenceChar);
            if (indent < 4 && closing >= fenceLength && body[closing..].Trim().IsEmpty)
            {
                fenceChar = '\0';
            }

            return Make(LineKind.Opaque);
        }

        if (body.IsWhiteSpace())
        {
            return Make(LineKind.Blank);
        }

        if (indent < 4 && body.Length >= 3 && (body[0] == '`' || body[0] == '~'))
        {
            var run = CountRun(body, body[0]);
            if (run >= 3 && (body[0] == '~' || !body[run..].Contains('`')))
            {
                fenceChar = body[0];
                fenceLength = run;
                return Make(LineKind.Opaque);
            }
        }

        if (indent < 4 && body.StartsWith("<!--", StringComparison.Ordinal))
        {
            inComment = !body[4..].Contains("-->", StringComparison.Ordinal);
            return Make(LineKind.Opaque);
        }

        var opensComment = OpensUnclosedComment(body);
        ChangelogLine line;
        if (indent < 4 && body[0] == '#')
        {
            var level = CountRun(body, '#');
            line = level <= 6 && (level == body.Length || body[level] is ' ' or '\t')
                ? Make(LineKind.Heading, level)
                : Make(LineKind.Text);
        }
        else if (TryBullet(body, out var markerLength, out var marker))
        {
            line = Make(LineKind.Bullet, contentColumn: indent + markerLength + 1, marker: marker);
        }
        else if (indent < 4 && IsLinkDefinition(body))
        {
            line = Make(LineKind.LinkDefinition);
        }
        else
        {
            line = Make(LineKind.Text);
        }

        inComment = opensComment;
        return line;
    }

    internal static (int Columns, int Offset) MeasureIndent(ReadOnlySpan<char> content)
    {
        var columns = 0;
        var offset = 0;
        while (offset < content.Length && content[offset] is ' ' or '\t')
        {
            columns = content[offset] == '\t' ? (columns / 4 * 4) + 4 : columns + 1;
            offset++;
        }

        return (columns, offset);
    }

    private static bool OpensUnclosedComment(ReadOnlySpan<char> body)
    {
        var open = body.LastIndexOf("<!--", StringComparison.Ordinal);
        return open >= 0 && !body[(open + 4)..].Contains("-->", StringComparison.Ordinal);
    }

    private static int CountRun(ReadOnlySpan<char> body, char c)
    {
        var count = 0;
        while (count < body.Length && body[count] == c)
        {
            count++;
        }

        return count;
    }

    private static bool TryBullet(ReadOnlySpan<char> body, out int markerLength, out char marker)
    {
        markerLength = 0;
        marker = '\0';
        if (body[0] is '-' or '*' or '+')
        {
            if (body.Length == 1 || body[1] is ' ' or '\t')
            {
                markerLength = 1;
                marker = body[0];
                return !IsThematicBreak(body);
            }

            return false;
        }

        var digits = 0;
        while (digits < body.Length && digits < 9 && char.IsAsciiDigit(body[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < body.Length && body[digits] is '.' or ')' && (digits + 1 == body.Length || body[digits + 1] is ' ' or '\t'))
        {
            markerLength = digits + 1;
            marker = body[digits];
            return true;
        }

        return false;
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> body)
    {
        var c = body[0];
        var count = 0;
        foreach (var ch in body)
        {
            if (ch == c)
            {
                count++;
            }
            else if (ch is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static bool IsLinkDefinition(ReadOnlySpan<char> body)
    {
        if (body[0] != '[')
        {
            return false;
        }

        var close = body.IndexOf("]:", StringComparison.Ordinal);
        return close > 1
            && !body[1..close].ContainsAny('[', ']')
            && close + 2 < body.Length
            && !body[(close + 2)..].Trim().IsEmpty;
    }
}
