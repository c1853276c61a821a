using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using ProdReady.Core.Text;
using ProdReady.Python.Lexing;
using ProdReady.Python.Syntax;
using Attribute = ProdReady.Python.Syntax.Attribute;
using Tuple = ProdReady.Python.Syntax.Tuple;

namespace ProdReady.Python.Parsing;

/// <summary>Literals: numbers, strings, bytes and f-strings, with CPython's concatenation rules.</summary>
internal sealed partial class Parser
{
    private object ParseNumber(Token token)
    {
        var raw = _text.AsSpan(token.Start, token.Length);
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        foreach (var c in raw)
        {
            if (c != '_')
            {
                buffer[length++] = c;
            }
        }

        var digits = buffer[..length];
        var last = digits[^1];
        if (last is 'j' or 'J')
        {
            return new Complex(0, ParseFloat(digits[..^1]));
        }

        if (digits.Length > 1 && digits[0] == '0' && digits[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            var radix = digits[1] is 'x' or 'X' ? 16 : digits[1] is 'o' or 'O' ? 8 : 2;
            return ParseInteger(digits[2..], radix);
        }

        if (digits.IndexOfAny('.', 'e', 'E') >= 0)
        {
            return ParseFloat(digits);
        }

        return ParseInteger(digits, 10);
    }

    private static double ParseFloat(ReadOnlySpan<char> digits) =>
        double.Parse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static object ParseInteger(ReadOnlySpan<char> digits, int radix)
    {
        ulong small = 0;
        var i = 0;
        var limit = ulong.MaxValue / (ulong)radix;
        for (; i < digits.Length; i++)
        {
            var d = (ulong)HexValue(digits[i]);
            if (small > limit || (small * (ulong)radix) > ulong.MaxValue - d)
            {
                break;
            }

            small = (small * (ulong)radix) + d;
        }

        if (i == digits.Length)
        {
            return small <= long.MaxValue ? (object)(long)small : new BigInteger(small);
        }

        if (radix == 10)
        {
            return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var big = new BigInteger(small);
        for (; i < digits.Length; i++)
        {
            big = (big * radix) + HexValue(digits[i]);
        }

        return big;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => 0,
    };

    /// <summary>CPython's <c>strings</c> rule: adjacent string, bytes and f-string literals, concatenated.</summary>
    private ExprNode ParseStrings()
    {
        var first = Current;
        if (first.Kind == TokenKind.String && PeekKind(1) is not (TokenKind.String or TokenKind.FStringStart))
        {
            Advance();
            var single = DecodeStringToken(first, out _);
            return new Constant(first.Span, single, first.Has(TokenFlags.UnicodePrefix) ? "u" : null);
        }

        var builder = new ConcatenationBuilder();
        var sawBytes = false;
        var sawText = false;
        var sawFString = false;
        List<byte>? bytes = null;
        while (Kind is TokenKind.String or TokenKind.FStringStart)
        {
            var token = Current;
            if (token.Kind == TokenKind.String)
            {
                Advance();
                var value = DecodeStringToken(token, out var isBytes);
                if (isBytes)
                {
                    sawBytes = true;
                    (bytes ??= new List<byte>(32)).AddRange((ImmutableArray<byte>)value);
                }
                else
                {
                    sawText = true;
                    builder.AddLiteral((string)value, token.Span, token.Has(TokenFlags.UnicodePrefix) ? "u" : null);
                }
            }
            else
            {
                sawFString = true;
                sawText = true;
                ParseFString(builder);
            }
        }

        if (sawBytes && sawText)
        {
            // CPython checks once all the literals are read, and reports at the token after them.
            throw ErrorAt("cannot mix bytes and nonbytes literals", ErrorSpan(Current));
        }

        var span = SpanFrom(first.Start);
        if (sawBytes)
        {
            return new Constant(span, ImmutableArray.CreateRange(bytes!), null);
        }

        if (!sawFString)
        {
            return new Constant(span, builder.AllText(), first.Has(TokenFlags.UnicodePrefix) ? "u" : null);
        }

        return new JoinedStr(span, builder.Finish());
    }

    /// <summary>Parses one f-string (from its start token to its end token) into <paramref name="builder"/>.</summary>
    private void ParseFString(ConcatenationBuilder builder)
    {
        var startToken = Advance();
        var raw = startToken.Has(TokenFlags.Raw);
        EnterNesting();
        try
        {
            while (true)
            {
                var token = Current;
                switch (token.Kind)
                {
                    case TokenKind.FStringMiddle:
                        Advance();
                        builder.AddText(DecodeFStringMiddle(token, raw), token.Span);
                        break;
                    case TokenKind.LeftBrace:
                        builder.AddValue(ParseReplacementField(builder, raw));
                        break;
                    case TokenKind.FStringEnd:
                        Advance();
                        return;
                    default:
                        throw Kind == TokenKind.EndOfFile ? ErrorAt("unterminated f-string literal", startToken.Span) : InvalidSyntax();
                }
            }
        }
        finally
        {
            LeaveNesting();
        }
    }

    /// <summary>
    /// <c>fstring_replacement_field</c>: <c>'{' expr ['='] ['!' conversion] [':' spec] '}'</c>. The debug text of
    /// <c>=</c> goes into <paramref name="outer"/> as literal text before the value.
    /// </summary>
    private FormattedValue ParseReplacementField(ConcatenationBuilder outer, bool raw)
    {
        var open = Advance();
        if (Kind is TokenKind.RightBrace or TokenKind.Equal or TokenKind.Colon or TokenKind.Exclamation)
        {
            throw ErrorAt("f-string: valid expression required before '" + _text[Current.Start] + "'", Current.Span);
        }

        _elementStart = Current.Start;
        var value = Kind == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressionsRequired();
        if (StartsExpression(Kind))
        {
            throw InvalidCallSyntax();
        }

        var conversion = -1;
        var debug = false;
        if (Kind == TokenKind.Equal)
        {
            Advance();
            debug = true;
            var debugSpan = TextSpan.FromBounds(open.End, Current.Start);
            outer.AddText(DebugText(debugSpan), debugSpan);
        }

        if (Kind == TokenKind.Exclamation)
        {
            var bang = Advance();
            if (Kind != TokenKind.Name || Current.Start != bang.End)
            {
                throw Kind == TokenKind.Name
                    ? ErrorAt("f-string: conversion type must come right after the exclamanation mark", Current.Span)
                    : ErrorAt("f-string: missing conversion character", Current.Span);
            }

            var nameToken = Advance();
            var name = _text.AsSpan(nameToken.Start, nameToken.Length);
            conversion = name switch
            {
                "s" => 's',
                "r" => 'r',
                "a" => 'a',
                _ => throw ErrorAt($"f-string: invalid conversion character '{name}': expected 's', 'r', or 'a'", nameToken.Span),
            };
        }

        if (conversion != -1 && Kind is not (TokenKind.Colon or TokenKind.RightBrace))
        {
            throw ErrorAt("f-string: expecting ':' or '}'", Current.Span);
        }

        JoinedStr? spec = null;
        if (Kind == TokenKind.Colon)
        {
            var colon = Advance();
            var specBuilder = new ConcatenationBuilder();
            while (Kind != TokenKind.RightBrace)
            {
                var token = Current;
                if (token.Kind == TokenKind.FStringMiddle)
                {
                    Advance();
                    specBuilder.AddText(DecodeFStringMiddle(token, raw), token.Span);
                }
                else if (token.Kind == TokenKind.LeftBrace)
                {
                    EnterNesting();
                    try
                    {
                        specBuilder.AddValue(ParseReplacementField(specBuilder, raw));
                    }
                    finally
                    {
                        LeaveNesting();
                    }
                }
                else
                {
                    throw Kind is TokenKind.EndOfFile or TokenKind.FStringEnd ? ErrorAt("f-string: expecting '}'", Current.Span) : InvalidSyntax();
                }
            }

            spec = new JoinedStr(TextSpan.FromBounds(colon.Start, Current.Start), specBuilder.Finish());
        }

        if (Kind != TokenKind.RightBrace)
        {
            throw Kind is TokenKind.FStringEnd or TokenKind.FStringMiddle or TokenKind.EndOfFile or TokenKind.Newline
                ? ErrorAt("f-string: expecting '}'", Current.Span)
                : InvalidSyntax();
        }

        Advance();
        if (debug && conversion == -1 && spec is null)
        {
            conversion = 'r';
        }

        return new FormattedValue(SpanFrom(open.Start), value, conversion, spec);
    }

    /// <summary>The source text of a replacement field up to its <c>=</c>, without comments, as CPython keeps it.</summary>
    private string DebugText(TextSpan span)
    {
        var text = _text.AsSpan(span.Start, span.Length);
        if (text.IndexOf('#') < 0 || _tokenization is null)
        {
            return NormalizeNewlines(text);
        }

        var builder = new StringBuilder(span.Length);
        var position = span.Start;
        foreach (var comment in _tokenization.Comments)
        {
            if (comment.Start >= span.Start && comment.End <= span.End)
            {
                builder.Append(_text.AsSpan(position, comment.Start - position));
                position = comment.End;
            }
        }

        builder.Append(_text.AsSpan(position, span.End - position));
        return NormalizeNewlines(builder.ToString());
    }

    private static string NormalizeNewlines(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('\r') < 0)
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private string DecodeFStringMiddle(Token token, bool raw)
    {
        var text = _text.AsSpan(token.Start, token.Length);
        var escapedBraces = token.Has(TokenFlags.EscapedBraces);
        if (!escapedBraces && (raw || text.IndexOf('\\') < 0))
        {
            return NormalizeNewlines(text);
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (escapedBraces && (c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                builder.Append(c);
                i++;
            }
            else if (c == '\\' && !raw)
            {
                i = DecodeEscape(text, i, builder, null, new LiteralSite(_pos - 1, FString: true));
            }
            else if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Decodes a string or bytes token into a <see cref="string"/> or an <see cref="ImmutableArray{T}"/> of bytes.</summary>
    private object DecodeStringToken(Token token, out bool isBytes)
    {
        var text = _text.AsSpan(token.Start, token.Length);
        var prefix = 0;
        while (prefix < text.Length && text[prefix] is not ('\'' or '"'))
        {
            prefix++;
        }

        var quote = token.Has(TokenFlags.TripleQuoted) ? 3 : 1;
        var body = text.Slice(prefix + quote, Math.Max(0, text.Length - prefix - (2 * quote)));
        isBytes = token.Has(TokenFlags.Bytes);
        var raw = token.Has(TokenFlags.Raw);
        if (!isBytes)
        {
            if (raw || body.IndexOf('\\') < 0)
            {
                return NormalizeNewlines(body);
            }

            var builder = new StringBuilder(body.Length);
            for (var i = 0; i < body.Length; i++)
            {
                var c = body[i];
                if (c == '\\')
                {
                    i = DecodeEscape(body, i, builder, null, new LiteralSite(token.Start, FString: false));
                }
                else if (c == '\r')
                {
                    builder.Append('\n');
                    if (i + 1 < body.Length && body[i + 1] == '\n')
                    {
                        i++;
                    }
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        var bytes = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c >= 0x80)
            {
                throw ErrorAt("bytes can only contain ASCII literal characters", token.Span);
            }

            if (c == '\\' && !raw)
            {
                i = DecodeEscape(body, i, null, bytes, new LiteralSite(token.Start, FString: false));
            }
            else if (c == '\r')
            {
                bytes.Add((byte)'\n');
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        return ImmutableArray.CreateRange(bytes);
    }

    /// <summary>
    /// Decodes the escape sequence starting at the backslash <paramref name="text"/>[<paramref name="i"/>] into
    /// <paramref name="chars"/> (a string) or <paramref name="bytes"/>; returns the index of its last character.
    /// </summary>
    private int DecodeEscape(ReadOnlySpan<char> text, int i, StringBuilder? chars, List<byte>? bytes, LiteralSite site)
    {
        if (i + 1 >= text.Length)
        {
            Append(chars, bytes, '\\');
            return i;
        }

        var next = text[i + 1];
        switch (next)
        {
            case '\n':
                return i + 1;
            case '\r':
                return i + 2 < text.Length && text[i + 2] == '\n' ? i + 2 : i + 1;
            case '\\':
            case '\'':
            case '"':
                Append(chars, bytes, next);
                return i + 1;
            case 'a':
                Append(chars, bytes, '\a');
                return i + 1;
            case 'b':
                Append(chars, bytes, '\b');
                return i + 1;
            case 'f':
                Append(chars, bytes, '\f');
                return i + 1;
            case 'n':
                Append(chars, bytes, '\n');
                return i + 1;
            case 'r':
                Append(chars, bytes, '\r');
                return i + 1;
            case 't':
                Append(chars, bytes, '\t');
                return i + 1;
            case 'v':
                Append(chars, bytes, '\v');
                return i + 1;
            case >= '0' and <= '7':
            {
                var value = 0;
                var j = i + 1;
                while (j < text.Length && j < i + 4 && text[j] is >= '0' and <= '7')
                {
                    value = (value * 8) + (text[j] - '0');
                    j++;
                }

                if (bytes is not null)
                {
                    bytes.Add((byte)(value & 0xFF));
                }
                else
                {
                    chars!.Append((char)value);
                }

                return j - 1;
            }

            case 'x':
                return DecodeHexEscape(text, i, 2, chars, bytes, site);
            case 'u' when chars is not null:
                return DecodeHexEscape(text, i, 4, chars, bytes, site);
            case 'U' when chars is not null:
                return DecodeHexEscape(text, i, 8, chars, bytes, site);
            case 'N' when chars is not null:
            {
                var close = i + 2 < text.Length && text[i + 2] == '{' ? text[(i + 3)..].IndexOf('}') : -1;
                if (close < 0)
                {
                    // CPython's decoder gives up at the end of the name it tried to read: the next '"' or the end.
                    var stop = i + 2 < text.Length && text[i + 2] == '{' ? text.Length : Math.Min(i + 2, text.Length);
                    throw EscapeError(text, i, stop, "malformed \\N character escape", site);
                }

                var name = text.Slice(i + 3, close);
                var codePoint = UnicodeNames.Lookup(name);
                if (codePoint < 0)
                {
                    throw EscapeError(text, i, i + 4 + close, "unknown Unicode character name", site);
                }

                chars.Append(char.ConvertFromUtf32(codePoint));
                return i + 3 + close;
            }

            default:
                Append(chars, bytes, '\\');
                if (bytes is not null)
                {
                    if (next >= 0x80)
                    {
                        throw ErrorAt("bytes can only contain ASCII literal characters", LiteralErrorSpan(site));
                    }

                    bytes.Add((byte)next);
                    return i + 1;
                }

                return i;
        }
    }

    private int DecodeHexEscape(ReadOnlySpan<char> text, int i, int count, StringBuilder? chars, List<byte>? bytes, LiteralSite site)
    {
        var value = 0;
        for (var k = 0; k < count; k++)
        {
            var index = i + 2 + k;
            if (index >= text.Length || !char.IsAsciiHexDigit(text[index]))
            {
                var kind = count == 2 ? "\\xXX" : count == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
                throw bytes is null
                    ? EscapeError(text, i, index, $"truncated {kind} escape", site)
                    : ErrorAt($"(value error) invalid \\x escape at position {i}", LiteralErrorSpan(site));
            }

            value = (value * 16) + HexValue(text[index]);
        }

        if (bytes is not null)
        {
            bytes.Add((byte)value);
        }
        else if (value > 0x10FFFF)
        {
            throw EscapeError(text, i, i + 2 + count, "illegal Unicode character", site);
        }
        else if (value >= 0x10000)
        {
            chars!.Append(char.ConvertFromUtf32(value));
        }
        else
        {
            chars!.Append((char)value);
        }

        return i + 1 + count;
    }

    private static void Append(StringBuilder? chars, List<byte>? bytes, char c)
    {
        if (bytes is not null)
        {
            bytes.Add((byte)c);
        }
        else
        {
            chars!.Append(c);
        }
    }

    /// <summary>
    /// Collects the parts of a string concatenation as CPython's <c>_PyPegen_concatenate_strings</c> folds them: each
    /// run of adjacent literal pieces becomes one <see cref="Constant"/> spanning the run's first to last piece, with
    /// the first piece's kind, and is dropped when its text is empty. An f-string's own text pieces that decode to
    /// nothing never enter a run (CPython drops them per f-string first), but an empty plain string literal does, so
    /// a <c>""</c> at either end of a run widens its span.
    /// </summary>
    private sealed class ConcatenationBuilder
    {
        private readonly StringBuilder _pending = new();
        private readonly StringBuilder _all = new();
        private List<ExprNode>? _values;
        private int _pendingStart = -1;
        private int _pendingEnd;
        private string? _pendingKind;

        /// <summary>Adds literal text from inside an f-string (or an f-string's debug text); empty text is skipped.</summary>
        public void AddText(string text, TextSpan span)
        {
            if (text.Length > 0)
            {
                AddPiece(text, span, null);
            }
        }

        /// <summary>Adds a plain string literal, which joins the current run even when empty.</summary>
        public void AddLiteral(string text, TextSpan span, string? kind) => AddPiece(text, span, kind);

        public void AddValue(FormattedValue value)
        {
            Flush();
            (_values ??= new List<ExprNode>(4)).Add(value);
        }

        public string AllText() => _all.ToString();

        public ImmutableArray<ExprNode> Finish()
        {
            Flush();
            return _values is null ? [] : System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(_values.ToArray());
        }

        private void AddPiece(string text, TextSpan span, string? kind)
        {
            _all.Append(text);
            if (_pendingStart < 0)
            {
                _pendingStart = span.Start;
                _pendingKind = kind;
            }

            _pending.Append(text);
            _pendingEnd = span.End;
        }

        private void Flush()
        {
            if (_pendingStart < 0)
            {
                return;
            }

            if (_pending.Length > 0)
            {
                var constant = new Constant(TextSpan.FromBounds(_pendingStart, _pendingEnd), _pending.ToString(), _pendingKind);
                (_values ??= new List<ExprNode>(4)).Add(constant);
            }

            _pending.Clear();
            _pendingStart = -1;
            _pendingKind = null;
        }
    }

    /// <summary>
    /// Where an escape sequence error is: the string token that holds it, or for an f-string, whose text is
    /// decoded piecewise, its closing quotes (where CPython reports it).
    /// </summary>
    /// <param name="Offset">The string token's start, or the index of the f-string's middle token.</param>
    /// <param name="FString">Whether the escape is in an f-string.</param>
    private readonly record struct LiteralSite(int Offset, bool FString);

    private TextSpan LiteralErrorSpan(LiteralSite site)
    {
        if (!site.FString)
        {
            return new TextSpan(site.Offset, 0);
        }

        var depth = 0;
        for (var index = site.Offset; index < _count; index++)
        {
            var kind = _tokens[index].Kind;
            if (kind == TokenKind.FStringStart)
            {
                depth++;
            }
            else if (kind == TokenKind.FStringEnd && --depth < 0)
            {
                return _tokens[index].Span;
            }
        }

        return _tokens[Math.Min(site.Offset, _count - 1)].Span;
    }

    /// <summary>
    /// CPython's "(unicode error)" for the escape at <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>),
    /// with the positions its decoder reports: offsets into the literal as it hands it to the decoder, where
    /// each non-ASCII character was first rewritten as a ten-byte <c>\UXXXXXXXX</c> escape (and a backslash
    /// before one as <c>\u005c</c>).
    /// </summary>
    private SyntaxErrorSignal EscapeError(ReadOnlySpan<char> text, int start, int end, string reason, LiteralSite site)
    {
        var first = DecoderOffset(text, start);
        var last = DecoderOffset(text, Math.Max(start + 1, end)) - 1;
        return ErrorAt(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(unicode error) 'unicodeescape' codec can't decode bytes in position {first}-{last}: {reason}"),
            LiteralErrorSpan(site));
    }

    private static int DecoderOffset(ReadOnlySpan<char> text, int index)
    {
        var offset = 0;
        for (var k = 0; k < index && k < text.Length; k++)
        {
            var c = text[k];
            if (c == '\\' && (k + 1 >= text.Length || text[k + 1] >= 0x80))
            {
                offset += 6;
            }
            else if (c < 0x80)
            {
                offset++;
            }
            else if (!char.IsLowSurrogate(c))
            {
                offset += 10;
            }
        }

        return offset + Math.Max(0, index - text.Length);
    }
}
