using ProdReady.Python.Lexing;

namespace ProdReady.Python.Tests.Lexing;

public sealed class LexerTokenTests
{
    [Fact]
    public void Reports_every_operator_and_delimiter()
    {
        const string Source = "( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >> ** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :=\n";
        var kinds = Lexer.Tokenize(Source).Tokens.ToArray().Select(t => t.Kind).ToArray();
        TokenKind[] expected =
        [
            TokenKind.LeftParen, TokenKind.RightParen, TokenKind.LeftSquare, TokenKind.RightSquare, TokenKind.LeftBrace,
            TokenKind.RightBrace, TokenKind.Colon, TokenKind.Comma, TokenKind.Semicolon, TokenKind.Plus, TokenKind.Minus,
            TokenKind.Star, TokenKind.Slash, TokenKind.VerticalBar, TokenKind.Ampersand, TokenKind.Less, TokenKind.Greater,
            TokenKind.Equal, TokenKind.Dot, TokenKind.Percent, TokenKind.EqualEqual, TokenKind.NotEqual, TokenKind.LessEqual,
            TokenKind.GreaterEqual, TokenKind.Tilde, TokenKind.Circumflex, TokenKind.LeftShift, TokenKind.RightShift,
            TokenKind.DoubleStar, TokenKind.PlusEqual, TokenKind.MinusEqual, TokenKind.StarEqual, TokenKind.SlashEqual,
            TokenKind.PercentEqual, TokenKind.AmpersandEqual, TokenKind.VerticalBarEqual, TokenKind.CircumflexEqual,
            TokenKind.LeftShiftEqual, TokenKind.RightShiftEqual, TokenKind.DoubleStarEqual, TokenKind.DoubleSlash,
            TokenKind.DoubleSlashEqual, TokenKind.At, TokenKind.AtEqual, TokenKind.RightArrow, TokenKind.Ellipsis,
            TokenKind.ColonEqual, TokenKind.Newline, TokenKind.EndOfFile,
        ];
        Assert.Equal(expected, kinds);
        foreach (var token in Lexer.Tokenize(Source).Tokens)
        {
            if (TokenKindFacts.IsOperator(token.Kind))
            {
                Assert.Equal(TokenKindFacts.GetText(token.Kind), Source.Substring(token.Start, token.Length));
            }
        }
    }

    [Fact]
    public void Reports_every_hard_keyword_and_leaves_soft_keywords_as_names()
    {
        var keywords = Enum.GetValues<TokenKind>().Where(TokenKindFacts.IsKeyword).ToArray();
        Assert.Equal(35, keywords.Length);
        var source = string.Join(' ', keywords.Select(k => TokenKindFacts.GetText(k))) + " match case type _ print self async_ Async\n";
        var result = Lexer.Tokenize(source);
        Assert.Equal(
            [.. keywords, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.Newline, TokenKind.EndOfFile],
            result.Tokens.ToArray().Select(t => t.Kind));
    }

    [Fact]
    public void Reports_exclamation_outside_fstrings_for_the_parser_to_reject()
    {
        Assert.Equal(["Name 'a'", "Exclamation '!'", "Name 'b'", "Newline", "EndOfFile"], TokenAssert.Kinds("a!b\n"));
    }

    [Theory]
    [InlineData("''", TokenFlags.None)]
    [InlineData("\"\"", TokenFlags.None)]
    [InlineData("r'x'", TokenFlags.Raw)]
    [InlineData("R'x'", TokenFlags.Raw)]
    [InlineData("u'x'", TokenFlags.UnicodePrefix)]
    [InlineData("U'x'", TokenFlags.UnicodePrefix)]
    [InlineData("b'x'", TokenFlags.Bytes)]
    [InlineData("B'x'", TokenFlags.Bytes)]
    [InlineData("br'x'", TokenFlags.Bytes | TokenFlags.Raw)]
    [InlineData("bR'x'", TokenFlags.Bytes | TokenFlags.Raw)]
    [InlineData("Br'x'", TokenFlags.Bytes | TokenFlags.Raw)]
    [InlineData("BR'x'", TokenFlags.Bytes | TokenFlags.Raw)]
    [InlineData("rb'x'", TokenFlags.Bytes | TokenFlags.Raw)]
    [InlineData("rB'x'", TokenFlags.Bytes | TokenFlags.Raw)]
    [InlineData("Rb'x'", TokenFlags.Bytes | TokenFlags.Raw)]
    [InlineData("RB'x'", TokenFlags.Bytes | TokenFlags.Raw)]
    [InlineData("'''a'b''c\n'''", TokenFlags.TripleQuoted)]
    [InlineData("\"\"\"a\"\"b\"\"\"", TokenFlags.TripleQuoted)]
    [InlineData("''''''", TokenFlags.TripleQuoted)]
    [InlineData("rb'''\\\\'''", TokenFlags.Bytes | TokenFlags.Raw | TokenFlags.TripleQuoted)]
    [InlineData("'a\\'b'", TokenFlags.None)]
    [InlineData("r'a\\'b'", TokenFlags.Raw)]
    [InlineData("'a\\\nb'", TokenFlags.None)]
    [InlineData("'a\\\r\nb'", TokenFlags.None)]
    [InlineData("'''a\r\nb\rc'''", TokenFlags.TripleQuoted)]
    [InlineData("'\\\\'", TokenFlags.None)]
    [InlineData("'\"'", TokenFlags.None)]
    public void Reports_a_string_literal_as_one_token(string literal, TokenFlags flags)
    {
        var result = Lexer.Tokenize(literal + "\n");
        Assert.Null(result.Error);
        Assert.Equal(new Token(TokenKind.String, 0, literal.Length, flags), result.Tokens[0]);
        Assert.Equal(TokenKind.Newline, result.Tokens[1].Kind);
    }

    [Theory]
    [InlineData("ub''", "ub")]
    [InlineData("bu''", "bu")]
    [InlineData("ur''", "ur")]
    [InlineData("fb''", "fb")]
    [InlineData("bf''", "bf")]
    [InlineData("uf''", "uf")]
    [InlineData("rr''", "rr")]
    [InlineData("fu''", "fu")]
    public void Reports_an_invalid_prefix_as_a_name_before_the_string(string source, string name)
    {
        Assert.Equal([$"Name '{name}'", "String ''''", "Newline", "EndOfFile"], TokenAssert.Kinds(source + "\n"));
    }

    [Theory]
    [InlineData("f'", TokenFlags.None)]
    [InlineData("F'", TokenFlags.None)]
    [InlineData("fr'", TokenFlags.Raw)]
    [InlineData("fR'", TokenFlags.Raw)]
    [InlineData("Fr'", TokenFlags.Raw)]
    [InlineData("FR'", TokenFlags.Raw)]
    [InlineData("rf'", TokenFlags.Raw)]
    [InlineData("rF'", TokenFlags.Raw)]
    [InlineData("Rf'", TokenFlags.Raw)]
    [InlineData("RF'", TokenFlags.Raw)]
    [InlineData("f\"\"\"", TokenFlags.TripleQuoted)]
    [InlineData("rf'''", TokenFlags.Raw | TokenFlags.TripleQuoted)]
    public void Reports_every_fstring_prefix(string start, TokenFlags flags)
    {
        var quote = start[^1];
        var end = start.EndsWith("'''", StringComparison.Ordinal) || start.EndsWith("\"\"\"", StringComparison.Ordinal) ? new string(quote, 3) : quote.ToString();
        var result = Lexer.Tokenize(start + "a" + end + "\n");
        Assert.Null(result.Error);
        Assert.Equal(new Token(TokenKind.FStringStart, 0, start.Length, flags), result.Tokens[0]);
        Assert.Equal(new Token(TokenKind.FStringMiddle, start.Length, 1), result.Tokens[1]);
        Assert.Equal(new Token(TokenKind.FStringEnd, start.Length + 1, end.Length, flags & TokenFlags.TripleQuoted), result.Tokens[2]);
    }

    [Fact]
    public void Splits_an_fstring_into_literal_text_and_replacement_fields()
    {
        Assert.Equal(
            [
                "FStringStart 'f\"'", "FStringMiddle 'a{{b}}c'", "LeftBrace '{'", "Name 'x'", "Exclamation '!'", "Name 'r'",
                "Colon ':'", "FStringMiddle '>'", "LeftBrace '{'", "Name 'w'", "RightBrace '}'", "RightBrace '}'",
                "FStringMiddle ' d'", "FStringEnd '\"'", "Newline", "EndOfFile",
            ],
            TokenAssert.Kinds("f\"a{{b}}c{x!r:>{w}} d\"\n"));
    }

    [Fact]
    public void Flags_escaped_braces_and_format_specs()
    {
        var result = Lexer.Tokenize("f'a{{b}}{x:%H{{}}'\n");
        var middles = result.Tokens.ToArray().Where(t => t.Kind == TokenKind.FStringMiddle).ToArray();
        Assert.Equal(new Token(TokenKind.FStringMiddle, 2, 6, TokenFlags.EscapedBraces), middles[0]);
        Assert.Equal(new Token(TokenKind.FStringMiddle, 11, 2, TokenFlags.FormatSpec), middles[1]);
    }

    [Fact]
    public void Reports_nested_fields_in_format_specs()
    {
        Assert.Equal(
            [
                "FStringStart 'f\"'", "LeftBrace '{'", "Name 'x'", "Colon ':'", "LeftBrace '{'", "Name 'width'", "RightBrace '}'",
                "FStringMiddle '.'", "LeftBrace '{'", "Name 'prec'", "RightBrace '}'", "FStringMiddle 'f'", "RightBrace '}'",
                "FStringEnd '\"'", "Newline", "EndOfFile",
            ],
            TokenAssert.Kinds("f\"{x:{width}.{prec}f}\"\n"));
    }

    [Fact]
    public void Reuses_the_same_quotes_inside_replacement_fields()
    {
        Assert.Equal(
            [
                "FStringStart 'f\"'", "LeftBrace '{'", "String '\"a\"'", "RightBrace '}'", "FStringMiddle ' '", "LeftBrace '{'",
                "Name 'd'", "LeftSquare '['", "String '\"k\"'", "RightSquare ']'", "RightBrace '}'", "FStringEnd '\"'", "Newline", "EndOfFile",
            ],
            TokenAssert.Kinds("f\"{\"a\"} {d[\"k\"]}\"\n"));
    }

    [Fact]
    public void Nests_fstrings()
    {
        Assert.Equal(
            [
                "FStringStart 'f\"'", "LeftBrace '{'", "FStringStart 'f\"'", "LeftBrace '{'", "FStringStart 'f\"'", "LeftBrace '{'",
                "Name 'x'", "RightBrace '}'", "FStringEnd '\"'", "RightBrace '}'", "FStringEnd '\"'", "RightBrace '}'",
                "FStringEnd '\"'", "Newline", "EndOfFile",
            ],
            TokenAssert.Kinds("f\"{f\"{f\"{x}\"}\"}\"\n"));
    }

    [Theory]
    [InlineData("f'{x=}'", new[] { "FStringStart 'f''", "LeftBrace '{'", "Name 'x'", "Equal '='", "RightBrace '}'", "FStringEnd '''" })]
    [InlineData("f'{ x = !r:^9}'", new[] { "FStringStart 'f''", "LeftBrace '{'", "Name 'x'", "Equal '='", "Exclamation '!'", "Name 'r'", "Colon ':'", "FStringMiddle '^9'", "RightBrace '}'", "FStringEnd '''" })]
    [InlineData("f'{x!=y}'", new[] { "FStringStart 'f''", "LeftBrace '{'", "Name 'x'", "NotEqual '!='", "Name 'y'", "RightBrace '}'", "FStringEnd '''" })]
    [InlineData("f'{x:=10}'", new[] { "FStringStart 'f''", "LeftBrace '{'", "Name 'x'", "Colon ':'", "FStringMiddle '=10'", "RightBrace '}'", "FStringEnd '''" })]
    [InlineData("f'{(x:=10)}'", new[] { "FStringStart 'f''", "LeftBrace '{'", "LeftParen '('", "Name 'x'", "ColonEqual ':='", "Number '10'", "RightParen ')'", "RightBrace '}'", "FStringEnd '''" })]
    [InlineData("f'{a[1:2]}'", new[] { "FStringStart 'f''", "LeftBrace '{'", "Name 'a'", "LeftSquare '['", "Number '1'", "Colon ':'", "Number '2'", "RightSquare ']'", "RightBrace '}'", "FStringEnd '''" })]
    [InlineData("f'{lambda: 1}'", new[] { "FStringStart 'f''", "LeftBrace '{'", "Lambda 'lambda'", "Colon ':'", "FStringMiddle ' 1'", "RightBrace '}'", "FStringEnd '''" })]
    [InlineData("f'\\N{BULLET} {x}'", new[] { "FStringStart 'f''", "FStringMiddle '\\N{BULLET} '", "LeftBrace '{'", "Name 'x'", "RightBrace '}'", "FStringEnd '''" })]
    [InlineData("rf'\\N{x}'", new[] { "FStringStart 'rf''", "FStringMiddle '\\N'", "LeftBrace '{'", "Name 'x'", "RightBrace '}'", "FStringEnd '''" })]
    [InlineData("f'\\{x}'", new[] { "FStringStart 'f''", "FStringMiddle '\\'", "LeftBrace '{'", "Name 'x'", "RightBrace '}'", "FStringEnd '''" })]
    [InlineData("f'{{}}'", new[] { "FStringStart 'f''", "FStringMiddle '{{}}'", "FStringEnd '''" })]
    [InlineData("f''", new[] { "FStringStart 'f''", "FStringEnd '''" })]
    [InlineData("f'a\\'b'", new[] { "FStringStart 'f''", "FStringMiddle 'a\\'b'", "FStringEnd '''" })]
    public void Reports_replacement_field_details(string source, string[] expected)
    {
        Assert.Equal([.. expected, "Newline", "EndOfFile"], TokenAssert.Kinds(source + "\n"));
    }

    [Fact]
    public void Spans_multiline_expressions_and_comments_in_fstrings()
    {
        var source = "x = f'''a\n{\n  y  # note\n  + 1\n}b'''\nz = f'{a\n}'\n";
        var result = Lexer.Tokenize(source);
        Assert.Null(result.Error);
        Assert.Equal("# note", result.GetText(result.Comments[0]).ToString());
        Assert.Equal(
            [
                "Name 'x'", "Equal '='", "FStringStart 'f''''", "FStringMiddle 'a\n'", "LeftBrace '{'", "Name 'y'", "Plus '+'",
                "Number '1'", "RightBrace '}'", "FStringMiddle 'b'", "FStringEnd '''''", "Newline",
                "Name 'z'", "Equal '='", "FStringStart 'f''", "LeftBrace '{'", "Name 'a'", "RightBrace '}'", "FStringEnd '''", "Newline", "EndOfFile",
            ],
            TokenAssert.Kinds(source));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("0_0")]
    [InlineData("1_000_000")]
    [InlineData("0x_ff")]
    [InlineData("0XdeadBEEF")]
    [InlineData("0o17")]
    [InlineData("0O1_7")]
    [InlineData("0b1010")]
    [InlineData("0B1_0")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.5e-3")]
    [InlineData("1E+10")]
    [InlineData("1_0.0_1e1_0")]
    [InlineData("1j")]
    [InlineData("1.5J")]
    [InlineData("0j")]
    [InlineData("07j")]
    [InlineData("09.5")]
    [InlineData("00.e5")]
    [InlineData("0e0")]
    [InlineData("1e5j")]
    [InlineData(".5j")]
    [InlineData("123456789012345678901234567890")]
    public void Reports_a_numeric_literal_as_one_token(string literal)
    {
        Assert.Equal([$"Number '{literal}'", "Newline", "EndOfFile"], TokenAssert.Kinds(literal + "\n"));
    }

    [Theory]
    [InlineData("1if x else 2", new[] { "Number '1'", "If 'if'", "Name 'x'", "Else 'else'", "Number '2'" })]
    [InlineData("[0x1for x in y]", new[] { "LeftSquare '['", "Number '0x1f'", "Or 'or'", "Name 'x'", "In 'in'", "Name 'y'", "RightSquare ']'" })]
    [InlineData("1or 2", new[] { "Number '1'", "Or 'or'", "Number '2'" })]
    [InlineData("1not in x", new[] { "Number '1'", "Not 'not'", "In 'in'", "Name 'x'" })]
    [InlineData("1and 2", new[] { "Number '1'", "And 'and'", "Number '2'" })]
    [InlineData("1is x", new[] { "Number '1'", "Is 'is'", "Name 'x'" })]
    [InlineData("1..real", new[] { "Number '1.'", "Dot '.'", "Name 'real'" })]
    [InlineData("1 .__class__", new[] { "Number '1'", "Dot '.'", "Name '__class__'" })]
    [InlineData("x.y", new[] { "Name 'x'", "Dot '.'", "Name 'y'" })]
    [InlineData("x[...]", new[] { "Name 'x'", "LeftSquare '['", "Ellipsis '...'", "RightSquare ']'" })]
    [InlineData("a..b", new[] { "Name 'a'", "Dot '.'", "Dot '.'", "Name 'b'" })]
    [InlineData("1e5else 2", new[] { "Number '1e5'", "Else 'else'", "Number '2'" })]
    public void Separates_numbers_from_what_follows_them_as_cpython_does(string source, string[] expected)
    {
        Assert.Equal([.. expected, "Newline", "EndOfFile"], TokenAssert.Kinds(source + "\n"));
    }

    [Fact]
    public void Covers_each_line_ending_with_its_newline_token()
    {
        Assert.Equal(
            ["Name 0+1", "Newline 1+2", "Name 3+1", "Newline 4+1", "Name 5+1", "Newline 6+1", "EndOfFile 7+0"],
            TokenAssert.Spans("a\r\nb\rc\n"));
    }

    [Fact]
    public void Indents_with_mixed_line_endings()
    {
        Assert.Equal(
            ["If", "Name", "Colon", "Newline", "Indent", "Name", "Newline", "Name", "Newline", "Dedent", "EndOfFile"],
            Lexer.Tokenize("if x:\r\n\ty\r\tz\n").Tokens.ToArray().Select(t => t.Kind.ToString()));
    }

    [Fact]
    public void Resets_the_column_at_form_feeds()
    {
        // A form feed in the indentation resets the column: "\f  y" is indented by 2, like "  y".
        Assert.Equal(
            ["If", "Name", "Colon", "Newline", "Indent", "Name", "Newline", "Name", "Newline", "Dedent", "EndOfFile"],
            Lexer.Tokenize("if x:\n  \f  y\n  z\n").Tokens.ToArray().Select(t => t.Kind.ToString()));
        Assert.Equal(["Name 'a'", "Name 'b'", "Newline", "EndOfFile"], TokenAssert.Kinds("\fa\fb\n"));
    }

    [Fact]
    public void Computes_tab_stops_of_eight_consistently()
    {
        // Eight spaces and one tab are the same column and pass the tab-size-1 consistency check only when
        // the line is indented the same way as its block.
        Assert.Null(Lexer.Tokenize("if x:\n\ty\n\tz\n").Error);
        Assert.Null(Lexer.Tokenize("if x:\n    \ty\n    \tz\n").Error);
        Assert.Equal(PythonErrorType.TabError, Lexer.Tokenize("if x:\n    \ty\n\tz\n").Error?.Type);
        Assert.Equal(PythonErrorType.TabError, Lexer.Tokenize("if x:\n        y\n\tz\n").Error?.Type);
    }

    [Fact]
    public void Dedents_several_levels_at_once()
    {
        Assert.Equal(
            ["Name 'a'", "Colon ':'", "Newline", "Indent", "Name 'b'", "Colon ':'", "Newline", "Indent", "Name 'c'", "Newline", "Dedent", "Dedent", "Name 'd'", "Newline", "EndOfFile"],
            TokenAssert.Kinds("a:\n  b:\n    c\nd\n"));
    }

    [Fact]
    public void Joins_lines_with_backslashes_and_inside_brackets()
    {
        Assert.Equal(
            ["Name 'x'", "Equal '='", "Number '1'", "Plus '+'", "Number '2'", "Newline", "Name 'y'", "Equal '='", "LeftParen '('", "Number '1'", "Comma ','", "Number '2'", "RightParen ')'", "Newline", "EndOfFile"],
            TokenAssert.Kinds("x = 1 + \\\n        2\ny = (1,\n\n# c\n   2)\n"));
    }

    [Fact]
    public void Ignores_blank_and_comment_only_lines()
    {
        Assert.Equal(
            ["If 'if'", "Name 'x'", "Colon ':'", "Newline", "Indent", "Name 'y'", "Newline", "Name 'z'", "Newline", "Dedent", "EndOfFile"],
            TokenAssert.Kinds("if x:\n\n    y\n  # c\n\t\n        \n    z\n   "));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("   ")]
    [InlineData("# only a comment")]
    [InlineData("# c\n  # d\n")]
    [InlineData("\\\n\n")]
    public void Produces_only_end_of_file_for_empty_programs(string source)
    {
        Assert.Equal(["EndOfFile"], TokenAssert.Kinds(source));
    }

    [Fact]
    public void Adds_the_implicit_newline_after_a_trailing_comment()
    {
        Assert.Equal(["Name 0+1", "Newline 5+0", "EndOfFile 5+0"], TokenAssert.Spans("x # c"));
    }

    [Fact]
    public void Flags_and_normalizes_non_ascii_identifiers()
    {
        var result = Lexer.Tokenize("été = ﬁ + ｘ + 𝔘 + x·y\n");
        Assert.Null(result.Error);
        var names = result.Tokens.ToArray().Where(t => t.Kind == TokenKind.Name).ToArray();
        Assert.All(names.Take(4), n => Assert.Equal(TokenFlags.NonAscii, n.Flags));
        Assert.Equal(["été", "fi", "x", "U", "x·y"], names.Select(result.GetIdentifier));
        Assert.Equal("𝔘", result.GetText(names[3]).ToString());
    }

    [Fact]
    public void Leaves_ascii_identifiers_unflagged()
    {
        var result = Lexer.Tokenize("_private_1 = 2\n");
        Assert.Equal(TokenFlags.None, result.Tokens[0].Flags);
        Assert.Equal("_private_1", result.GetIdentifier(result.Tokens[0]));
    }

    [Fact]
    public void Does_not_read_keywords_inside_longer_names()
    {
        Assert.Equal(["Name 'iffy'", "Name 'ifé'", "Name 'None_'", "Newline", "EndOfFile"], TokenAssert.Kinds("iffy ifé None_\n"));
    }

    [Fact]
    public void Records_comments_inside_brackets_and_fstring_fields()
    {
        var result = Lexer.Tokenize("f(a,  # first\n  b)  # second\nf'''{x # third\n}'''\n");
        Assert.Equal(["# first", "# second", "# third"], result.Comments.ToArray().Select(c => result.GetText(c).ToString()));
    }
}
