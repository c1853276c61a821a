using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProdReady.Changelog;

/// <summary>
/// Minimal, lossless edits of a changelog's text. Each edit only inserts (or, for a release, rewrites
/// the one heading and the compare links it must); every other character of the input is kept, and
/// new lines use the file's own line ending. Edits that would be ambiguous throw
/// <see cref="ChangelogEditException"/> and change nothing.
/// </summary>
public static partial class ChangelogEditor
{
    /// <summary>Returns the text of a new, conforming changelog with an empty <c>[Unreleased]</c> section.</summary>
    /// <param name="lineEnding">The line break to use.</param>
    /// <returns>The text of a new CHANGELOG.md.</returns>
    public static string CreateNew(string lineEnding = "\n")
    {
        ArgumentNullException.ThrowIfNull(lineEnding);
        return string.Join(
            lineEnding,
            "# Changelog",
            string.Empty,
            "All notable changes to this project will be documented in this file.",
            string.Empty,
            "The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),",
            "and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).",
            string.Empty,
            "## [Unreleased]",
            string.Empty);
    }

    /// <summary>
    /// Inserts one entry under <c>[Unreleased]</c> in the subsection of <paramref name="type"/>, creating the
    /// Unreleased section or the subsection (in canonical order) when missing. The result differs from
    /// <paramref name="text"/> only by the inserted lines.
    /// </summary>
    /// <param name="text">The changelog's text.</param>
    /// <param name="type">The change type of the entry.</param>
    /// <param name="entry">The entry's text, without a bullet; several lines become one multi-line bullet.</param>
    /// <returns>The edited text.</returns>
    /// <exception cref="ArgumentException"><paramref name="entry"/> is empty.</exception>
    /// <exception cref="ChangelogEditException">The edit would be ambiguous (two Unreleased sections, the subsection twice) or would change the file's structure.</exception>
    public static string AddEntry(string text, ChangeType type, string entry)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entry);
        var entryLines = NormalizeEntry(entry);
        var document = ChangelogDocument.Parse(text);
        var eol = document.LineEnding;
        var lines = document.Lines;
        var unreleased = document.Sections.Where(s => s.SectionKind == ChangelogSectionKind.Unreleased).ToList();
        if (unreleased.Count > 1)
        {
            throw new ChangelogEditException(
                $"The changelog has {unreleased.Count} [Unreleased] sections (lines {string.Join(", ", unreleased.Select(s => s.HeadingLine.ToString(CultureInfo.InvariantCulture)))}); merge them into one first.");
        }

        var style = Style.Of(document);
        var heading = "### " + ChangeTypes.HeadingName(type) + eol + (style.BlankAfterSubheading ? eol : string.Empty);
        string result;
        if (unreleased.Count == 0)
        {
            var marker = PickMarker(document, null);
            var block = "## [Unreleased]" + eol + (style.BlankBeforeSubheading ? eol : string.Empty) + heading + Bullet(marker, entryLines, eol) + eol;
            result = InsertUnreleased(document, block, style);
        }
        else
        {
            var section = unreleased[0];
            var matching = section.Subsections.Where(s => s.ChangeType == type).ToList();
            if (matching.Count > 1)
            {
                throw new ChangelogEditException(
                    $"[Unreleased] has {matching.Count} '### {ChangeTypes.HeadingName(type)}' subsections (lines {string.Join(", ", matching.Select(s => s.HeadingLine.ToString(CultureInfo.InvariantCulture)))}); merge them into one first.");
            }

            if (matching.Count == 1)
            {
                var subsection = matching[0];
                var after = subsection.Entries.Count > 0 ? subsection.Entries[^1].EndLine : subsection.ContentEndLine;
                result = InsertAfterLine(text, lines, after, Bullet(PickMarker(document, subsection), entryLines, eol) + eol, eol);
            }
            else
            {
                var block = heading + Bullet(PickMarker(document, null), entryLines, eol) + eol;
                var next = section.Subsections.FirstOrDefault(s => s.ChangeType is { } t && t > type);
                if (next is not null)
                {
                    var blankBefore = next.HeadingLine >= 2 && lines[next.HeadingLine - 2].Kind == LineKind.Blank;
                    result = InsertBeforeLine(text, lines, next.HeadingLine, block + (blankBefore ? eol : string.Empty));
                }
                else
                {
                    result = InsertAfterLine(text, lines, section.ContentEndLine, (style.BlankBeforeSubheading ? eol : string.Empty) + block, eol);
                }
            }
        }

        Verify(document.Sections.Count, result, type, string.Join('\n', entryLines));
        return result;
    }

    /// <summary>
    /// Turns <c>[Unreleased]</c> into the release <paramref name="version"/> dated <paramref name="date"/>, opens a
    /// new empty <c>[Unreleased]</c> above it, and updates the compare links when they follow the usual
    /// <c>.../compare/A...B</c> pattern.
    /// </summary>
    /// <param name="text">The changelog's text.</param>
    /// <param name="version">The new version, strict SemVer (<c>1.4.0</c>).</param>
    /// <param name="date">The release date.</param>
    /// <returns>The edited text.</returns>
    /// <exception cref="ChangelogEditException">The version is not SemVer or not greater than the latest release, there is no single Unreleased section, or it has no entries.</exception>
    public static string Release(string text, string version, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(version);
        var document = ChangelogDocument.Parse(text);
        var eol = document.LineEnding;
        var lines = document.Lines;
        if (!SemanticVersion.TryParse(version, out var semver))
        {
            throw new ChangelogEditException($"'{version}' is not a Semantic Versioning version (MAJOR.MINOR.PATCH, for example 1.4.0).");
        }

        var unreleased = document.Sections.Where(s => s.SectionKind == ChangelogSectionKind.Unreleased).ToList();
        if (unreleased.Count != 1)
        {
            throw new ChangelogEditException(unreleased.Count == 0
                ? "The changelog has no [Unreleased] section to release."
                : $"The changelog has {unreleased.Count} [Unreleased] sections; merge them into one first.");
        }

        var section = unreleased[0];
        var latest = document.Releases.Where(r => r.SemanticVersion is not null).MaxBy(r => r.SemanticVersion);
        if (latest is not null && semver <= latest.SemanticVersion)
        {
            throw new ChangelogEditException($"Version {version} is not greater than the latest release {latest.Version} (line {latest.HeadingLine.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (section.EntryCount == 0)
        {
            throw new ChangelogEditException("[Unreleased] has no entries to release.");
        }

        var edits = new List<(int Offset, int Length, string Insert)>();
        var headingLine = lines[section.HeadingLine - 1];
        var original = headingLine.Content(text).ToString();
        var blank = section.HeadingLine >= 2 && lines[section.HeadingLine - 2].Kind == LineKind.Blank;
        var dateText = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var releaseHeading = "## " + (section.IsBracketed ? "[" + version + "]" : version) + " - " + dateText;
        edits.Add((headingLine.ContentStart, headingLine.ContentEnd - headingLine.ContentStart, original + eol + (blank ? eol : string.Empty) + releaseHeading));

        var link = document.LinkDefinitions.FirstOrDefault(l => l.NormalizedLabel == "UNRELEASED");
        var compare = link is null ? null : ComparePattern().Match(link.Url);
        if (link is not null && compare is { Success: true })
        {
            var from = compare.Groups["from"].Value;
            var prefix = TagPrefix(from, latest);
            var tag = prefix + version;
            var baseUrl = compare.Groups["base"].Value;
            edits.Add((link.UrlSpan.Start, link.UrlSpan.Length, baseUrl + tag + "..." + compare.Groups["to"].Value));
            if (!document.LinkDefinitions.Any(l => l.NormalizedLabel == LinkReferenceDefinition.NormalizeLabel(version)))
            {
                var definition = "[" + version + "]: " + baseUrl + from + "..." + tag;
                var definitionLine = lines[link.StartLine - 1];
                edits.Add(definitionLine.HasTerminator
                    ? (definitionLine.End, 0, definition + eol)
                    : (definitionLine.End, 0, eol + definition));
            }
        }

        return Apply(text, edits);
    }

    internal static string[] NormalizeEntry(string entry)
    {
        var lines = entry.ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToArray();
        if (lines.Length == 0)
        {
            throw new ArgumentException("The entry text is empty.", nameof(entry));
        }

        if (lines[0].Length > 2 && lines[0][0] is '-' or '*' or '+' && lines[0][1] == ' ')
        {
            lines[0] = lines[0][2..].TrimStart();
        }

        return lines;
    }

    private static string Bullet(char marker, string[] entryLines, string eol)
    {
        var builder = new StringBuilder();
        builder.Append(marker).Append(' ').Append(entryLines[0]);
        for (var i = 1; i < entryLines.Length; i++)
        {
            builder.Append(eol).Append("  ").Append(entryLines[i]);
        }

        return builder.ToString();
    }

    private static char PickMarker(ChangelogDocument document, ChangeTypeSection? subsection)
    {
        var entry = (subsection is { Entries.Count: > 0 } ? subsection.Entries[^1] : null)
            ?? document.Sections.SelectMany(s => s.Subsections).SelectMany(s => s.Entries).FirstOrDefault();
        return entry?.Marker is '*' or '+' ? entry.Marker : '-';
    }

    private static string InsertUnreleased(ChangelogDocument document, string block, Style style)
    {
        var text = document.Text;
        var lines = document.Lines;
        var eol = document.LineEnding;
        if (document.Sections.Count > 0)
        {
            var first = document.Sections[0];
            var blankBefore = first.HeadingLine >= 2 ? lines[first.HeadingLine - 2].Kind == LineKind.Blank : style.BlankBeforeSubheading;
            return InsertBeforeLine(text, lines, first.HeadingLine, block + (blankBefore ? eol : string.Empty));
        }

        var footer = document.Footer;
        var limit = footer is null ? lines.Length : footer.StartLine - 1;
        var anchor = limit;
        while (anchor > 0 && lines[anchor - 1].Kind == LineKind.Blank)
        {
            anchor--;
        }

        if (anchor == 0)
        {
            return InsertBeforeLine(text, lines, 1, block + (footer is null ? string.Empty : eol));
        }

        return InsertAfterLine(text, lines, anchor, eol + block + (footer is not null && anchor == limit ? eol : string.Empty), eol);
    }

    private static string InsertBeforeLine(string text, ChangelogLine[] lines, int line, string insert)
    {
        var offset = lines.Length == 0 ? 0 : lines[line - 1].ContentStart;
        return text.Insert(offset, Guard(text, offset, insert));
    }

    private static string InsertAfterLine(string text, ChangelogLine[] lines, int line, string insert, string eol)
    {
        var target = lines[line - 1];
        if (target.HasTerminator)
        {
            return text.Insert(target.End, Guard(text, target.End, insert));
        }

        // The file has no final newline: keep it that way, and end the last line before the insertion.
        return text + eol + insert[..^eol.Length];
    }

    private static string Apply(string text, List<(int Offset, int Length, string Insert)> edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (offset, length, insert) in edits.OrderByDescending(e => e.Offset))
        {
            builder.Remove(offset, length).Insert(offset, length == 0 ? Guard(text, offset, insert) : insert);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Keeps an insertion from merging with a neighbouring line break in a file with mixed line endings:
    /// a lone <c>\r</c> before an inserted <c>\n</c>, or an inserted <c>\r</c> before a <c>\n</c>, would
    /// otherwise fuse into one <c>\r\n</c> and rewrite an existing line.
    /// </summary>
    private static string Guard(string text, int offset, string insert)
    {
        if (insert.Length == 0)
        {
            return insert;
        }

        if (offset > 0 && text[offset - 1] == '\r' && insert[0] == '\n')
        {
            var leading = insert.Length - insert.TrimStart('\n').Length;
            insert = new string('\r', leading) + insert[leading..];
        }

        if (offset < text.Length && text[offset] == '\n' && insert[^1] == '\r')
        {
            insert += "\n";
        }

        return insert;
    }

    private static string TagPrefix(string from, ChangelogSection? latest)
    {
        if (latest?.Version is { } raw)
        {
            if (from.EndsWith(raw, StringComparison.Ordinal))
            {
                return from[..^raw.Length];
            }

            var bare = raw.TrimStart('v', 'V');
            if (from.EndsWith(bare, StringComparison.Ordinal))
            {
                return from[..^bare.Length];
            }
        }

        return from.StartsWith('v') ? "v" : string.Empty;
    }

    private static void Verify(int sectionsBefore, string after, ChangeType type, string content)
    {
        var document = ChangelogDocument.Parse(after);
        var found = document.Unreleased?.Subsections
            .Where(s => s.ChangeType == type)
            .SelectMany(s => s.Entries)
            .Any(e => e.Content == content) ?? false;
        if (!found || document.Sections.Count(s => s.SectionKind == ChangelogSectionKind.Unreleased) != 1
            || sectionsBefore > document.Sections.Count)
        {
            throw new ChangelogEditException("The entry text would change the structure of the changelog (a line reads as a heading, a comment or a code fence); rephrase it.");
        }
    }

    [GeneratedRegex(@"^(?<base>\S*/compare/)(?<from>\S+?)\.\.\.(?<to>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ComparePattern();

    private readonly record struct Style(bool BlankBeforeSubheading, bool BlankAfterSubheading)
    {
        public static Style Of(ChangelogDocument document)
        {
            var lines = document.Lines;
            bool? before = null;
            bool? after = null;
            foreach (var subsection in document.Sections.SelectMany(s => s.Subsections))
            {
                var index = subsection.HeadingLine - 1;
                before ??= index >= 1 ? lines[index - 1].Kind == LineKind.Blank : null;
                if (subsection.Entries.Count > 0)
                {
                    after ??= lines[index + 1].Kind == LineKind.Blank;
                }

                if (before is not null && after is not null)
                {
                    break;
                }
            }

            return new Style(before ?? true, after ?? false);
        }
    }
}
