namespace ProdReady.Changelog;

/// <summary>What a change did to a changelog, as <see cref="ChangelogDiff.Compare(string, string)"/> computes it.</summary>
public sealed class ChangelogVerdict
{
    internal ChangelogVerdict(
        IReadOnlyList<ChangelogEntryChange> addedEntries,
        IReadOnlyList<ChangelogEntryChange> removedEntries,
        IReadOnlyList<ChangelogEntryChange> editedEntries,
        IReadOnlyList<string> changedReleases,
        IReadOnlyList<string> addedReleases,
        bool changedOutsideUnreleased,
        bool onlyInsertions,
        bool hasChanges)
    {
        AddedEntries = addedEntries;
        RemovedEntries = removedEntries;
        EditedEntries = editedEntries;
        ChangedReleases = changedReleases;
        AddedReleases = addedReleases;
        ChangedOutsideUnreleased = changedOutsideUnreleased;
        IsAppendOnly = onlyInsertions && !changedOutsideUnreleased && removedEntries.Count == 0 && editedEntries.Count == 0;
        HasChanges = hasChanges;
    }

    /// <summary>Gets the entries the change added, with their section and change type, in new-file order.</summary>
    public IReadOnlyList<ChangelogEntryChange> AddedEntries { get; }

    /// <summary>Gets the entries the change removed, in old-file order.</summary>
    public IReadOnlyList<ChangelogEntryChange> RemovedEntries { get; }

    /// <summary>Gets the entries whose text the change edited in place.</summary>
    public IReadOnlyList<ChangelogEntryChange> EditedEntries { get; }

    /// <summary>Gets the versions of released sections that the change modified or deleted.</summary>
    public IReadOnlyList<string> ChangedReleases { get; }

    /// <summary>Gets the versions of release sections that the change created (for example by releasing).</summary>
    public IReadOnlyList<string> AddedReleases { get; }

    /// <summary>Gets a value indicating whether any already released section was modified or deleted.</summary>
    public bool ReleasedSectionsChanged => ChangedReleases.Count > 0;

    /// <summary>Gets a value indicating whether any line outside <c>[Unreleased]</c> was inserted, deleted or modified.</summary>
    public bool ChangedOutsideUnreleased { get; }

    /// <summary>
    /// Gets a value indicating whether the change only inserted lines, all inside <c>[Unreleased]</c>: no entry
    /// removed or edited and nothing else rewritten. An unchanged file is append-only.
    /// </summary>
    public bool IsAppendOnly { get; }

    /// <summary>Gets a value indicating whether the two texts differ at all.</summary>
    public bool HasChanges { get; }
}
