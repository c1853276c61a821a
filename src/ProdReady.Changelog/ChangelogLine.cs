namespace ProdReady.Changelog;

/// <summary>One physical line: offsets into the text and its Markdown role.</summary>
/// <param name="Start">The offset of the first character (the byte order mark included on line 1).</param>
/// <param name="ContentStart">The offset of the first character after any byte order mark.</param>
/// <param name="ContentEnd">The offset just past the last character before the line break.</param>
/// <param name="End">The offset just past the line break.</param>
/// <param name="Kind">The Markdown role of the line.</param>
/// <param name="Indent">The indentation in columns (tabs to multiples of four).</param>
/// <param name="Level">The heading level for <see cref="LineKind.Heading"/>, else 0.</param>
/// <param name="ContentColumn">For bullets, the column where the item's text starts.</param>
/// <param name="Marker">For bullets, the marker character.</param>
internal readonly record struct ChangelogLine(
    int Start,
    int ContentStart,
    int ContentEnd,
    int End,
    LineKind Kind,
    int Indent,
    int Level,
    int ContentColumn,
    char Marker)
{
    /// <summary>Gets a value indicating whether the line ends with a line break.</summary>
    public bool HasTerminator => End > ContentEnd;

    /// <summary>Gets the text of the line without its line break.</summary>
    /// <param name="text">The document text.</param>
    /// <returns>The line's characters.</returns>
    public ReadOnlySpan<char> Content(string text) => text.AsSpan(ContentStart, ContentEnd - ContentStart);
}
