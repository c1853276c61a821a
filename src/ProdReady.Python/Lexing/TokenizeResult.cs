using ProdReady.Core.Text;

namespace ProdReady.Python.Lexing;

/// <summary>
/// The tokens of one text, its comments and its first tokenizer error.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Tokens"/> holds the significant tokens in source order: no comments and no non-logical line
/// breaks (CPython's <c>NL</c>). Every token lies inside the text, tokens never overlap and never go backwards,
/// and the text between two tokens holds only whitespace (space, tab, form feed), comments, line breaks and
/// backslash line continuations. The list always ends with exactly one <see cref="TokenKind.EndOfFile"/>.
/// </para>
/// <para>
/// When the text has a tokenizer error, <see cref="Error"/> describes the first one and tokenization stopped
/// there: the list ends with one <see cref="TokenKind.Error"/> token (zero-length or covering the offending
/// characters, never before the previous token's end) followed by <see cref="TokenKind.EndOfFile"/>.
/// No <see cref="TokenKind.Newline"/> or <see cref="TokenKind.Dedent"/> is synthesized after an error.
/// </para>
/// </remarks>
public sealed class TokenizeResult
{
    private readonly Token[] _tokens;
    private readonly int _tokenCount;
    private readonly TextSpan[] _comments;
    private readonly int _commentCount;

    internal TokenizeResult(string text, Token[] tokens, int tokenCount, TextSpan[] comments, int commentCount, TokenizeError? error)
    {
        Text = text;
        _tokens = tokens;
        _tokenCount = tokenCount;
        _comments = comments;
        _commentCount = commentCount;
        Error = error;
    }

    /// <summary>Gets the text that was tokenized.</summary>
    public string Text { get; }

    /// <summary>Gets the significant tokens, ending with <see cref="TokenKind.EndOfFile"/>.</summary>
    public ReadOnlySpan<Token> Tokens => new(_tokens, 0, _tokenCount);

    /// <summary>Gets the number of tokens in <see cref="Tokens"/>.</summary>
    public int Count => _tokenCount;

    /// <summary>
    /// Gets the comments in source order, each from its <c>#</c> to the end of its line (the line break
    /// excluded), including comments inside brackets and inside f-string replacement fields.
    /// </summary>
    public ReadOnlySpan<TextSpan> Comments => new(_comments, 0, _commentCount);

    /// <summary>Gets the first tokenizer error, or <see langword="null"/> when the text tokenized cleanly.</summary>
    public TokenizeError? Error { get; }

    /// <summary>Gets the token at <paramref name="index"/>.</summary>
    /// <param name="index">An index in <c>[0, Count)</c>.</param>
    /// <returns>The token.</returns>
    public Token this[int index] => Tokens[index];

    /// <summary>The raw token buffer, for the parser in this assembly (valid up to <see cref="Count"/>).</summary>
    internal Token[] Buffer => _tokens;

    /// <summary>Returns the source text a token covers.</summary>
    /// <param name="token">A token of this result.</param>
    /// <returns>The covered characters (empty for zero-length tokens).</returns>
    public ReadOnlySpan<char> GetText(Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>Returns the source text a span covers (e.g. a comment).</summary>
    /// <param name="span">A span of this result's text.</param>
    /// <returns>The covered characters.</returns>
    public ReadOnlySpan<char> GetText(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>
    /// Returns the identifier a <see cref="TokenKind.Name"/> token stands for, as CPython stores it in the AST:
    /// the text itself, or its NFKC normal form when the token has <see cref="TokenFlags.NonAscii"/>.
    /// </summary>
    /// <param name="token">A name (or keyword) token of this result.</param>
    /// <returns>The identifier.</returns>
    public string GetIdentifier(Token token)
    {
        var text = Text.Substring(token.Start, token.Length);
        return token.Has(TokenFlags.NonAscii) ? Nfkc.Normalize(text) : text;
    }
}
