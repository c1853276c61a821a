namespace ProdReady.Analysis.Discovery;

/// <summary>
/// Where a directory that patterns are relative to (a <c>.gitignore</c>'s folder, the configuration folder)
/// sits relative to the checked root, so root-relative paths can be turned into base-relative ones cheaply.
/// </summary>
internal readonly struct PathBase
{
    private readonly string _prefix;
    private readonly Placement _placement;

    private PathBase(Placement placement, string prefix)
    {
        _placement = placement;
        _prefix = prefix;
    }

    private enum Placement
    {
        Root,
        BelowRoot,
        AboveRoot,
        Unrelated,
    }

    /// <summary>Gets the base that is the root itself.</summary>
    public static PathBase Root => new(Placement.Root, "");

    /// <summary>Gets a value indicating whether the base is neither the root, inside it, nor one of its ancestors.</summary>
    public bool IsUnrelated => _placement == Placement.Unrelated;

    /// <summary>Creates a base for a directory inside the root.</summary>
    /// <param name="rootRelativeDirectory">The directory, relative to the root with <c>/</c> separators; empty for the root.</param>
    /// <returns>The base.</returns>
    public static PathBase Below(string rootRelativeDirectory) =>
        rootRelativeDirectory.Length == 0 ? Root : new(Placement.BelowRoot, rootRelativeDirectory);

    /// <summary>Places an absolute directory relative to an absolute root.</summary>
    /// <param name="root">The checked root, a full path.</param>
    /// <param name="directory">The base directory, a full path.</param>
    /// <returns>The base.</returns>
    public static PathBase Locate(string root, string directory)
    {
        var normalizedRoot = PathText.Normalize(root);
        var normalizedDirectory = PathText.Normalize(directory);
        if (string.Equals(normalizedRoot, normalizedDirectory, StringComparison.Ordinal))
        {
            return Root;
        }

        if (PathText.IsStrictlyInside(normalizedDirectory, normalizedRoot))
        {
            return new(Placement.BelowRoot, PathText.RelativeInside(normalizedRoot, normalizedDirectory));
        }

        if (PathText.IsStrictlyInside(normalizedRoot, normalizedDirectory))
        {
            return new(Placement.AboveRoot, PathText.RelativeInside(normalizedDirectory, normalizedRoot) + "/");
        }

        return new(Placement.Unrelated, "");
    }

    /// <summary>
    /// The base of the configuration's relative paths and patterns: its folder when that folder is the
    /// root, inside it or one of its ancestors; otherwise (a file elsewhere, given with <c>--config</c>)
    /// the root itself, since patterns anchored elsewhere could never match the tree.
    /// </summary>
    /// <param name="root">The checked root, a full path.</param>
    /// <param name="configurationDirectory">The configuration folder, a full path.</param>
    /// <returns>The base.</returns>
    public static PathBase ForConfiguration(string root, string configurationDirectory)
    {
        var located = Locate(root, configurationDirectory);
        return located.IsUnrelated ? Root : located;
    }

    /// <summary>Turns a root-relative path into a path relative to this base.</summary>
    /// <param name="rootRelativePath">The path relative to the root, <c>/</c>-separated, not empty.</param>
    /// <param name="relative">The path relative to the base.</param>
    /// <returns><see langword="false"/> when the path is not strictly inside the base.</returns>
    public bool TryRelativize(string rootRelativePath, out string relative)
    {
        switch (_placement)
        {
            case Placement.Root:
                relative = rootRelativePath;
                return true;
            case Placement.AboveRoot:
                relative = _prefix + rootRelativePath;
                return true;
            case Placement.BelowRoot:
                if (rootRelativePath.Length > _prefix.Length + 1
                    && rootRelativePath[_prefix.Length] == '/'
                    && rootRelativePath.StartsWith(_prefix, StringComparison.Ordinal))
                {
                    relative = rootRelativePath[(_prefix.Length + 1)..];
                    return true;
                }

                break;
        }

        relative = "";
        return false;
    }
}
