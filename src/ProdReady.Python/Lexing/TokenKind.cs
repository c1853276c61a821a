namespace ProdReady.Python.Lexing;

/// <summary>
/// The kind of a Python 3.13 token, one member per token type of CPython's C tokenizer as the parser sees
/// it: one kind per operator or delimiter and one kind per hard keyword. Soft keywords (<c>match</c>,
/// <c>case</c>, <c>type</c>, <c>_</c>) are <see cref="Name"/> tokens.
/// </summary>
/// <remarks>
/// Keyword kinds occupy the contiguous range <see cref="False"/>..<see cref="Yield"/> and operator kinds the
/// range <see cref="LeftParen"/>..<see cref="Exclamation"/>; <see cref="TokenKindFacts"/> relies on it.
/// </remarks>
#pragma warning disable CA1720 // "String" names the Python token type STRING; renaming it would hide the correspondence.
public enum TokenKind : byte
{
    /// <summary>The end of the text (CPython's <c>ENDMARKER</c>): always the last token, zero-length at the end of the text.</summary>
    EndOfFile,

    /// <summary>An identifier, including soft keywords. Flag <see cref="TokenFlags.NonAscii"/> when it has non-ASCII characters.</summary>
    Name,

    /// <summary>A numeric literal (integer, float or imaginary), covering exactly its characters.</summary>
    Number,

    /// <summary>A string or bytes literal, from the first prefix character to the closing quote(s).</summary>
    String,

    /// <summary>The prefix and opening quote(s) of an f-string, e.g. <c>rf"""</c>.</summary>
    FStringStart,

    /// <summary>
    /// A maximal run of literal text of an f-string or of a format specification, exactly as it is written in
    /// the source: an escaped brace <c>{{</c> or <c>}}</c> keeps both of its characters inside the span (flag
    /// <see cref="TokenFlags.EscapedBraces"/>), and backslash escapes are not decoded. Never empty.
    /// </summary>
    FStringMiddle,

    /// <summary>The closing quote(s) of an f-string.</summary>
    FStringEnd,

    /// <summary>
    /// The end of a logical line: covers its line break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), or is zero-length
    /// at the end of the text when the last line has no line break (CPython's implicit newline). Blank lines,
    /// comment-only lines and line breaks inside brackets produce no token.
    /// </summary>
    Newline,

    /// <summary>
    /// An increase of indentation: covers the leading whitespace of the line that opens the block (of its last
    /// physical line when the indentation is split by backslash continuations). Tabs advance to the next multiple
    /// of 8 and a form feed resets the column, as in CPython.
    /// </summary>
    Indent,

    /// <summary>
    /// A decrease of indentation by one level: zero-length at the first token of the dedented line, or at the
    /// end of the text for the blocks still open there (after the last <see cref="Newline"/>).
    /// </summary>
    Dedent,

    /// <summary><c>(</c></summary>
    LeftParen,

    /// <summary><c>)</c></summary>
    RightParen,

    /// <summary><c>[</c></summary>
    LeftSquare,

    /// <summary><c>]</c></summary>
    RightSquare,

    /// <summary><c>{</c></summary>
    LeftBrace,

    /// <summary><c>}</c></summary>
    RightBrace,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>,</c></summary>
    Comma,

    /// <summary><c>;</c></summary>
    Semicolon,

    /// <summary><c>+</c></summary>
    Plus,

    /// <summary><c>-</c></summary>
    Minus,

    /// <summary><c>*</c></summary>
    Star,

    /// <summary><c>/</c></summary>
    Slash,

    /// <summary><c>|</c></summary>
    VerticalBar,

    /// <summary><c>&amp;</c></summary>
    Ampersand,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>=</c></summary>
    Equal,

    /// <summary><c>.</c></summary>
    Dot,

    /// <summary><c>%</c></summary>
    Percent,

    /// <summary><c>==</c></summary>
    EqualEqual,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&lt;=</c></summary>
    LessEqual,

    /// <summary><c>&gt;=</c></summary>
    GreaterEqual,

    /// <summary><c>~</c></summary>
    Tilde,

    /// <summary><c>^</c></summary>
    Circumflex,

    /// <summary><c>&lt;&lt;</c></summary>
    LeftShift,

    /// <summary><c>&gt;&gt;</c></summary>
    RightShift,

    /// <summary><c>**</c></summary>
    DoubleStar,

    /// <summary><c>+=</c></summary>
    PlusEqual,

    /// <summary><c>-=</c></summary>
    MinusEqual,

    /// <summary><c>*=</c></summary>
    StarEqual,

    /// <summary><c>/=</c></summary>
    SlashEqual,

    /// <summary><c>%=</c></summary>
    PercentEqual,

    /// <summary><c>&amp;=</c></summary>
    AmpersandEqual,

    /// <summary><c>|=</c></summary>
    VerticalBarEqual,

    /// <summary><c>^=</c></summary>
    CircumflexEqual,

    /// <summary><c>&lt;&lt;=</c></summary>
    LeftShiftEqual,

    /// <summary><c>&gt;&gt;=</c></summary>
    RightShiftEqual,

    /// <summary><c>**=</c></summary>
    DoubleStarEqual,

    /// <summary><c>//</c></summary>
    DoubleSlash,

    /// <summary><c>//=</c></summary>
    DoubleSlashEqual,

    /// <summary><c>@</c></summary>
    At,

    /// <summary><c>@=</c></summary>
    AtEqual,

    /// <summary><c>-&gt;</c></summary>
    RightArrow,

    /// <summary><c>...</c></summary>
    Ellipsis,

    /// <summary><c>:=</c></summary>
    ColonEqual,

    /// <summary><c>!</c> (only produced inside f-string replacement fields, before a conversion).</summary>
    Exclamation,

    /// <summary>The keyword <c>False</c>.</summary>
    False,

    /// <summary>The keyword <c>None</c>.</summary>
    None,

    /// <summary>The keyword <c>True</c>.</summary>
    True,

    /// <summary>The keyword <c>and</c>.</summary>
    And,

    /// <summary>The keyword <c>as</c>.</summary>
    As,

    /// <summary>The keyword <c>assert</c>.</summary>
    Assert,

    /// <summary>The keyword <c>async</c>.</summary>
    Async,

    /// <summary>The keyword <c>await</c>.</summary>
    Await,

    /// <summary>The keyword <c>break</c>.</summary>
    Break,

    /// <summary>The keyword <c>class</c>.</summary>
    Class,

    /// <summary>The keyword <c>continue</c>.</summary>
    Continue,

    /// <summary>The keyword <c>def</c>.</summary>
    Def,

    /// <summary>The keyword <c>del</c>.</summary>
    Del,

    /// <summary>The keyword <c>elif</c>.</summary>
    Elif,

    /// <summary>The keyword <c>else</c>.</summary>
    Else,

    /// <summary>The keyword <c>except</c>.</summary>
    Except,

    /// <summary>The keyword <c>finally</c>.</summary>
    Finally,

    /// <summary>The keyword <c>for</c>.</summary>
    For,

    /// <summary>The keyword <c>from</c>.</summary>
    From,

    /// <summary>The keyword <c>global</c>.</summary>
    Global,

    /// <summary>The keyword <c>if</c>.</summary>
    If,

    /// <summary>The keyword <c>import</c>.</summary>
    Import,

    /// <summary>The keyword <c>in</c>.</summary>
    In,

    /// <summary>The keyword <c>is</c>.</summary>
    Is,

    /// <summary>The keyword <c>lambda</c>.</summary>
    Lambda,

    /// <summary>The keyword <c>nonlocal</c>.</summary>
    Nonlocal,

    /// <summary>The keyword <c>not</c>.</summary>
    Not,

    /// <summary>The keyword <c>or</c>.</summary>
    Or,

    /// <summary>The keyword <c>pass</c>.</summary>
    Pass,

    /// <summary>The keyword <c>raise</c>.</summary>
    Raise,

    /// <summary>The keyword <c>return</c>.</summary>
    Return,

    /// <summary>The keyword <c>try</c>.</summary>
    Try,

    /// <summary>The keyword <c>while</c>.</summary>
    While,

    /// <summary>The keyword <c>with</c>.</summary>
    With,

    /// <summary>The keyword <c>yield</c>.</summary>
    Yield,

    /// <summary>
    /// The tokenizer error (see <see cref="TokenizeResult.Error"/>): covers the offending text (possibly
    /// zero-length); only <see cref="EndOfFile"/> follows it.
    /// </summary>
    Error,
}
#pragma warning restore CA1720
