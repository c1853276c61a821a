using ProdReady.Core.Collections;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// The map of a change built from what a <see cref="TestMapStore"/> kept: the files each test's traversal ran through
/// are recorded while following it, and the next build of a change follows only the tests that ran through a file it
/// asks about or a file that changed since, once it has checked that no file changed its outline.
/// </summary>
public sealed partial class TestMap
{
    /// <summary>Records, while tests are followed, the files each one runs through; <see langword="null"/> when nothing is recorded.</summary>
    private FileRecorder? _recorder;

    /// <summary>The outline changes the map followed name by name, or <see langword="null"/> when it followed none.</summary>
    private OutlineChanges? _outlineChanges;

    /// <summary>How many tests the record knows, in a map built from one; -1 otherwise.</summary>
    private int _recordedTests = -1;

    /// <summary>Starts recording the files each followed test runs through.</summary>
    private void StartRecording(IReadOnlyList<string> files) => _recorder = new FileRecorder(files);

    /// <summary>
    /// What the whole map's record says of every file: its stamp, hashes, outline and filter of spelled names. It depends on
    /// the files alone, so it is made on a thread of its own while the tests are followed. A file whose contents the previous
    /// record of the same key knows keeps its outline and filter from it (both are made from the contents alone, by the code
    /// the key's version names).
    /// </summary>
    /// <param name="index">The project index, every file's summary read already.</param>
    /// <param name="store">The store.</param>
    /// <param name="files">Every Python file, ordered.</param>
    /// <param name="previous">The record of the same key read before, or <see langword="null"/>.</param>
    /// <returns>The records, or <see langword="null"/> when a file's stamp could not be read.</returns>
    private static FileRecord[]? FileRecordsOf(ProjectIndex index, TestMapStore store, List<string> files, TestMapRecord? previous)
    {
        var records = new FileRecord[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            // The stamp is read after the contents were: a file written in between is newer than the run's start, and
            // the next run reads it again.
            var summary = index.GetByPath(files[i]);
            if (store.StampOf(files[i]) is not { } stamp)
            {
                return null;
            }

            var hash = summary?.Hash ?? string.Empty;
            var known = previous is not null && i < previous.Files.Length && previous.Files[i].Path == files[i] && previous.Files[i].ContentHash == hash
                ? previous.Files[i]
                : null;
            records[i] = new FileRecord(
                files[i], stamp.Size, stamp.WriteTicks, hash, known?.Outline ?? TestMapStore.OutlineOf(summary), known?.Spelled ?? SpelledNames.FilterOf(summary));
        }

        return records;
    }

    /// <summary>
    /// Records the whole map: every file's record, what every test ran through, and the subclass table. A record equal to
    /// the previous one is not written again.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="key">The record's key.</param>
    /// <param name="records">What the record says of every file, or <see langword="null"/> when a stamp could not be read.</param>
    /// <param name="previous">The record of the same key read before, or <see langword="null"/>.</param>
    private void SaveWhole(TestMapStore store, string key, FileRecord[]? records, TestMapRecord? previous)
    {
        if (records is null)
        {
            return;
        }

        store.NoteCurrentFiles(records);
        if (!_recorder!.Complete)
        {
            return;
        }

        var subclasses = DirectSubclasses();
        var makeLinks = LinksMaker();
        if (previous is not null && TestMapStore.SameContents(previous, records, _recorder.Visited, subclasses))
        {
            if (makeLinks is not null)
            {
                store.SaveLinks(previous, makeLinks);
            }

            return;
        }

        // The traversal is over: nothing adds to what the tests ran through once the map is built.
        var visited = _recorder.Visited;
        store.Save(() => new TestMapRecord(key, store.RunStartTicks, records, RecordedTests.From(visited), subclasses), makeLinks);
    }

    /// <summary>
    /// Builds a change's map from a record: checks every file against it (its stamp, else its contents and outline),
    /// collects the test modules of the tests that ran through a changed or focus file, and follows those tests alone
    /// (with the tests of the focus's own test modules).
    /// </summary>
    /// <returns><see langword="false"/> when the record does not hold (nothing was collected or followed then).</returns>
    private bool TryBuildFrom(TestMapRecord record, TestMapStore store, List<string> files, IReadOnlyCollection<string> focus)
    {
        var focused = new HashSet<string>(focus, StringComparer.Ordinal);
        if (CheckFiles(record, store, files, focused) is not { } check)
        {
            return false;
        }

        var (records, changed, reread, differs, rereadOutsideFocus) = check;

        _recorder = new FileRecorder(files);
        foreach (var path in focus)
        {
            if (_recorder.NumberOf(path) is var number and >= 0)
            {
                changed[number] = true;
            }
        }

        var selected = new HashSet<string>(StringComparer.Ordinal);
        var modules = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var id in record.Tests.ThroughAny(changed))
        {
            selected.Add(id);
            modules.Add(id[..id.IndexOf("::", StringComparison.Ordinal)]);
        }

        _subclasses ??= record.Subclasses;
        _commandFiles = files;
        _focus = focused;

        // A test module whose outline changed may hold other tests now: all of them are followed, as a focus module's.
        var outlinedModules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var number in _outlineChanges?.Files ?? [])
        {
            if (_classifier.IsTestModule(files[number]))
            {
                outlinedModules.Add(files[number]);
            }
        }

        foreach (var file in files)
        {
            if (ProjectPath.Name(file) == "conftest.py")
            {
                _conftests.Add(file);
                FixturesOf(file);
            }
            else if ((_focus.Contains(file) || outlinedModules.Contains(file)) && _classifier.IsTestModule(file))
            {
                modules.Add(file);
            }
        }

        foreach (var module in modules)
        {
            if (_classifier.IsTestModule(module) && ProjectPath.Name(module) != "conftest.py")
            {
                Collect(module);
            }
        }

        // A test of a collected module that ran through no changed or focus file runs through the same files as
        // before, so it reaches no focus unit: only the selected tests are followed.
        SortTests();
        for (var i = 0; i < _tests.Count; i++)
        {
            if (selected.Contains(_tests[i].Id) || _focus.Contains(_tests[i].Path) || outlinedModules.Contains(_tests[i].Path))
            {
                Reach(i, null);
            }
        }

        ForgetTraversals();

        // The test modules whose outline changed were collected again: their tests now stand for those recorded.
        var tests = record.Tests;
        var count = tests.Count;
        var dropped = false;
        if (outlinedModules.Count > 0)
        {
            var collected = _tests.Where(t => outlinedModules.Contains(t.Path)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var recorded = outlinedModules.SelectMany(tests.IdsOfModule).ToList();
            count += collected.Count - recorded.Count;
            dropped = recorded.Exists(id => !collected.Contains(id));
        }

        _recordedTests = count;

        // Written again only when it learned something the next change's run could use: a file outside the focus read
        // again (its stamp, its contents), an outline changed, or a test that now runs through other files. Contents of
        // the focus alone are not: the next run compares the focus files by their contents and follows their tests
        // whatever the record says (a developer checks the same files again and again while editing them), and renewing
        // the record for them cost a change's run the encoding and writing of the whole record.
        var renewed = rereadOutsideFocus > 0 || _outlineChanges is not null || (differs > 0 && !AllInFocus(changed, files));
        foreach (var (id, visited) in _recorder.Visited)
        {
            renewed = renewed || !record.Tests.TryGetFiles(id, out var before) || !before.AsSpan().SequenceEqual(visited);
        }

        if (renewed && _recorder.Complete && !store.ReadOnly)
        {
            // The new record is made where it is written (on a thread of its own when the store writes in the
            // background), from what this build no longer changes: the record read, the files' records and a copy of
            // what the followed tests ran through.
            var followed = new Dictionary<string, int[]>(_recorder.Visited, StringComparer.Ordinal);
            var subclasses = _subclasses;
            store.Save(() => record with
            {
                RunStartTicks = store.RunStartTicks,
                Files = records,
                Tests = (dropped ? tests.WithoutModules(outlinedModules) : tests).With(followed),
                Subclasses = subclasses,
                Seal = null,
            });
        }

        return true;
    }

    /// <summary>Tells whether every file marked changed is a focus file.</summary>
    private bool AllInFocus(bool[] changed, List<string> files)
    {
        for (var i = 0; i < changed.Length; i++)
        {
            if (changed[i] && !_focus!.Contains(files[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Checks every file against a record: a file whose stamp no longer vouches for it is read again (its summary), and so
    /// is every focus file; the same contents keep the record, other contents keep it only with the same outline.
    /// </summary>
    /// <returns>
    /// The files' records renewed, which files changed (contents other than recorded, same outline), how many files were
    /// read again and how many changed; <see langword="null"/> when the record does not hold (the reason is the store's
    /// <see cref="TestMapStore.LastMiss"/>).
    /// </returns>
    private (FileRecord[] Records, bool[] Changed, int Reread, int Differs, int RereadOutsideFocus)? CheckFiles(TestMapRecord record, TestMapStore store, List<string> files, HashSet<string> focused)
    {
        if (record.Files.Length != files.Count)
        {
            store.LastMiss = "other files";
            return null;
        }

        var records = (FileRecord[])record.Files.Clone();
        var reread = new List<int>();
        var compared = new List<int>();

        // One stat per file of the project: on every processor, since each waits on the file system.
        var stamps = new (long Size, long WriteTicks)?[files.Count];
        Parallel.For(0, files.Count, i => stamps[i] = store.StampOf(files[i]));
        for (var i = 0; i < files.Count; i++)
        {
            if (records[i].Path != files[i])
            {
                store.LastMiss = "other files";
                return null;
            }

            if (stamps[i] is not { } stamp)
            {
                store.LastMiss = "unreadable file";
                return null;
            }

            if (!TestMapStore.Vouches(records[i], record.RunStartTicks, stamp))
            {
                reread.Add(i);
                records[i] = records[i] with { Size = stamp.Size, WriteTicks = stamp.WriteTicks };
            }
            else if (focused.Contains(files[i]))
            {
                // A focus file is compared by its contents whatever its stamp says: the run may analyse contents other
                // than the file on disk (a staged check's), and a change's few files cost little to compare.
                compared.Add(i);
            }
        }

        // A file whose stamp changed is read again: the same contents keep the record; other contents keep it only when
        // the outline is the same (then only its bodies changed, and only tests that ran through it can change).
        var changed = new bool[files.Count];
        var outlined = new List<(int File, string Outline)>();
        var differs = 0;
        Parallel.ForEach(reread.Concat(compared), i =>
        {
            var summary = _index.GetByPath(files[i]);
            var hash = summary?.Hash ?? string.Empty;
            if (hash == records[i].ContentHash)
            {
                return;
            }

            var outline = TestMapStore.OutlineOf(summary);
            if (outline != records[i].Outline)
            {
                lock (outlined)
                {
                    outlined.Add((i, outline));
                }

                return;
            }

            changed[i] = true;
            records[i] = records[i] with { ContentHash = hash, Spelled = SpelledNames.FilterOf(summary) };
            Interlocked.Increment(ref differs);
        });

        if (outlined.Count > 0)
        {
            // Each outline is compared with the one the record was made from, unit by unit: what changed is spelled by
            // names, and the tests that run through a file spelling one of them are followed again.
            var outlines = new OutlineChanges();
            outlined.Sort((a, b) => a.File.CompareTo(b.File));
            foreach (var (i, outline) in outlined)
            {
                var summary = _index.GetByPath(files[i]);
                if (AddOutlineChange(outlines, i, files[i], _index.CachedSummary(records[i].ContentHash), summary) is { } reason)
                {
                    store.LastMiss = reason;
                    return null;
                }

                records[i] = records[i] with { ContentHash = summary!.Hash, Outline = outline, Spelled = SpelledNames.FilterOf(summary) };
                differs++;
            }

            if (SpreadOutlineChanges(outlines, files, records, changed, record) is { } spreadReason)
            {
                store.LastMiss = spreadReason;
                return null;
            }

            _outlineChanges = outlines;
        }

        store.NoteCurrentFiles(records);
        return (records, changed, reread.Count, differs, reread.Count(i => !focused.Contains(files[i])));
    }

    /// <summary>The files each followed test runs through, by test id, as numbers among the project's files.</summary>
    private sealed class FileRecorder
    {
        private readonly Dictionary<string, int> _numbers;
        private readonly int[] _marks;
        private readonly List<int> _current = [];
        private int _test;

        public FileRecorder(IReadOnlyList<string> files)
        {
            _numbers = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
            for (var i = 0; i < files.Count; i++)
            {
                _numbers[files[i]] = i;
            }

            _marks = new int[files.Count];
        }

        /// <summary>Gets what each followed test ran through.</summary>
        public Dictionary<string, int[]> Visited { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets a value indicating whether every file a test ran through is a project file the record can name.</summary>
        public bool Complete { get; private set; } = true;

        public void Begin(MappedTest test)
        {
            _test++;
            _current.Clear();
            Add(test.Unit.Path);
        }

        public void Add(StepInfo step)
        {
            if (step.File == -2)
            {
                step.File = NumberOf(step.Unit.Path);
            }

            Add(step.File);
        }

        public void Add(string path) => Add(NumberOf(path));

        /// <summary>Returns a file's number among the project's files, or -1 when it is not one of them.</summary>
        public int NumberOf(string path) => _numbers.TryGetValue(path, out var number) ? number : -1;

        /// <summary>Keeps what a test not followed again ran through before.</summary>
        public void Keep(MappedTest test, int[] files) => Visited[test.Id] = files;

        /// <summary>Ends a followed test's traversal.</summary>
        /// <returns>The files it ran through, sorted (its own: not those of another test with the same id).</returns>
        public int[] End(MappedTest test)
        {
            var own = _current.ToArray();
            SortedKeys.Sort(own);
            Keep(test, own, copy: false);
            return own;
        }

        /// <summary>Keeps the files a test ran through, as <see cref="End"/> does for a followed test.</summary>
        /// <param name="test">The test.</param>
        /// <param name="files">The files, sorted; <see langword="null"/> when they were not recorded (nothing is kept then).</param>
        public void Repeat(MappedTest test, int[]? files)
        {
            if (files is not null)
            {
                Keep(test, files, copy: true);
            }
        }

        /// <summary>Keeps a test's files (sorted), or their union with those of an earlier test of the same id.</summary>
        private void Keep(MappedTest test, int[] files, bool copy)
        {
            // Tests that share an id (a module that defines a test twice) share one entry: the files any of them ran through.
            if (Visited.TryGetValue(test.Id, out var earlier))
            {
                int[] visited = [.. files.Union(earlier)];
                SortedKeys.Sort(visited);
                Visited[test.Id] = visited;
                return;
            }

            Visited[test.Id] = copy ? [.. files] : files;
        }

        private void Add(int number)
        {
            if (number < 0)
            {
                Complete = false;
                return;
            }

            if (_marks[number] != _test)
            {
                _marks[number] = _test;
                _current.Add(number);
            }
        }
    }
}
