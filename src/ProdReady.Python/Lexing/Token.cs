using System.Runtime.InteropServices;
using ProdReady.Core.Text;

namespace ProdReady.Python.Lexing;

/// <summary>
/// One token: its kind, flags and the span of source text it covers (UTF-16 offsets into the tokenized text).
/// The text itself is sliced from the source only when needed (<see cref="TokenizeResult.GetText(Token)"/>).
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public readonly record struct Token
{
    /// <summary>Initializes a new instance of the <see cref="Token"/> struct.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="start">The offset of the first character.</param>
    /// <param name="length">The number of characters covered.</param>
    /// <param name="flags">The flags.</param>
    public Token(TokenKind kind, int start, int length, TokenFlags flags = TokenFlags.None)
    {
        Kind = kind;
        Flags = flags;
        Start = start;
        Length = length;
    }

    /// <summary>Gets the kind.</summary>
    public TokenKind Kind { get; }

    /// <summary>Gets the flags.</summary>
    public TokenFlags Flags { get; }

    /// <summary>Gets the offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters covered.</summary>
    public int Length { get; }

    /// <summary>Gets the offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Gets the span covered.</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>Tells whether <paramref name="flag"/> is set.</summary>
    /// <param name="flag">The flag (or flags, all of which must be set).</param>
    /// <returns><see langword="true"/> when set.</returns>
    public bool Has(TokenFlags flag) => (Flags & flag) == flag;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Span}";
}
