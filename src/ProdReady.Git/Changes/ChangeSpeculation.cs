namespace ProdReady.Git.Changes;

/// <summary>
/// The first git commands of a default check (untracked files, current branch, HEAD, default branch), started in the
/// folder believed to be the repository's root before git has located it (see
/// <see cref="ChangeScopeResolver.Speculate(ChangeScopeRequest, string, CancellationToken)"/>). Used only when git
/// locates the same root; otherwise awaited and dropped, failures included.
/// </summary>
public sealed class ChangeSpeculation
{
    internal ChangeSpeculation(string root, Task<IReadOnlyList<string>> untracked, Task<string?> branch, Task<string?> head, Task<string?> defaultBranch)
    {
        Root = root;
        Untracked = untracked;
        Branch = branch;
        Head = head;
        DefaultBranch = defaultBranch;
    }

    /// <summary>Gets the folder the commands run in.</summary>
    public string Root { get; }

    internal Task<IReadOnlyList<string>> Untracked { get; }

    internal Task<string?> Branch { get; }

    internal Task<string?> Head { get; }

    internal Task<string?> DefaultBranch { get; }

    /// <summary>Waits for the commands to end and drops what they return or throw.</summary>
    /// <returns>A task that completes when every command has ended.</returns>
    public Task AbandonAsync() => Task.WhenAll(Untracked, Branch, Head, DefaultBranch).ContinueWith(
        static _ => { },
        CancellationToken.None,
        TaskContinuationOptions.ExecuteSynchronously,
        TaskScheduler.Default);

    /// <summary>
    /// Finds the folder git would take for the repository's root from a working directory, without running git: the
    /// nearest folder, the working directory included, that holds a <c>.git</c> directory or file. Only a guess:
    /// git's own discovery also heeds its environment (<c>GIT_DIR</c>, ceilings), ownership checks and symbolic links.
    /// </summary>
    /// <param name="workingDirectory">The absolute working directory.</param>
    /// <returns>The folder, or <see langword="null"/> when none holds a <c>.git</c> or the working directory is inside one.</returns>
    public static string? GuessRoot(string workingDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(workingDirectory);
        var full = Path.GetFullPath(workingDirectory).TrimEnd(Path.DirectorySeparatorChar);
        for (var directory = full; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (Path.GetFileName(directory) == ".git")
            {
                // Inside a repository's own folder: git sees no work tree there.
                return null;
            }

            var dotGit = Path.Combine(directory, ".git");
            if (Directory.Exists(dotGit) || File.Exists(dotGit))
            {
                return directory;
            }
        }

        return null;
    }
}
