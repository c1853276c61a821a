using System.Globalization;
using System.IO.Enumeration;
using ProdReady.Analysis.Configuration;
using ProdReady.Semantics.Index;

namespace ProdReady.Analysis.Discovery;

/// <summary>The state of one discovery run: the resolved roots, the ignore sources, the sniff buffer and the results.</summary>
internal sealed class DiscoveryWalker
{
    private static readonly EnumerationOptions s_enumerationOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private readonly string _root;
    private readonly ProdReadyConfiguration _configuration;
    private readonly IgnoreList _excludes;
    private readonly IgnoreScope? _baseScope;
    private readonly List<string> _walkRoots;
    private readonly List<string> _testRoots;
    private readonly List<(string FullPath, string RelativePath, Candidate Kind)> _pending = [];
    private readonly List<DiscoveredFile> _files = [];
    private readonly List<SkippedFile> _skipped = [];
    private readonly Dictionary<string, DirectoryState> _directories = new(StringComparer.Ordinal);

    /// <summary>What the walk's result depends on, taken as it goes; <see langword="null"/> when not recorded.</summary>
    private readonly List<PathStamp>? _stamps;

    /// <summary>Whether a directory or an ignore file could not be read: permissions change no time a stamp compares.</summary>
    private bool _sawUnreadable;

    /// <summary>Initializes a new instance of the <see cref="DiscoveryWalker"/> class.</summary>
    /// <param name="root">The checked root.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="recordStamps">Whether to stamp what the walk's result depends on (see <see cref="Stamps"/>).</param>
    public DiscoveryWalker(string root, ProdReadyConfiguration configuration, bool recordStamps = false)
    {
        _stamps = recordStamps ? [] : null;
        _root = PathText.Normalize(root);
        _configuration = configuration;
        var configurationBase = PathBase.ForConfiguration(_root, configuration.Directory);
        _excludes = BuildExcludes(configurationBase, configuration);
        _walkRoots = ResolveRoots(configuration.Src.Concat(configuration.Tests), configuration);
        _testRoots = ResolveRoots(configuration.Tests, configuration);
        _baseScope = configuration.RespectGitignore ? RepositoryScope(_root) : null;
    }

    /// <summary>
    /// Gets the stamps of what the walk's result depends on: every directory it opened (taken before listing it), every
    /// ignore file it read, and the repository's ignore sources it looked for; empty unless asked for.
    /// </summary>
    public IReadOnlyList<PathStamp> Stamps => _stamps ?? [];

    /// <summary>
    /// Gets a value indicating whether the walk met a directory or ignore file it could not read. Making it readable
    /// changes only its status-change time, which no stamp compares, so such a walk must not be reused.
    /// </summary>
    public bool SawUnreadable => _sawUnreadable;

    private enum EntryKind
    {
        File,
        Directory,
        Link,
    }

    private enum Candidate
    {
        None,
        ByExtension,
        ByShebang,
    }

    /// <summary>Walks the whole tree under the configured roots.</summary>
    /// <param name="cancellationToken">Stops the walk between directories.</param>
    /// <exception cref="OperationCanceledException">The walk was cancelled.</exception>
    public void WalkTree(CancellationToken cancellationToken = default)
    {
        if (_walkRoots.Count > 0)
        {
            Walk(_root, "", _baseScope, cancellationToken);
        }
    }

    /// <summary>Checks an explicit list of paths.</summary>
    /// <param name="candidates">Paths relative to the root, or full paths.</param>
    public void CheckCandidates(IEnumerable<string> candidates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            ArgumentNullException.ThrowIfNull(candidate, nameof(candidates));
            var full = PathText.Normalize(Path.IsPathRooted(candidate) ? candidate : Path.Combine(_root, candidate));
            if (!PathText.IsStrictlyInside(full, _root))
            {
                if (seen.Add(full))
                {
                    _skipped.Add(new SkippedFile(candidate.Replace('\\', '/'), SkipReason.OutsideRoot, "outside the checked root"));
                }

                continue;
            }

            var relative = PathText.RelativeInside(_root, full);
            if (seen.Add(relative))
            {
                CheckCandidate(full, relative);
            }
        }
    }

    /// <summary>
    /// Returns the <c>.py</c> and <c>.pyi</c> files the walk found, without reading them (no size, binary, encoding or
    /// shebang checks): enough to know which modules exist.
    /// </summary>
    /// <returns>The paths relative to the root, sorted.</returns>
    public List<string> PythonPaths()
    {
        var paths = _pending.Where(p => p.Kind == Candidate.ByExtension).Select(p => p.RelativePath).ToList();
        paths.Sort(string.CompareOrdinal);
        return paths;
    }

    /// <summary>Sorts and returns what was found.</summary>
    /// <returns>The result.</returns>
    public DiscoveryResult ToResult()
    {
        SniffPending();
        _files.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        _skipped.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return new DiscoveryResult(_files.ToArray(), _skipped.ToArray());
    }

    private static IgnoreList BuildExcludes(PathBase configurationBase, ProdReadyConfiguration configuration)
    {
        var patterns = new List<IgnorePattern>();
        foreach (var text in configuration.Exclude.Concat(configuration.ExtendExclude))
        {
            var pattern = IgnorePattern.Parse(text, 0);
            if (pattern is not null)
            {
                patterns.Add(pattern);
            }
        }

        return new IgnoreList(configurationBase, patterns);
    }

    /// <summary>Turns configured roots into root-relative paths ("" for the whole root), dropping those outside it and those inside another.</summary>
    private List<string> ResolveRoots(IEnumerable<string> roots, ProdReadyConfiguration configuration)
    {
        var anchor = PathBase.Locate(_root, configuration.Directory).IsUnrelated ? _root : configuration.Directory;
        var resolved = new List<string>();
        foreach (var root in roots)
        {
            var full = PathText.Normalize(Path.Combine(anchor, root));
            if (string.Equals(full, _root, StringComparison.Ordinal) || PathText.IsStrictlyInside(_root, full))
            {
                resolved.Add("");
            }
            else if (PathText.IsStrictlyInside(full, _root))
            {
                resolved.Add(PathText.RelativeInside(_root, full));
            }
        }

        resolved.Sort(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var path in resolved)
        {
            if (!kept.Exists(existing => PathText.IsSameOrInside(path, existing)))
            {
                kept.Add(path);
            }
        }

        return kept;
    }

    /// <summary>The lowest-precedence ignore sources: <c>.git/info/exclude</c> and the <c>.gitignore</c> files of the root's ancestors inside the repository.</summary>
    private IgnoreScope? RepositoryScope(string root)
    {
        var stamps = _stamps;
        var repository = FindRepositoryRoot(root, stamps);
        if (repository is null)
        {
            return null;
        }

        IgnoreScope? scope = null;
        var exclude = InfoExcludePath(repository);
        if (stamps is not null)
        {
            // A worktree's .git file names where info/exclude is: its contents decide which file is read.
            if (File.Exists(Path.Combine(repository, ".git")))
            {
                stamps.Add(PathStamp.Of(Path.Combine(repository, ".git"), StampKind.File));
            }

            if (exclude is not null)
            {
                stamps.Add(PathStamp.Of(exclude, StampKind.File));
            }
        }

        if (exclude is not null)
        {
            scope = IgnoreScope.Push(scope, LoadIgnoreFile(PathBase.Locate(root, repository), exclude));
        }

        var ancestors = new List<string>();
        for (var directory = repository; !string.Equals(directory, root, StringComparison.Ordinal);)
        {
            ancestors.Add(directory);
            var next = root.IndexOf('/', directory.Length + 1);
            directory = next < 0 ? root : root[..next];
        }

        foreach (var ancestor in ancestors)
        {
            stamps?.Add(PathStamp.Of(Path.Combine(ancestor, ".gitignore"), StampKind.File));
            scope = IgnoreScope.Push(scope, LoadIgnoreFile(PathBase.Locate(root, ancestor), Path.Combine(ancestor, ".gitignore")));
        }

        return scope;
    }

    private static string? FindRepositoryRoot(string root, List<PathStamp>? stamps)
    {
        for (var directory = root; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            stamps?.Add(PathStamp.Of(Path.Combine(directory, ".git"), StampKind.Presence));
            if (Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git")))
            {
                return PathText.Normalize(directory);
            }
        }

        return null;
    }

    /// <summary>The <c>info/exclude</c> file of the repository, following a worktree's <c>.git</c> file and <c>commondir</c>.</summary>
    private static string? InfoExcludePath(string repository)
    {
        var dotGit = Path.Combine(repository, ".git");
        if (Directory.Exists(dotGit))
        {
            return Path.Combine(dotGit, "info", "exclude");
        }

        try
        {
            var pointer = File.ReadAllText(dotGit).Trim();
            if (!pointer.StartsWith("gitdir:", StringComparison.Ordinal))
            {
                return null;
            }

            var gitDirectory = Path.GetFullPath(Path.Combine(repository, pointer["gitdir:".Length..].Trim()));
            var commonPointer = Path.Combine(gitDirectory, "commondir");
            var common = File.Exists(commonPointer)
                ? Path.GetFullPath(Path.Combine(gitDirectory, File.ReadAllText(commonPointer).Trim()))
                : gitDirectory;
            return Path.Combine(common, "info", "exclude");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private void Walk(string directoryFull, string directoryRelative, IgnoreScope? scope, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Stamped before it is listed: an entry added while it is listed leaves a newer time than the one recorded.
        _stamps?.Add(PathStamp.Of(directoryFull, StampKind.Directory));
        List<(string Name, EntryKind Kind)> entries;
        try
        {
            var enumerable = new FileSystemEnumerable<(string Name, EntryKind Kind)>(
                directoryFull,
                static (ref FileSystemEntry entry) => (entry.FileName.ToString(), KindOf(ref entry)),
                s_enumerationOptions);
            entries = [.. enumerable];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _sawUnreadable = true;
            _skipped.Add(new SkippedFile(directoryRelative.Length == 0 ? "." : directoryRelative, SkipReason.Unreadable, "unreadable directory: " + exception.Message));
            return;
        }

        if (_configuration.RespectGitignore && entries.Contains((".gitignore", EntryKind.File)))
        {
            _stamps?.Add(PathStamp.Of(Path.Combine(directoryFull, ".gitignore"), StampKind.File));
            scope = IgnoreScope.Push(scope, LoadIgnoreFile(PathBase.Below(directoryRelative), Path.Combine(directoryFull, ".gitignore")));
        }

        foreach (var (name, kind) in entries)
        {
            var relative = PathText.Join(directoryRelative, name);
            if (kind == EntryKind.Directory)
            {
                if (name != ".git" && name != ProjectIndex.CacheFolderName && IsOnWalkRootPath(relative) && !IsExcluded(relative, isDirectory: true, scope))
                {
                    Walk(directoryFull + "/" + name, relative, scope, cancellationToken);
                }
            }
            else if (kind == EntryKind.File)
            {
                var candidate = Classify(name);
                if (candidate != Candidate.None && IsInsideWalkRoot(relative) && !IsExcluded(relative, isDirectory: false, scope))
                {
                    _pending.Add((directoryFull + "/" + name, relative, candidate));
                }
            }
        }
    }

    /// <summary>Reads an ignore file, noting when one that exists cannot be read (see <see cref="SawUnreadable"/>).</summary>
    private IgnoreList? LoadIgnoreFile(PathBase pathBase, string path)
    {
        var list = IgnoreList.Load(pathBase, path, out var unreadable);
        _sawUnreadable |= unreadable;
        return list;
    }

    private static EntryKind KindOf(ref FileSystemEntry entry)
    {
        if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
        {
            return EntryKind.Link;
        }

        return entry.IsDirectory ? EntryKind.Directory : EntryKind.File;
    }

    private void CheckCandidate(string full, string relative)
    {
        var slash = relative.LastIndexOf('/');
        var name = relative[(slash + 1)..];
        var candidate = Classify(name);
        if (candidate == Candidate.None || !IsInsideWalkRoot(relative))
        {
            return;
        }

        var parent = slash < 0 ? "" : relative[..slash];
        var state = DirectoryStateOf(parent);
        if (!state.IsWalkable || !IsRegularFile(full) || IsExcluded(relative, isDirectory: false, state.Scope))
        {
            return;
        }

        _pending.Add((full, relative, candidate));
    }

    /// <summary>The ignore scope of a root-relative directory and whether the walk would enter it, computed along its ancestors and cached.</summary>
    private DirectoryState DirectoryStateOf(string relative)
    {
        if (_directories.TryGetValue(relative, out var cached))
        {
            return cached;
        }

        DirectoryState state;
        var full = relative.Length == 0 ? _root : _root + "/" + relative;
        if (relative.Length == 0)
        {
            state = new DirectoryState(Directory.Exists(full), LoadGitignore(full, relative, _baseScope));
        }
        else
        {
            var slash = relative.LastIndexOf('/');
            var parent = DirectoryStateOf(slash < 0 ? "" : relative[..slash]);
            var name = relative[(slash + 1)..];
            var walkable = parent.IsWalkable
                && name != ".git"
                && name != ProjectIndex.CacheFolderName
                && IsRealDirectory(full)
                && !IsExcluded(relative, isDirectory: true, parent.Scope);
            state = new DirectoryState(walkable, walkable ? LoadGitignore(full, relative, parent.Scope) : null);
        }

        _directories.Add(relative, state);
        return state;
    }

    private IgnoreScope? LoadGitignore(string full, string relative, IgnoreScope? scope) =>
        _configuration.RespectGitignore
            ? IgnoreScope.Push(scope, IgnoreList.Load(PathBase.Below(relative), Path.Combine(full, ".gitignore")))
            : scope;

    private static bool IsRealDirectory(string full)
    {
        var info = new DirectoryInfo(full);
        return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0;
    }

    private static bool IsRegularFile(string full)
    {
        var info = new FileInfo(full);
        return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0;
    }

    private static Candidate Classify(string name)
    {
        if (name.EndsWith(".py", StringComparison.Ordinal) || name.EndsWith(".pyi", StringComparison.Ordinal))
        {
            return name.Length > 3 ? Candidate.ByExtension : Candidate.None;
        }

        return name.IndexOf('.', 1) < 0 && name[0] != '.' ? Candidate.ByShebang : Candidate.None;
    }

    private bool IsExcluded(string relative, bool isDirectory, IgnoreScope? scope) =>
        _excludes.Match(relative, isDirectory) == true
        || (_configuration.RespectGitignore && IgnoreScope.IsIgnored(scope, relative, isDirectory));

    /// <summary>Whether a directory is inside a walk root or on the way to one.</summary>
    private bool IsOnWalkRootPath(string relative)
    {
        foreach (var root in _walkRoots)
        {
            if (PathText.IsSameOrInside(relative, root) || PathText.IsSameOrInside(root, relative))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsInsideWalkRoot(string relative)
    {
        foreach (var root in _walkRoots)
        {
            if (PathText.IsSameOrInside(relative, root))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTest(string relative)
    {
        foreach (var root in _testRoots)
        {
            if (PathText.IsSameOrInside(relative, root))
            {
                return true;
            }
        }

        var name = relative[(relative.LastIndexOf('/') + 1)..];
        return name == "conftest.py"
            || (name.StartsWith("test_", StringComparison.Ordinal) && name.EndsWith(".py", StringComparison.Ordinal))
            || name.EndsWith("_test.py", StringComparison.Ordinal);
    }

    /// <summary>Reads the first bytes of every candidate, in parallel (each file is independent), keeping the walk's order.</summary>
    private void SniffPending()
    {
        var outcomes = new object?[_pending.Count];
        if (_pending.Count < 64)
        {
            var buffer = new byte[SourceDiscovery.SniffLength];
            for (var i = 0; i < _pending.Count; i++)
            {
                outcomes[i] = Sniff(_pending[i], buffer);
            }
        }
        else
        {
            Parallel.For(
                0,
                _pending.Count,
                () => new byte[SourceDiscovery.SniffLength],
                (i, _, buffer) =>
                {
                    outcomes[i] = Sniff(_pending[i], buffer);
                    return buffer;
                },
                _ => { });
        }

        foreach (var outcome in outcomes)
        {
            if (outcome is DiscoveredFile file)
            {
                _files.Add(file);
            }
            else if (outcome is SkippedFile skipped)
            {
                _skipped.Add(skipped);
            }
        }

        _pending.Clear();
    }

    /// <summary>Classifies one candidate from its first bytes: a file to analyse, a skipped file, or <see langword="null"/> when it is not Python.</summary>
    private object? Sniff((string FullPath, string RelativePath, Candidate Kind) candidate, byte[] buffer)
    {
        var (full, relative, kind) = candidate;
        try
        {
            using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            var read = -1;
            if (kind == Candidate.ByShebang)
            {
                read = ReadStart(handle, length, buffer);
                if (!Shebang.IsPython(buffer.AsSpan(0, read)))
                {
                    return null;
                }
            }

            if (length > _configuration.MaxFileSize)
            {
                return new SkippedFile(relative, SkipReason.TooLarge, string.Create(
                    CultureInfo.InvariantCulture,
                    $"larger than max-file-size ({length:N0} bytes > {_configuration.MaxFileSize:N0})"));
            }

            if (read < 0)
            {
                read = ReadStart(handle, length, buffer);
            }

            var start = buffer.AsSpan(0, read);
            if (SourceEncoding.IsBinary(start))
            {
                return new SkippedFile(relative, SkipReason.Binary, "binary file (NUL byte in the first 8 KiB)");
            }

            return SourceEncoding.IsUndecodable(start, isWholeFile: read >= length)
                ? new SkippedFile(relative, SkipReason.Undecodable, "not valid UTF-8 and no coding declaration")
                : new DiscoveredFile(relative, full, length, IsTest(relative));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new SkippedFile(relative, SkipReason.Unreadable, "unreadable: " + exception.Message);
        }
    }

    private static int ReadStart(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length, byte[] buffer)
    {
        var wanted = (int)Math.Min(length, buffer.Length);
        var total = 0;
        while (total < wanted)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(total, wanted - total), total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private readonly record struct DirectoryState(bool IsWalkable, IgnoreScope? Scope);
}
