namespace ProdReady.Changelog;

/// <summary>How an entry differs between two versions of a changelog.</summary>
public enum EntryChangeKind
{
    /// <summary>The entry is new.</summary>
    Added,

    /// <summary>The entry is gone.</summary>
    Removed,

    /// <summary>The entry's text changed in place.</summary>
    Edited,
}
