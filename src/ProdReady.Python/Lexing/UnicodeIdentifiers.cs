using System.Globalization;

namespace ProdReady.Python.Lexing;

/// <summary>
/// The Unicode properties CPython's tokenizer checks: <c>XID_Start</c>, <c>XID_Continue</c> (UAX #31, derived
/// here from the general category plus the <c>Other_ID_*</c> and NFKC-closure exceptions) and
/// <c>str.isprintable</c>.
/// </summary>
internal static class UnicodeIdentifiers
{
    /// <summary>Tells whether <paramref name="codePoint"/> may start an identifier.</summary>
    /// <param name="codePoint">A code point (a lone surrogate is never valid).</param>
    /// <returns><see langword="true"/> for <c>XID_Start</c> characters.</returns>
    public static bool IsXidStart(int codePoint)
    {
        if (codePoint < 128)
        {
            return (uint)((codePoint | 0x20) - 'a') <= 'z' - 'a';
        }

        if (IsNotXidStartException(codePoint) || codePoint == 0x2E2F)
        {
            return false;
        }

        if (codePoint is 0x1885 or 0x1886 or 0x2118 or 0x212E)
        {
            return true;
        }

        return Category(codePoint) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
            _ => false,
        };
    }

    /// <summary>Tells whether <paramref name="codePoint"/> may continue an identifier.</summary>
    /// <param name="codePoint">A code point (a lone surrogate is never valid).</param>
    /// <returns><see langword="true"/> for <c>XID_Continue</c> characters.</returns>
    public static bool IsXidContinue(int codePoint)
    {
        if (codePoint < 128)
        {
            return (uint)((codePoint | 0x20) - 'a') <= 'z' - 'a' || codePoint == '_' || (uint)(codePoint - '0') <= 9;
        }

        if (codePoint is 0x037A or (>= 0xFC5E and <= 0xFC63) or 0xFDFA or 0xFDFB
            or 0xFE70 or 0xFE72 or 0xFE74 or 0xFE76 or 0xFE78 or 0xFE7A or 0xFE7C or 0xFE7E or 0x2E2F)
        {
            return false;
        }

        if (codePoint is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA or 0x200C or 0x200D or 0x30FB or 0xFF65
            or 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C)
        {
            return true;
        }

        return Category(codePoint) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }

    /// <summary>Tells whether CPython's <c>str.isprintable</c> holds for <paramref name="codePoint"/>.</summary>
    /// <param name="codePoint">A code point.</param>
    /// <returns><see langword="false"/> for control, format, surrogate, private-use, unassigned and separator characters other than the space.</returns>
    public static bool IsPrintable(int codePoint)
    {
        if (codePoint == ' ')
        {
            return true;
        }

        return Category(codePoint) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    private static bool IsNotXidStartException(int codePoint) =>
        codePoint is 0x037A or 0x0E33 or 0x0EB3 or 0x309B or 0x309C or (>= 0xFC5E and <= 0xFC63) or 0xFDFA or 0xFDFB
            or 0xFE70 or 0xFE72 or 0xFE74 or 0xFE76 or 0xFE78 or 0xFE7A or 0xFE7C or 0xFE7E or 0xFF9E or 0xFF9F;

    private static UnicodeCategory Category(int codePoint) =>
        codePoint is >= 0xD800 and <= 0xDFFF ? UnicodeCategory.Surrogate : CharUnicodeInfo.GetUnicodeCategory(codePoint);
}
