namespace ProdReady.Git.Changes;

/// <summary>The scope a user asked for on the command line.</summary>
public enum ChangeScopeMode
{
    /// <summary>No scope given: the default branch's merge base when on another branch, else the uncommitted changes; the whole tree outside git.</summary>
    Default,

    /// <summary><c>--all</c>: every file of the tree.</summary>
    All,

    /// <summary><c>--base REF</c>: everything that changed since the merge base with REF, committed or not, plus untracked files.</summary>
    Base,

    /// <summary><c>--staged</c>: the index only, for pre-commit hooks.</summary>
    Staged,
}
