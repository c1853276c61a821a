namespace ProdReady.Changelog;

/// <summary>
/// The change types of Keep a Changelog 1.1.0, declared in their canonical order (the order in
/// which the editor places new subsections).
/// </summary>
public enum ChangeType
{
    /// <summary><c>### Added</c>: new features.</summary>
    Added,

    /// <summary><c>### Changed</c>: changes in existing functionality.</summary>
    Changed,

    /// <summary><c>### Deprecated</c>: soon-to-be removed features.</summary>
    Deprecated,

    /// <summary><c>### Removed</c>: now removed features.</summary>
    Removed,

    /// <summary><c>### Fixed</c>: bug fixes.</summary>
    Fixed,

    /// <summary><c>### Security</c>: vulnerabilities.</summary>
    Security,
}
