using System.Text.RegularExpressions;

namespace ProdReady.Semantics.Index;

/// <summary>
/// Keeps a project's cache folder from growing without bound, at most once a day (a stamp file's time of last write says
/// when it last ran): the folders of cache formats no longer in use go once nothing has written to them for a week (two
/// releases used side by side on one project each keep theirs), and the summaries no current file has are dropped once
/// they outnumber the current ones (see <see cref="SummaryPacks.Compact"/>). Only folders named like a format
/// (<c>name-v7</c>) are ever removed; anything else a user keeps there is left alone.
/// </summary>
public static partial class CacheHousekeeping
{
    /// <summary>The file whose time of last write says when housekeeping last ran.</summary>
    public const string StampName = "housekeeping";

    /// <summary>How many dropped summaries are always tolerated in the summaries folder.</summary>
    public const int SummaryFloor = 64;

    /// <summary>Gets how long after a run housekeeping is due again.</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromDays(1);

    /// <summary>Gets how long a folder of a format no longer in use must have been left unwritten before it is removed.</summary>
    public static TimeSpan StaleAfter { get; } = TimeSpan.FromDays(7);

    /// <summary>Runs housekeeping in a project's cache folder when it is due; does nothing otherwise.</summary>
    /// <param name="root">The project root.</param>
    /// <param name="otherFolders">
    /// The names of the cache folders this release uses besides the summaries' and the test map's (known here).
    /// </param>
    /// <param name="liveSummaries">
    /// Lists the content hashes of the summaries of every current file (and of the others the run used), or returns
    /// <see langword="null"/> when the run does not know them all (the summaries folder is then left as it is); called
    /// only when housekeeping is due.
    /// </param>
    /// <param name="utcNow">The time now, in UTC.</param>
    /// <returns>What was done.</returns>
    public static CacheHousekeepingResult Run(string root, IReadOnlyCollection<string> otherFolders, Func<IReadOnlySet<string>?> liveSummaries, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(otherFolders);
        ArgumentNullException.ThrowIfNull(liveSummaries);
        var folder = Path.Combine(root, ProjectIndex.CacheFolderName);
        var stamp = Path.Combine(folder, StampName);
        try
        {
            if (!Directory.Exists(folder) || (File.Exists(stamp) && utcNow - File.GetLastWriteTimeUtc(stamp) < Interval))
            {
                return CacheHousekeepingResult.NotDue;
            }

            // Stamped first: runs started meanwhile find it done.
            File.WriteAllBytes(stamp, []);
            File.SetLastWriteTimeUtc(stamp, utcNow);
            var removed = 0;
            foreach (var candidate in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(candidate);
                if (FormatFolder().IsMatch(name) && !IsCurrent(name, otherFolders) && utcNow - LastWriteUtc(candidate) >= StaleAfter)
                {
                    removed += TryDeleteFolder(candidate) ? 1 : 0;
                }
            }

            var (held, dropped) = liveSummaries() is { } live ? SummaryPacks.Compact(Path.Combine(folder, ProjectIndex.FormatVersion), live, SummaryFloor) : (0, 0);
            return new CacheHousekeepingResult(true, removed, held, dropped);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an accelerator: a folder that cannot be listed or written is tidied another day.
            return CacheHousekeepingResult.NotDue;
        }
    }

    private static bool IsCurrent(string name, IReadOnlyCollection<string> otherFolders) =>
        name is ProjectIndex.FormatVersion or TestMapping.TestMapStore.FolderName || otherFolders.Contains(name, StringComparer.Ordinal);

    /// <summary>The latest write in a folder: its own (an entry added or removed) or that of an entry directly in it.</summary>
    private static DateTime LastWriteUtc(string folder)
    {
        var latest = Directory.GetLastWriteTimeUtc(folder);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var written = File.GetLastWriteTimeUtc(entry);
            latest = written > latest ? written : latest;
        }

        return latest;
    }

    private static bool TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for another day: a file held open, or a folder made read-only.
            return false;
        }
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*-v[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex FormatFolder();
}

/// <summary>What a run of <see cref="CacheHousekeeping"/> did.</summary>
/// <param name="Ran">Whether it was due and ran.</param>
/// <param name="FoldersRemoved">How many folders of formats no longer in use were removed.</param>
/// <param name="SummariesHeld">How many summaries the summaries folder held (zero when it was not looked at).</param>
/// <param name="SummariesDropped">How many of them were dropped.</param>
public sealed record CacheHousekeepingResult(bool Ran, int FoldersRemoved, int SummariesHeld, int SummariesDropped)
{
    /// <summary>Gets the result of a run that was not due (or could not look at the folder).</summary>
    public static CacheHousekeepingResult NotDue { get; } = new(false, 0, 0, 0);
}
