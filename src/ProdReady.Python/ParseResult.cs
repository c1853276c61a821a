using System.Collections.Immutable;
using ProdReady.Core.Text;
using ProdReady.Python.Lexing;
using ProdReady.Python.Syntax;

namespace ProdReady.Python;

/// <summary>The outcome of parsing one Python source: always a tree, plus the errors found.</summary>
public sealed class ParseResult
{
    /// <summary>Initializes a new instance of the <see cref="ParseResult"/> class.</summary>
    /// <param name="source">The parsed source.</param>
    /// <param name="module">The tree; partial when there are errors.</param>
    /// <param name="errors">The errors, first the one CPython would report.</param>
    /// <param name="tokenization">The lexer's output.</param>
    public ParseResult(SourceText source, Module module, ImmutableArray<ParseError> errors, TokenizeResult tokenization)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(tokenization);
        Source = source;
        Module = module;
        Errors = errors;
        Tokenization = tokenization;
    }

    /// <summary>Gets the parsed source.</summary>
    public SourceText Source { get; }

    /// <summary>Gets the syntax tree: the whole module on success, the statements parsed before the first error otherwise.</summary>
    public Module Module { get; }

    /// <summary>Gets the errors, in order; the first is the one CPython would report. Empty on success.</summary>
    public IReadOnlyList<ParseError> Errors { get; }

    /// <summary>Gets a value indicating whether the source parsed without error.</summary>
    public bool Success => Errors.Count == 0;

    /// <summary>Gets the lexer's output: the significant tokens, the comments and the tokenizer's error.</summary>
    public TokenizeResult Tokenization { get; }

    /// <summary>Gets the significant tokens, ending with <see cref="TokenKind.EndOfFile"/>.</summary>
    public ReadOnlySpan<Token> Tokens => Tokenization.Tokens;

    /// <summary>Gets the spans of the comments, in source order.</summary>
    public ReadOnlySpan<TextSpan> Comments => Tokenization.Comments;
}
