using System.Buffers;

namespace ProdReady.Python.Lexing;

/// <summary>String literals and f-strings (PEP 701).</summary>
internal sealed partial class Tokenizer
{
    private static readonly SearchValues<char> s_singleQuoteStops = SearchValues.Create("'\\\r\n");
    private static readonly SearchValues<char> s_doubleQuoteStops = SearchValues.Create("\"\\\r\n");

    /// <summary>Scans a string literal whose opening quote <paramref name="quote"/> has been read.</summary>
    private bool ScanString(int start, int quote, TokenFlags flags)
    {
        var quoteSize = 1;
        if (Peek() == quote && Peek(1) == quote)
        {
            _pos += 2;
            quoteSize = 3;
            flags |= TokenFlags.TripleQuoted;
        }

        var text = _text;
        var hasEscapedQuote = false;
        while (true)
        {
            var rest = text.AsSpan(_pos);
            var next = quoteSize == 3
                ? rest.IndexOfAny((char)quote, '\\')
                : rest.IndexOfAny(quote == '"' ? s_doubleQuoteStops : s_singleQuoteStops);
            if (next < 0)
            {
                return FailUnterminatedString(start, quote, quoteSize, text.Length, hasEscapedQuote);
            }

            _pos += next;
            var c = text[_pos];
            if (c == quote)
            {
                if (quoteSize == 1 || (_pos + 2 < text.Length && text[_pos + 1] == quote && text[_pos + 2] == quote))
                {
                    _pos += quoteSize;
                    break;
                }

                _pos++;
            }
            else if (c == '\\')
            {
                _pos++;
                var escaped = Next();
                if (escaped == EndOfText)
                {
                    return FailUnterminatedString(start, quote, quoteSize, text.Length, hasEscapedQuote);
                }

                hasEscapedQuote |= escaped == quote;
            }
            else
            {
                return FailUnterminatedString(start, quote, quoteSize, _pos, hasEscapedQuote);
            }
        }

        Add(TokenKind.String, start, _pos, flags);
        return true;
    }

    /// <summary>Fails for a string that reaches <paramref name="at"/> (a line break or the end) unterminated.</summary>
    private bool FailUnterminatedString(int start, int quote, int quoteSize, int at, bool hasEscapedQuote)
    {
        if (_modeCount > 0 && Top.Quote == quote && Top.QuoteSize == quoteSize)
        {
            // Inside a replacement field, an unterminated string with the f-string's own quotes means the
            // field's '}' is missing.
            return Fail("f-string: expecting '}'", start, start);
        }

        var line = DetectedLine(at);
        return Fail(
            quoteSize == 3
                ? Invariant($"unterminated triple-quoted string literal (detected at line {line})")
                : hasEscapedQuote
                    ? Invariant($"unterminated string literal (detected at line {line}); perhaps you escaped the end quote?")
                    : Invariant($"unterminated string literal (detected at line {line})"),
            start,
            start);
    }

    /// <summary>Adds an FStringStart token and enters f-string mode; the opening quote has been read.</summary>
    private bool ScanFStringStart(int start, int quote, bool raw)
    {
        var quoteSize = 1;
        if (Peek() == quote && Peek(1) == quote)
        {
            _pos += 2;
            quoteSize = 3;
        }

        if (_modeCount + 1 >= MaxFStringLevel)
        {
            return FailAtCursor("too many nested f-strings", _pos);
        }

        if (_modeCount == _modes.Length)
        {
            Array.Resize(ref _modes, Math.Max(4, _modes.Length * 2));
        }

        _modes[_modeCount++] = new FStringMode
        {
            Start = start,
            Quote = (char)quote,
            QuoteSize = quoteSize,
            Raw = raw,
            InExpression = false,
            CurlyDepth = 0,
            ExpressionStartDepth = -1,
            InFormatSpec = false,
        };
        var flags = (raw ? TokenFlags.Raw : TokenFlags.None) | (quoteSize == 3 ? TokenFlags.TripleQuoted : TokenFlags.None);
        Add(TokenKind.FStringStart, start, _pos, flags);
        return true;
    }

    /// <summary>
    /// Scans in f-string mode (CPython's <c>tok_get_fstring_mode</c>): literal text up to a replacement field,
    /// the end of a format specification or the closing quotes. Consecutive literal pieces that CPython splits
    /// at <c>{{</c>, <c>}}</c> and <c>\N{...}</c> form one FStringMiddle token here.
    /// </summary>
    private bool ScanFStringMode()
    {
        ref var mode = ref Top;
        var start = _pos;

        if (Peek() == '{' && Peek(1) != '{')
        {
            return EnterReplacementField(ref mode);
        }

        if (IsClosingQuote(in mode, start))
        {
            return EndFString(start, start);
        }

        var inFormatSpec = mode.InFormatSpec && mode.ExpressionStartDepth >= 0;
        var flags = mode.CurlyDepth > 0 ? TokenFlags.FormatSpec : TokenFlags.None;
        var endQuoteSize = 0;
        var unicodeEscape = false;
        while (true)
        {
            var at = _pos;
            var c = Next();
            if (c == EndOfText || (mode.QuoteSize == 1 && c == '\n'))
            {
                if (inFormatSpec && (c == '\n' || mode.QuoteSize == 1))
                {
                    // A line break (or, in a single-quoted f-string, the end of the text, where CPython sees its
                    // implicit final newline) ends a format specification; what follows is tokenized as an
                    // expression and CPython 3.13 leaves the error to its parser.
                    Backup(c);
                    mode.InExpression = true;
                    mode.InFormatSpec = false;
                    return AddMiddle(start, at, flags) || ScanRegular();
                }

                var line = DetectedLine(at);
                return Fail(
                    mode.QuoteSize == 3
                        ? Invariant($"unterminated triple-quoted f-string literal (detected at line {line})")
                        : Invariant($"unterminated f-string literal (detected at line {line})"),
                    mode.Start,
                    mode.Start);
            }

            if (c == mode.Quote)
            {
                endQuoteSize++;
                if (endQuoteSize == mode.QuoteSize)
                {
                    var literalEnd = _pos - mode.QuoteSize;
                    AddMiddle(start, literalEnd, flags);
                    return EndFString(literalEnd, literalEnd);
                }

                continue;
            }

            endQuoteSize = 0;
            if (c == '{')
            {
                if (Peek() != '{' || inFormatSpec)
                {
                    _pos = at;
                    if (AddMiddle(start, at, flags))
                    {
                        mode.ExpressionStartDepth++;
                        if (mode.ExpressionStartDepth >= MaxExpressionNesting)
                        {
                            return FailAtCursor("f-string: expressions nested too deeply", _pos);
                        }

                        mode.InExpression = true;
                        mode.InFormatSpec = false;
                        return true;
                    }

                    return EnterReplacementField(ref mode);
                }

                _pos++;
                flags |= TokenFlags.EscapedBraces;
            }
            else if (c == '}')
            {
                if (unicodeEscape)
                {
                    unicodeEscape = false;
                    continue;
                }

                if (Peek() == '}' && !inFormatSpec && mode.CurlyDepth == 0)
                {
                    _pos++;
                    flags |= TokenFlags.EscapedBraces;
                    continue;
                }

                // A '}' that ends a format specification, or a single '}' (an error in regular mode).
                _pos = at;
                mode.InExpression = true;
                mode.InFormatSpec = false;
                return AddMiddle(start, at, flags) || ScanRegular();
            }
            else if (c == '\\')
            {
                var peek = Next();
                if (peek is '{' or '}')
                {
                    Backup(peek);
                    continue;
                }

                if (!mode.Raw && peek == 'N')
                {
                    peek = Next();
                    if (peek == '{')
                    {
                        unicodeEscape = true;
                    }
                    else
                    {
                        Backup(peek);
                    }
                }
            }
        }
    }

    /// <summary>Switches to regular mode at a replacement field's '{' and scans it.</summary>
    private bool EnterReplacementField(ref FStringMode mode)
    {
        mode.ExpressionStartDepth++;
        if (mode.ExpressionStartDepth >= MaxExpressionNesting)
        {
            return FailAtCursor("f-string: expressions nested too deeply", _pos);
        }

        mode.InExpression = true;
        mode.InFormatSpec = false;
        return ScanRegular();
    }

    private bool IsClosingQuote(in FStringMode mode, int at)
    {
        for (var i = 0; i < mode.QuoteSize; i++)
        {
            if (at + i >= _text.Length || _text[at + i] != mode.Quote)
            {
                return false;
            }
        }

        return true;
    }

    private bool EndFString(int quoteStart, int literalEnd)
    {
        ref var mode = ref Top;
        _pos = literalEnd + mode.QuoteSize;
        var flags = mode.QuoteSize == 3 ? TokenFlags.TripleQuoted : TokenFlags.None;
        _modeCount--;
        Add(TokenKind.FStringEnd, quoteStart, _pos, flags);
        return true;
    }

    /// <summary>Adds the literal text <c>[start, end)</c> when it is not empty; tells whether it did.</summary>
    private bool AddMiddle(int start, int end, TokenFlags flags)
    {
        if (end <= start)
        {
            return false;
        }

        Add(TokenKind.FStringMiddle, start, end, flags);
        return true;
    }
}
