using System.Runtime.CompilerServices;

namespace ProdReady.Python.Lexing;

/// <summary>Regular mode: indentation, names, numbers, strings, operators and line structure.</summary>
internal sealed partial class Tokenizer
{
    /// <summary>Scans one token in regular mode (CPython's <c>tok_get_normal_mode</c>).</summary>
    /// <returns><see langword="false"/> once EndOfFile has been added.</returns>
    private bool ScanRegular()
    {
        while (true)
        {
            // nextline:
            _blankLine = false;
            if (_atLineStart)
            {
                _atLineStart = false;
                if (!ScanIndentation())
                {
                    return false;
                }
            }

            while (true)
            {
                // again:
                int start;
                int c;
                do
                {
                    start = _pos;
                    c = Next();
                }
                while (c is ' ' or '\t' or '\f');

                if (c == '#')
                {
                    var rest = _text.AsSpan(start);
                    var length = rest.IndexOfAny('\r', '\n');
                    var end = length < 0 ? _text.Length : start + length;
                    AddComment(start, end);
                    _pos = end;
                    start = _pos;
                    c = Next();
                }

                if (c == EndOfText)
                {
                    return EndOfInput();
                }

                if (IsPotentialIdentifierStart(c))
                {
                    return ScanNameOrPrefixedString(start, c);
                }

                if (c == '\n')
                {
                    _atLineStart = true;
                    if (_blankLine || _level > 0)
                    {
                        break;
                    }

                    Add(TokenKind.Newline, start, _pos);
                    return true;
                }

                if (c == '.')
                {
                    var next = Peek();
                    if (IsDigit(next))
                    {
                        return ScanNumber(start, Next(), afterDot: true);
                    }

                    if (next == '.' && Peek(1) == '.')
                    {
                        _pos += 2;
                        Add(TokenKind.Ellipsis, start, _pos);
                        return true;
                    }

                    Add(TokenKind.Dot, start, _pos);
                    return true;
                }

                if (IsDigit(c))
                {
                    return ScanNumber(start, c, afterDot: false);
                }

                if (c is '\'' or '"')
                {
                    return ScanString(start, c, TokenFlags.None);
                }

                if (c == '\\')
                {
                    if (!ContinueLine(start))
                    {
                        return false;
                    }

                    continue;
                }

                return ScanOperator(start, c);
            }
        }
    }

    /// <summary>
    /// Consumes a backslash at <paramref name="backslash"/> and the line break after it (CPython's
    /// <c>tok_continuation_line</c>); fails when another character follows, or when the text ends after it.
    /// </summary>
    private bool ContinueLine(int backslash)
    {
        _pos = backslash + 1;
        var c = Next();
        if (c == EndOfText || (c == '\n' && Peek() == EndOfText))
        {
            // CPython's implicit final newline makes a trailing backslash a continuation into nothing.
            if (_level > 0)
            {
                var open = _parenOffsets[_level - 1];
                return Fail(Invariant($"'{_parens[_level - 1]}' was never closed"), open, open);
            }

            var at = backslash + 1;
            return Fail("unexpected EOF while parsing", at, at, statusError: true);
        }

        if (c != '\n')
        {
            Backup(c);
            var at = Math.Min(backslash + 1, _text.Length);
            return Fail("unexpected character after line continuation character", at, at, statusError: true);
        }

        return true;
    }

    /// <summary>Measures the indentation of a new line and adds Indent/Dedent tokens (CPython's <c>atbol</c> block).</summary>
    private bool ScanIndentation()
    {
        var lineStart = _pos;
        var col = 0;
        var altcol = 0;
        var contLineCol = 0;
        int c;
        while (true)
        {
            c = Next();
            if (c == ' ')
            {
                col++;
                altcol++;
            }
            else if (c == '\t')
            {
                col = ((col / TabSize) + 1) * TabSize;
                altcol++;
            }
            else if (c == '\f')
            {
                col = 0;
                altcol = 0;
            }
            else if (c == '\\')
            {
                contLineCol = contLineCol != 0 ? contLineCol : col;
                if (!ContinueLine(_pos - 1))
                {
                    return false;
                }
            }
            else
            {
                break;
            }
        }

        Backup(c);
        if (c is '#' or '\n' or EndOfText)
        {
            // Blank and comment-only lines do not affect indentation and produce no NEWLINE; the end of the
            // text behaves as the empty line after CPython's implicit final newline.
            _blankLine = true;
            return true;
        }

        if (_level != 0)
        {
            return true;
        }

        if (contLineCol != 0)
        {
            col = contLineCol;
            altcol = contLineCol;
        }

        // After backslash continuations in the indentation, CPython reports on (and indents) the last physical line.
        var physicalLine = _text.AsSpan(lineStart, _pos - lineStart).LastIndexOfAny('\r', '\n');
        lineStart = physicalLine < 0 ? lineStart : lineStart + physicalLine + 1;

        if (col == _indents[_indent])
        {
            if (altcol != _altIndents[_indent])
            {
                return FailTab(lineStart);
            }
        }
        else if (col > _indents[_indent])
        {
            if (_indent + 1 >= MaxIndent)
            {
                return Fail("too many levels of indentation", lineStart, lineStart, PythonErrorType.IndentationError, statusError: true);
            }

            if (altcol <= _altIndents[_indent])
            {
                return FailTab(lineStart);
            }

            _indent++;
            _indents[_indent] = col;
            _altIndents[_indent] = altcol;
            Add(TokenKind.Indent, lineStart, _pos);
        }
        else
        {
            var dedents = 0;
            while (_indent > 0 && col < _indents[_indent])
            {
                _indent--;
                dedents++;
            }

            if (col != _indents[_indent])
            {
                var rest = _text.AsSpan(_pos).IndexOfAny('\r', '\n');
                var lineEnd = rest < 0 ? _text.Length : _pos + rest;
                return Fail("unindent does not match any outer indentation level", lineEnd, lineEnd, PythonErrorType.IndentationError, statusError: true);
            }

            if (altcol != _altIndents[_indent])
            {
                return FailTab(lineStart);
            }

            for (var i = 0; i < dedents; i++)
            {
                Add(TokenKind.Dedent, _pos, _pos);
            }
        }

        return true;
    }

    private bool FailTab(int lineStart) =>
        Fail("inconsistent use of tabs and spaces in indentation", lineStart, lineStart, PythonErrorType.TabError, statusError: true);

    /// <summary>The end of the text: unclosed brackets, the implicit final NEWLINE, the remaining DEDENTs, EndOfFile.</summary>
    private bool EndOfInput()
    {
        var end = _text.Length;
        if (_level > 0)
        {
            var open = _parenOffsets[_level - 1];
            return Fail(Invariant($"'{_parens[_level - 1]}' was never closed"), open, open);
        }

        if (!_blankLine && end > 0 && _text[end - 1] is not ('\n' or '\r'))
        {
            Add(TokenKind.Newline, end, end);
        }

        while (_indent > 0)
        {
            _indent--;
            Add(TokenKind.Dedent, end, end);
        }

        Add(TokenKind.EndOfFile, end, end);
        return false;
    }

    /// <summary>Operators, delimiters and the characters that start no token.</summary>
    private bool ScanOperator(int start, int c)
    {
        var insideFString = _modeCount > 0;
        if (insideFString && c == ':' && Top.ExpressionStartDepth >= 0 && Top.CurlyDepth - 1 == Top.ExpressionStartDepth)
        {
            // The ':' that starts a format specification (so ':=' needs parentheses inside a replacement field).
            Top.InExpression = false;
            Top.InFormatSpec = true;
            Add(TokenKind.Colon, start, _pos);
            return true;
        }

        var c2 = Peek();
        if (c == '<' && c2 == '>')
        {
            // CPython reads '<>' as one NOTEQUAL token that its parser rejects unless barry_as_FLUFL is on.
            return Fail("invalid syntax", start, _pos + 1);
        }

        var kind = TwoCharOperator(c, c2);
        if (kind != TokenKind.Error)
        {
            _pos++;
            var kind3 = ThreeCharOperator(c, c2, Peek());
            if (kind3 != TokenKind.Error)
            {
                _pos++;
                kind = kind3;
            }

            Add(kind, start, _pos);
            return true;
        }

        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_level >= MaxLevel)
                {
                    return FailAtCursor("too many nested parentheses", _pos);
                }

                _parens[_level] = (char)c;
                _parenOffsets[_level] = start;
                _level++;
                if (insideFString)
                {
                    Top.CurlyDepth++;
                }

                break;
            case ')':
            case ']':
            case '}':
                if (!CloseBracket(start, (char)c, insideFString))
                {
                    return false;
                }

                break;
            default:
                break;
        }

        kind = OneCharOperator(c);
        if (kind == TokenKind.Error)
        {
            if (c < 0x20 || c == 0x7F)
            {
                return FailAtCursor(Invariant($"invalid non-printable character U+{c:X4}"), _pos);
            }

            // '$', '?' and '`' start no token: CPython's parser reports the lone character.
            return Fail("invalid syntax", start, _pos);
        }

        Add(kind, start, _pos);
        return true;
    }

    private bool CloseBracket(int start, char c, bool insideFString)
    {
        if (insideFString && Top.CurlyDepth == 0 && c == '}')
        {
            return FailAtCursor("f-string: single '}' is not allowed", _pos);
        }

        if (_level == 0)
        {
            return FailAtCursor(Invariant($"unmatched '{c}'"), _pos);
        }

        _level--;
        var opening = _parens[_level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}')))
        {
            if (insideFString && opening == '{' && Top.CurlyDepth - 1 == Top.ExpressionStartDepth)
            {
                return FailAtCursor(Invariant($"f-string: unmatched '{c}'"), _pos);
            }

            var openOffset = _parenOffsets[_level];
            if (_text.AsSpan(openOffset, start - openOffset).IndexOfAny('\r', '\n') >= 0)
            {
                return FailAtCursor(
                    Invariant($"closing parenthesis '{c}' does not match opening parenthesis '{opening}' on line {LineOf(openOffset)}"),
                    _pos);
            }

            return FailAtCursor(Invariant($"closing parenthesis '{c}' does not match opening parenthesis '{opening}'"), _pos);
        }

        if (insideFString)
        {
            ref var mode = ref Top;
            mode.CurlyDepth--;
            if (mode.CurlyDepth < 0)
            {
                return FailAtCursor(Invariant($"f-string: unmatched '{c}'"), _pos);
            }

            if (c == '}' && mode.CurlyDepth == mode.ExpressionStartDepth)
            {
                mode.ExpressionStartDepth--;
                mode.InExpression = false;
                mode.InFormatSpec = false;
            }
        }

        return true;
    }

    private static TokenKind OneCharOperator(int c) => c switch
    {
        '%' => TokenKind.Percent,
        '&' => TokenKind.Ampersand,
        '(' => TokenKind.LeftParen,
        ')' => TokenKind.RightParen,
        '*' => TokenKind.Star,
        '+' => TokenKind.Plus,
        ',' => TokenKind.Comma,
        '-' => TokenKind.Minus,
        '.' => TokenKind.Dot,
        '/' => TokenKind.Slash,
        ':' => TokenKind.Colon,
        ';' => TokenKind.Semicolon,
        '<' => TokenKind.Less,
        '=' => TokenKind.Equal,
        '>' => TokenKind.Greater,
        '@' => TokenKind.At,
        '[' => TokenKind.LeftSquare,
        ']' => TokenKind.RightSquare,
        '^' => TokenKind.Circumflex,
        '{' => TokenKind.LeftBrace,
        '|' => TokenKind.VerticalBar,
        '}' => TokenKind.RightBrace,
        '~' => TokenKind.Tilde,
        '!' => TokenKind.Exclamation,
        _ => TokenKind.Error,
    };

    private static TokenKind TwoCharOperator(int c1, int c2) => (c1, c2) switch
    {
        ('!', '=') => TokenKind.NotEqual,
        ('%', '=') => TokenKind.PercentEqual,
        ('&', '=') => TokenKind.AmpersandEqual,
        ('*', '*') => TokenKind.DoubleStar,
        ('*', '=') => TokenKind.StarEqual,
        ('+', '=') => TokenKind.PlusEqual,
        ('-', '=') => TokenKind.MinusEqual,
        ('-', '>') => TokenKind.RightArrow,
        ('/', '/') => TokenKind.DoubleSlash,
        ('/', '=') => TokenKind.SlashEqual,
        (':', '=') => TokenKind.ColonEqual,
        ('<', '<') => TokenKind.LeftShift,
        ('<', '=') => TokenKind.LessEqual,
        ('=', '=') => TokenKind.EqualEqual,
        ('>', '=') => TokenKind.GreaterEqual,
        ('>', '>') => TokenKind.RightShift,
        ('@', '=') => TokenKind.AtEqual,
        ('^', '=') => TokenKind.CircumflexEqual,
        ('|', '=') => TokenKind.VerticalBarEqual,
        _ => TokenKind.Error,
    };

    private static TokenKind ThreeCharOperator(int c1, int c2, int c3) => (c1, c2, c3) switch
    {
        ('*', '*', '=') => TokenKind.DoubleStarEqual,
        ('/', '/', '=') => TokenKind.DoubleSlashEqual,
        ('<', '<', '=') => TokenKind.LeftShiftEqual,
        ('>', '>', '=') => TokenKind.RightShiftEqual,
        _ => TokenKind.Error,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPotentialIdentifierStart(int c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c >= 128;

    private static bool IsPotentialIdentifierChar(int c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || (uint)(c - '0') <= 9 || c >= 128;
}
