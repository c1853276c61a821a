using System.Buffers.Binary;
using System.Text;

namespace ProdReady.Semantics.Index;

/// <summary>
/// Summaries cached together in packed files: a run that writes many summaries at once (a first run with the test map's
/// facts writes one per file) writes them as one file instead of a file each, which spares the file system a file
/// creation per summary. A pack holds a table of contents (each summary's content hash, offset and length) and the
/// encoded summaries; the cache reads the tables of every pack once and then any summary by its hash.
/// </summary>
internal sealed class SummaryPacks
{
    private const string Prefix = "pack-";
    private const string Extension = ".bin";
    private static ReadOnlySpan<byte> Magic => "PRSPACK1"u8;

    private readonly Dictionary<string, (string File, long Offset, int Length)> _entries;

    private SummaryPacks(Dictionary<string, (string File, long Offset, int Length)> entries) => _entries = entries;

    /// <summary>Reads the tables of contents of every pack in a cache folder; a pack that does not read back whole is left out.</summary>
    /// <param name="folder">The cache folder (of one summary format).</param>
    /// <returns>The packs; empty when there are none or the folder does not exist.</returns>
    public static SummaryPacks Load(string folder)
    {
        var entries = new Dictionary<string, (string, long, int)>(StringComparer.Ordinal);
        try
        {
            if (!Directory.Exists(folder))
            {
                return new SummaryPacks(entries);
            }

            foreach (var file in Directory.EnumerateFiles(folder, Prefix + "*" + Extension).Order(StringComparer.Ordinal))
            {
                ReadTable(file, entries);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an accelerator: a folder that cannot be listed holds nothing usable.
        }

        return new SummaryPacks(entries);
    }

    /// <summary>Tells whether a pack holds the summary of a content hash.</summary>
    /// <param name="hash">The summary's content hash.</param>
    /// <returns><see langword="true"/> when a pack's table lists it.</returns>
    public bool Contains(string hash) => _entries.ContainsKey(hash);

    /// <summary>Reads the encoded summary of a content hash, or returns <see langword="null"/> when no pack holds it or it cannot be read.</summary>
    /// <param name="hash">The summary's content hash.</param>
    /// <returns>The encoded summary.</returns>
    public byte[]? Read(string hash)
    {
        if (!_entries.TryGetValue(hash, out var entry))
        {
            return null;
        }

        try
        {
            using var handle = File.OpenHandle(entry.File);
            var bytes = new byte[entry.Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = RandomAccess.Read(handle, bytes.AsSpan(read), entry.Offset + read);
                if (count == 0)
                {
                    return null;
                }

                read += count;
            }

            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Names a new pack in a cache folder.</summary>
    /// <param name="folder">The cache folder.</param>
    /// <returns>The pack's path, unique to this write.</returns>
    public static string NewFile(string folder) => Path.Combine(folder, Prefix + Guid.NewGuid().ToString("N") + Extension);

    /// <summary>Encodes a pack: its table of contents, then each summary as encoded.</summary>
    /// <param name="summaries">Each summary's content hash and encoding; a hash is written once.</param>
    /// <returns>The pack's bytes.</returns>
    public static byte[] Encode(IReadOnlyList<(string Hash, byte[] Encoded)> summaries)
    {
        var table = new List<(byte[] Hash, byte[] Encoded)>(summaries.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (hash, encoded) in summaries)
        {
            if (seen.Add(hash))
            {
                table.Add((Encoding.UTF8.GetBytes(hash), encoded));
            }
        }

        long size = Magic.Length + 4;
        foreach (var (hash, _) in table)
        {
            size += 4 + hash.Length + 8 + 4;
        }

        var offset = size;
        foreach (var (_, encoded) in table)
        {
            size += encoded.Length;
        }

        var bytes = new byte[size];
        var at = 0;
        Magic.CopyTo(bytes);
        at += Magic.Length;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), table.Count);
        at += 4;
        foreach (var (hash, encoded) in table)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), hash.Length);
            at += 4;
            hash.CopyTo(bytes, at);
            at += hash.Length;
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(at), offset);
            at += 8;
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), encoded.Length);
            at += 4;
            offset += encoded.Length;
        }

        foreach (var (_, encoded) in table)
        {
            encoded.CopyTo(bytes, at);
            at += encoded.Length;
        }

        return bytes;
    }

    /// <summary>
    /// Drops the summaries no current file has, once they outnumber the current ones: the summaries of current files
    /// are copied, as they are encoded, into one new pack, and then every other pack and every summary cached in a file of
    /// its own is deleted. Nothing is deleted unless the new pack was written whole. A concurrent run that still reads a
    /// deleted file finds it missing and summarizes the file again: the cache is an accelerator. Temporary files of writes
    /// a stopped run never finished go too.
    /// </summary>
    /// <param name="folder">The cache folder of one summary format.</param>
    /// <param name="live">The content hashes of the summaries to keep.</param>
    /// <param name="floor">How many dropped summaries are always tolerated (a small project is not rewritten for a few).</param>
    /// <returns>How many summaries the folder held, and how many were dropped (zero when it was left as it was).</returns>
    public static (int Held, int Dropped) Compact(string folder, IReadOnlySet<string> live, int floor)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(live);
        try
        {
            if (!Directory.Exists(folder))
            {
                return (0, 0);
            }

            // Writes a stopped run never finished (a temporary file each) are no one's: gone, here and in every shard below.
            CacheFile.RemoveAbandonedWritesIn(folder);
            var packs = Directory.EnumerateFiles(folder, Prefix + "*" + Extension).Order(StringComparer.Ordinal).ToList();
            var packed = new Dictionary<string, (string, long, int)>(StringComparer.Ordinal);
            foreach (var pack in packs)
            {
                ReadTable(pack, packed);
            }

            // A summary of its own lives at SHARD/HASH.bin, SHARD being the hash's first two characters.
            var single = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var shard in Directory.EnumerateDirectories(folder))
            {
                CacheFile.RemoveAbandonedWritesIn(shard);
                foreach (var file in Directory.EnumerateFiles(shard, "*" + Extension))
                {
                    single.TryAdd(Path.GetFileNameWithoutExtension(file), file);
                }
            }

            var held = new HashSet<string>(packed.Keys, StringComparer.Ordinal);
            held.UnionWith(single.Keys);
            var kept = held.Where(live.Contains).Order(StringComparer.Ordinal).ToList();
            var dropped = held.Count - kept.Count;
            if (dropped <= Math.Max(floor, kept.Count))
            {
                return (held.Count, 0);
            }

            var copies = new List<(string Hash, byte[] Encoded)>(kept.Count);
            var reader = new SummaryPacks(packed);
            foreach (var hash in kept)
            {
                if ((reader.Read(hash) ?? ReadSingle(single.GetValueOrDefault(hash))) is { } encoded)
                {
                    copies.Add((hash, encoded));
                }
            }

            var written = NewFile(folder);
            CacheFile.WriteByRename(written, Encode(copies));
            foreach (var pack in packs)
            {
                TryDelete(pack);
            }

            foreach (var file in single.Values)
            {
                TryDelete(file);
            }

            foreach (var shard in Directory.EnumerateDirectories(folder).ToList())
            {
                TryDeleteEmpty(shard);
            }

            return (held.Count, dropped);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an accelerator: a folder that cannot be listed or written is left as it is.
            return (0, 0);
        }
    }

    private static byte[]? ReadSingle(string? file)
    {
        try
        {
            return file is null ? null : File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TryDeleteEmpty(string folder)
    {
        try
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A summary written into it meanwhile: the folder stays.
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for a later compaction: a file another process holds open, or a folder made read-only.
        }
    }

    /// <summary>Adds a pack's table of contents, unless it does not read back whole (then nothing of it is added).</summary>
    private static void ReadTable(string file, Dictionary<string, (string, long, int)> entries)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            var length = stream.Length;
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: false);
            if (length < Magic.Length + 4 || !reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                return;
            }

            var count = reader.ReadInt32();
            if (count < 0 || count > length / 16)
            {
                return;
            }

            var found = new List<(string, long, int)>(count);
            for (var i = 0; i < count; i++)
            {
                var hashLength = reader.ReadInt32();
                if (hashLength <= 0 || hashLength > 256)
                {
                    return;
                }

                var hash = Encoding.UTF8.GetString(reader.ReadBytes(hashLength));
                var offset = reader.ReadInt64();
                var size = reader.ReadInt32();
                if (offset < 0 || size < 0 || offset + size > length)
                {
                    return;
                }

                found.Add((hash, offset, size));
            }

            foreach (var (hash, offset, size) in found)
            {
                entries.TryAdd(hash, (file, offset, size));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or DecoderFallbackException)
        {
            // A pack cut short or unreadable is left out: its summaries are made again.
        }
    }
}
