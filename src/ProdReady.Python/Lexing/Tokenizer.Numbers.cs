namespace ProdReady.Python.Lexing;

/// <summary>Numeric literals, with CPython's exact acceptance and error messages.</summary>
internal sealed partial class Tokenizer
{
    private const int Failed = -2;

    /// <summary>
    /// Scans a number whose first digit <paramref name="c"/> has been read; with <paramref name="afterDot"/>,
    /// <paramref name="c"/> is the first digit after a leading <c>.</c> (CPython's <c>fraction</c> label).
    /// </summary>
    private bool ScanNumber(int start, int c, bool afterDot)
    {
        if (afterDot)
        {
            goto Fraction;
        }

        if (c == '0')
        {
            c = Next();
            if (c is 'x' or 'X')
            {
                c = Next();
                do
                {
                    if (c == '_')
                    {
                        c = Next();
                    }

                    if (!IsHexDigit(c))
                    {
                        Backup(c);
                        return FailAtCursor("invalid hexadecimal literal", _pos);
                    }

                    do
                    {
                        c = Next();
                    }
                    while (IsHexDigit(c));
                }
                while (c == '_');

                return VerifyEndOfNumber(c, "hexadecimal") && Finish(start, c);
            }

            if (c is 'o' or 'O' or 'b' or 'B')
            {
                var octal = c is 'o' or 'O';
                var kind = octal ? "octal" : "binary";
                var limit = octal ? '8' : '2';
                c = Next();
                do
                {
                    if (c == '_')
                    {
                        c = Next();
                    }

                    if (c < '0' || c >= limit)
                    {
                        if (IsDigit(c))
                        {
                            return FailAtCursor(Invariant($"invalid digit '{(char)c}' in {kind} literal"), _pos);
                        }

                        Backup(c);
                        return FailAtCursor(Invariant($"invalid {kind} literal"), _pos);
                    }

                    do
                    {
                        c = Next();
                    }
                    while (c >= '0' && c < limit);
                }
                while (c == '_');

                if (IsDigit(c))
                {
                    return FailAtCursor(Invariant($"invalid digit '{(char)c}' in {kind} literal"), _pos);
                }

                return VerifyEndOfNumber(c, kind) && Finish(start, c);
            }

            // Maybe an old-style octal; in any case '0' alone is a literal.
            var nonzero = false;
            while (true)
            {
                if (c == '_')
                {
                    c = Next();
                    if (!IsDigit(c))
                    {
                        Backup(c);
                        return FailAtCursor("invalid decimal literal", _pos);
                    }
                }

                if (c != '0')
                {
                    break;
                }

                c = Next();
            }

            var zerosEnd = _pos;
            if (IsDigit(c))
            {
                nonzero = true;
                c = DecimalTail();
                if (c == Failed)
                {
                    return false;
                }
            }

            if (c == '.')
            {
                c = Next();
                goto Fraction;
            }

            if (c is 'e' or 'E')
            {
                goto Exponent;
            }

            if (c is 'j' or 'J')
            {
                goto Imaginary;
            }

            if (nonzero)
            {
                Backup(c);
                return Fail(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start,
                    zerosEnd - 1);
            }

            return VerifyEndOfNumber(c, "decimal") && Finish(start, c);
        }

        c = DecimalTail();
        if (c == Failed)
        {
            return false;
        }

        if (c == '.')
        {
            c = Next();
            goto Fraction;
        }

        goto AfterFraction;

    Fraction:
        if (IsDigit(c))
        {
            c = DecimalTail();
            if (c == Failed)
            {
                return false;
            }
        }

    AfterFraction:
        if (c is 'j' or 'J')
        {
            goto Imaginary;
        }

        if (c is not ('e' or 'E'))
        {
            return VerifyEndOfNumber(c, "decimal") && Finish(start, c);
        }

    Exponent:
        var e = c;
        c = Next();
        if (c is '+' or '-')
        {
            c = Next();
            if (!IsDigit(c))
            {
                Backup(c);
                return FailAtCursor("invalid decimal literal", _pos);
            }
        }
        else if (!IsDigit(c))
        {
            Backup(c);
            if (!VerifyEndOfNumber(e, "decimal"))
            {
                return false;
            }

            Backup(e);
            Add(TokenKind.Number, start, _pos);
            return true;
        }

        c = DecimalTail();
        if (c == Failed)
        {
            return false;
        }

        if (c is not ('j' or 'J'))
        {
            return VerifyEndOfNumber(c, "decimal") && Finish(start, c);
        }

    Imaginary:
        c = Next();
        return VerifyEndOfNumber(c, "imaginary") && Finish(start, c);
    }

    private bool Finish(int start, int c)
    {
        Backup(c);
        Add(TokenKind.Number, start, _pos);
        return true;
    }

    /// <summary>Reads digits with single underscores between them; returns the first other character, or <see cref="Failed"/>.</summary>
    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do
            {
                c = Next();
            }
            while (IsDigit(c));

            if (c != '_')
            {
                break;
            }

            c = Next();
            if (!IsDigit(c))
            {
                Backup(c);
                FailAtCursor("invalid decimal literal", _pos);
                return Failed;
            }
        }

        return c;
    }

    /// <summary>
    /// CPython's <c>verify_end_of_number</c>: a literal directly followed by a keyword that can follow a number
    /// (<c>1if x else y</c>) is accepted; followed by any other ASCII name character it is an "invalid ... literal".
    /// <paramref name="c"/> has been read.
    /// </summary>
    private bool VerifyEndOfNumber(int c, string kind)
    {
        var keywordFollows = c switch
        {
            'a' => LookAhead("nd"),
            'e' => LookAhead("lse"),
            'f' => LookAhead("or"),
            'i' => Peek() is 'f' or 'n' or 's',
            'o' => LookAhead("r"),
            'n' => LookAhead("ot"),
            _ => false,
        };
        if (keywordFollows)
        {
            return true;
        }

        if (c is >= 0 and < 128 && IsPotentialIdentifierChar(c))
        {
            Backup(c);
            FailAtCursor(Invariant($"invalid {kind} literal"), _pos);
            return false;
        }

        return true;
    }

    /// <summary>Tells whether <paramref name="rest"/> follows the read position and then no name character.</summary>
    private bool LookAhead(string rest)
    {
        if (!_text.AsSpan(_pos).StartsWith(rest, StringComparison.Ordinal))
        {
            return false;
        }

        return !IsPotentialIdentifierChar(Peek(rest.Length));
    }

    private static bool IsHexDigit(int c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'f' - 'a';
}
