using System.IO.Enumeration;

namespace ProdReady.Semantics.Project;

/// <summary>
/// The members of a uv workspace (<c>[tool.uv.workspace]</c> in the root's <c>pyproject.toml</c>): the folders its
/// <c>members</c> globs name that hold a <c>pyproject.toml</c>, less those its <c>exclude</c> globs name. uv installs every
/// member into the workspace's environment, so each member's packages are importable by their own names.
/// </summary>
public static class WorkspaceMembers
{
    /// <summary>How deep a <c>**</c> of a glob goes below the folder it starts at.</summary>
    private const int MaxRecursiveDepth = 8;

    /// <summary>Finds the members of the workspace whose root is <paramref name="root"/>.</summary>
    /// <param name="root">The project root.</param>
    /// <param name="memberGlobs">The workspace's <c>members</c> globs, as the root's <c>pyproject.toml</c> declares them (see <see cref="Environment.DeclaredDependencies.WorkspaceMemberGlobs"/>).</param>
    /// <param name="excludeGlobs">Its <c>exclude</c> globs.</param>
    /// <returns>
    /// The members' folders relative to the root, with forward slashes, in ordinal order; empty when the root declares no
    /// workspace (the layout is then the root's alone).
    /// </returns>
    public static IReadOnlyList<string> Find(string root, IEnumerable<string> memberGlobs, IEnumerable<string> excludeGlobs)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(memberGlobs);
        ArgumentNullException.ThrowIfNull(excludeGlobs);
        var excluded = Expand(root, excludeGlobs);
        var members = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in Expand(root, memberGlobs))
        {
            if (!excluded.Contains(folder) && folder.Length > 0 && File.Exists(Path.Combine(root, folder, "pyproject.toml")))
            {
                members.Add(folder);
            }
        }

        return [.. members];
    }

    /// <summary>The folders below the root that the globs name, relative to the root, with forward slashes.</summary>
    private static HashSet<string> Expand(string root, IEnumerable<string> globs)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var glob in globs)
        {
            var segments = glob.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 0 || segments.Contains("..") || Path.IsPathRooted(glob))
            {
                // Members live inside the workspace; a glob that climbs out of it names nothing this layout holds.
                continue;
            }

            Match(root, string.Empty, segments, 0, 0, folders, []);
        }

        return folders;
    }

    private static void Match(string root, string folder, string[] segments, int index, int depth, HashSet<string> found, HashSet<(string, int)> tried)
    {
        if (!tried.Add((folder, index)))
        {
            // `**/**` reaches a folder at the same point of the glob more than one way.
            return;
        }

        if (index == segments.Length)
        {
            found.Add(folder);
            return;
        }

        var segment = segments[index];
        if (segment == ".")
        {
            Match(root, folder, segments, index + 1, depth, found, tried);
            return;
        }

        if (segment == "**")
        {
            Match(root, folder, segments, index + 1, depth, found, tried);
            if (depth < MaxRecursiveDepth)
            {
                foreach (var child in Children(root, folder))
                {
                    Match(root, Join(folder, child), segments, index, depth + 1, found, tried);
                }
            }

            return;
        }

        if (segment.IndexOfAny(['*', '?']) < 0)
        {
            if (IsFolder(Path.Combine(root, Join(folder, segment))))
            {
                Match(root, Join(folder, segment), segments, index + 1, depth, found, tried);
            }

            return;
        }

        foreach (var child in Children(root, folder))
        {
            if (FileSystemName.MatchesSimpleExpression(segment, child, ignoreCase: false))
            {
                Match(root, Join(folder, child), segments, index + 1, depth, found, tried);
            }
        }
    }

    /// <summary>
    /// The names of a folder's subfolders, in ordinal order: hidden ones left out (as a glob's <c>*</c> leaves them out),
    /// and links to folders too (a workspace's members are folders of its own; a link may lead anywhere, or back up).
    /// </summary>
    private static List<string> Children(string root, string folder)
    {
        try
        {
            return new DirectoryInfo(Path.Combine(root, folder)).EnumerateDirectories()
                .Where(child => !child.Name.StartsWith('.') && (child.Attributes & FileAttributes.ReparsePoint) == 0)
                .Select(child => child.Name)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Whether a path is a folder and not a link to one.</summary>
    private static bool IsFolder(string path)
    {
        var info = new DirectoryInfo(path);
        return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0;
    }

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
