namespace ProdReady.Cli.Mcp;

/// <summary>
/// The folder an MCP server serves: every path a client names is resolved against it and refused when it leaves
/// it, textually (<c>..</c>, an absolute path elsewhere) or through a symbolic link that points outside.
/// </summary>
internal sealed class ServedRoot
{
    /// <summary>Initializes a new instance of the <see cref="ServedRoot"/> class.</summary>
    /// <param name="path">The folder; made absolute and stripped of a trailing separator.</param>
    public ServedRoot(string path)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
    }

    /// <summary>Gets the absolute path of the served folder.</summary>
    public string FullPath { get; }

    /// <summary>Resolves <paramref name="path"/> against the root when it stays inside it.</summary>
    /// <param name="path">A path relative to the root, or an absolute path inside it.</param>
    /// <param name="fullPath">The absolute path, when inside.</param>
    /// <returns><see langword="true"/> when the path, and the target of any symbolic link it is, lies inside the root.</returns>
    public bool TryResolve(string path, out string fullPath)
    {
        fullPath = Path.GetFullPath(path, FullPath);
        if (!Contains(fullPath))
        {
            return false;
        }

        // A link inside the root may still point outside it: follow it to its final target.
        try
        {
            FileSystemInfo info = Directory.Exists(fullPath) ? new DirectoryInfo(fullPath) : new FileInfo(fullPath);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                return Contains(Path.GetFullPath(target.FullName));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return true;
    }

    private bool Contains(string fullPath)
    {
        var relative = Path.GetRelativePath(FullPath, fullPath);
        return relative == "."
            || (!Path.IsPathRooted(relative)
                && relative != ".."
                && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !relative.StartsWith("../", StringComparison.Ordinal));
    }
}
