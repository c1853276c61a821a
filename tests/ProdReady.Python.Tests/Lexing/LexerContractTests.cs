using ProdReady.Python.Lexing;

namespace ProdReady.Python.Tests.Lexing;

public sealed class LexerContractTests
{
    [Fact]
    public void Reports_simple_statement_tokens()
    {
        Assert.Equal(
            ["Name 'x'", "Equal '='", "Number '1'", "Plus '+'", "Name 'y'", "Newline", "EndOfFile"],
            TokenAssert.Kinds("x = 1 + y\n"));
    }

    [Fact]
    public void Reports_indent_and_dedent_around_a_block()
    {
        Assert.Equal(
            ["If 'if'", "Name 'x'", "Colon ':'", "Newline", "Indent", "Pass 'pass'", "Newline", "Dedent", "Name 'y'", "Newline", "EndOfFile"],
            TokenAssert.Kinds("if x:\n    pass\ny\n"));
    }

    [Fact]
    public void Reports_implicit_newline_and_dedents_at_end_of_text()
    {
        Assert.Equal(
            ["Def 0+3", "Name 4+1", "LeftParen 5+1", "RightParen 6+1", "Colon 7+1", "Newline 8+1", "Indent 9+2", "Return 11+6", "Newline 17+0", "Dedent 17+0", "EndOfFile 17+0"],
            TokenAssert.Spans("def f():\n  return"));
    }

    [Fact]
    public void Keeps_comments_out_of_the_token_list()
    {
        var result = Lexer.Tokenize("# TODO: one\nx = 1  # noqa\n");
        Assert.Equal(2, result.Comments.Length);
        Assert.Equal("# TODO: one", result.GetText(result.Comments[0]).ToString());
        Assert.Equal("# noqa", result.GetText(result.Comments[1]).ToString());
        Assert.DoesNotContain(result.Tokens.ToArray(), t => t.Start < 12 && t.Kind != TokenKind.EndOfFile);
    }

    [Fact]
    public void Reports_error_then_end_of_file()
    {
        var result = Lexer.Tokenize("x = 'abc\n");
        Assert.NotNull(result.Error);
        Assert.Equal("unterminated string literal (detected at line 1)", result.Error.Message);
        Assert.Equal(4, result.Error.Span.Start);
        Assert.Equal(TokenKind.Error, result.Tokens[^2].Kind);
        Assert.Equal(TokenKind.EndOfFile, result.Tokens[^1].Kind);
    }
}
