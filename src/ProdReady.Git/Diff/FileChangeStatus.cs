namespace ProdReady.Git.Diff;

/// <summary>How a file changed between the two sides of a diff.</summary>
public enum FileChangeStatus
{
    /// <summary>The file's content or mode changed in place.</summary>
    Modified,

    /// <summary>The file is new (added, or untracked in the working tree).</summary>
    Added,

    /// <summary>The file was removed.</summary>
    Deleted,

    /// <summary>The file moved (with or without edits); the old path is kept.</summary>
    Renamed,

    /// <summary>The file was copied from another path (with or without edits).</summary>
    Copied,

    /// <summary>The entry changed type, for example from a symbolic link to a regular file.</summary>
    TypeChanged,
}
