using System.Security.Cryptography;
using System.Text;
using ProdReady.Semantics.Index;
using ProdReady.Core.Collections;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// Keeps what a test map learned about the whole project between runs, so that the map of a change follows only the
/// tests its files can affect instead of every test. Kept: for every Python file, its stamp (size and time of last
/// write), the hash of its contents and the hash of its outline (what the map reads of a file apart from the bodies of
/// its functions: its imports, routes, and each unit's name, kind, parameters, bases, markers and value origins); for
/// every test, the files whose code following it ran through; and which project classes derive from which.
/// </summary>
/// <remarks>
/// A test's traversal reads the body of a unit (its calls) only when it runs through that unit; everything else it
/// reads of a file is in the file's outline. So when the files that changed since the record kept their outlines,
/// a test whose traversal ran through none of them follows exactly the same way as before, and only the tests that
/// ran through a changed file or a file asked about need following again. Any other difference (a file added or
/// removed, an outline changed, other settings) makes the record unusable, and the map is built whole again. The record
/// is one file, written to a temporary name and renamed into place, with a hash of its contents at its end: a record
/// that does not read back whole is ignored, and two runs at once each leave a complete record behind. A whole map also
/// writes every test's links beside the record (<see cref="TestMapLinks"/>, naming the record by that hash), so that the
/// next whole map follows only the tests that ran through a changed file. A change's map links only its files' units and
/// renews the record without links: the record the links name is then copied aside first (<c>whole.bin</c>), and the
/// next whole map starts from that copy, comparing every file with it.
/// </remarks>
public sealed class TestMapStore
{
    /// <summary>The folder, inside the cache folder, that holds the record.</summary>
    public const string FolderName = "testmap-v1";

    private const string Magic = "prodready test map record 1";

    /// <summary>
    /// The version of what a record's contents depend on besides the files: the outline (<see cref="OutlineOf"/>), the
    /// traversal that records the files each test runs through, and everything the links beside it keep (each unit's
    /// links and their ways, each test's dynamic modules and direct callees, how tests are collected). Part of the key,
    /// with the release's version, so a record made by other code is not used; raise it whenever any of them changes.
    /// </summary>
    private const string MapVersion = "map-51";

    /// <summary>The version of this release (a record or links of another release are never taken, whatever the map's version says).</summary>
    private static readonly string s_release =
        typeof(TestMapStore).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? string.Empty;

    private readonly string _root;
    private readonly string _settings;
    private readonly string _file;
    private readonly string _linksFile;

    /// <summary>
    /// The record a whole map wrote with its links, kept when a change's run renews <see cref="_file"/> (a change's map
    /// links only its files' units, so it writes no links): the next whole map starts from it and those links.
    /// </summary>
    private readonly string _wholeFile;

    /// <summary>The read started by <see cref="StartReading"/> that the next <see cref="Load"/> takes, or <see langword="null"/>.</summary>
    private Task<(TestMapRecord? Record, string? Miss)>? _reading;

    /// <summary>The read started by <see cref="StartReadingLinks"/> that the next <see cref="LoadWhole"/> takes, or <see langword="null"/>.</summary>
    private Task<byte[]?>? _readingLinks;

    /// <summary>What the last map built with the store found of every file on disk, or <see langword="null"/>.</summary>
    private FileRecord[]? _currentFiles;

    /// <summary>Guards <see cref="_writing"/>.</summary>
    private readonly Lock _writingLock = new();

    /// <summary>The writes started in the background, one after another; completed when none is pending.</summary>
    private Task _writing = Task.CompletedTask;

    /// <summary>Initializes a new instance of the <see cref="TestMapStore"/> class.</summary>
    /// <param name="root">The project root the map's paths are relative to.</param>
    /// <param name="settings">
    /// Everything besides the files that decides the map (pytest's collection settings, the source and test roots): a
    /// record made with other settings is not used.
    /// </param>
    /// <param name="runStartUtc">When the run started, before it read any file: files written since are read again next time.</param>
    public TestMapStore(string root, string settings, DateTime runStartUtc)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(settings);
        _root = Path.GetFullPath(root);
        _settings = settings;
        RunStartTicks = runStartUtc.ToUniversalTime().Ticks;
        _file = Path.Combine(_root, ProjectIndex.CacheFolderName, FolderName, "map.bin");
        _linksFile = Path.Combine(_root, ProjectIndex.CacheFolderName, FolderName, "links.bin");
        _wholeFile = Path.Combine(_root, ProjectIndex.CacheFolderName, FolderName, "whole.bin");
    }

    /// <summary>Gets the start of the run, in UTC ticks.</summary>
    internal long RunStartTicks { get; }

    /// <summary>
    /// Gets or sets a value indicating whether the record is only read, never written: for a run that analyses contents
    /// other than the files on disk (the staged contents of a pre-commit check), whose summaries would be recorded next to
    /// the stamps of other contents and trusted by the next run. Set before the first map is built with the store (a
    /// store made early to read the record ahead is told once the change is known).
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a record is made and written on a thread of its own, so that the run goes
    /// on with its map meanwhile (the caller then awaits <see cref="FlushAsync"/> before it ends); otherwise it is written
    /// at once. Set before the first map is built with the store.
    /// </summary>
    public bool WritesInBackground { get; set; }

    /// <summary>Gets how the last map build used the record: <c>whole</c> (built whole, and recorded unless <see cref="ReadOnly"/>), <c>incremental</c> or <c>none</c>.</summary>
    public string LastUse { get; internal set; } = "none";

    /// <summary>Gets how many tests the last map built from the record followed again (the others' links were the record's).</summary>
    public int LastFollowed { get; internal set; }

    /// <summary>
    /// Gets a value indicating whether the last whole map from the record that followed tests again kept the links read
    /// (sealed for the new record), because those tests linked, reached and called exactly what the links recorded.
    /// </summary>
    public bool LastLinksKept { get; internal set; }

    /// <summary>
    /// Gets the content hashes of the summaries of every file the last map built with the store checked on disk (the
    /// summaries the cache must keep), or <see langword="null"/> when no map did (or the store only reads, for contents
    /// other than the files on disk).
    /// </summary>
    public IReadOnlySet<string>? CurrentSummaryHashes =>
        ReadOnly || Volatile.Read(ref _currentFiles) is not { } files
            ? null
            : files.Select(file => file.ContentHash).Where(hash => hash.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>Gets the reason the last map build could not use the record, or <see langword="null"/>.</summary>
    public string? LastMiss { get; internal set; }

    /// <summary>Computes the key of a record: the versions of the map and of the summaries, the settings and the project's Python files.</summary>
    /// <param name="files">Every Python file of the project, ordered.</param>
    /// <returns>The key.</returns>
    internal string KeyOf(IReadOnlyList<string> files)
    {
        var text = new StringBuilder(_settings.Length + (files.Count * 32));
        text.Append(MapVersion).Append('\0').Append(s_release).Append('\0').Append(ProjectIndex.FormatVersion).Append('\0').Append(_settings).Append('\0');
        foreach (var file in files)
        {
            text.Append(file).Append('\n');
        }

        return HashOf(text);
    }

    /// <summary>Reads a file's stamp, or <see langword="null"/> when it cannot be read.</summary>
    /// <param name="path">The file, relative to the root.</param>
    /// <returns>Its size and time of last write, in UTC ticks.</returns>
    internal (long Size, long WriteTicks)? StampOf(string path)
    {
        try
        {
            var info = new FileInfo(Path.Combine(_root, path));
            return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Tells whether a recorded stamp still vouches for a file's contents: unchanged, and not written in the recording run's first moments.</summary>
    /// <param name="record">The recorded file.</param>
    /// <param name="recordStart">The start of the run that wrote the record.</param>
    /// <param name="stamp">The file's stamp now.</param>
    /// <returns><see langword="true"/> when the contents need not be read again.</returns>
    internal static bool Vouches(FileRecord record, long recordStart, (long Size, long WriteTicks) stamp) =>
        stamp.Size == record.Size && stamp.WriteTicks == record.WriteTicks && CacheFile.IsSettled(record.WriteTicks, recordStart);

    /// <summary>
    /// Tells whether a record already holds what a new one would: the same files with the same stamps, contents and
    /// outlines, the same files followed for every test, and the same subclasses. Its run start is not compared: its
    /// stamps were judged against it, and they are the same.
    /// </summary>
    /// <param name="record">The record read.</param>
    /// <param name="files">The files of the new record.</param>
    /// <param name="tests">The files each test ran through, in the new record.</param>
    /// <param name="subclasses">The subclasses, in the new record.</param>
    /// <returns><see langword="true"/> when writing the new record would change nothing the next run reads.</returns>
    internal static bool SameContents(TestMapRecord record, FileRecord[] files, Dictionary<string, int[]> tests, Dictionary<string, List<string>> subclasses)
    {
        if (!record.Files.AsSpan().SequenceEqual(files) || record.Subclasses.Count != subclasses.Count || !record.Tests.SameAs(tests))
        {
            return false;
        }

        foreach (var (baseClass, derived) in subclasses)
        {
            if (!record.Subclasses.TryGetValue(baseClass, out var known) || !known.SequenceEqual(derived, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Starts reading and decoding the record on a thread of its own, for a caller that will build a change's map soon: the
    /// next <see cref="Load"/> takes what it read (a record is self-contained and checked against the key and the files'
    /// stamps, so one read a moment earlier is as good). A call while a read is pending starts none.
    /// </summary>
    public void StartReading()
    {
        if (Volatile.Read(ref _reading) is not null)
        {
            return;
        }

        var reading = new Task<(TestMapRecord? Record, string? Miss)>(Read, TaskCreationOptions.LongRunning);
        if (Interlocked.CompareExchange(ref _reading, reading, null) is null)
        {
            reading.Start(TaskScheduler.Default);
        }
    }

    /// <summary>Reads the record, or returns <see langword="null"/> when there is none, it does not read back whole, or its key differs.</summary>
    /// <param name="key">The key the record must have (see <see cref="KeyOf"/>).</param>
    /// <returns>The record.</returns>
    internal TestMapRecord? Load(string key)
    {
        var (record, miss) = Interlocked.Exchange(ref _reading, null) is { } reading ? reading.GetAwaiter().GetResult() : Read();
        if (record is null)
        {
            LastMiss = miss;
            return null;
        }

        if (record.Key != key)
        {
            LastMiss = "other files or settings";
            return null;
        }

        return record;
    }

    /// <summary>Reads and decodes the record file.</summary>
    /// <returns>The record, or <see langword="null"/> and the reason: no record, unreadable or corrupt.</returns>
    private (TestMapRecord? Record, string? Miss) Read()
    {
        if (CacheFile.TryRead(_file, out var missing) is not { } bytes)
        {
            return (null, missing ? "no record" : "unreadable");
        }

        return Decode(bytes) is { } record ? (record, null) : (null, "corrupt");
    }

    /// <summary>Waits for the records being written in the background, and surfaces a failure of the code that makes them.</summary>
    /// <returns>A task that completes when no write is pending.</returns>
    public Task FlushAsync()
    {
        lock (_writingLock)
        {
            return _writing;
        }
    }

    /// <summary>Notes what a map found of every file on disk (see <see cref="CurrentSummaryHashes"/>).</summary>
    /// <param name="files">Every file's record, each with its summary's content hash.</param>
    internal void NoteCurrentFiles(FileRecord[] files) => Volatile.Write(ref _currentFiles, files);

    /// <summary>Writes the record; a read-only or full disk costs the next run speed, never correctness.</summary>
    /// <param name="record">The record.</param>
    internal void Save(TestMapRecord record) => Save(() => record);

    /// <summary>
    /// Makes and writes a record, on a thread of its own when <see cref="WritesInBackground"/>: what
    /// <paramref name="make"/> reads must not change after this call.
    /// </summary>
    /// <param name="make">Makes the record.</param>
    /// <param name="makeLinks">
    /// Makes the links of a whole map for the record with the given seal (see <see cref="TestMapLinks"/>), written beside
    /// it; <see langword="null"/> when the build linked only some units (links written before for another record are then
    /// left, and never taken for this one).
    /// </param>
    internal void Save(Func<TestMapRecord> make, Func<byte[], ReadOnlyMemory<byte>>? makeLinks = null) => Enqueue(() => Write(make(), makeLinks));

    private void Write(TestMapRecord record, Func<byte[], ReadOnlyMemory<byte>>? makeLinks)
    {
        // The record is an accelerator: without it the next run builds the map whole. Links are written after the record
        // they name: a run that reads the new record and the old links finds them naming another seal, and builds whole.
        var bytes = Encode(record);
        if (makeLinks is null)
        {
            KeepWholeRecord();
        }
        else
        {
            // The links about to be written name the new record: a kept record is of no use any more (deleted first, so
            // that a change's run of another process keeping the new record meanwhile does not lose it).
            TryDelete(_wholeFile);
        }

        if (CacheFile.TryWrite(_root, _file, bytes) && makeLinks is not null)
        {
            CacheFile.TryWrite(_root, _linksFile, makeLinks(bytes[^CacheFile.SealLength..]).Span);
        }
    }

    /// <summary>
    /// Before a record without links replaces the record the links were written for, copies that record aside
    /// (<see cref="_wholeFile"/>), so that a whole map after a change's run still starts from it instead of from scratch.
    /// A copy, not a move: when the new record cannot be written, the one read stays in place for the next run.
    /// </summary>
    private void KeepWholeRecord()
    {
        try
        {
            if (ReadEnd(_file, CacheFile.SealLength, fromStart: false) is { } seal
                && ReadEnd(_linksFile, TestMapLinks.HeaderLength, fromStart: true) is { } header
                && TestMapLinks.Names(header, seal))
            {
                var temporary = CacheFile.TemporaryNameFor(_wholeFile);
                File.Copy(_file, temporary, overwrite: true);
                File.Move(temporary, _wholeFile, overwrite: true);
                CacheFile.RemoveAbandonedWrites(_wholeFile);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another run replaced or removed it meanwhile, or the disk is full: the next whole map is built whole, as
            // without the kept record.
        }
    }

    /// <summary>Reads the first or last bytes of a file, or returns <see langword="null"/> when it is missing or shorter.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file is not readable.</exception>
    private static byte[]? ReadEnd(string file, int length, bool fromStart)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        if (stream.Length < length)
        {
            return null;
        }

        stream.Position = fromStart ? 0 : stream.Length - length;
        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Deletes a file if it is there; a file that cannot be deleted is left (it is never taken for another record).</summary>
    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Kept whole records name their links by seal: one left behind is never taken with other links.
        }
    }

    /// <summary>
    /// Writes the links of a whole map beside a record read that a build found unchanged (so not written again): the
    /// build was whole because no links for that record could be taken.
    /// </summary>
    /// <param name="record">The record read.</param>
    /// <param name="makeLinks">Makes the links for the record with the given seal.</param>
    internal void SaveLinks(TestMapRecord record, Func<byte[], ReadOnlyMemory<byte>> makeLinks)
    {
        if (record.Seal is { } seal)
        {
            Enqueue(() => CacheFile.TryWrite(_root, _linksFile, makeLinks(seal).Span));
        }
    }

    /// <summary>Runs a write, at once or after the writes before it on a thread of its own (<see cref="WritesInBackground"/>); none when <see cref="ReadOnly"/>.</summary>
    private void Enqueue(Action write)
    {
        if (ReadOnly)
        {
            return;
        }

        if (!WritesInBackground)
        {
            write();
            return;
        }

        lock (_writingLock)
        {
            // One write after another, and a failure of an earlier one still surfaces once the later one is done.
            _writing = _writing.ContinueWith(
                earlier =>
                {
                    write();
                    earlier.GetAwaiter().GetResult();
                },
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Starts reading the links a whole map wrote, on a thread of its own, for a caller that will build a whole map soon
    /// (the next <see cref="LoadWhole"/> takes the bytes, checked whole). A call while a read is pending starts none.
    /// </summary>
    public void StartReadingLinks()
    {
        if (Volatile.Read(ref _readingLinks) is not null)
        {
            return;
        }

        var reading = new Task<byte[]?>(ReadWholeLinks, TaskCreationOptions.LongRunning);
        if (Interlocked.CompareExchange(ref _readingLinks, reading, null) is null)
        {
            reading.Start(TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Finds the record a whole map starts from, with its links: the record read (<paramref name="previous"/>) when the
    /// links were written for it, else the whole map's record a change's run kept aside when it has the same key.
    /// </summary>
    /// <param name="previous">The record read, or <see langword="null"/>.</param>
    /// <param name="key">The key the record must have (see <see cref="KeyOf"/>).</param>
    /// <returns>The record and its links, or <see langword="null"/> when neither has links.</returns>
    internal (TestMapRecord Record, TestMapLinks Links)? LoadWhole(TestMapRecord? previous, string key)
    {
        var bytes = Interlocked.Exchange(ref _readingLinks, null) is { } reading ? reading.GetAwaiter().GetResult() : ReadWholeLinks();
        if (bytes is null)
        {
            return null;
        }

        if (previous?.Seal is { } seal && TestMapLinks.Decode(bytes, seal, known: true) is { } links)
        {
            return (previous, links);
        }

        // The links name the kept record (checked before it is decoded: a change's run may have left it long ago).
        if (CacheFile.TryRead(_wholeFile, out _) is { } wholeBytes && wholeBytes.Length >= CacheFile.SealLength
            && TestMapLinks.Names(bytes, wholeBytes.AsSpan(wholeBytes.Length - CacheFile.SealLength))
            && Decode(wholeBytes) is { } whole && whole.Key == key && whole.Seal is { } wholeSeal
            && TestMapLinks.Decode(bytes, wholeSeal, known: true) is { } wholeLinks)
        {
            return (whole, wholeLinks);
        }

        return null;
    }

    /// <summary>Reads the links file, or returns <see langword="null"/> when there is none or it does not read back whole.</summary>
    private byte[]? ReadWholeLinks() => CacheFile.TryRead(_linksFile, out _) is { } bytes && CacheFile.IsWhole(bytes) ? bytes : null;

    /// <summary>
    /// Hashes what the test map reads of a module apart from the bodies of its units: its name, path, imports and
    /// routes, and of each unit all but its position, its calls and the facts only the rules read.
    /// </summary>
    /// <param name="summary">The summary, or <see langword="null"/> for a file without one.</param>
    /// <returns>The hash.</returns>
    internal static string OutlineOf(ModuleSummary? summary)
    {
        if (summary is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder(1024);
        text.Append(summary.Module).Append('\0').Append(summary.Path).Append('\0');
        foreach (var (name, target) in (summary.Imported ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('=').Append(target).Append('\n');
        }

        text.Append('\0');
        Append(text, summary.Routes);
        foreach (var unit in summary.Units.ItemsOrNone())
        {
            AppendOutline(text, unit);
        }

        return HashOf(text);
    }

    /// <summary>Appends what the test map reads of one unit apart from its body (the unit's part of <see cref="OutlineOf"/>).</summary>
    /// <param name="text">The text to append to.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="withAttributes">Whether its attributes are part of it (left out to compare everything else).</param>
    internal static void AppendOutline(StringBuilder text, UnitFacts unit, bool withAttributes = true)
    {
        text.Append('\u0002').Append(unit.Name).Append('\0').Append(unit.Kind).Append('\0').Append(unit.MadeBy).Append('\0').Append(unit.Returns).Append('\0');
        Append(text, unit.Parameters);
        Append(text, unit.Bases);
        Append(text, withAttributes ? unit.Attributes : null);
        Append(text, unit.Parametrized);
        Append(text, unit.ParameterValues);
        Append(text, unit.Markers);
        Append(text, unit.Yields);
    }

    private static void Append(StringBuilder text, List<string>? values)
    {
        foreach (var value in values.ItemsOrNone())
        {
            text.Append(value).Append('\u0001');
        }

        text.Append('\0');
    }

    private static string HashOf(StringBuilder text)
    {
        var chars = text.ToString();
        return Convert.ToHexStringLower(SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(chars.AsSpan())));
    }

    private static byte[] Encode(TestMapRecord record)
    {
        // Sized for the record up front (ASCII paths and ids take a byte a character), so the buffer is not regrown and
        // copied as it fills; the tests are in the ordinal order of their ids already, and those read and not followed
        // again are copied as they were read.
        using var stream = new MemoryStream(EstimateSize(record));
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(record.Key);
            writer.Write(record.RunStartTicks);
            writer.Write(record.Files.Length);
            foreach (var file in record.Files)
            {
                writer.Write(file.Path);
                writer.Write(file.Size);
                writer.Write(file.WriteTicks);
                writer.Write(file.ContentHash);
                writer.Write(file.Outline);
                if (file.Spelled is { } spelled)
                {
                    writer.Write7BitEncodedInt(spelled.Length + 1);
                    foreach (var word in spelled)
                    {
                        writer.Write(word);
                    }
                }
                else
                {
                    writer.Write7BitEncodedInt(0);
                }
            }

            record.Tests.WriteTo(writer);

            writer.Write(record.Subclasses.Count);
            foreach (var (baseClass, subclasses) in record.Subclasses.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                writer.Write(baseClass);
                writer.Write7BitEncodedInt(subclasses.Count);
                foreach (var subclass in subclasses)
                {
                    writer.Write(subclass);
                }
            }
        }

        return CacheFile.Seal(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>Estimates a record's encoded size from above for ASCII text: each string's length and a few bytes of prefix and numbers.</summary>
    private static int EstimateSize(TestMapRecord record)
    {
        long size = 256 + record.Key.Length;
        foreach (var file in record.Files)
        {
            size += file.Path.Length + file.ContentHash.Length + file.Outline.Length + 40 + ((file.Spelled?.Length ?? 0) * 8L);
        }

        size += record.Tests.EstimateSize();

        foreach (var (baseClass, subclasses) in record.Subclasses)
        {
            size += baseClass.Length + 8;
            foreach (var subclass in subclasses)
            {
                size += subclass.Length + 4;
            }
        }

        return (int)Math.Min(size, int.MaxValue / 2);
    }

    private static TestMapRecord? Decode(byte[] bytes)
    {
        if (!CacheFile.IsWhole(bytes))
        {
            return null;
        }

        try
        {
            var end = bytes.Length - CacheFile.SealLength;
            using var stream = new MemoryStream(bytes, 0, end, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return null;
            }

            var key = reader.ReadString();
            var start = reader.ReadInt64();
            var files = new FileRecord[reader.ReadInt32()];
            for (var i = 0; i < files.Length; i++)
            {
                var file = new FileRecord(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadString(), reader.ReadString());
                var words = reader.Read7BitEncodedInt() - 1;
                if (words > SpelledNames.MaxWords)
                {
                    return null;
                }

                ulong[]? spelled = words < 0 ? null : new ulong[words];
                for (var w = 0; w < words; w++)
                {
                    spelled![w] = reader.ReadUInt64();
                }

                files[i] = file with { Spelled = spelled };
            }

            // The tests are checked whole but their ids are left as bytes: a change's map makes strings of the few it follows.
            var offset = (int)stream.Position;
            if (RecordedTests.Read(bytes, ref offset, end, files.Length) is not { } tests)
            {
                return null;
            }

            stream.Position = offset;
            var classCount = reader.ReadInt32();
            var subclasses = new Dictionary<string, List<string>>(classCount, StringComparer.Ordinal);
            for (var i = 0; i < classCount; i++)
            {
                var baseClass = reader.ReadString();
                var count = reader.Read7BitEncodedInt();
                var list = new List<string>(count);
                for (var j = 0; j < count; j++)
                {
                    list.Add(reader.ReadString());
                }

                subclasses[baseClass] = list;
            }

            return new TestMapRecord(key, start, files, tests, subclasses) { Seal = bytes[^CacheFile.SealLength..] };
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }
}

/// <summary>A file as the record knows it.</summary>
/// <param name="Path">The path relative to the root.</param>
/// <param name="Size">Its size in bytes when recorded.</param>
/// <param name="WriteTicks">Its time of last write when recorded, in UTC ticks.</param>
/// <param name="ContentHash">The hash its summary is keyed by (empty for a file without a summary).</param>
/// <param name="Outline">The hash of its outline (see <see cref="TestMapStore.OutlineOf"/>).</param>
/// <param name="Spelled">
/// The filter of the identifiers the file's facts spell where the map reads names (<see cref="SpelledNames"/>), or
/// <see langword="null"/> when not known (then the file may spell any name).
/// </param>
internal sealed record FileRecord(string Path, long Size, long WriteTicks, string ContentHash, string Outline, ulong[]? Spelled = null)
{
    /// <summary>Compares two file records, their filters word by word.</summary>
    /// <param name="other">The other record.</param>
    /// <returns><see langword="true"/> when every field is the same.</returns>
    public bool Equals(FileRecord? other) =>
        other is not null && Path == other.Path && Size == other.Size && WriteTicks == other.WriteTicks && ContentHash == other.ContentHash
        && Outline == other.Outline && (Spelled ?? []).AsSpan().SequenceEqual(other.Spelled ?? []) && (Spelled is null) == (other.Spelled is null);

    /// <summary>Hashes the record by its path and contents' hash.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Path, ContentHash);
}

/// <summary>What a test map keeps between runs (see <see cref="TestMapStore"/>).</summary>
/// <param name="Key">The settings and files it was made with.</param>
/// <param name="RunStartTicks">When the run that made it started, in UTC ticks.</param>
/// <param name="Files">Every Python file, in the order of the key.</param>
/// <param name="Tests">For each test id, the numbers of the files its traversal ran through, ascending.</param>
/// <param name="Subclasses">The direct project subclasses of each class, by the qualified name of the base.</param>
internal sealed record TestMapRecord(string Key, long RunStartTicks, FileRecord[] Files, RecordedTests Tests, Dictionary<string, List<string>> Subclasses)
{
    /// <summary>Gets the seal of the bytes the record was read from (what links written beside it name it by); <see langword="null"/> for a record made in this run.</summary>
    public byte[]? Seal { get; init; }
}
