using System.Text.RegularExpressions;

namespace ProdReady.Semantics.Index;

/// <summary>
/// Keeps a project's cache folder from growing without bound, each part at most once a day (a stamp file's time of last
/// write says when it last ran): the folders of cache formats no longer in use go once nothing has written to them for
/// a week (each run of housekeeping marks the current formats' folders as written, so two releases that both have it,
/// used side by side on one project, each keep theirs); and the summaries no current file has are dropped once they
/// outnumber the current ones (see <see cref="SummaryPacks.Compact"/>), by one process at a time, on the first run of
/// the day that knows every current file (a run of staged contents or without the test map does not use the day's
/// turn). Only folders named like a format (<c>name-v7</c>) are ever removed; anything else a user keeps there is left
/// alone.
/// </summary>
public static partial class CacheHousekeeping
{
    /// <summary>The file whose time of last write says when the folders of older formats were last looked at.</summary>
    public const string StampName = "housekeeping";

    /// <summary>The file whose time of last write says when the summaries were last tidied.</summary>
    public const string SummariesStampName = "housekeeping-summaries";

    /// <summary>The file a process holds open, unshared, while it tidies the summaries.</summary>
    public const string LockName = "housekeeping.lock";

    /// <summary>How many dropped summaries are always tolerated in the summaries folder.</summary>
    public const int SummaryFloor = 64;

    /// <summary>Gets how long after a run housekeeping is due again.</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromDays(1);

    /// <summary>Gets how long a folder of a format no longer in use must have been left unwritten before it is removed.</summary>
    public static TimeSpan StaleAfter { get; } = TimeSpan.FromDays(7);

    /// <summary>Runs the parts of housekeeping that are due in a project's cache folder; does nothing otherwise.</summary>
    /// <param name="root">The project root.</param>
    /// <param name="otherFolders">
    /// The names of the cache folders this release uses besides the summaries' and the test map's (known here).
    /// </param>
    /// <param name="liveSummaries">
    /// Lists the content hashes of the summaries of every current file (and of the others the run used), or returns
    /// <see langword="null"/> when the run does not know them all (the summaries are then left for a later run); called
    /// only when tidying the summaries is due.
    /// </param>
    /// <param name="utcNow">The time now, in UTC.</param>
    /// <returns>What was done.</returns>
    public static CacheHousekeepingResult Run(string root, IReadOnlyCollection<string> otherFolders, Func<IReadOnlySet<string>?> liveSummaries, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(otherFolders);
        ArgumentNullException.ThrowIfNull(liveSummaries);
        var folder = Path.Combine(root, ProjectIndex.CacheFolderName);
        try
        {
            if (!Directory.Exists(folder))
            {
                return CacheHousekeepingResult.NotDue;
            }

            var ran = false;
            var removed = 0;
            var foldersStamp = Path.Combine(folder, StampName);
            if (IsDue(foldersStamp, utcNow))
            {
                // Stamped first: runs started meanwhile find it done.
                Stamp(foldersStamp, utcNow);
                ran = true;
                removed = TidyFolders(folder, otherFolders, utcNow);
            }

            var (held, dropped) = (0, 0);
            var summariesStamp = Path.Combine(folder, SummariesStampName);
            if (IsDue(summariesStamp, utcNow) && liveSummaries() is { } live && TryLock(Path.Combine(folder, LockName)) is { } guard)
            {
                using (guard)
                {
                    // Under the lock, and due still: another process may have tidied between the first look and the lock.
                    if (IsDue(summariesStamp, utcNow))
                    {
                        Stamp(summariesStamp, utcNow);
                        ran = true;
                        (held, dropped) = SummaryPacks.Compact(Path.Combine(folder, ProjectIndex.FormatVersion), live, SummaryFloor);
                    }
                }
            }

            return ran ? new CacheHousekeepingResult(true, removed, held, dropped) : CacheHousekeepingResult.NotDue;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an accelerator: a folder that cannot be listed or written is tidied another day.
            return CacheHousekeepingResult.NotDue;
        }
    }

    private static bool IsDue(string stamp, DateTime utcNow) => !File.Exists(stamp) || utcNow - File.GetLastWriteTimeUtc(stamp) >= Interval;

    private static void Stamp(string stamp, DateTime utcNow)
    {
        File.WriteAllBytes(stamp, []);
        File.SetLastWriteTimeUtc(stamp, utcNow);
    }

    /// <summary>Holds the lock file open and unshared, or returns <see langword="null"/> when another process holds it.</summary>
    private static FileStream? TryLock(string file)
    {
        try
        {
            return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Marks the current formats' folders as in use and removes those of other formats left unwritten for a week.</summary>
    /// <returns>How many folders were removed.</returns>
    private static int TidyFolders(string folder, IReadOnlyCollection<string> otherFolders, DateTime utcNow)
    {
        var removed = 0;
        foreach (var candidate in Directory.EnumerateDirectories(folder).ToList())
        {
            var name = Path.GetFileName(candidate);
            try
            {
                if (IsCurrent(name, otherFolders))
                {
                    Directory.SetLastWriteTimeUtc(candidate, utcNow);
                }
                else if (FormatFolder().IsMatch(name) && utcNow - LastWriteUtc(candidate) >= StaleAfter)
                {
                    Directory.Delete(candidate, recursive: true);
                    removed++;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Removed by another process meanwhile, a file held open, or a folder made read-only: left for another day.
            }
        }

        return removed;
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
