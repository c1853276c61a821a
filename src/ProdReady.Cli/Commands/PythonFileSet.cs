namespace ProdReady.Cli.Commands;

/// <summary>A Python file to read: where it is, and the path to print for it.</summary>
/// <param name="FullPath">The absolute path.</param>
/// <param name="DisplayPath">The path as given, or relative to the folder given (always with <c>/</c>).</param>
internal sealed record PythonFile(string FullPath, string DisplayPath);

/// <summary>
/// Expands command-line paths into Python files in a stable order: a file as given; a folder searched
/// recursively for <c>*.py</c>, files before subfolders, each sorted by ordinal name (the order of
/// Python's <c>os.walk</c> with sorted names, so dumps line up with CPython's reference dump).
/// </summary>
internal static class PythonFileSet
{
    private static readonly EnumerationOptions s_listing = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = true,
        MatchType = MatchType.Simple,
        RecurseSubdirectories = false,
    };

    /// <summary>Expands <paramref name="arguments"/>.</summary>
    /// <param name="context">Resolves relative paths.</param>
    /// <param name="arguments">Files and folders, as given.</param>
    /// <returns>The files, in order.</returns>
    /// <exception cref="UsageException">A path does not exist.</exception>
    public static IReadOnlyList<PythonFile> Collect(CliContext context, IEnumerable<string> arguments)
    {
        var files = new List<PythonFile>();
        foreach (var argument in arguments)
        {
            var full = context.ResolvePath(argument);
            if (Directory.Exists(full))
            {
                AddFolder(full, files);
            }
            else if (File.Exists(full))
            {
                files.Add(new PythonFile(full, argument));
            }
            else
            {
                throw new UsageException($"no such file or directory: {argument}");
            }
        }

        return files;
    }

    private static void AddFolder(string root, List<PythonFile> files)
    {
        // Depth-first, pre-order, without recursion: a folder's files, then each subfolder in turn.
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            var names = Directory.EnumerateFiles(folder, "*", s_listing)
                .Where(path => path.EndsWith(".py", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var path in names)
            {
                files.Add(new PythonFile(path, Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/')));
            }

            var subfolders = Directory.EnumerateDirectories(folder, "*", s_listing)
                .Where(path => new DirectoryInfo(path).LinkTarget is null)
                .Order(StringComparer.Ordinal)
                .ToList();
            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }
    }
}
