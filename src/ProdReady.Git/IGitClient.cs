using ProdReady.Git.Diff;

namespace ProdReady.Git;

/// <summary>
/// The git operations ProdReady needs. <see cref="GitCommandLineClient"/> runs the git command line;
/// tests may substitute a fake. Every path is relative to the repository root with forward slashes.
/// </summary>
public interface IGitClient
{
    /// <summary>Finds the work tree that contains <paramref name="directory"/> (<c>rev-parse --show-toplevel</c>).</summary>
    /// <param name="directory">An existing directory.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The location, or <see langword="null"/> outside a git work tree.</returns>
    Task<RepositoryLocation?> FindRepositoryAsync(string directory, CancellationToken cancellationToken = default);

    /// <summary>Gets the branch HEAD points at (<c>symbolic-ref --short HEAD</c>); it may have no commits yet.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The short branch name, or <see langword="null"/> when HEAD is detached.</returns>
    Task<string?> GetCurrentBranchAsync(string root, CancellationToken cancellationToken = default);

    /// <summary>Gets the commit HEAD points at.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The full commit id, or <see langword="null"/> when the repository has no commits yet.</returns>
    Task<string?> GetHeadCommitAsync(string root, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the repository's default branch: the target of <c>origin/HEAD</c> (for example
    /// <c>origin/main</c>), else <c>main</c> or <c>master</c>, whichever exists locally.
    /// </summary>
    /// <param name="root">The repository root.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A revision naming the default branch, or <see langword="null"/> when there is none.</returns>
    Task<string?> GetDefaultBranchAsync(string root, CancellationToken cancellationToken = default);

    /// <summary>Resolves <paramref name="revision"/> to a commit.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="revision">A branch, tag or commit; must not start with <c>-</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The full commit id, or <see langword="null"/> when the revision names no commit.</returns>
    Task<string?> ResolveCommitAsync(string root, string revision, CancellationToken cancellationToken = default);

    /// <summary>Gets the best common ancestor of HEAD and <paramref name="revision"/> (<c>merge-base</c>).</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="revision">A branch, tag or commit; must not start with <c>-</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The merge base, or <see langword="null"/> when the histories share no commit.</returns>
    /// <exception cref="GitException">The revision or HEAD does not name a commit.</exception>
    Task<string?> GetMergeBaseAsync(string root, string revision, CancellationToken cancellationToken = default);

    /// <summary>Diffs the working tree (tracked files: committed, staged and unstaged changes) against a commit.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="baseCommit">The commit to compare with.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The changed files.</returns>
    Task<IReadOnlyList<FileDiff>> GetWorkingTreeDiffAsync(string root, string baseCommit, CancellationToken cancellationToken = default);

    /// <summary>Diffs the index against HEAD (<c>diff --cached</c>; against nothing before the first commit).</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The staged files.</returns>
    Task<IReadOnlyList<FileDiff>> GetStagedDiffAsync(string root, CancellationToken cancellationToken = default);

    /// <summary>Lists the untracked files that <c>.gitignore</c> does not exclude.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The paths, in git's order.</returns>
    Task<IReadOnlyList<string>> GetUntrackedFilesAsync(string root, CancellationToken cancellationToken = default);

    /// <summary>Lists the tracked files present in the working tree plus the untracked files not ignored.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The paths, each once.</returns>
    Task<IReadOnlyList<string>> ListFilesAsync(string root, CancellationToken cancellationToken = default);

    /// <summary>Reads a file as it is at <paramref name="revision"/>, or in the index.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="revision">A commit, or <see langword="null"/> for the index (staged content).</param>
    /// <param name="path">The repository-relative path.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The content decoded as UTF-8, or <see langword="null"/> when the file does not exist there.</returns>
    /// <exception cref="GitException">The revision does not name a commit.</exception>
    Task<string?> GetFileContentAsync(string root, string? revision, string path, CancellationToken cancellationToken = default);

    /// <summary>Reads a file's bytes as they are at <paramref name="revision"/>, or in the index, undecoded.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="revision">A commit, or <see langword="null"/> for the index (staged content).</param>
    /// <param name="path">The repository-relative path.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The bytes, or <see langword="null"/> when the file does not exist there.</returns>
    /// <exception cref="GitException">The revision does not name a commit.</exception>
    Task<byte[]?> GetFileBytesAsync(string root, string? revision, string path, CancellationToken cancellationToken = default);

    /// <summary>Reads the staged bytes of many files at once (one git process for all of them).</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="paths">Repository-relative paths.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The bytes of each path, in order; <see langword="null"/> where the index has no such file.</returns>
    Task<IReadOnlyList<byte[]?>> GetIndexFilesBytesAsync(string root, IReadOnlyList<string> paths, CancellationToken cancellationToken = default);

    /// <summary>Gets the messages of the commits in <c>baseCommit..HEAD</c>, newest first.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="baseCommit">The excluded base.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The trimmed, non-empty messages.</returns>
    Task<IReadOnlyList<string>> GetCommitMessagesAsync(string root, string baseCommit, CancellationToken cancellationToken = default);
}
