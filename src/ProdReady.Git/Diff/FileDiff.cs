namespace ProdReady.Git.Diff;

/// <summary>One file of a unified diff: its paths, how it changed and which new-file lines were touched.</summary>
/// <param name="OldPath">The repository-relative path before the change; <see langword="null"/> for an added file.</param>
/// <param name="NewPath">The repository-relative path after the change; <see langword="null"/> for a deleted file.</param>
/// <param name="Status">How the file changed.</param>
/// <param name="IsBinary">Whether git reported the file as binary (no line information).</param>
/// <param name="Lines">The touched lines of the new file (see <see cref="UnifiedDiffParser"/> for deletions).</param>
public sealed record FileDiff(string? OldPath, string? NewPath, FileChangeStatus Status, bool IsBinary, ChangedLines Lines)
{
    /// <summary>Gets the path that names the file: the new path, or the old one for a deletion.</summary>
    public string Path => NewPath ?? OldPath ?? string.Empty;
}
