using System.Text;
using ProdReady.Core.Paths;
using ProdReady.Git.Diff;

namespace ProdReady.Git.Changes;

/// <summary>
/// Turns a <see cref="ChangeScopeRequest"/> into a <see cref="ChangeSet"/> through an
/// <see cref="IGitClient"/>, with as few git commands as the scope allows and independent ones run
/// concurrently (a one-file change against a branch costs seven short git processes, four in sequence:
/// the root; the branch, HEAD, default branch and untracked files; the merge base; the diff).
/// </summary>
public sealed class ChangeScopeResolver
{
    private const int ShortCommitLength = 7;

    private readonly IGitClient _git;

    /// <summary>Initializes a new instance of the <see cref="ChangeScopeResolver"/> class.</summary>
    /// <param name="git">The git client.</param>
    public ChangeScopeResolver(IGitClient git)
    {
        ArgumentNullException.ThrowIfNull(git);
        _git = git;
    }

    /// <summary>Resolves the scope of <paramref name="request"/>.</summary>
    /// <param name="request">The mode, working directory and narrowing paths.</param>
    /// <param name="cancellationToken">Cancels the git commands.</param>
    /// <returns>The change set.</returns>
    /// <exception cref="ChangeScopeException">The scope cannot be resolved for a reason the user can fix.</exception>
    /// <exception cref="GitException">git failed unexpectedly.</exception>
    public async Task<ChangeSet> ResolveAsync(ChangeScopeRequest request, CancellationToken cancellationToken = default)
    {
        var location = await LocateAsync(request, cancellationToken).ConfigureAwait(false);
        return await ResolveAsync(request, location, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Finds the repository that holds the request's working directory: the first step of <see cref="ResolveAsync(ChangeScopeRequest, CancellationToken)"/>,
    /// apart so that a caller can start work that needs only the root while git computes the change.
    /// </summary>
    /// <param name="request">The mode, working directory and narrowing paths.</param>
    /// <param name="cancellationToken">Cancels the git command.</param>
    /// <returns>The repository's root and the working directory's prefix in it, or <see langword="null"/> outside a work tree.</returns>
    /// <exception cref="ChangeScopeException">The working directory does not exist.</exception>
    /// <exception cref="GitException">git failed unexpectedly.</exception>
    public Task<RepositoryLocation?> LocateAsync(ChangeScopeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _git.FindRepositoryAsync(ExistingWorkingDirectory(request), cancellationToken);
    }

    /// <summary>Resolves the scope of <paramref name="request"/> in the repository <see cref="LocateAsync"/> found for it.</summary>
    /// <param name="request">The mode, working directory and narrowing paths.</param>
    /// <param name="location">What <see cref="LocateAsync"/> returned for the same request.</param>
    /// <param name="cancellationToken">Cancels the git commands.</param>
    /// <returns>The change set.</returns>
    /// <exception cref="ChangeScopeException">The scope cannot be resolved for a reason the user can fix.</exception>
    /// <exception cref="GitException">git failed unexpectedly.</exception>
    public async Task<ChangeSet> ResolveAsync(ChangeScopeRequest request, RepositoryLocation? location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var workingDirectory = ExistingWorkingDirectory(request);
        if (location is null)
        {
            if (request.Mode is ChangeScopeMode.Base or ChangeScopeMode.Staged)
            {
                var option = request.Mode == ChangeScopeMode.Base ? "--base" : "--staged";
                throw new ChangeScopeException($"'{workingDirectory}' is not inside a git repository, so {option} has nothing to compare; use --all to check the whole tree.");
            }

            var outsideFilters = ResolveFilters(request.Paths, workingDirectory, workingDirectory, string.Empty);
            CheckFiltersExist(outsideFilters, []);
            return new ChangeSet(workingDirectory, false, ChangeScope.WholeTree, "the whole tree (not a git repository)", null, null, [], Distinct(outsideFilters));
        }

        var root = location.Root;
        var userFilters = ResolveFilters(request.Paths, workingDirectory, root, location.Prefix);
        var filters = Distinct(userFilters);
        var resolved = request.Mode switch
        {
            ChangeScopeMode.All => await WholeTreeAsync(root, cancellationToken).ConfigureAwait(false),
            ChangeScopeMode.Base => await SinceBaseAsync(root, request.BaseRef!, cancellationToken).ConfigureAwait(false),
            ChangeScopeMode.Staged => await StagedAsync(root, cancellationToken).ConfigureAwait(false),
            _ => await DefaultAsync(root, cancellationToken).ConfigureAwait(false),
        };

        var files = resolved.Files.Where(file => ChangeSet.MatchesFilters(filters, file.Path)
            || (file.OldPath is not null && ChangeSet.MatchesFilters(filters, file.OldPath)));
        var named = resolved.Files.Select(static file => file.Path).Concat(resolved.Files.Select(static file => file.OldPath).OfType<string>());
        var changeSet = new ChangeSet(root, true, resolved.Scope, resolved.Description, resolved.BaseRef, resolved.BaseCommit, files, filters, named);
        CheckFiltersExist(userFilters, changeSet.Files);
        return changeSet;
    }

    private static string ExistingWorkingDirectory(ChangeScopeRequest request)
    {
        var workingDirectory = Path.GetFullPath(request.WorkingDirectory);
        if (!Directory.Exists(workingDirectory))
        {
            throw new ChangeScopeException($"The directory '{workingDirectory}' does not exist.");
        }

        return workingDirectory;
    }

    /// <summary>Gets the commit messages of the change (for the architecture plan): the commits after <see cref="ChangeSet.BaseCommit"/>.</summary>
    /// <param name="changeSet">A resolved change.</param>
    /// <param name="cancellationToken">Cancels the git command.</param>
    /// <returns>The messages, newest first; empty when the scope has no commits of its own.</returns>
    public async Task<IReadOnlyList<string>> GetCommitMessagesAsync(ChangeSet changeSet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changeSet);
        if (changeSet.Scope != ChangeScope.SinceMergeBase || changeSet.BaseCommit is null)
        {
            return [];
        }

        return await _git.GetCommitMessagesAsync(changeSet.Root, changeSet.BaseCommit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a file as it was before the change (at <see cref="ChangeSet.BaseCommit"/>, following a rename).</summary>
    /// <param name="changeSet">A resolved change.</param>
    /// <param name="path">The root-relative path with forward slashes (the new path of a rename).</param>
    /// <param name="cancellationToken">Cancels the git command.</param>
    /// <returns>The old content, or <see langword="null"/> when the file did not exist before or there is no base.</returns>
    public async Task<string?> ReadBaseContentAsync(ChangeSet changeSet, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changeSet);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!changeSet.IsGitRepository || changeSet.BaseCommit is null)
        {
            return null;
        }

        var file = changeSet.Find(path);
        if (file is { IsNew: true })
        {
            return null;
        }

        if (file is null && changeSet.IsUntouchedSinceBase(path) && !File.Exists(Path.Combine(changeSet.Root, path)))
        {
            // Absent now and not named by the diff from the base: absent at the base too, so no git process is needed.
            return null;
        }

        var oldPath = file?.OldPath ?? path;
        return await _git.GetFileContentAsync(changeSet.Root, changeSet.BaseCommit, oldPath, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a file as the change has it: the staged content in <see cref="ChangeScope.Staged"/> scope
    /// (what the commit will hold, which the line numbers refer to), the working tree otherwise.
    /// </summary>
    /// <param name="changeSet">A resolved change.</param>
    /// <param name="path">The root-relative path with forward slashes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The content, or <see langword="null"/> when the file does not exist.</returns>
    public async Task<string?> ReadChangedContentAsync(ChangeSet changeSet, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changeSet);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (changeSet.Scope == ChangeScope.Staged)
        {
            return await _git.GetFileContentAsync(changeSet.Root, null, path, cancellationToken).ConfigureAwait(false);
        }

        var fullPath = Path.Combine(changeSet.Root, path);
        return File.Exists(fullPath) ? await File.ReadAllTextAsync(fullPath, Encoding.UTF8, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>
    /// Reads a file's bytes as the change has it, undecoded (Python files declare their own encoding): the
    /// staged content in <see cref="ChangeScope.Staged"/> scope, the working tree otherwise.
    /// </summary>
    /// <param name="changeSet">A resolved change.</param>
    /// <param name="path">The root-relative path with forward slashes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes, or <see langword="null"/> when the file does not exist.</returns>
    public async Task<byte[]?> ReadChangedBytesAsync(ChangeSet changeSet, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changeSet);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (changeSet.Scope == ChangeScope.Staged)
        {
            return await _git.GetFileBytesAsync(changeSet.Root, null, path, cancellationToken).ConfigureAwait(false);
        }

        var fullPath = Path.Combine(changeSet.Root, path);
        return File.Exists(fullPath) ? await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>
    /// Reads many files' bytes as the change has them: in <see cref="ChangeScope.Staged"/> scope from the
    /// index through one git process, otherwise from the working tree.
    /// </summary>
    /// <param name="changeSet">A resolved change.</param>
    /// <param name="paths">Root-relative paths with forward slashes.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The bytes of each path, in order; <see langword="null"/> where the file does not exist.</returns>
    public async Task<IReadOnlyList<byte[]?>> ReadChangedBytesAsync(ChangeSet changeSet, IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changeSet);
        ArgumentNullException.ThrowIfNull(paths);
        if (changeSet.Scope == ChangeScope.Staged)
        {
            return await _git.GetIndexFilesBytesAsync(changeSet.Root, paths, cancellationToken).ConfigureAwait(false);
        }

        var results = new byte[]?[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            results[i] = await ReadChangedBytesAsync(changeSet, paths[i], cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    private async Task<Resolved> WholeTreeAsync(string root, CancellationToken cancellationToken)
    {
        var paths = await _git.ListFilesAsync(root, cancellationToken).ConfigureAwait(false);
        var files = paths.Select(static path => new ChangedFile(path, null, FileChangeStatus.Modified, false, true, false, ChangedLines.None));
        return new Resolved(ChangeScope.WholeTree, "the whole tree", null, null, files.ToArray());
    }

    private async Task<Resolved> SinceBaseAsync(string root, string baseRef, CancellationToken cancellationToken)
    {
        CheckRevisionSyntax(baseRef);

        // Listing untracked files walks the tree; it does not depend on the merge base, so it runs alongside.
        var untracked = _git.GetUntrackedFilesAsync(root, cancellationToken);
        try
        {
            return await SinceBaseAsync(root, baseRef, untracked, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ((Task)untracked).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<Resolved> SinceBaseAsync(string root, string baseRef, Task<IReadOnlyList<string>> untracked, CancellationToken cancellationToken)
    {
        string? mergeBase;
        try
        {
            mergeBase = await _git.GetMergeBaseAsync(root, baseRef, cancellationToken).ConfigureAwait(false);
        }
        catch (GitException e)
        {
            throw await ExplainMergeBaseFailureAsync(root, baseRef, e, cancellationToken).ConfigureAwait(false);
        }

        if (mergeBase is null)
        {
            throw new ChangeScopeException(
                $"HEAD and '{baseRef}' have no common ancestor, so there is no merge base to compare with. "
                + "If this is a shallow clone, fetch the full history (for example 'git fetch --unshallow', or 'fetch-depth: 0' in GitHub Actions).");
        }

        var description = $"changes since merge base {Short(mergeBase)} with {baseRef}";
        return await WorkingTreeAsync(root, ChangeScope.SinceMergeBase, description, baseRef, mergeBase, untracked, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Resolved> StagedAsync(string root, CancellationToken cancellationToken)
    {
        var head = _git.GetHeadCommitAsync(root, cancellationToken);
        var diff = _git.GetStagedDiffAsync(root, cancellationToken);
        await Task.WhenAll(head, diff).ConfigureAwait(false);
        var headCommit = await head.ConfigureAwait(false);
        var files = (await diff.ConfigureAwait(false)).Select(FromDiff).ToArray();
        var description = headCommit is null ? "staged changes (no commits yet)" : "staged changes";
        return new Resolved(ChangeScope.Staged, description, headCommit is null ? null : "HEAD", headCommit, files);
    }

    private async Task<Resolved> DefaultAsync(string root, CancellationToken cancellationToken)
    {
        // Listing untracked files walks the tree; it does not depend on the branch questions, so it runs alongside.
        var untracked = _git.GetUntrackedFilesAsync(root, cancellationToken);
        try
        {
            return await DefaultAsync(root, untracked, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ((Task)untracked).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<Resolved> DefaultAsync(string root, Task<IReadOnlyList<string>> untracked, CancellationToken cancellationToken)
    {
        var branchTask = _git.GetCurrentBranchAsync(root, cancellationToken);
        var headTask = _git.GetHeadCommitAsync(root, cancellationToken);
        var defaultTask = _git.GetDefaultBranchAsync(root, cancellationToken);
        await Task.WhenAll(branchTask, headTask, defaultTask).ConfigureAwait(false);
        var branch = await branchTask.ConfigureAwait(false);
        var head = await headTask.ConfigureAwait(false);
        var defaultBranch = await defaultTask.ConfigureAwait(false);

        if (head is null)
        {
            // Before the first commit every file is new.
            var paths = await _git.ListFilesAsync(root, cancellationToken).ConfigureAwait(false);
            var files = paths.Select(static path => new ChangedFile(path, null, FileChangeStatus.Added, true, true, false, ChangedLines.None)).ToArray();
            return new Resolved(ChangeScope.Uncommitted, "uncommitted changes (no commits yet: every file is new)", null, null, files);
        }

        var where = branch is null ? "detached HEAD" : $"branch {branch}";
        if (defaultBranch is null)
        {
            return await WorkingTreeAsync(root, ChangeScope.Uncommitted, $"uncommitted changes ({where}; no default branch found)", "HEAD", head, untracked, cancellationToken).ConfigureAwait(false);
        }

        if (IsSameBranch(branch, defaultBranch))
        {
            return await WorkingTreeAsync(root, ChangeScope.Uncommitted, $"uncommitted changes (on the default branch {branch})", "HEAD", head, untracked, cancellationToken).ConfigureAwait(false);
        }

        var mergeBase = await _git.GetMergeBaseAsync(root, defaultBranch, cancellationToken).ConfigureAwait(false);
        if (mergeBase is null)
        {
            return await WorkingTreeAsync(root, ChangeScope.Uncommitted, $"uncommitted changes ({where} shares no history with {defaultBranch})", "HEAD", head, untracked, cancellationToken).ConfigureAwait(false);
        }

        if (string.Equals(mergeBase, head, StringComparison.Ordinal))
        {
            // HEAD is already part of the default branch: only what is not committed is new.
            return await WorkingTreeAsync(root, ChangeScope.Uncommitted, $"uncommitted changes ({where} has no commits beyond {defaultBranch})", "HEAD", head, untracked, cancellationToken).ConfigureAwait(false);
        }

        var description = $"changes since merge base {Short(mergeBase)} with {defaultBranch} (the default branch; {where})";
        return await WorkingTreeAsync(root, ChangeScope.SinceMergeBase, description, defaultBranch, mergeBase, untracked, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Resolved> WorkingTreeAsync(
        string root,
        ChangeScope scope,
        string description,
        string baseRef,
        string baseCommit,
        Task<IReadOnlyList<string>> untrackedTask,
        CancellationToken cancellationToken)
    {
        var diffTask = _git.GetWorkingTreeDiffAsync(root, baseCommit, cancellationToken);
        await Task.WhenAll(diffTask, untrackedTask).ConfigureAwait(false);

        var files = new List<ChangedFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diff in await diffTask.ConfigureAwait(false))
        {
            var file = FromDiff(diff);
            if (seen.Add(file.Path))
            {
                files.Add(file);
            }
        }

        foreach (var path in await untrackedTask.ConfigureAwait(false))
        {
            if (seen.Add(path))
            {
                files.Add(new ChangedFile(path, null, FileChangeStatus.Added, true, true, false, ChangedLines.None));
            }
        }

        return new Resolved(scope, description, baseRef, baseCommit, files);
    }

    private static ChangedFile FromDiff(FileDiff diff)
    {
        var isNew = diff.Status is FileChangeStatus.Added or FileChangeStatus.Copied or FileChangeStatus.TypeChanged;
        var oldPath = diff.Status is FileChangeStatus.Renamed or FileChangeStatus.Copied ? diff.OldPath : null;
        return new ChangedFile(diff.Path, oldPath, diff.Status, isNew, isNew, diff.IsBinary, isNew ? ChangedLines.None : diff.Lines);
    }

    private async Task<ChangeScopeException> ExplainMergeBaseFailureAsync(string root, string baseRef, GitException failure, CancellationToken cancellationToken)
    {
        var revisionTask = _git.ResolveCommitAsync(root, baseRef, cancellationToken);
        var headTask = _git.GetHeadCommitAsync(root, cancellationToken);
        await Task.WhenAll(revisionTask, headTask).ConfigureAwait(false);
        if (await revisionTask.ConfigureAwait(false) is null)
        {
            return new ChangeScopeException(
                $"Unknown revision '{baseRef}': no branch, tag or commit of that name in {root}. "
                + "Name an existing one, or fetch it first (for example 'git fetch origin main').",
                failure);
        }

        if (await headTask.ConfigureAwait(false) is null)
        {
            return new ChangeScopeException("The repository has no commits yet, so there is no merge base with '" + baseRef + "'; commit first or use --staged.", failure);
        }

        return new ChangeScopeException($"Could not find the merge base of HEAD and '{baseRef}': {failure.StandardError.Trim()}", failure);
    }

    private static void CheckRevisionSyntax(string baseRef)
    {
        if (baseRef.Length == 0 || baseRef.StartsWith('-') || baseRef.Any(char.IsControl) || baseRef.Any(char.IsWhiteSpace))
        {
            throw new ChangeScopeException($"'{baseRef}' is not a valid revision for --base: name a branch, tag or commit.");
        }
    }

    /// <summary>Being on <c>main</c> counts as being on the default branch <c>origin/main</c>.</summary>
    private static bool IsSameBranch(string? branch, string defaultBranch) =>
        branch is not null
        && (string.Equals(branch, defaultBranch, StringComparison.Ordinal)
            || string.Equals("origin/" + branch, defaultBranch, StringComparison.Ordinal));

    private static string Short(string commit) => commit.Length > ShortCommitLength ? commit[..ShortCommitLength] : commit;

    /// <summary>Turns user paths into root-relative filters with forward slashes; paths outside the root are an error.</summary>
    private static UserFilter[] ResolveFilters(IReadOnlyList<string> paths, string workingDirectory, string root, string prefix)
    {
        var filters = new UserFilter[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            if (string.IsNullOrEmpty(path))
            {
                throw new ChangeScopeException("An empty path was given; name a file or folder.");
            }

            var full = Path.GetFullPath(path, workingDirectory);
            var relative = Path.GetRelativePath(root, full);
            if (IsOutside(relative))
            {
                // The root may be spelt differently (a symbolic link on the way): go through git's prefix.
                relative = prefix + Path.GetRelativePath(workingDirectory, full);
            }

            var normalized = Normalize(relative)
                ?? throw new ChangeScopeException($"The path '{path}' is outside the repository at {root}.");
            filters[i] = new UserFilter(path, normalized, File.Exists(full) || Directory.Exists(full));
        }

        return filters;
    }

    private static string[] Distinct(UserFilter[] filters) =>
        filters.Any(static filter => filter.Filter.Length == 0)
            ? [string.Empty]
            : [.. filters.Select(static filter => filter.Filter).Distinct(StringComparer.Ordinal)];

    /// <summary>A path that exists neither on disk nor in the change (a deleted file) is a typo, not an empty scope.</summary>
    private static void CheckFiltersExist(UserFilter[] filters, IReadOnlyList<ChangedFile> files)
    {
        foreach (var filter in filters)
        {
            if (!filter.Exists && !files.Any(file => ChangeSet.MatchesFilters([filter.Filter], file.Path)))
            {
                throw new ChangeScopeException($"The path '{filter.Path}' does not exist.");
            }
        }
    }

    private static bool IsOutside(string relative) =>
        Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal)
        || relative.StartsWith("..\\", StringComparison.Ordinal);

    /// <summary>Resolves <c>.</c> and <c>..</c> segments; <see langword="null"/> when the path climbs above the root.</summary>
    private static string? Normalize(string relative)
    {
        var text = Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
        return Path.IsPathRooted(text) ? null : RelativePath.Collapse(text);
    }

    private sealed record UserFilter(string Path, string Filter, bool Exists);

    private sealed record Resolved(ChangeScope Scope, string Description, string? BaseRef, string? BaseCommit, IReadOnlyList<ChangedFile> Files);
}
