namespace ProdReady.Changelog;

/// <summary>Names and parsing of <see cref="ChangeType"/> values.</summary>
public static class ChangeTypes
{
    /// <summary>Gets every change type in canonical order.</summary>
    public static IReadOnlyList<ChangeType> All { get; } = Enum.GetValues<ChangeType>();

    /// <summary>Returns the heading word of <paramref name="type"/>, for example <c>Added</c>.</summary>
    /// <param name="type">The change type.</param>
    /// <returns>The capitalised name used in <c>### Name</c> headings.</returns>
    public static string HeadingName(ChangeType type) => type switch
    {
        ChangeType.Added => "Added",
        ChangeType.Changed => "Changed",
        ChangeType.Deprecated => "Deprecated",
        ChangeType.Removed => "Removed",
        ChangeType.Fixed => "Fixed",
        ChangeType.Security => "Security",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown change type."),
    };

    /// <summary>Parses a change-type name case-insensitively (<c>added</c>, <c>Fixed</c>, ...).</summary>
    /// <param name="name">The name, surrounding whitespace allowed.</param>
    /// <param name="type">The parsed type.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> is one of the six names.</returns>
    public static bool TryParse(string? name, out ChangeType type)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        foreach (var candidate in All)
        {
            if (string.Equals(HeadingName(candidate), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>
    /// Suggests the standard change type for a common custom heading (<c>Features</c> → Added,
    /// <c>Bug Fixes</c> → Fixed), or <see langword="null"/> when there is no obvious match.
    /// </summary>
    /// <param name="name">A subsection heading that is not a standard change type.</param>
    /// <returns>The suggested type, or <see langword="null"/>.</returns>
    public static ChangeType? Suggest(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().ToUpperInvariant();
        return key switch
        {
            "NEW" or "NEW FEATURES" or "FEATURES" or "FEATURE" or "ADDITIONS" or "ENHANCEMENTS" => ChangeType.Added,
            "FIXES" or "BUG FIXES" or "BUGFIXES" or "BUGS" or "FIX" => ChangeType.Fixed,
            "CHANGES" or "IMPROVEMENTS" or "REFACTORING" or "BREAKING CHANGES" or "UPDATED" or "MODIFIED" => ChangeType.Changed,
            "DEPRECATIONS" => ChangeType.Deprecated,
            "REMOVALS" or "DELETED" => ChangeType.Removed,
            "SECURITY FIXES" or "VULNERABILITIES" => ChangeType.Security,
            _ => null,
        };
    }
}
