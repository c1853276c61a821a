using System.Collections.Frozen;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// The change being checked, as the engine needs it: for every changed file (path relative to the checked
/// root, forward slashes) the lines it added or modified. A file absent from the set did not change.
/// </summary>
public sealed class ChangeSet
{
    private readonly FrozenDictionary<string, ChangedLines> _files;

    /// <summary>Initializes a new instance of the <see cref="ChangeSet"/> class.</summary>
    /// <param name="files">The changed files and their changed lines; deleted files are left out.</param>
    public ChangeSet(IEnumerable<KeyValuePair<string, ChangedLines>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the changed paths, ordered ordinally.</summary>
    public IReadOnlyList<string> Paths => [.. _files.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Returns the changed lines of <paramref name="path"/>, or <see langword="null"/> when it did not change.</summary>
    /// <param name="path">The path relative to the checked root, forward slashes.</param>
    /// <returns>The changed lines, or <see langword="null"/>.</returns>
    public ChangedLines? Find(string path) => _files.GetValueOrDefault(path);
}
