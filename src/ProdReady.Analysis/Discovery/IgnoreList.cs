namespace ProdReady.Analysis.Discovery;

/// <summary>The patterns of one ignore source (a <c>.gitignore</c>, <c>.git/info/exclude</c>, configured excludes) and the directory they are relative to.</summary>
internal sealed class IgnoreList
{
    /// <summary>Initializes a new instance of the <see cref="IgnoreList"/> class.</summary>
    /// <param name="pathBase">The directory the patterns are relative to.</param>
    /// <param name="patterns">The patterns, in file order.</param>
    public IgnoreList(PathBase pathBase, IReadOnlyList<IgnorePattern> patterns)
    {
        Base = pathBase;
        Patterns = patterns;
    }

    /// <summary>Gets the directory the patterns are relative to.</summary>
    public PathBase Base { get; }

    /// <summary>Gets the patterns, in file order.</summary>
    public IReadOnlyList<IgnorePattern> Patterns { get; }

    /// <summary>Parses the text of an ignore file (a UTF-8 BOM is skipped, as git does).</summary>
    /// <param name="pathBase">The directory the patterns are relative to.</param>
    /// <param name="text">The file text.</param>
    /// <returns>The list.</returns>
    public static IgnoreList Parse(PathBase pathBase, string text)
    {
        var patterns = new List<IgnorePattern>();
        var lineNumber = 0;
        foreach (var line in text.TrimStart('\uFEFF').AsSpan().EnumerateLines())
        {
            lineNumber++;
            var pattern = IgnorePattern.Parse(line.ToString(), lineNumber);
            if (pattern is not null)
            {
                patterns.Add(pattern);
            }
        }

        return new IgnoreList(pathBase, patterns);
    }

    /// <summary>Reads an ignore file if it exists and is readable; an unreadable file is treated as empty, as git does.</summary>
    /// <param name="pathBase">The directory the patterns are relative to.</param>
    /// <param name="filePath">The full path of the file.</param>
    /// <returns>The list, or <see langword="null"/> when the file is missing, unreadable or has no pattern.</returns>
    public static IgnoreList? Load(PathBase pathBase, string filePath) => Load(pathBase, filePath, out _);

    /// <summary>Reads an ignore file if it exists and is readable, and says whether one that exists could not be read.</summary>
    /// <param name="pathBase">The directory the patterns are relative to.</param>
    /// <param name="filePath">The full path of the file.</param>
    /// <param name="unreadable">Whether the file exists but could not be read (it is then treated as empty, as git does).</param>
    /// <returns>The list, or <see langword="null"/> when the file is missing, unreadable or has no pattern.</returns>
    public static IgnoreList? Load(PathBase pathBase, string filePath, out bool unreadable)
    {
        string text;
        unreadable = false;
        try
        {
            text = File.ReadAllText(filePath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            unreadable = exception is not (FileNotFoundException or DirectoryNotFoundException);
            return null;
        }

        var list = Parse(pathBase, text);
        return list.Patterns.Count == 0 ? null : list;
    }

    /// <summary>Finds the verdict of the last pattern that matches a root-relative path.</summary>
    /// <param name="rootRelativePath">The path relative to the checked root.</param>
    /// <param name="isDirectory">Whether the path is a directory.</param>
    /// <returns><see langword="true"/> when ignored, <see langword="false"/> when re-included by a <c>!</c> pattern, <see langword="null"/> when no pattern matches.</returns>
    public bool? Match(string rootRelativePath, bool isDirectory)
    {
        if (!Base.TryRelativize(rootRelativePath, out var relative))
        {
            return null;
        }

        for (var i = Patterns.Count - 1; i >= 0; i--)
        {
            var pattern = Patterns[i];
            if (pattern.Matches(relative, isDirectory))
            {
                return !pattern.IsNegated;
            }
        }

        return null;
    }
}
