namespace ProdReady.Changelog;

/// <summary>The Markdown role of one line, as far as the changelog model needs it.</summary>
internal enum LineKind
{
    /// <summary>Only whitespace.</summary>
    Blank,

    /// <summary>An ATX heading, <c>#</c> to <c>######</c>.</summary>
    Heading,

    /// <summary>A list item's first line (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>).</summary>
    Bullet,

    /// <summary>A link reference definition, <c>[label]: url</c>.</summary>
    LinkDefinition,

    /// <summary>Inside or opening an HTML comment, or a fenced code block: never structure.</summary>
    Opaque,

    /// <summary>Any other text.</summary>
    Text,
}
