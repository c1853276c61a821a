using System.Globalization;
using System.Text.RegularExpressions;

namespace ProdReady.Changelog;

/// <summary>The parts of a <c>##</c> heading's text: <c>[1.2.3](url) - 2024-01-31 [YANKED]</c>.</summary>
internal sealed partial record ReleaseHeading(
    ChangelogSectionKind Kind,
    string Text,
    string? Version,
    SemanticVersion? SemanticVersion,
    bool IsSemVer,
    string? DateText,
    DateOnly? Date,
    bool IsYanked,
    bool IsBracketed,
    bool HasInlineLink,
    bool HasDateSeparator)
{
    public static ReleaseHeading Parse(string text)
    {
        var match = HeadingPattern().Match(text);
        var bracketed = match.Groups["bracketed"].Success;
        var label = (bracketed ? match.Groups["bracketed"].Value : match.Groups["bare"].Value).Trim();
        var inlineLink = match.Groups["url"].Success;
        var rest = match.Groups["rest"].Value.Trim();

        if (string.Equals(label, "Unreleased", StringComparison.OrdinalIgnoreCase))
        {
            return new ReleaseHeading(ChangelogSectionKind.Unreleased, text, null, null, false, null, null, false, bracketed, inlineLink, false);
        }

        if (!VersionPattern().IsMatch(label))
        {
            return new ReleaseHeading(ChangelogSectionKind.Other, text, null, null, false, null, null, false, false, false, false);
        }

        var yanked = false;
        var yankedMatch = YankedPattern().Match(rest);
        if (yankedMatch.Success)
        {
            yanked = true;
            rest = rest.Remove(yankedMatch.Index, yankedMatch.Length).Trim();
        }

        var separator = false;
        if (rest.Length > 0 && rest[0] is '-' or '\u2013' or '\u2014' or ':')
        {
            separator = rest[0] == '-';
            rest = rest[1..].Trim();
        }

        if (rest.Length > 1 && rest[0] == '(' && rest[^1] == ')')
        {
            rest = rest[1..^1].Trim();
        }

        string? dateText = rest.Length > 0 ? rest : null;
        DateOnly? date = dateText is not null
            && IsoDatePattern().IsMatch(dateText)
            && DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
        var isSemVer = SemanticVersion.TryParse(label, out _);
        _ = SemanticVersion.TryParseLenient(label, out var lenient);
        return new ReleaseHeading(ChangelogSectionKind.Release, text, label, lenient, isSemVer, dateText, date, yanked, bracketed, inlineLink, separator);
    }

    [GeneratedRegex(@"^(?:\[(?<bracketed>[^\]]*)\](?:\((?<url>[^)]*)\))?|(?<bare>[^\s\[\]]+))(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^[vV]?\d+(?:\.\d+)*(?:[-+][0-9A-Za-z.+-]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"\[YANKED\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YankedPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePattern();
}
