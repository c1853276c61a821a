namespace ProdReady.Git.Changes;

/// <summary>
/// A resolved change: the scope used and why, and the files it covers with their touched lines.
/// In change scopes a finding counts when its unit overlaps the change (<see cref="Touches"/>); in
/// whole-tree scope every file counts entirely.
/// </summary>
public sealed class ChangeSet
{
    private readonly Dictionary<string, ChangedFile> _byPath;
    private readonly HashSet<string>? _namedByDiff;

    /// <summary>Initializes a new instance of the <see cref="ChangeSet"/> class.</summary>
    /// <param name="root">The absolute directory the paths are relative to: the repository root, or the working directory outside git.</param>
    /// <param name="isGitRepository">Whether <paramref name="root"/> is a git work tree.</param>
    /// <param name="scope">The scope actually used.</param>
    /// <param name="description">Why and against what, for the report (for example <c>changes since merge base a1b2c3d with main</c>).</param>
    /// <param name="baseRef">The revision the change is measured against as the user or repository named it; <see langword="null"/> when none.</param>
    /// <param name="baseCommit">The commit the change is measured against (merge base or HEAD); <see langword="null"/> when none.</param>
    /// <param name="files">The files of the change, or of the tree in whole-tree scope.</param>
    /// <param name="pathFilters">Root-relative files or folders that narrow the scope; empty when none.</param>
    /// <param name="namedByDiff">
    /// Every path (new and old) the change named before <paramref name="pathFilters"/> narrowed it, or <see langword="null"/> when
    /// unknown: then only <paramref name="files"/> are known, and only when there are no filters.
    /// </param>
    public ChangeSet(
        string root,
        bool isGitRepository,
        ChangeScope scope,
        string description,
        string? baseRef,
        string? baseCommit,
        IEnumerable<ChangedFile> files,
        IReadOnlyList<string> pathFilters,
        IEnumerable<string>? namedByDiff = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(pathFilters);
        Root = root;
        IsGitRepository = isGitRepository;
        Scope = scope;
        Description = description;
        BaseRef = baseRef;
        BaseCommit = baseCommit;
        PathFilters = pathFilters;
        var sorted = files.OrderBy(static file => file.Path, StringComparer.Ordinal).ToArray();
        _byPath = new Dictionary<string, ChangedFile>(sorted.Length, StringComparer.Ordinal);
        foreach (var file in sorted)
        {
            _byPath.TryAdd(file.Path, file);
        }

        Files = sorted;
        if (namedByDiff is not null)
        {
            _namedByDiff = new HashSet<string>(namedByDiff, StringComparer.Ordinal);
        }
        else if (pathFilters.Count == 0)
        {
            _namedByDiff = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in sorted)
            {
                _namedByDiff.Add(file.Path);
                if (file.OldPath is not null)
                {
                    _namedByDiff.Add(file.OldPath);
                }
            }
        }
    }

    /// <summary>Gets the absolute directory the paths are relative to.</summary>
    public string Root { get; }

    /// <summary>Gets a value indicating whether <see cref="Root"/> is a git work tree.</summary>
    public bool IsGitRepository { get; }

    /// <summary>Gets the scope actually used.</summary>
    public ChangeScope Scope { get; }

    /// <summary>Gets a value indicating whether every file counts entirely.</summary>
    public bool IsWholeTree => Scope == ChangeScope.WholeTree;

    /// <summary>Gets the scope in words, for the report.</summary>
    public string Description { get; }

    /// <summary>Gets the revision the change is measured against as named (<c>main</c>, <c>origin/main</c>, <c>HEAD</c>).</summary>
    public string? BaseRef { get; }

    /// <summary>Gets the commit the change is measured against: the merge base, or HEAD for staged and uncommitted changes.</summary>
    public string? BaseCommit { get; }

    /// <summary>
    /// Gets the files sorted by path (ordinal). Deleted files are listed but not analysable. In
    /// whole-tree scope outside a git repository this is empty: the caller enumerates <see cref="Root"/>
    /// itself and applies <see cref="IsInScope"/>.
    /// </summary>
    public IReadOnlyList<ChangedFile> Files { get; }

    /// <summary>Gets the root-relative files or folders that narrow the scope (forward slashes; empty string = the root).</summary>
    public IReadOnlyList<string> PathFilters { get; }

    /// <summary>Finds a file of the change.</summary>
    /// <param name="path">The root-relative path with forward slashes.</param>
    /// <returns>The file, or <see langword="null"/> when the change does not include it.</returns>
    public ChangedFile? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _byPath.GetValueOrDefault(path);
    }

    /// <summary>
    /// Tells whether the change certainly leaves a path as the base has it: the change compares the base with the working
    /// tree (not the index), and neither the path nor a rename from it is among the paths it named, path filters aside.
    /// A path the working tree does not hold is then absent from the base too.
    /// </summary>
    /// <param name="path">The root-relative path with forward slashes.</param>
    /// <returns><see langword="false"/> when the path changed, or when the change cannot tell.</returns>
    public bool IsUntouchedSinceBase(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IsGitRepository
            && BaseCommit is not null
            && Scope is ChangeScope.Uncommitted or ChangeScope.SinceMergeBase
            && _namedByDiff is not null
            && !_namedByDiff.Contains(path);
    }

    /// <summary>Tells whether a file is to be analysed at all.</summary>
    /// <param name="path">The root-relative path with forward slashes.</param>
    /// <returns>
    /// In whole-tree scope: whether the path passes the path filters. Otherwise: whether the change
    /// includes the file and it still exists.
    /// </returns>
    public bool IsInScope(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsWholeTree)
        {
            return MatchesFilters(PathFilters, path);
        }

        return Find(path) is { Status: not Diff.FileChangeStatus.Deleted };
    }

    /// <summary>Tells whether a unit spanning <c>[startLine, endLine]</c> of a file belongs to the change.</summary>
    /// <param name="path">The root-relative path with forward slashes.</param>
    /// <param name="startLine">The unit's first line, 1-based.</param>
    /// <param name="endLine">The unit's last line, inclusive.</param>
    /// <returns><see langword="true"/> when findings in that unit are to be reported.</returns>
    public bool Touches(string path, int startLine, int endLine)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsWholeTree)
        {
            return startLine <= endLine && MatchesFilters(PathFilters, path);
        }

        return Find(path)?.Touches(startLine, endLine) ?? false;
    }

    /// <summary>Tells whether <paramref name="path"/> is one of the filters or lies under one.</summary>
    internal static bool MatchesFilters(IReadOnlyList<string> filters, string path)
    {
        if (filters.Count == 0)
        {
            return true;
        }

        foreach (var filter in filters)
        {
            if (filter.Length == 0
                || string.Equals(path, filter, StringComparison.Ordinal)
                || (path.Length > filter.Length && path[filter.Length] == '/' && path.StartsWith(filter, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
