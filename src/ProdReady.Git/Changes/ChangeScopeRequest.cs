namespace ProdReady.Git.Changes;

/// <summary>What to check: a scope mode, the directory it is asked from, and optional narrowing paths.</summary>
public sealed record ChangeScopeRequest
{
    /// <summary>Initializes a new instance of the <see cref="ChangeScopeRequest"/> class.</summary>
    /// <param name="mode">The scope mode.</param>
    /// <param name="workingDirectory">The directory the command runs in; relative paths are resolved against it.</param>
    /// <param name="baseRef">The revision of <see cref="ChangeScopeMode.Base"/>; <see langword="null"/> otherwise.</param>
    /// <param name="paths">Files or folders that narrow the scope (absolute, or relative to <paramref name="workingDirectory"/>).</param>
    public ChangeScopeRequest(ChangeScopeMode mode, string workingDirectory, string? baseRef = null, IReadOnlyList<string>? paths = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(workingDirectory);
        if ((mode == ChangeScopeMode.Base) != (baseRef is not null))
        {
            throw new ArgumentException("A base revision is given exactly when the mode is Base.", nameof(baseRef));
        }

        Mode = mode;
        WorkingDirectory = workingDirectory;
        BaseRef = baseRef;
        Paths = paths ?? [];
    }

    /// <summary>Gets the scope mode.</summary>
    public ChangeScopeMode Mode { get; }

    /// <summary>Gets the directory the command runs in.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Gets the revision to compare with in <see cref="ChangeScopeMode.Base"/> mode.</summary>
    public string? BaseRef { get; }

    /// <summary>Gets the files or folders that narrow the scope; empty when nothing narrows it.</summary>
    public IReadOnlyList<string> Paths { get; }
}
