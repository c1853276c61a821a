namespace ProdReady.Python.Lexing;

/// <summary>Facts about <see cref="TokenKind"/> values: classification and the fixed text of operators and keywords.</summary>
public static class TokenKindFacts
{
    /// <summary>Tells whether <paramref name="kind"/> is a hard keyword (<c>False</c> .. <c>yield</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for keyword kinds.</returns>
    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.False && kind <= TokenKind.Yield;

    /// <summary>Tells whether <paramref name="kind"/> is an operator or delimiter.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for operator kinds.</returns>
    public static bool IsOperator(TokenKind kind) => kind >= TokenKind.LeftParen && kind <= TokenKind.Exclamation;

    /// <summary>
    /// Tells whether <paramref name="kind"/> is one of the structural kinds that stand for layout rather than
    /// text: <see cref="TokenKind.Newline"/>, <see cref="TokenKind.Indent"/>, <see cref="TokenKind.Dedent"/>,
    /// <see cref="TokenKind.EndOfFile"/>.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for layout kinds.</returns>
    public static bool IsLayout(TokenKind kind) =>
        kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndOfFile;

    /// <summary>Returns the fixed text of an operator or keyword kind, e.g. <c>"**="</c> or <c>"lambda"</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The text, or <see langword="null"/> for kinds whose text varies (names, literals, layout).</returns>
    public static string? GetText(TokenKind kind) => kind switch
    {
        TokenKind.LeftParen => "(",
        TokenKind.RightParen => ")",
        TokenKind.LeftSquare => "[",
        TokenKind.RightSquare => "]",
        TokenKind.LeftBrace => "{",
        TokenKind.RightBrace => "}",
        TokenKind.Colon => ":",
        TokenKind.Comma => ",",
        TokenKind.Semicolon => ";",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.VerticalBar => "|",
        TokenKind.Ampersand => "&",
        TokenKind.Less => "<",
        TokenKind.Greater => ">",
        TokenKind.Equal => "=",
        TokenKind.Dot => ".",
        TokenKind.Percent => "%",
        TokenKind.EqualEqual => "==",
        TokenKind.NotEqual => "!=",
        TokenKind.LessEqual => "<=",
        TokenKind.GreaterEqual => ">=",
        TokenKind.Tilde => "~",
        TokenKind.Circumflex => "^",
        TokenKind.LeftShift => "<<",
        TokenKind.RightShift => ">>",
        TokenKind.DoubleStar => "**",
        TokenKind.PlusEqual => "+=",
        TokenKind.MinusEqual => "-=",
        TokenKind.StarEqual => "*=",
        TokenKind.SlashEqual => "/=",
        TokenKind.PercentEqual => "%=",
        TokenKind.AmpersandEqual => "&=",
        TokenKind.VerticalBarEqual => "|=",
        TokenKind.CircumflexEqual => "^=",
        TokenKind.LeftShiftEqual => "<<=",
        TokenKind.RightShiftEqual => ">>=",
        TokenKind.DoubleStarEqual => "**=",
        TokenKind.DoubleSlash => "//",
        TokenKind.DoubleSlashEqual => "//=",
        TokenKind.At => "@",
        TokenKind.AtEqual => "@=",
        TokenKind.RightArrow => "->",
        TokenKind.Ellipsis => "...",
        TokenKind.ColonEqual => ":=",
        TokenKind.Exclamation => "!",
        TokenKind.False => "False",
        TokenKind.None => "None",
        TokenKind.True => "True",
        TokenKind.And => "and",
        TokenKind.As => "as",
        TokenKind.Assert => "assert",
        TokenKind.Async => "async",
        TokenKind.Await => "await",
        TokenKind.Break => "break",
        TokenKind.Class => "class",
        TokenKind.Continue => "continue",
        TokenKind.Def => "def",
        TokenKind.Del => "del",
        TokenKind.Elif => "elif",
        TokenKind.Else => "else",
        TokenKind.Except => "except",
        TokenKind.Finally => "finally",
        TokenKind.For => "for",
        TokenKind.From => "from",
        TokenKind.Global => "global",
        TokenKind.If => "if",
        TokenKind.Import => "import",
        TokenKind.In => "in",
        TokenKind.Is => "is",
        TokenKind.Lambda => "lambda",
        TokenKind.Nonlocal => "nonlocal",
        TokenKind.Not => "not",
        TokenKind.Or => "or",
        TokenKind.Pass => "pass",
        TokenKind.Raise => "raise",
        TokenKind.Return => "return",
        TokenKind.Try => "try",
        TokenKind.While => "while",
        TokenKind.With => "with",
        TokenKind.Yield => "yield",
        _ => null,
    };
}
