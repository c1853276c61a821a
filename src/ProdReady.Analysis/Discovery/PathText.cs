namespace ProdReady.Analysis.Discovery;

/// <summary>Small helpers over full and root-relative path strings (root-relative paths always use <c>/</c>).</summary>
internal static class PathText
{
    /// <summary>Makes a full path with <c>/</c> separators and no trailing separator (except for a filesystem root).</summary>
    /// <param name="path">A path.</param>
    /// <returns>The normalized full path.</returns>
    public static string Normalize(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.DirectorySeparatorChar != '/')
        {
            full = full.Replace(Path.DirectorySeparatorChar, '/');
        }

        return full.Length > 1 && full[^1] == '/' && !full.EndsWith(":/", StringComparison.Ordinal) ? full[..^1] : full;
    }

    /// <summary>Whether <paramref name="path"/> is strictly inside <paramref name="directory"/> (both normalized).</summary>
    /// <param name="path">A normalized full path.</param>
    /// <param name="directory">A normalized full directory path.</param>
    /// <returns><see langword="true"/> when the path is below the directory.</returns>
    public static bool IsStrictlyInside(string path, string directory)
    {
        if (directory.EndsWith('/'))
        {
            return path.Length > directory.Length && path.StartsWith(directory, StringComparison.Ordinal);
        }

        return path.Length > directory.Length + 1
            && path[directory.Length] == '/'
            && path.StartsWith(directory, StringComparison.Ordinal);
    }

    /// <summary>The part of <paramref name="path"/> below <paramref name="directory"/>; requires <see cref="IsStrictlyInside"/>.</summary>
    /// <param name="directory">A normalized full directory path.</param>
    /// <param name="path">A normalized full path inside it.</param>
    /// <returns>The relative path with <c>/</c> separators.</returns>
    public static string RelativeInside(string directory, string path) =>
        directory.EndsWith('/') ? path[directory.Length..] : path[(directory.Length + 1)..];

    /// <summary>Joins a root-relative directory and a name.</summary>
    /// <param name="directory">The root-relative directory, empty for the root.</param>
    /// <param name="name">The entry name.</param>
    /// <returns>The root-relative path.</returns>
    public static string Join(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;

    /// <summary>Whether <paramref name="path"/> equals <paramref name="directory"/> or is inside it (root-relative; empty is the root).</summary>
    /// <param name="path">A root-relative path.</param>
    /// <param name="directory">A root-relative directory.</param>
    /// <returns><see langword="true"/> when the path is the directory or below it.</returns>
    public static bool IsSameOrInside(string path, string directory) =>
        directory.Length == 0
        || string.Equals(path, directory, StringComparison.Ordinal)
        || (path.Length > directory.Length && path[directory.Length] == '/' && path.StartsWith(directory, StringComparison.Ordinal));
}
