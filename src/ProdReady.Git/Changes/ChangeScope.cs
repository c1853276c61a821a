namespace ProdReady.Git.Changes;

/// <summary>The scope that was actually used, once the request met the repository.</summary>
public enum ChangeScope
{
    /// <summary>Every file counts entirely.</summary>
    WholeTree,

    /// <summary>The working tree and untracked files against a merge base.</summary>
    SinceMergeBase,

    /// <summary>The index against HEAD.</summary>
    Staged,

    /// <summary>The working tree and untracked files against HEAD (or every file before the first commit).</summary>
    Uncommitted,
}
