using System.Globalization;
using System.Text;

namespace ProdReady.Semantics.Project;

/// <summary>Checks on the names that make up dotted module names.</summary>
internal static class PythonNames
{
    /// <summary>
    /// Tells whether a name is a Python identifier (<c>str.isidentifier</c>): a letter or <c>_</c> followed by letters,
    /// digits, <c>_</c>, combining marks and connector punctuation, judged by the Unicode general category
    /// (keywords count as identifiers, as for <c>str.isidentifier</c>).
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for a non-empty identifier.</returns>
    public static bool IsIdentifier(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return false;
        }

        var first = true;
        foreach (var rune in name.EnumerateRunes())
        {
            var valid = rune.IsAscii ? IsAsciiIdentifierChar((char)rune.Value, first) : IsUnicodeIdentifierRune(rune, first);
            if (!valid)
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    /// <summary>Tells whether every part of a dotted name is an identifier.</summary>
    /// <param name="dottedName">The dotted name, for example <c>pkg.sub.mod</c>.</param>
    /// <returns><see langword="true"/> when the name is well formed.</returns>
    public static bool IsDottedName(string dottedName)
    {
        foreach (var part in dottedName.AsSpan().Split('.'))
        {
            if (!IsIdentifier(dottedName.AsSpan()[part]))
            {
                return false;
            }
        }

        return dottedName.Length > 0;
    }

    private static bool IsAsciiIdentifierChar(char c, bool first) =>
        c == '_' || char.IsAsciiLetter(c) || (!first && char.IsAsciiDigit(c));

    private static bool IsUnicodeIdentifierRune(Rune rune, bool first)
    {
        var category = Rune.GetUnicodeCategory(rune);
        var start = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber;
        return start || (!first && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation);
    }
}
