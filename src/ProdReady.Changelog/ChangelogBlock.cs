using ProdReady.Core.Text;

namespace ProdReady.Changelog;

/// <summary>A top-level block of a changelog; the blocks of a document tile its whole text.</summary>
public class ChangelogBlock : ChangelogNode
{
    internal ChangelogBlock(ChangelogBlockKind kind, string source, TextSpan span, int startLine, int endLine)
        : base(source, span, startLine, endLine)
    {
        Kind = kind;
    }

    /// <summary>Gets what the block is.</summary>
    public ChangelogBlockKind Kind { get; }
}
