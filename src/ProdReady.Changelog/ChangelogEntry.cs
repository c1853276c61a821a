using ProdReady.Core.Text;

namespace ProdReady.Changelog;

/// <summary>
/// One change entry: a top-level bullet with its continuation lines and nested bullets. Trailing
/// blank lines are not part of an entry.
/// </summary>
public sealed class ChangelogEntry : ChangelogNode
{
    internal ChangelogEntry(string source, TextSpan span, int startLine, int endLine, string content, char marker)
        : base(source, span, startLine, endLine)
    {
        Content = content;
        Marker = marker;
    }

    /// <summary>
    /// Gets the entry's text without its bullet marker: each line trimmed, lines joined with <c>\n</c>.
    /// Two entries with the same content say the same thing, whatever their line endings or indentation.
    /// </summary>
    public string Content { get; }

    /// <summary>Gets the bullet marker: <c>-</c>, <c>*</c>, <c>+</c>, or <c>.</c>/<c>)</c> for ordered items.</summary>
    public char Marker { get; }
}
