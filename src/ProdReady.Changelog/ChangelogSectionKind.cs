namespace ProdReady.Changelog;

/// <summary>What a <c>##</c> section of a changelog is.</summary>
public enum ChangelogSectionKind
{
    /// <summary><c>## [Unreleased]</c>.</summary>
    Unreleased,

    /// <summary>A release, <c>## [1.2.3] - 2024-01-31</c> (or a deviating spelling of one).</summary>
    Release,

    /// <summary>Any other <c>##</c> heading.</summary>
    Other,
}
