namespace ProdReady.Changelog;

/// <summary>
/// A changelog parsed losslessly: every element keeps its exact source text and line range, the
/// top-level <see cref="Blocks"/> tile the whole text, and <see cref="Text"/> is the input unchanged
/// (byte order mark, line endings, trailing spaces and a missing final newline included).
/// Parsing never fails; deviations from Keep a Changelog are reported by <see cref="ChangelogLinter"/>.
/// </summary>
public sealed class ChangelogDocument
{
    internal ChangelogDocument(
        string text,
        ChangelogLine[] lines,
        IReadOnlyList<ChangelogBlock> blocks,
        ChangelogBlock? title,
        string? titleText,
        IReadOnlyList<ChangelogSection> sections,
        IReadOnlyList<LinkReferenceDefinition> linkDefinitions)
    {
        Text = text;
        Lines = lines;
        Blocks = blocks;
        Title = title;
        TitleText = titleText;
        Sections = sections;
        LinkDefinitions = linkDefinitions;
        LineEnding = DetectLineEnding(text, lines);
    }

    /// <summary>Gets the source text, exactly as given to <see cref="Parse"/>.</summary>
    public string Text { get; }

    /// <summary>Gets a value indicating whether the text starts with a byte order mark (U+FEFF).</summary>
    public bool HasByteOrderMark => Text.Length > 0 && Text[0] == '\uFEFF';

    /// <summary>Gets the file's own line break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>): the most frequent one, <c>\n</c> when none.</summary>
    public string LineEnding { get; }

    /// <summary>Gets the number of lines (a final line break does not start another line).</summary>
    public int LineCount => Lines.Length;

    /// <summary>Gets the top-level blocks in order; their source texts concatenate to <see cref="Text"/>.</summary>
    public IReadOnlyList<ChangelogBlock> Blocks { get; }

    /// <summary>Gets the <c># Title</c> block, or <see langword="null"/> when the file has no title before its first section.</summary>
    public ChangelogBlock? Title { get; }

    /// <summary>Gets the title's heading text, or <see langword="null"/>.</summary>
    public string? TitleText { get; }

    /// <summary>Gets the <c>##</c> sections in document order.</summary>
    public IReadOnlyList<ChangelogSection> Sections { get; }

    /// <summary>Gets every link reference definition of the file, in document order.</summary>
    public IReadOnlyList<LinkReferenceDefinition> LinkDefinitions { get; }

    /// <summary>Gets the first <c>[Unreleased]</c> section, or <see langword="null"/>.</summary>
    public ChangelogSection? Unreleased => Sections.FirstOrDefault(s => s.SectionKind == ChangelogSectionKind.Unreleased);

    /// <summary>Gets the release sections in document order.</summary>
    public IEnumerable<ChangelogSection> Releases => Sections.Where(s => s.SectionKind == ChangelogSectionKind.Release);

    /// <summary>Gets the trailing block of link reference definitions, or <see langword="null"/>.</summary>
    public ChangelogBlock? Footer => Blocks.Count > 0 && Blocks[^1].Kind == ChangelogBlockKind.Footer ? Blocks[^1] : null;

    internal ChangelogLine[] Lines { get; }

    /// <summary>Parses <paramref name="text"/>. Never throws for any input text.</summary>
    /// <param name="text">The changelog's text (decoded; a leading U+FEFF is kept as part of the text).</param>
    /// <returns>The document.</returns>
    public static ChangelogDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ChangelogParser.Parse(text);
    }

    /// <summary>Returns the text of the 1-based <paramref name="line"/> without its line break.</summary>
    /// <param name="line">A line number in <c>[1, LineCount]</c>.</param>
    /// <returns>The line's text.</returns>
    public string GetLineText(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, LineCount);
        return Lines[line - 1].Content(Text).ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string DetectLineEnding(string text, ChangelogLine[] lines)
    {
        int lf = 0, crlf = 0, cr = 0;
        foreach (var line in lines)
        {
            switch (line.End - line.ContentEnd)
            {
                case 2:
                    crlf++;
                    break;
                case 1 when text[line.ContentEnd] == '\r':
                    cr++;
                    break;
                case 1:
                    lf++;
                    break;
                default:
                    break;
            }
        }

        if (crlf > lf && crlf >= cr)
        {
            return "\r\n";
        }

        return cr > lf && cr > crlf ? "\r" : "\n";
    }
}
