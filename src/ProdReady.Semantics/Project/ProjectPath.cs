using ProdReady.Core.Paths;

namespace ProdReady.Semantics.Project;

/// <summary>Root-relative paths with forward slashes: the form every project question takes.</summary>
internal static class ProjectPath
{
    /// <summary>
    /// Normalizes a path relative to the project root: backslashes become slashes, empty and <c>.</c> segments go,
    /// <c>..</c> removes the segment before it. The root itself is the empty string.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="projectRoot">The project root, to make an absolute path relative; <see langword="null"/> when unknown.</param>
    /// <returns>The normalized path, or <see langword="null"/> when it leads outside the root.</returns>
    public static string? Normalize(string path, string? projectRoot = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (projectRoot is not null && Path.IsPathFullyQualified(path))
        {
            path = Path.GetRelativePath(projectRoot, path);
        }
        else if (path.StartsWith('/') || path.StartsWith('\\'))
        {
            return null;
        }

        return RelativePath.Collapse(path.Replace('\\', '/'));
    }

    /// <summary>Gets the folder of a normalized path (the empty string for a root entry).</summary>
    /// <param name="path">A normalized path.</param>
    /// <returns>The parent folder.</returns>
    public static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>Gets the last segment of a normalized path.</summary>
    /// <param name="path">A normalized path.</param>
    /// <returns>The name.</returns>
    public static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>Joins a folder and a name.</summary>
    /// <param name="folder">A normalized folder (the empty string for the root).</param>
    /// <param name="name">A name.</param>
    /// <returns>The joined path.</returns>
    public static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    /// <summary>Tells whether a path is a folder or lies below it.</summary>
    /// <param name="path">A normalized path.</param>
    /// <param name="folder">A normalized folder (the empty string holds everything).</param>
    /// <returns><see langword="true"/> when <paramref name="path"/> is <paramref name="folder"/> or inside it.</returns>
    public static bool IsWithin(string path, string folder) =>
        folder.Length == 0
        || (path.StartsWith(folder, StringComparison.Ordinal) && (path.Length == folder.Length || path[folder.Length] == '/'));
}
