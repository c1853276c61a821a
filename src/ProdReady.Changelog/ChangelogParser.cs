using ProdReady.Core.Text;

namespace ProdReady.Changelog;

/// <summary>Builds the lossless model from classified lines. Never fails: any text is some changelog.</summary>
internal static class ChangelogParser
{
    public static ChangelogDocument Parse(string text)
    {
        var lines = LineScanner.Scan(text);
        var n = lines.Length;

        var firstSection = -1;
        for (var i = 0; i < n; i++)
        {
            if (IsHeading(lines[i], 2))
            {
                firstSection = i;
                break;
            }
        }

        var footerStart = FindFooterStart(lines);
        var bodyEnd = firstSection >= 0 ? firstSection : footerStart;
        var title = -1;
        var titleEnd = -1;
        for (var i = 0; i < bodyEnd; i++)
        {
            if (IsHeading(lines[i], 1))
            {
                title = titleEnd = i;
                break;
            }

            // A setext title: a line of text underlined with '='.
            if (lines[i].Kind == LineKind.Text && i + 1 < bodyEnd && IsSetextTitleUnderline(text, lines[i + 1]))
            {
                title = i;
                titleEnd = i + 1;
                break;
            }
        }

        var blocks = new List<ChangelogBlock>();
        ChangelogBlock? titleBlock = null;
        if (title >= 0)
        {
            AddBlock(blocks, ChangelogBlockKind.Prelude, text, lines, 0, title - 1);
            titleBlock = AddBlock(blocks, ChangelogBlockKind.Title, text, lines, title, titleEnd);
            AddBlock(blocks, ChangelogBlockKind.Preamble, text, lines, titleEnd + 1, bodyEnd - 1);
        }
        else
        {
            AddBlock(blocks, ChangelogBlockKind.Preamble, text, lines, 0, bodyEnd - 1);
        }

        var sections = new List<ChangelogSection>();
        if (firstSection >= 0)
        {
            var start = firstSection;
            for (var i = firstSection + 1; i <= footerStart; i++)
            {
                if (i == footerStart || IsHeading(lines[i], 2))
                {
                    var section = BuildSection(text, lines, start, i - 1);
                    sections.Add(section);
                    blocks.Add(section);
                    start = i;
                }
            }
        }

        AddBlock(blocks, ChangelogBlockKind.Footer, text, lines, footerStart, n - 1);

        var links = new List<LinkReferenceDefinition>();
        for (var i = 0; i < n; i++)
        {
            if (lines[i].Kind == LineKind.LinkDefinition)
            {
                links.Add(BuildLink(text, lines[i], i + 1));
            }
        }

        var titleText = titleBlock is null ? null
            : titleEnd > title ? lines[title].Content(text).Trim(" \t").ToString()
            : HeadingText(text, lines[title]);
        return new ChangelogDocument(text, lines, blocks, titleBlock, titleText, sections, links);
    }

    internal static string HeadingText(string text, in ChangelogLine line)
    {
        var content = line.Content(text).TrimStart(" \t");
        content = content.TrimStart('#').Trim(" \t");
        var closing = content.TrimEnd('#');
        if (closing.Length == 0 || (closing.Length < content.Length && closing[^1] is ' ' or '\t'))
        {
            content = closing.TrimEnd(" \t");
        }

        return content.ToString();
    }

    private static bool IsHeading(in ChangelogLine line, int level) => line.Kind == LineKind.Heading && line.Level == level;

    /// <summary>CommonMark's setext level-1 underline: up to three spaces of indentation, then only '=' characters.</summary>
    private static bool IsSetextTitleUnderline(string text, in ChangelogLine line)
    {
        var content = line.Content(text);
        var indent = content.Length - content.TrimStart(' ').Length;
        var marks = content.Trim(" \t");
        return indent <= 3 && marks.Length > 0 && !marks.ContainsAnyExcept('=');
    }

    private static int FindFooterStart(ChangelogLine[] lines)
    {
        var footer = lines.Length;
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (lines[i].Kind == LineKind.LinkDefinition)
            {
                footer = i;
            }
            else if (lines[i].Kind != LineKind.Blank)
            {
                break;
            }
        }

        return footer;
    }

    private static ChangelogBlock? AddBlock(List<ChangelogBlock> blocks, ChangelogBlockKind kind, string text, ChangelogLine[] lines, int first, int last)
    {
        if (last < first)
        {
            return null;
        }

        var block = new ChangelogBlock(kind, text, SpanOf(lines, first, last), first + 1, last + 1);
        blocks.Add(block);
        return block;
    }

    private static TextSpan SpanOf(ChangelogLine[] lines, int first, int last) => TextSpan.FromBounds(lines[first].Start, lines[last].End);

    private static int LastNonBlank(ChangelogLine[] lines, int first, int last)
    {
        for (var i = last; i > first; i--)
        {
            if (lines[i].Kind != LineKind.Blank)
            {
                return i;
            }
        }

        return first;
    }

    private static ChangelogSection BuildSection(string text, ChangelogLine[] lines, int first, int last)
    {
        var heading = ReleaseHeading.Parse(HeadingText(text, lines[first]));
        var subsections = new List<ChangeTypeSection>();
        var firstSubsection = -1;
        for (var i = first + 1; i <= last + 1; i++)
        {
            if (i == last + 1 || IsHeading(lines[i], 3))
            {
                if (firstSubsection < 0)
                {
                    firstSubsection = i;
                }
                else
                {
                    subsections.Add(BuildSubsection(text, lines, firstSubsection, i - 1));
                    firstSubsection = i;
                }
            }
        }

        var loose = GroupEntries(text, lines, first + 1, (subsections.Count > 0 ? subsections[0].StartLine - 1 : last + 1) - 1);
        return new ChangelogSection(
            text,
            SpanOf(lines, first, last),
            first + 1,
            last + 1,
            heading,
            LastNonBlank(lines, first, last) + 1,
            subsections,
            loose);
    }

    private static ChangeTypeSection BuildSubsection(string text, ChangelogLine[] lines, int first, int last)
        => new(
            text,
            SpanOf(lines, first, last),
            first + 1,
            last + 1,
            HeadingText(text, lines[first]),
            LastNonBlank(lines, first, last) + 1,
            GroupEntries(text, lines, first + 1, last));

    private static List<ChangelogEntry> GroupEntries(string text, ChangelogLine[] lines, int first, int last)
    {
        var entries = new List<ChangelogEntry>();
        var i = first;
        while (i <= last)
        {
            if (lines[i].Kind != LineKind.Bullet)
            {
                i++;
                continue;
            }

            var contentColumn = lines[i].ContentColumn;
            var end = i;
            var j = i + 1;
            while (j <= last)
            {
                var line = lines[j];
                if (line.Kind == LineKind.Blank)
                {
                    var k = j;
                    while (k <= last && lines[k].Kind == LineKind.Blank)
                    {
                        k++;
                    }

                    if (k <= last && lines[k].Kind != LineKind.Heading && lines[k].Indent >= contentColumn)
                    {
                        end = k;
                        j = k + 1;
                        continue;
                    }

                    break;
                }

                if (line.Kind == LineKind.Heading
                    || (line.Kind is LineKind.Bullet or LineKind.LinkDefinition && line.Indent < contentColumn))
                {
                    break;
                }

                end = j;
                j++;
            }

            entries.Add(new ChangelogEntry(text, SpanOf(lines, i, end), i + 1, end + 1, EntryContent(text, lines, i, end), lines[i].Marker));
            i = end + 1;
        }

        return entries;
    }

    private static string EntryContent(string text, ChangelogLine[] lines, int first, int last)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            var content = lines[i].Content(text);
            if (i == first)
            {
                var (_, offset) = LineScanner.MeasureIndent(content);
                content = content[offset..];
                var marker = content.IndexOfAny(' ', '\t');
                content = marker < 0 ? [] : content[marker..];
            }
            else
            {
                builder.Append('\n');
            }

            builder.Append(content.Trim(" \t"));
        }

        return builder.ToString();
    }

    private static LinkReferenceDefinition BuildLink(string text, in ChangelogLine line, int lineNumber)
    {
        var content = line.Content(text);
        var open = content.IndexOf('[');
        var close = content.IndexOf("]:", StringComparison.Ordinal);
        var label = content[(open + 1)..close].ToString();
        var afterColon = close + 2;
        while (afterColon < content.Length && content[afterColon] is ' ' or '\t')
        {
            afterColon++;
        }

        var urlLength = content[afterColon..].IndexOfAny(' ', '\t');
        if (urlLength < 0)
        {
            urlLength = content.Length - afterColon;
        }

        var urlStart = line.ContentStart + afterColon;
        var url = text.Substring(urlStart, urlLength);
        if (url.Length >= 2 && url[0] == '<' && url[^1] == '>')
        {
            url = url[1..^1];
            urlStart++;
            urlLength -= 2;
        }

        return new LinkReferenceDefinition(text, TextSpan.FromBounds(line.Start, line.End), lineNumber, label, url, new TextSpan(urlStart, urlLength));
    }
}
