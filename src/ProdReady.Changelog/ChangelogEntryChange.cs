namespace ProdReady.Changelog;

/// <summary>One entry that a change added, removed or edited.</summary>
/// <param name="Kind">Added, removed or edited.</param>
/// <param name="Section">The section key: <c>Unreleased</c>, a version (<c>1.2.0</c>) or a custom heading.</param>
/// <param name="SectionKind">Whether the section is Unreleased, a release or something else.</param>
/// <param name="ChangeType">The change type of the subsection, or <see langword="null"/> for an unknown heading or no subsection.</param>
/// <param name="Subsection">The subsection heading as written, or <see langword="null"/> when the entry is not in one.</param>
/// <param name="Text">The entry's content (see <see cref="ChangelogEntry.Content"/>): the new text, or the old one for a removal.</param>
/// <param name="OldText">For an edit, the previous content; otherwise <see langword="null"/>.</param>
/// <param name="Line">The 1-based line: in the new file, or in the old file for a removal.</param>
public sealed record ChangelogEntryChange(
    EntryChangeKind Kind,
    string Section,
    ChangelogSectionKind SectionKind,
    ChangeType? ChangeType,
    string? Subsection,
    string Text,
    string? OldText,
    int Line);
