using System.Globalization;
using ProdReady.Analysis.Configuration;

namespace ProdReady.Analysis.Discovery;

/// <summary>
/// Finds the Python files to analyse under a checked root: <c>*.py</c>, <c>*.pyi</c> and extension-less files
/// with a Python shebang, inside the configured <c>src</c> and <c>tests</c> roots, minus what the configured
/// excludes and the <c>.gitignore</c> files (root and nested, and <c>.git/info/exclude</c>) leave out.
/// Binary, undecodable and oversized files are skipped with a note.
/// </summary>
/// <remarks>
/// The walk never starts git: ignore files are read and matched in-process, so discovery works the
/// same outside a repository. Excluded directories are pruned before they are opened; only the
/// first 8 KiB of a candidate are read, for many candidates in parallel, and the result is
/// sorted, so it does not depend on scheduling. Symbolic links are not followed (git records them as links,
/// not as their targets), which also rules out escaping the root and looping on link cycles. The
/// <c>.git</c> directory and ProdReady's own cache folder are never entered, whatever the excludes say.
/// </remarks>
public static class SourceDiscovery
{
    /// <summary>How many bytes of each candidate are read for the shebang, binary and encoding checks.</summary>
    public const int SniffLength = 8192;

    /// <summary>Discovers the Python files under <paramref name="root"/>, or among <paramref name="candidates"/> when given.</summary>
    /// <param name="root">The checked root (usually the repository root); result paths are relative to it.</param>
    /// <param name="configuration">The configuration (its folder anchors <c>src</c>, <c>tests</c> and excludes).</param>
    /// <param name="candidates">
    /// The change set: paths relative to the root or full paths. When given, only these files are
    /// considered, under the same rules as a whole-tree walk (so a change never checks a file that
    /// <c>--all</c> would not); missing files and directories are dropped silently, paths outside the
    /// root are skipped with a note.
    /// </param>
    /// <returns>The files and the notes, sorted by path.</returns>
    public static DiscoveryResult Discover(string root, ProdReadyConfiguration configuration, IEnumerable<string>? candidates = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(configuration);
        var walker = new DiscoveryWalker(root, configuration);
        if (candidates is null)
        {
            walker.WalkTree();
        }
        else
        {
            walker.CheckCandidates(candidates);
        }

        return walker.ToResult();
    }

    /// <summary>
    /// Lists every Python file path a discovery found, the skipped ones included (a binary, undecodable or oversized
    /// <c>.py</c> file is still a module the layout knows): the same list, for a whole-tree discovery, as
    /// <see cref="ListPythonPaths(string, ProdReadyConfiguration, CancellationToken)"/> gives, plus extension-less scripts.
    /// </summary>
    /// <param name="result">A discovery's result.</param>
    /// <returns>The paths, sorted, with forward slashes.</returns>
    public static IReadOnlyList<string> LayoutPaths(DiscoveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var paths = result.Files.Select(f => f.Path).ToList();
        foreach (var skipped in result.Skipped)
        {
            if (skipped.Reason is SkipReason.Binary or SkipReason.Undecodable or SkipReason.TooLarge
                && (skipped.Path.EndsWith(".py", StringComparison.Ordinal) || skipped.Path.EndsWith(".pyi", StringComparison.Ordinal)))
            {
                paths.Add(skipped.Path);
            }
        }

        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    /// <summary>
    /// Lists the <c>.py</c> and <c>.pyi</c> files of the whole tree under the same exclusion rules as
    /// <see cref="Discover"/>, without reading any of them: what the module layout needs, at the cost of a directory walk.
    /// </summary>
    /// <param name="root">The checked root; result paths are relative to it.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="cancellationToken">Stops the walk between directories.</param>
    /// <returns>The paths, sorted, with forward slashes.</returns>
    /// <exception cref="OperationCanceledException">The walk was cancelled.</exception>
    public static IReadOnlyList<string> ListPythonPaths(string root, ProdReadyConfiguration configuration, CancellationToken cancellationToken = default) =>
        ListPythonPaths(root, configuration, useCache: false, cancellationToken);

    /// <summary>
    /// Lists the <c>.py</c> and <c>.pyi</c> files of the whole tree as <see cref="ListPythonPaths(string, ProdReadyConfiguration, CancellationToken)"/>
    /// does, reusing the previous walk's paths when asked and when no directory it opened and no ignore file it read
    /// has changed since (see <see cref="PythonPathCache"/>): a few hundred stats instead of a walk.
    /// </summary>
    /// <param name="root">The checked root; result paths are relative to it.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="useCache">Whether to read and write the walk's record in the root's cache folder.</param>
    /// <param name="cancellationToken">Stops the walk between directories.</param>
    /// <returns>The paths, sorted, with forward slashes.</returns>
    /// <exception cref="OperationCanceledException">The walk was cancelled.</exception>
    public static IReadOnlyList<string> ListPythonPaths(string root, ProdReadyConfiguration configuration, bool useCache, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(configuration);
        var key = useCache ? PythonPathCache.KeyOf(PathText.Normalize(root), configuration) : null;
        if (key is not null && PythonPathCache.TryRead(root, key) is { } recorded)
        {
            return recorded;
        }

        var start = DateTime.UtcNow.Ticks;
        var walker = new DiscoveryWalker(root, configuration, recordStamps: key is not null);
        walker.WalkTree(cancellationToken);
        var paths = walker.PythonPaths();
        if (key is not null && !walker.SawUnreadable)
        {
            // A walk that could not read a directory or an ignore file is not recorded: making it readable changes no
            // time a stamp compares.
            PythonPathCache.Write(root, key, start, walker.Stamps, paths);
        }

        return paths;
    }

    /// <summary>
    /// Applies the size, binary and encoding checks of discovery to content read from elsewhere than the
    /// working tree (the index, for <c>--staged</c>), so that a file is skipped for what will be committed.
    /// </summary>
    /// <param name="relativePath">The root-relative path with forward slashes.</param>
    /// <param name="content">The whole content.</param>
    /// <param name="configuration">The configuration (its <c>max-file-size</c>).</param>
    /// <returns>The skipped file with its reason, or <see langword="null"/> when the content is to be analysed.</returns>
    public static SkippedFile? CheckContent(string relativePath, ReadOnlySpan<byte> content, ProdReadyConfiguration configuration)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        ArgumentNullException.ThrowIfNull(configuration);
        if (content.Length > configuration.MaxFileSize)
        {
            return new SkippedFile(relativePath, SkipReason.TooLarge, string.Create(
                CultureInfo.InvariantCulture,
                $"larger than max-file-size ({content.Length:N0} bytes > {configuration.MaxFileSize:N0})"));
        }

        var start = content[..Math.Min(content.Length, SniffLength)];
        if (SourceEncoding.IsBinary(start))
        {
            return new SkippedFile(relativePath, SkipReason.Binary, "binary file (NUL byte in the first 8 KiB)");
        }

        return SourceEncoding.IsUndecodable(start, isWholeFile: start.Length >= content.Length)
            ? new SkippedFile(relativePath, SkipReason.Undecodable, "not valid UTF-8 and no coding declaration")
            : null;
    }
}
