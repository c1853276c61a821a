using System.Runtime.CompilerServices;
using System.Text;

namespace ProdReady.Python.Lexing;

/// <summary>Names, keywords and string prefixes.</summary>
internal sealed partial class Tokenizer
{
    /// <summary>Scans a name, a keyword, or a prefixed string/f-string whose first character is <paramref name="c"/>.</summary>
    private bool ScanNameOrPrefixedString(int start, int c)
    {
        // The legal combinations of b, r, u and f (CPython accepts them in this exact order of checks).
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (true)
        {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B'))
            {
                sawB = true;
            }
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'))
            {
                sawU = true;
            }
            else if (!(sawR || sawU) && (c == 'r' || c == 'R'))
            {
                sawR = true;
            }
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F'))
            {
                sawF = true;
            }
            else
            {
                break;
            }

            c = Next();
            if (c is '"' or '\'')
            {
                if (sawF)
                {
                    return ScanFStringStart(start, c, sawR);
                }

                var flags = (sawR ? TokenFlags.Raw : TokenFlags.None)
                    | (sawB ? TokenFlags.Bytes : TokenFlags.None)
                    | (sawU ? TokenFlags.UnicodePrefix : TokenFlags.None);
                return ScanString(start, c, flags);
            }
        }

        Backup(c);
        var text = _text;
        var pos = _pos;
        while (pos < text.Length && IsAsciiIdentifierChar(text[pos]))
        {
            pos++;
        }

        var nonAscii = false;
        if (pos < text.Length && text[pos] >= 128)
        {
            nonAscii = true;
            while (pos < text.Length && IsPotentialIdentifierChar(text[pos]))
            {
                pos++;
            }
        }

        _pos = pos;
        if (nonAscii)
        {
            return VerifyIdentifier(start, pos) && AddName(start, pos, TokenFlags.NonAscii);
        }

        return AddName(start, pos, TokenFlags.None);
    }

    private bool AddName(int start, int end, TokenFlags flags)
    {
        var kind = flags == TokenFlags.None ? KeywordKind(_text.AsSpan(start, end - start)) : TokenKind.Name;
        Add(kind, start, end, flags);
        return true;
    }

    /// <summary>
    /// Checks a name with non-ASCII characters the way CPython's <c>verify_identifier</c> does: the first
    /// character must be <c>XID_Start</c> or <c>_</c>, the others <c>XID_Continue</c>.
    /// </summary>
    private bool VerifyIdentifier(int start, int end)
    {
        var pos = start;
        var first = true;
        while (pos < end)
        {
            Rune.DecodeFromUtf16(_text.AsSpan(pos, end - pos), out var rune, out var consumed);
            var value = consumed == 1 && char.IsSurrogate(_text[pos]) ? _text[pos] : rune.Value;
            var valid = first ? value == '_' || UnicodeIdentifiers.IsXidStart(value) : UnicodeIdentifiers.IsXidContinue(value);
            if (!valid)
            {
                var message = UnicodeIdentifiers.IsPrintable(value)
                    ? Invariant($"invalid character '{Describe(value)}' (U+{value:X4})")
                    : Invariant($"invalid non-printable character U+{value:X4}");
                return FailAtCursor(message, pos + consumed);
            }

            first = false;
            pos += consumed;
        }

        return true;
    }

    private static string Describe(int value) =>
        Rune.IsValid(value) ? new Rune(value).ToString() : ((char)value).ToString();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiIdentifierChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || (uint)(c - '0') <= 9;

    /// <summary>Maps a hard keyword's text to its kind; any other text is a <see cref="TokenKind.Name"/>.</summary>
    internal static TokenKind KeywordKind(ReadOnlySpan<char> text) => text switch
    {
        "False" => TokenKind.False,
        "None" => TokenKind.None,
        "True" => TokenKind.True,
        "and" => TokenKind.And,
        "as" => TokenKind.As,
        "assert" => TokenKind.Assert,
        "async" => TokenKind.Async,
        "await" => TokenKind.Await,
        "break" => TokenKind.Break,
        "class" => TokenKind.Class,
        "continue" => TokenKind.Continue,
        "def" => TokenKind.Def,
        "del" => TokenKind.Del,
        "elif" => TokenKind.Elif,
        "else" => TokenKind.Else,
        "except" => TokenKind.Except,
        "finally" => TokenKind.Finally,
        "for" => TokenKind.For,
        "from" => TokenKind.From,
        "global" => TokenKind.Global,
        "if" => TokenKind.If,
        "import" => TokenKind.Import,
        "in" => TokenKind.In,
        "is" => TokenKind.Is,
        "lambda" => TokenKind.Lambda,
        "nonlocal" => TokenKind.Nonlocal,
        "not" => TokenKind.Not,
        "or" => TokenKind.Or,
        "pass" => TokenKind.Pass,
        "raise" => TokenKind.Raise,
        "return" => TokenKind.Return,
        "try" => TokenKind.Try,
        "while" => TokenKind.While,
        "with" => TokenKind.With,
        "yield" => TokenKind.Yield,
        _ => TokenKind.Name,
    };
}
