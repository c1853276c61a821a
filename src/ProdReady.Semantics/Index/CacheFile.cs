using System.Globalization;
using System.Security.Cryptography;

namespace ProdReady.Semantics.Index;

/// <summary>
/// How the cache's files are written and read back: whole or not at all. A file is written under a temporary name unique
/// to the writer and renamed into place, so that concurrent runs each leave a complete file (and the temporary files of
/// writes a stopped run never finished are removed by a later write); a sealed file ends with the SHA-256 of what
/// precedes it, so that one damaged on disk is never trusted. The cache is an accelerator: a read-only or
/// full disk costs speed, never correctness, so failures to write are swallowed.
/// </summary>
public static class CacheFile
{
    /// <summary>The length of the hash that ends a sealed file.</summary>
    public const int SealLength = 32;

    /// <summary>How close to a run's start a time of last write may hide a change made in the same tick of the clock.</summary>
    private static readonly long s_racyWindow = TimeSpan.FromSeconds(2).Ticks;

    /// <summary>How old a temporary file of a write must be before it counts as abandoned: far longer than any write takes.</summary>
    private static readonly TimeSpan s_abandonedAfter = TimeSpan.FromMinutes(10);

    /// <summary>Returns a temporary name for a file about to be written, unique to this process and call.</summary>
    /// <param name="file">The file's final path.</param>
    /// <returns>The temporary path (the final one, the process id, a random part and <c>.tmp</c>).</returns>
    public static string TemporaryNameFor(string file) =>
        file + "." + System.Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";

    /// <summary>Writes a file by writing a temporary file beside it and renaming it into place.</summary>
    /// <param name="file">The file's final path; its folder must exist.</param>
    /// <param name="contents">The contents.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void WriteByRename(string file, ReadOnlySpan<byte> contents)
    {
        var temporary = TemporaryNameFor(file);
        File.WriteAllBytes(temporary, contents);
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>
    /// Tells whether a time of last write a run recorded can vouch for what it saw: one within two seconds before the
    /// run's start may share its clock tick with a later change, which would leave the same time behind.
    /// </summary>
    /// <param name="writeTicks">The recorded time of last write, in UTC ticks.</param>
    /// <param name="runStartTicks">When the recording run started, in UTC ticks.</param>
    /// <returns><see langword="true"/> when the time is old enough to be trusted.</returns>
    public static bool IsSettled(long writeTicks, long runStartTicks) => writeTicks < runStartTicks - s_racyWindow;

    /// <summary>Reads a whole cache file.</summary>
    /// <param name="file">The file's path.</param>
    /// <param name="missing">Whether no file exists there (otherwise a <see langword="null"/> result means it could not be read).</param>
    /// <returns>The bytes, or <see langword="null"/> when the file is missing or unreadable.</returns>
    public static byte[]? TryRead(string file, out bool missing)
    {
        missing = false;
        try
        {
            if (!File.Exists(file))
            {
                missing = true;
                return null;
            }

            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Copies a body into a new array followed by its seal (the SHA-256 of the body).</summary>
    /// <param name="body">The body.</param>
    /// <returns>The sealed bytes.</returns>
    public static byte[] Seal(ReadOnlySpan<byte> body)
    {
        var bytes = new byte[body.Length + SealLength];
        body.CopyTo(bytes);
        SHA256.HashData(bytes.AsSpan(0, body.Length), bytes.AsSpan(body.Length));
        return bytes;
    }

    /// <summary>Tells whether sealed bytes are whole: their seal is the hash of their body.</summary>
    /// <param name="bytes">The bytes read.</param>
    /// <returns><see langword="true"/> when the body can be trusted (it is <c>bytes[..^SealLength]</c>).</returns>
    public static bool IsWhole(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= SealLength && SHA256.HashData(bytes[..^SealLength]).AsSpan().SequenceEqual(bytes[^SealLength..]);

    /// <summary>Writes sealed bytes to a file of a root's cache folder, creating the folders; failures are swallowed.</summary>
    /// <param name="root">The project root (its cache folder is created with its <c>.gitignore</c> when missing).</param>
    /// <param name="file">The file's final path, inside the cache folder.</param>
    /// <param name="contents">The contents.</param>
    /// <returns><see langword="true"/> when the file was written.</returns>
    public static bool TryWrite(string root, string file, ReadOnlySpan<byte> contents)
    {
        try
        {
            ProjectIndex.EnsureCacheRoot(root);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            WriteByRename(file, contents);
            RemoveAbandonedWrites(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder went away or became unreadable meanwhile (a cleaning in another shell): the next run writes again.
            return false;
        }
    }

    /// <summary>
    /// Deletes the temporary files of writes of a file that never finished (a run stopped while it wrote). A file younger
    /// than ten minutes may belong to a run writing now, and is left.
    /// </summary>
    /// <param name="file">The file's final path.</param>
    /// <exception cref="IOException">The folder cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not readable.</exception>
    internal static void RemoveAbandonedWrites(string file) => RemoveAbandoned(Path.GetDirectoryName(file)!, Path.GetFileName(file) + ".*.tmp");

    /// <summary>Deletes the temporary files of every write in a folder that never finished (see <see cref="RemoveAbandonedWrites"/>).</summary>
    /// <param name="folder">The folder.</param>
    /// <exception cref="IOException">The folder cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not readable.</exception>
    internal static void RemoveAbandonedWritesIn(string folder) => RemoveAbandoned(folder, "*.tmp");

    private static void RemoveAbandoned(string folder, string pattern)
    {
        var before = DateTime.UtcNow - s_abandonedAfter;
        foreach (var path in Directory.EnumerateFiles(folder, pattern))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(path) < before)
                {
                    File.Delete(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run removed it first, or it cannot be removed: the next write tries again.
            }
        }
    }
}
