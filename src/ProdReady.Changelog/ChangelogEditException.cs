namespace ProdReady.Changelog;

/// <summary>
/// An edit was refused because it would be ambiguous or would change more than it should (two
/// <c>[Unreleased]</c> sections, a version not above the latest release, ...). The text is unchanged.
/// </summary>
public sealed class ChangelogEditException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ChangelogEditException"/> class.</summary>
    public ChangelogEditException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ChangelogEditException"/> class.</summary>
    /// <param name="message">Why the edit was refused, for the user.</param>
    public ChangelogEditException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ChangelogEditException"/> class.</summary>
    /// <param name="message">Why the edit was refused, for the user.</param>
    /// <param name="innerException">The cause.</param>
    public ChangelogEditException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
