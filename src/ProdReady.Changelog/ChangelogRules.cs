using ProdReady.Core.Diagnostics;

namespace ProdReady.Changelog;

/// <summary>
/// The catalogue of changelog lint rules, <c>CHL001</c>–<c>CHL0xx</c> (the gate's change rules use
/// <c>CHL1xx</c>). Codes are never reused.
/// </summary>
public static class ChangelogRules
{
    /// <summary><c>CHL001 missing-title</c>: no <c># Title</c> before the first section.</summary>
    public static readonly RuleDescriptor MissingTitle = Rule("CHL001", "missing-title", Severity.Warning, "The changelog has no `# Changelog` title before its first section.");

    /// <summary><c>CHL002 missing-unreleased</c>: there is no <c>## [Unreleased]</c> section.</summary>
    public static readonly RuleDescriptor MissingUnreleased = Rule("CHL002", "missing-unreleased", Severity.Error, "There is no `## [Unreleased]` section to collect upcoming changes.");

    /// <summary><c>CHL003 unreleased-not-first</c>: a release precedes <c>[Unreleased]</c>.</summary>
    public static readonly RuleDescriptor UnreleasedNotFirst = Rule("CHL003", "unreleased-not-first", Severity.Error, "`## [Unreleased]` is not the first section.");

    /// <summary><c>CHL004 duplicate-version</c>: two sections release the same version.</summary>
    public static readonly RuleDescriptor DuplicateVersion = Rule("CHL004", "duplicate-version", Severity.Error, "Two release sections have the same version.");

    /// <summary><c>CHL005 version-not-semver</c>: a release version is not Semantic Versioning 2.0.0.</summary>
    public static readonly RuleDescriptor VersionNotSemVer = Rule("CHL005", "version-not-semver", Severity.Warning, "A release version is not a Semantic Versioning 2.0.0 version.");

    /// <summary><c>CHL006 versions-not-descending</c>: releases are not listed newest first.</summary>
    public static readonly RuleDescriptor VersionsNotDescending = Rule("CHL006", "versions-not-descending", Severity.Error, "A release is not lower than the release above it.");

    /// <summary><c>CHL007 date-not-iso</c>: a release date is missing or not <c>YYYY-MM-DD</c>.</summary>
    public static readonly RuleDescriptor DateNotIso = Rule("CHL007", "date-not-iso", Severity.Warning, "A release date is missing or not an ISO 8601 `YYYY-MM-DD` date.");

    /// <summary><c>CHL008 date-in-future</c>: a release is dated after today.</summary>
    public static readonly RuleDescriptor DateInFuture = Rule("CHL008", "date-in-future", Severity.Error, "A release date lies in the future.");

    /// <summary><c>CHL009 unknown-change-type</c>: a <c>###</c> heading is not one of the six change types.</summary>
    public static readonly RuleDescriptor UnknownChangeType = Rule("CHL009", "unknown-change-type", Severity.Warning, "A `###` subsection is not Added, Changed, Deprecated, Removed, Fixed or Security.");

    /// <summary><c>CHL010 duplicate-change-type</c>: the same change type appears twice in one section.</summary>
    public static readonly RuleDescriptor DuplicateChangeType = Rule("CHL010", "duplicate-change-type", Severity.Warning, "The same change type appears twice in one section.");

    /// <summary><c>CHL011 empty-release</c>: a release section has no entries.</summary>
    public static readonly RuleDescriptor EmptyRelease = Rule("CHL011", "empty-release", Severity.Warning, "A release section has no entries.");

    /// <summary><c>CHL012 empty-change-type</c>: a change-type subsection has no entries.</summary>
    public static readonly RuleDescriptor EmptyChangeType = Rule("CHL012", "empty-change-type", Severity.Warning, "A change-type subsection has no entries.");

    /// <summary><c>CHL013 entry-outside-change-type</c>: a bullet sits directly under a <c>##</c> section.</summary>
    public static readonly RuleDescriptor EntryOutsideChangeType = Rule("CHL013", "entry-outside-change-type", Severity.Warning, "An entry is not inside a change-type subsection.");

    /// <summary><c>CHL014 missing-link-reference</c>: a bracketed version has no link reference definition.</summary>
    public static readonly RuleDescriptor MissingLinkReference = Rule("CHL014", "missing-link-reference", Severity.Warning, "A bracketed release version has no link reference definition.");

    /// <summary><c>CHL015 unused-link-reference</c>: a link reference definition is never used.</summary>
    public static readonly RuleDescriptor UnusedLinkReference = Rule("CHL015", "unused-link-reference", Severity.Warning, "A link reference definition is not used anywhere in the file.");

    /// <summary><c>CHL016 nonstandard-release-heading</c>: a heading deviates from <c>## [1.2.3] - YYYY-MM-DD</c>.</summary>
    public static readonly RuleDescriptor NonstandardReleaseHeading = Rule("CHL016", "nonstandard-release-heading", Severity.Warning, "A section heading is not written `## [VERSION] - YYYY-MM-DD` (or `## [Unreleased]`).");

    /// <summary><c>CHL017 duplicate-unreleased</c>: more than one <c>[Unreleased]</c> section.</summary>
    public static readonly RuleDescriptor DuplicateUnreleased = Rule("CHL017", "duplicate-unreleased", Severity.Error, "The file has more than one `## [Unreleased]` section.");

    /// <summary><c>CHL018 unrecognized-section</c>: a <c>##</c> heading is neither Unreleased nor a version.</summary>
    public static readonly RuleDescriptor UnrecognizedSection = Rule("CHL018", "unrecognized-section", Severity.Warning, "A `##` heading is neither `[Unreleased]` nor a release version.");

    /// <summary>Gets every rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        MissingTitle, MissingUnreleased, UnreleasedNotFirst, DuplicateVersion, VersionNotSemVer, VersionsNotDescending,
        DateNotIso, DateInFuture, UnknownChangeType, DuplicateChangeType, EmptyRelease, EmptyChangeType,
        EntryOutsideChangeType, MissingLinkReference, UnusedLinkReference, NonstandardReleaseHeading,
        DuplicateUnreleased, UnrecognizedSection,
    ];

    private static RuleDescriptor Rule(string code, string name, Severity severity, string summary)
        => new(code, name, ChecklistItem.Changelog, severity, summary, $"## What it does\n{summary}\n\nSee docs/changelog.md for the fix.", "0.1.0");
}
