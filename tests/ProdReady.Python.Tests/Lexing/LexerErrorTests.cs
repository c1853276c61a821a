using ProdReady.Core.Text;
using ProdReady.Python.Lexing;

namespace ProdReady.Python.Tests.Lexing;

/// <summary>
/// Every tokenizer error with CPython 3.13's exception type, message, line and 1-based column
/// (<c>SyntaxError.offset</c>), as <c>compile()</c> reports them for the same source.
/// </summary>
public sealed class LexerErrorTests
{
    [Theory]
    [InlineData("0x\n", PythonErrorType.SyntaxError, "invalid hexadecimal literal", 1, 2)]
    [InlineData("0xg\n", PythonErrorType.SyntaxError, "invalid hexadecimal literal", 1, 2)]
    [InlineData("0o8\n", PythonErrorType.SyntaxError, "invalid digit '8' in octal literal", 1, 3)]
    [InlineData("0o\n", PythonErrorType.SyntaxError, "invalid octal literal", 1, 2)]
    [InlineData("0b2\n", PythonErrorType.SyntaxError, "invalid digit '2' in binary literal", 1, 3)]
    [InlineData("0b\n", PythonErrorType.SyntaxError, "invalid binary literal", 1, 2)]
    [InlineData("012\n", PythonErrorType.SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1)]
    [InlineData("00012 \n", PythonErrorType.SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1)]
    [InlineData("1_\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 2)]
    [InlineData("1__0\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 2)]
    [InlineData("1e\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 1)]
    [InlineData("1e+\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 3)]
    [InlineData("1.e\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 2)]
    [InlineData("1abc\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 1)]
    [InlineData("0x1g\n", PythonErrorType.SyntaxError, "invalid hexadecimal literal", 1, 3)]
    [InlineData("1jx\n", PythonErrorType.SyntaxError, "invalid imaginary literal", 1, 2)]
    [InlineData("1.5x\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 3)]
    [InlineData("0_7\n", PythonErrorType.SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1)]
    [InlineData("0_\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 2)]
    [InlineData("1e5_\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 4)]
    [InlineData("0o17x\n", PythonErrorType.SyntaxError, "invalid octal literal", 1, 4)]
    [InlineData("0xdead_beefL\n", PythonErrorType.SyntaxError, "invalid hexadecimal literal", 1, 11)]
    [InlineData("0e\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 1)]
    [InlineData("0b12\n", PythonErrorType.SyntaxError, "invalid digit '2' in binary literal", 1, 4)]
    [InlineData("0o1__2\n", PythonErrorType.SyntaxError, "invalid octal literal", 1, 4)]
    [InlineData("x = 'abc\n", PythonErrorType.SyntaxError, "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("x = 'abc", PythonErrorType.SyntaxError, "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("x = '''abc\n\n", PythonErrorType.SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5)]
    [InlineData("x = '''abc", PythonErrorType.SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 5)]
    [InlineData("x = f'abc\n", PythonErrorType.SyntaxError, "unterminated f-string literal (detected at line 1)", 1, 5)]
    [InlineData("x = f'''abc\n", PythonErrorType.SyntaxError, "unterminated triple-quoted f-string literal (detected at line 1)", 1, 5)]
    [InlineData("x = f'{a\n'\n", PythonErrorType.SyntaxError, "f-string: expecting '}'", 2, 1)]
    [InlineData("x = f'{'\n", PythonErrorType.SyntaxError, "f-string: expecting '}'", 1, 8)]
    [InlineData("x = rb'abc\n", PythonErrorType.SyntaxError, "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("s = '''\nabc\ndef", PythonErrorType.SyntaxError, "unterminated triple-quoted string literal (detected at line 3)", 1, 5)]
    [InlineData("s = \"\"\"x\"\"\n", PythonErrorType.SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 5)]
    [InlineData("x = 'a\\\\\n", PythonErrorType.SyntaxError, "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("if x:\n  y\n z\n", PythonErrorType.IndentationError, "unindent does not match any outer indentation level", 3, 3)]
    [InlineData("if x:\n\ty\n        z\n", PythonErrorType.TabError, "inconsistent use of tabs and spaces in indentation", 3, 1)]
    [InlineData("if x:\n        y\n\tz\n", PythonErrorType.TabError, "inconsistent use of tabs and spaces in indentation", 3, 1)]
    [InlineData("x = \\ y\n", PythonErrorType.SyntaxError, "unexpected character after line continuation character", 1, 6)]
    [InlineData("x = 1 + \\\n", PythonErrorType.SyntaxError, "unexpected EOF while parsing", 1, 10)]
    [InlineData("x = 1 + \\", PythonErrorType.SyntaxError, "unexpected EOF while parsing", 1, 10)]
    [InlineData("(\n", PythonErrorType.SyntaxError, "'(' was never closed", 1, 1)]
    [InlineData("x = (1,\n[2,\n", PythonErrorType.SyntaxError, "'[' was never closed", 2, 1)]
    [InlineData("x = )\n", PythonErrorType.SyntaxError, "unmatched ')'", 1, 5)]
    [InlineData("x = (]\n", PythonErrorType.SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6)]
    [InlineData("x = (\n]\n", PythonErrorType.SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1)]
    [InlineData("x = }\n", PythonErrorType.SyntaxError, "unmatched '}'", 1, 5)]
    [InlineData("if x:\n    y\n  zz = 1\n", PythonErrorType.IndentationError, "unindent does not match any outer indentation level", 3, 9)]
    [InlineData("if x:\n    y\n  zz = 1", PythonErrorType.IndentationError, "unindent does not match any outer indentation level", 3, 9)]
    [InlineData("x = a \u20AC b\n", PythonErrorType.SyntaxError, "invalid character '\u20AC' (U+20AC)", 1, 7)]
    [InlineData("x = a\u00A0b\n", PythonErrorType.SyntaxError, "invalid non-printable character U+00A0", 1, 6)]
    [InlineData("x = $\n", PythonErrorType.SyntaxError, "invalid syntax", 1, 5)]
    [InlineData("x = ?\n", PythonErrorType.SyntaxError, "invalid syntax", 1, 5)]
    [InlineData("x = `\n", PythonErrorType.SyntaxError, "invalid syntax", 1, 5)]
    [InlineData("f'}'\n", PythonErrorType.SyntaxError, "f-string: single '}' is not allowed", 1, 3)]
    [InlineData("f'{x:{y:{z:{w}}}}}'\n", PythonErrorType.SyntaxError, "f-string: expressions nested too deeply", 1, 11)]
    [InlineData("\\\n", PythonErrorType.SyntaxError, "unexpected EOF while parsing", 1, 2)]
    [InlineData("x\\\n", PythonErrorType.SyntaxError, "unexpected EOF while parsing", 1, 3)]
    [InlineData("f'{a #b}'\n", PythonErrorType.SyntaxError, "'{' was never closed", 1, 3)]
    [InlineData("x\u00B2 = 1\n", PythonErrorType.SyntaxError, "invalid character '\u00B2' (U+00B2)", 1, 2)]
    [InlineData("x = '\\\n", PythonErrorType.SyntaxError, "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("x = 0b1_\n", PythonErrorType.SyntaxError, "invalid binary literal", 1, 8)]
    [InlineData("0o1_2_\n", PythonErrorType.SyntaxError, "invalid octal literal", 1, 6)]
    [InlineData("0x__1\n", PythonErrorType.SyntaxError, "invalid hexadecimal literal", 1, 3)]
    [InlineData("x = \u2028\n", PythonErrorType.SyntaxError, "invalid non-printable character U+2028", 1, 5)]
    [InlineData("x = \u000B\n", PythonErrorType.SyntaxError, "invalid non-printable character U+000B", 1, 5)]
    [InlineData("x = \u007F\n", PythonErrorType.SyntaxError, "invalid non-printable character U+007F", 1, 5)]
    [InlineData("a\uD83D\uDE00 = 1\n", PythonErrorType.SyntaxError, "invalid character '\uD83D\uDE00' (U+1F600)", 1, 2)]
    [InlineData("f'{x)}'\n", PythonErrorType.SyntaxError, "f-string: unmatched ')'", 1, 5)]
    [InlineData("f'{(x}'\n", PythonErrorType.SyntaxError, "closing parenthesis '}' does not match opening parenthesis '('", 1, 6)]
    [InlineData("f'{x!r}}'\n", PythonErrorType.SyntaxError, "f-string: single '}' is not allowed", 1, 8)]
    [InlineData("f'{x:>10}}'\n", PythonErrorType.SyntaxError, "f-string: single '}' is not allowed", 1, 10)]
    [InlineData("\uFEFFx\n", PythonErrorType.SyntaxError, "invalid non-printable character U+FEFF", 1, 1)]
    [InlineData("a <> b\n", PythonErrorType.SyntaxError, "invalid syntax", 1, 3)]
    [InlineData("f'{'\n", PythonErrorType.SyntaxError, "f-string: expecting '}'", 1, 4)]
    [InlineData("f'{x'\n", PythonErrorType.SyntaxError, "f-string: expecting '}'", 1, 5)]
    [InlineData("f'{x!r'\n", PythonErrorType.SyntaxError, "f-string: expecting '}'", 1, 6)]
    [InlineData("f'{x!'\n", PythonErrorType.SyntaxError, "f-string: expecting '}'", 1, 6)]
    [InlineData("f'''{x\n", PythonErrorType.SyntaxError, "'{' was never closed", 1, 5)]
    [InlineData("1e5e\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 3)]
    [InlineData("1.__class__\n", PythonErrorType.SyntaxError, "invalid decimal literal", 1, 2)]
    [InlineData("if x:\n    \ty\n\tz\n", PythonErrorType.TabError, "inconsistent use of tabs and spaces in indentation", 3, 1)]
    [InlineData("rb'''\\'''\n", PythonErrorType.SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 1)]
    [InlineData("x = 'abc\\'\n", PythonErrorType.SyntaxError, "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5)]
    [InlineData("x = r'a\\'b", PythonErrorType.SyntaxError, "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5)]
    [InlineData("x = '''abc\\'''\n", PythonErrorType.SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 5)]
    [InlineData("f'{x:abc", PythonErrorType.SyntaxError, "'{' was never closed", 1, 3)]
    [InlineData("if x:\n\ty\n\t\\\n        z\n", PythonErrorType.TabError, "inconsistent use of tabs and spaces in indentation", 4, 1)]
    public void Reports_cpython_error(string source, PythonErrorType type, string message, int line, int offset)
    {
        var error = TokenAssert.Error(source);
        var position = LineIndex.Create(source).GetCodePointPosition(error.Span.Start);
        Assert.Equal((type, message, line, offset), (error.Type, error.Message, position.Line, position.Column + 1));
    }

    [Fact]
    public void Reports_too_many_nested_parentheses_at_the_201st()
    {
        var error = TokenAssert.Error(new string('(', 201) + new string(')', 201) + "\n");
        Assert.Equal("too many nested parentheses", error.Message);
        Assert.Equal(200, error.Span.Start);
    }

    [Fact]
    public void Accepts_200_nested_parentheses()
    {
        var result = Lexer.Tokenize(new string('(', 200) + new string(')', 200) + "\n");
        Assert.Null(result.Error);
        Assert.Equal(402, result.Count);
    }

    [Fact]
    public void Reports_too_many_levels_of_indentation_at_the_100th()
    {
        var source = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 100) + "pass\n";
        var error = TokenAssert.Error(source);
        Assert.Equal(("too many levels of indentation", PythonErrorType.IndentationError), (error.Message, error.Type));
        Assert.Equal(new LinePosition(101, 0), LineIndex.Create(source).GetCodePointPosition(error.Span.Start));
    }

    [Fact]
    public void Accepts_99_levels_of_indentation()
    {
        var source = string.Concat(Enumerable.Range(0, 99).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 99) + "pass\n";
        var result = Lexer.Tokenize(source);
        Assert.Null(result.Error);
        Assert.Equal(99, result.Tokens.ToArray().Count(t => t.Kind == TokenKind.Indent));
        Assert.Equal(99, result.Tokens.ToArray().Count(t => t.Kind == TokenKind.Dedent));
    }

    [Fact]
    public void Reports_too_many_nested_fstrings()
    {
        var source = string.Concat(Enumerable.Repeat("f'{", 150)) + "x" + string.Concat(Enumerable.Repeat("}'", 150)) + "\n";
        var error = TokenAssert.Error(source);
        Assert.Equal("too many nested f-strings", error.Message);
        Assert.Equal(448, error.Span.Start);
    }

    [Fact]
    public void Reports_null_character()
    {
        var error = TokenAssert.Error("x = 1\0\n");
        Assert.Equal("source code string cannot contain null bytes", error.Message);
        Assert.Equal(5, error.Span.Start);
    }

    [Fact]
    public void Stops_at_the_first_error()
    {
        var result = Lexer.Tokenize("a = 1\nb = 0x\nc = 'unterminated\n");
        Assert.Equal("invalid hexadecimal literal", result.Error?.Message);
        Assert.Equal(
            [TokenKind.Name, TokenKind.Equal, TokenKind.Number, TokenKind.Newline, TokenKind.Name, TokenKind.Equal, TokenKind.Error, TokenKind.EndOfFile],
            result.Tokens.ToArray().Select(t => t.Kind));
    }

    [Fact]
    public void Places_the_error_token_after_the_previous_token()
    {
        var result = Lexer.Tokenize("x = (1,\n  2\n");
        Assert.Equal("'(' was never closed", result.Error?.Message);
        Assert.Equal(4, result.Error?.Span.Start);
        var error = result.Tokens[^2];
        Assert.Equal(TokenKind.Error, error.Kind);
        Assert.True(error.Start >= result.Tokens[^3].End);
    }
}
