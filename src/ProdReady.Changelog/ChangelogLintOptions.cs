namespace ProdReady.Changelog;

/// <summary>Settings of <see cref="ChangelogLinter.Lint"/>.</summary>
public sealed class ChangelogLintOptions
{
    /// <summary>Gets the default options: path <c>CHANGELOG.md</c>, the system clock.</summary>
    public static ChangelogLintOptions Default { get; } = new();

    /// <summary>Gets the path findings are reported against, with forward slashes.</summary>
    public string Path { get; init; } = "CHANGELOG.md";

    /// <summary>Gets the clock that decides which dates lie in the future (its local date is "today").</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
