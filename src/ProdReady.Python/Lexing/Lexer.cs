namespace ProdReady.Python.Lexing;

/// <summary>
/// The Python 3.13 tokenizer: turns decoded source text into the tokens CPython's C tokenizer gives its parser,
/// with the same acceptance, the same errors and the same token boundaries.
/// </summary>
public static class Lexer
{
    /// <summary>Tokenizes <paramref name="text"/> in one pass. Never throws on any input.</summary>
    /// <param name="text">The decoded source text, without a byte-order mark.</param>
    /// <returns>The tokens, the comments and the first error.</returns>
    public static TokenizeResult Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Tokenizer(text).Run();
    }
}
