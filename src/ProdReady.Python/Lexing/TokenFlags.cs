namespace ProdReady.Python.Lexing;

/// <summary>Facts about a token's text that the parser would otherwise have to rescan for.</summary>
#pragma warning disable CA1711 // "Flags" is the conventional name of a [Flags] enum; this is one.
[Flags]
public enum TokenFlags : byte
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>
    /// A <see cref="TokenKind.Name"/> with at least one non-ASCII character: its identifier is the NFKC form of
    /// its text (see <see cref="TokenizeResult.GetIdentifier(Token)"/>).
    /// </summary>
    NonAscii = 1 << 0,

    /// <summary>A <see cref="TokenKind.String"/> or <see cref="TokenKind.FStringStart"/> with an <c>r</c>/<c>R</c> prefix.</summary>
    Raw = 1 << 1,

    /// <summary>A <see cref="TokenKind.String"/> with a <c>b</c>/<c>B</c> prefix.</summary>
    Bytes = 1 << 2,

    /// <summary>A <see cref="TokenKind.String"/> with a <c>u</c>/<c>U</c> prefix (the AST constant's <c>kind</c> is <c>"u"</c>).</summary>
    UnicodePrefix = 1 << 3,

    /// <summary>A <see cref="TokenKind.String"/>, <see cref="TokenKind.FStringStart"/> or <see cref="TokenKind.FStringEnd"/> with triple quotes.</summary>
    TripleQuoted = 1 << 4,

    /// <summary>A <see cref="TokenKind.FStringMiddle"/> whose text contains <c>{{</c> or <c>}}</c>, each standing for one brace.</summary>
    EscapedBraces = 1 << 5,

    /// <summary>
    /// A <see cref="TokenKind.FStringMiddle"/> that belongs to a format specification (after the <c>:</c> of a
    /// replacement field) rather than to the f-string's own literal text.
    /// </summary>
    FormatSpec = 1 << 6,
}
#pragma warning restore CA1711
