using ProdReady.Git.Diff;

namespace ProdReady.Git.Changes;

/// <summary>One file in a <see cref="ChangeSet"/>.</summary>
/// <param name="Path">The repository-relative path with forward slashes (the new path of a rename).</param>
/// <param name="OldPath">The path before a rename or copy; <see langword="null"/> otherwise.</param>
/// <param name="Status">How the file changed (<see cref="FileChangeStatus.Modified"/> in whole-tree scope).</param>
/// <param name="IsNew">Whether the file is new to the change: added, untracked, copied or type-changed.</param>
/// <param name="IsWholeFile">Whether every line counts: new files and every file of a whole-tree scope.</param>
/// <param name="IsBinary">Whether git reported the file as binary (untracked and whole-tree files are not inspected).</param>
/// <param name="Lines">The touched lines of the new file; empty when <paramref name="IsWholeFile"/> or nothing was touched.</param>
public sealed record ChangedFile(string Path, string? OldPath, FileChangeStatus Status, bool IsNew, bool IsWholeFile, bool IsBinary, ChangedLines Lines)
{
    /// <summary>Gets a value indicating whether the file can be analysed: it still exists and is text.</summary>
    public bool IsAnalyzable => Status != FileChangeStatus.Deleted && !IsBinary;

    /// <summary>Tells whether a unit spanning <c>[startLine, endLine]</c> belongs to the change.</summary>
    /// <param name="startLine">The unit's first line, 1-based.</param>
    /// <param name="endLine">The unit's last line, inclusive.</param>
    /// <returns><see langword="true"/> when the file counts entirely or the unit overlaps a touched line.</returns>
    public bool Touches(int startLine, int endLine) =>
        Status != FileChangeStatus.Deleted && startLine <= endLine && (IsWholeFile || Lines.Overlaps(startLine, endLine));
}
