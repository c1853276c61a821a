using ProdReady.Core.Text;

namespace ProdReady.Changelog;

/// <summary>
/// A <c>##</c> section: <c>[Unreleased]</c>, a release, or a custom heading. It runs from its heading
/// to the line before the next section (or the footer), trailing blank lines included.
/// </summary>
public sealed class ChangelogSection : ChangelogBlock
{
    private string? _key;

    internal ChangelogSection(
        string source,
        TextSpan span,
        int startLine,
        int endLine,
        ReleaseHeading heading,
        int contentEndLine,
        IReadOnlyList<ChangeTypeSection> subsections,
        IReadOnlyList<ChangelogEntry> looseEntries)
        : base(ChangelogBlockKind.Section, source, span, startLine, endLine)
    {
        SectionKind = heading.Kind;
        HeadingText = heading.Text;
        Version = heading.Version;
        SemanticVersion = heading.SemanticVersion;
        IsSemVer = heading.IsSemVer;
        DateText = heading.DateText;
        Date = heading.Date;
        IsYanked = heading.IsYanked;
        IsBracketed = heading.IsBracketed;
        HasInlineLink = heading.HasInlineLink;
        HasDateSeparator = heading.HasDateSeparator;
        ContentEndLine = contentEndLine;
        Subsections = subsections;
        LooseEntries = looseEntries;
    }

    /// <summary>Gets whether the section is Unreleased, a release or something else.</summary>
    public ChangelogSectionKind SectionKind { get; }

    /// <summary>Gets the heading text after <c>##</c>, trimmed.</summary>
    public string HeadingText { get; }

    /// <summary>Gets the 1-based line of the <c>##</c> heading.</summary>
    public int HeadingLine => StartLine;

    /// <summary>Gets the version as written (<c>1.2.3</c>, <c>v1.2</c>), or <see langword="null"/> for other kinds.</summary>
    public string? Version { get; }

    /// <summary>Gets the version read leniently (a <c>v</c> prefix and missing parts allowed), for ordering.</summary>
    public SemanticVersion? SemanticVersion { get; }

    /// <summary>Gets a value indicating whether <see cref="Version"/> is strict SemVer 2.0.0.</summary>
    public bool IsSemVer { get; }

    /// <summary>Gets the date as written, or <see langword="null"/> when the heading has none.</summary>
    public string? DateText { get; }

    /// <summary>Gets the date when <see cref="DateText"/> is a valid ISO 8601 <c>YYYY-MM-DD</c> date.</summary>
    public DateOnly? Date { get; }

    /// <summary>Gets a value indicating whether the heading carries <c>[YANKED]</c>.</summary>
    public bool IsYanked { get; }

    /// <summary>Gets a value indicating whether the version (or Unreleased) is written in brackets.</summary>
    public bool IsBracketed { get; }

    /// <summary>Gets a value indicating whether the bracketed label is an inline link, <c>[1.2.3](url)</c>.</summary>
    public bool HasInlineLink { get; }

    /// <summary>Gets a value indicating whether the date follows a dash (<c>- 2024-01-31</c>).</summary>
    public bool HasDateSeparator { get; }

    /// <summary>Gets the last non-blank line of the section (the heading line when it is empty).</summary>
    public int ContentEndLine { get; }

    /// <summary>Gets the <c>###</c> subsections in document order.</summary>
    public IReadOnlyList<ChangeTypeSection> Subsections { get; }

    /// <summary>Gets the entries that are not inside any <c>###</c> subsection.</summary>
    public IReadOnlyList<ChangelogEntry> LooseEntries { get; }

    /// <summary>Gets the key that identifies the section across versions of a file.</summary>
    public string Key => _key ??= SectionKind switch
    {
        ChangelogSectionKind.Unreleased => "Unreleased",
        ChangelogSectionKind.Release => SemanticVersion?.ToString() ?? Version ?? HeadingText,
        _ => HeadingText,
    };

    /// <summary>Gets the number of entries, in subsections and loose.</summary>
    public int EntryCount
    {
        get
        {
            var count = LooseEntries.Count;
            foreach (var subsection in Subsections)
            {
                count += subsection.Entries.Count;
            }

            return count;
        }
    }
}
