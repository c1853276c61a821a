using System.Collections.Immutable;
using ProdReady.Core.Text;
using ProdReady.Python.Lexing;
using ProdReady.Python.Parsing;

namespace ProdReady.Python;

/// <summary>Parses Python 3.13 source into the syntax tree CPython's <c>ast.parse</c> would build.</summary>
public static class PythonParser
{
    /// <summary>Tokenizes and parses <paramref name="source"/>. Never throws for any input text.</summary>
    /// <param name="source">The decoded source text.</param>
    /// <returns>The tree (partial on error), the errors and the tokens.</returns>
    public static ParseResult Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tokens = Lexer.Tokenize(source.Text);
        var parser = new Parser(source.Text, tokens.Buffer, tokens.Count, tokens.Error, tokens);
        var module = parser.ParseModule(out var error);
        var errors = error is null ? ImmutableArray<ParseError>.Empty : [error];
        return new ParseResult(source, module, errors, tokens);
    }
}
