using System.Security.Cryptography;
using System.Text;
using ProdReady.Semantics.Index;

namespace ProdReady.Analysis.Discovery;

/// <summary>
/// Keeps the Python paths of a tree's walk between runs, with what they depend on: the time of last write of every
/// directory the walk opened (a directory's time changes whenever an entry is added to it, removed or renamed), and the
/// stamp (size and time of last write, or absence) of every ignore file it read or looked for outside those directories.
/// The next walk over the same root and settings stats those instead of listing every directory and matching every
/// entry against the excludes.
/// </summary>
/// <remarks>
/// A stamp written less than two seconds before the walk started may hide a change made in the same tick, so a record
/// holding one is not used (the next walk records again). The record is written to a temporary file and renamed into
/// place, with a hash of its contents at its end; one that does not read back whole, or was made for other settings, is
/// ignored. Symbolic links are never followed by the walk, so a link's target cannot change what it found; an ignore file
/// that is a link is stamped by its target. Like git's untracked cache, the record relies on a directory's time changing
/// whenever an entry is added, removed or renamed, which local file systems guarantee; a file system that caches those
/// times (some network mounts) or a tool that sets them back can hide such a change until the directory changes again.
/// </remarks>
internal static class PythonPathCache
{
    /// <summary>The folder, inside the cache folder, that holds the record.</summary>
    internal const string FolderName = "paths-v1";

    private const string Magic = "prodready python paths 1";

    /// <summary>
    /// The version of what a walk's result depends on besides the files and settings: which files are candidates, how
    /// patterns match. Part of the key, so a record made by other code is not used; raise it whenever either changes.
    /// </summary>
    private const string WalkVersion = "walk-1";

    /// <summary>Returns the record's file under a root.</summary>
    /// <param name="root">The walked root.</param>
    /// <returns>The path.</returns>
    public static string FileOf(string root) => Path.Combine(root, ProjectIndex.CacheFolderName, FolderName, "paths.bin");

    /// <summary>Reads the paths a walk recorded, when every stamp it depends on still holds.</summary>
    /// <param name="root">The walked root.</param>
    /// <param name="key">The settings the walk ran with (see <see cref="KeyOf"/>).</param>
    /// <returns>The paths, sorted, or <see langword="null"/> when there is no usable record.</returns>
    public static IReadOnlyList<string>? TryRead(string root, string key)
    {
        if (CacheFile.TryRead(FileOf(root), out _) is not { } bytes || !CacheFile.IsWhole(bytes))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - CacheFile.SealLength, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != key)
            {
                return null;
            }

            var start = reader.ReadInt64();
            var stampCount = reader.ReadInt32();
            for (var i = 0; i < stampCount; i++)
            {
                var stamp = new PathStamp(reader.ReadString(), (StampKind)reader.ReadByte(), reader.ReadInt64(), reader.ReadInt64());
                if (stamp.Kind > StampKind.Presence || !CacheFile.IsSettled(stamp.WriteTicks, start) || PathStamp.Of(stamp.Path, stamp.Kind) != stamp)
                {
                    return null;
                }
            }

            var paths = new string[reader.ReadInt32()];
            for (var i = 0; i < paths.Length; i++)
            {
                paths[i] = reader.ReadString();
            }

            return paths;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Records a walk's paths with the stamps they depend on; a read-only or full disk costs the next run speed only.</summary>
    /// <param name="root">The walked root.</param>
    /// <param name="key">The settings the walk ran with.</param>
    /// <param name="startTicks">When the walk started, in UTC ticks.</param>
    /// <param name="stamps">The stamps taken as the walk went.</param>
    /// <param name="paths">The paths it found, sorted.</param>
    public static void Write(string root, string key, long startTicks, IReadOnlyList<PathStamp> stamps, IReadOnlyList<string> paths)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(key);
            writer.Write(startTicks);
            writer.Write(stamps.Count);
            foreach (var stamp in stamps)
            {
                writer.Write(stamp.Path);
                writer.Write((byte)stamp.Kind);
                writer.Write(stamp.Size);
                writer.Write(stamp.WriteTicks);
            }

            writer.Write(paths.Count);
            foreach (var path in paths)
            {
                writer.Write(path);
            }
        }

        // The record is an accelerator: without it the next run walks the tree.
        CacheFile.TryWrite(root, FileOf(root), CacheFile.Seal(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
    }

    /// <summary>Makes the key of a walk: the root and every setting the walk reads.</summary>
    /// <param name="root">The walked root.</param>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(string root, Configuration.ProdReadyConfiguration configuration)
    {
        var text = new StringBuilder();
        text.Append(WalkVersion).Append('\0').Append(root).Append('\0').Append(configuration.Directory).Append('\0').Append(configuration.RespectGitignore).Append('\0');
        foreach (var list in new[] { configuration.Exclude, configuration.ExtendExclude, configuration.Src, configuration.Tests })
        {
            foreach (var value in list)
            {
                text.Append(value).Append('\u0001');
            }

            text.Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>What a stamp compares.</summary>
internal enum StampKind : byte
{
    /// <summary>A directory's time of last write (its entries).</summary>
    Directory,

    /// <summary>A file's size and time of last write.</summary>
    File,

    /// <summary>Whether a directory or a file (a repository's <c>.git</c>) is there, whatever its times.</summary>
    Presence,
}

/// <summary>What a walk saw of a directory, an ignore file or a repository's <c>.git</c>.</summary>
/// <param name="Path">The full path.</param>
/// <param name="Kind">What is compared.</param>
/// <param name="Size">A file's size in bytes, 0 for a directory or something present; -1 when nothing was there.</param>
/// <param name="WriteTicks">The time of last write in UTC ticks for a directory or file; 0 otherwise.</param>
internal readonly record struct PathStamp(string Path, StampKind Kind, long Size, long WriteTicks)
{
    /// <summary>Stats a path now.</summary>
    /// <param name="path">The full path.</param>
    /// <param name="kind">What is compared.</param>
    /// <returns>The stamp.</returns>
    public static PathStamp Of(string path, StampKind kind)
    {
        switch (kind)
        {
            case StampKind.Directory:
                var directory = new DirectoryInfo(path);
                return directory.Exists ? new PathStamp(path, kind, 0, directory.LastWriteTimeUtc.Ticks) : new PathStamp(path, kind, -1, 0);
            case StampKind.File:
                var file = new FileInfo(path);
                if (!file.Exists)
                {
                    return new PathStamp(path, kind, -1, 0);
                }

                // An ignore file may be a link: what is read is its target, and what a new link changes is the link.
                if (file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target)
                {
                    return new PathStamp(path, kind, target.Length, Math.Max(file.LastWriteTimeUtc.Ticks, target.LastWriteTimeUtc.Ticks));
                }

                return new PathStamp(path, kind, file.Length, file.LastWriteTimeUtc.Ticks);
            default:
                return new PathStamp(path, kind, System.IO.Path.Exists(path) ? 0 : -1, 0);
        }
    }
}
