using ProdReady.Core.Text;

namespace ProdReady.Changelog;

/// <summary>A <c>###</c> subsection of a section, normally one of the six change types.</summary>
public sealed class ChangeTypeSection : ChangelogNode
{
    internal ChangeTypeSection(
        string source,
        TextSpan span,
        int startLine,
        int endLine,
        string name,
        int contentEndLine,
        IReadOnlyList<ChangelogEntry> entries)
        : base(source, span, startLine, endLine)
    {
        Name = name;
        ChangeType = ChangeTypes.TryParse(name, out var type) ? type : null;
        ContentEndLine = contentEndLine;
        Entries = entries;
    }

    /// <summary>Gets the heading text, for example <c>Added</c> or a custom <c>Bug Fixes</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the change type, or <see langword="null"/> when the heading is not one of the six.</summary>
    public ChangeType? ChangeType { get; }

    /// <summary>Gets the 1-based line of the <c>###</c> heading.</summary>
    public int HeadingLine => StartLine;

    /// <summary>Gets the last non-blank line of the subsection (the heading line when it is empty).</summary>
    public int ContentEndLine { get; }

    /// <summary>Gets the entries, in document order.</summary>
    public IReadOnlyList<ChangelogEntry> Entries { get; }
}
