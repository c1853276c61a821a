namespace ProdReady.Analysis.Discovery;

/// <summary>
/// The ignore lists in force in one directory, as an immutable chain from the deepest <c>.gitignore</c>
/// to the lowest-precedence source (<c>.git/info/exclude</c>): the first list with a matching pattern
/// decides, as in git.
/// </summary>
internal sealed class IgnoreScope
{
    private IgnoreScope(IgnoreList list, IgnoreScope? parent)
    {
        List = list;
        Parent = parent;
    }

    /// <summary>Gets the list with the highest precedence in this scope.</summary>
    public IgnoreList List { get; }

    /// <summary>Gets the scope with lower precedence, if any.</summary>
    public IgnoreScope? Parent { get; }

    /// <summary>Adds a list with higher precedence than <paramref name="parent"/>.</summary>
    /// <param name="parent">The current scope, or <see langword="null"/>.</param>
    /// <param name="list">The list to add, or <see langword="null"/> to keep the scope.</param>
    /// <returns>The new scope.</returns>
    public static IgnoreScope? Push(IgnoreScope? parent, IgnoreList? list) =>
        list is null ? parent : new IgnoreScope(list, parent);

    /// <summary>Whether a root-relative path is ignored in <paramref name="scope"/> (its parents are checked by the caller).</summary>
    /// <param name="scope">The scope, or <see langword="null"/> for none.</param>
    /// <param name="rootRelativePath">The path relative to the checked root.</param>
    /// <param name="isDirectory">Whether the path is a directory.</param>
    /// <returns><see langword="true"/> when the deciding pattern ignores the path.</returns>
    public static bool IsIgnored(IgnoreScope? scope, string rootRelativePath, bool isDirectory)
    {
        for (var current = scope; current is not null; current = current.Parent)
        {
            var verdict = current.List.Match(rootRelativePath, isDirectory);
            if (verdict is not null)
            {
                return verdict.Value;
            }
        }

        return false;
    }
}
