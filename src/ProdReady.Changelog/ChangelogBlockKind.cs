namespace ProdReady.Changelog;

/// <summary>What a top-level block of a changelog is.</summary>
public enum ChangelogBlockKind
{
    /// <summary>Lines before the title (blank lines, comments, badges).</summary>
    Prelude,

    /// <summary>The <c># Title</c> line.</summary>
    Title,

    /// <summary>Lines between the title and the first <c>##</c> section.</summary>
    Preamble,

    /// <summary>A <c>##</c> section; the block is a <see cref="ChangelogSection"/>.</summary>
    Section,

    /// <summary>The trailing run of link reference definitions (and blank lines between them).</summary>
    Footer,
}
