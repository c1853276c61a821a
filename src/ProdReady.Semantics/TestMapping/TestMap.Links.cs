using ProdReady.Semantics.Index;
using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// The whole map from a record: a whole build records the links each test makes and writes them beside the record
/// (<see cref="TestMapLinks"/>); the next whole build whose files kept their outlines follows again only the tests that
/// ran through a changed file (and tests the record does not know), and takes every other test's links as recorded. A
/// test whose traversal ran through no changed file reads the same summaries' bodies and the same outlines as before, so
/// it makes the same links: the argument the change's map from the record rests on, applied to every test.
/// </summary>
public sealed partial class TestMap
{
    /// <summary>
    /// Each test's dynamic modules (what <see cref="DynamicTestsReaching"/> counts), by its position, while a whole map
    /// whose links are written is built; <see langword="null"/> otherwise.
    /// </summary>
    private string[]?[]? _dynamicOfTests;

    /// <summary>Gathers every test of the project: conftest fixtures first, then every test module, in the files' order.</summary>
    private void CollectAll(List<string> files)
    {
        var conftests = files.Where(f => ProjectPath.Name(f) == "conftest.py").ToList();
        foreach (var conftest in conftests)
        {
            _conftests.Add(conftest);
            FixturesOf(conftest);
        }

        foreach (var file in files)
        {
            if (_classifier.IsTestModule(file) && ProjectPath.Name(file) != "conftest.py")
            {
                Collect(file);
            }
            else if (!_classifier.IsTestCode(file))
            {
                _sourceFiles.Add(file);
            }
        }

        SortTests();
    }

    /// <summary>
    /// Orders the tests by id, and tests that share an id in the order they were collected: a stable order, so that a
    /// test collected twice keeps its place among its namesakes from one build to the next.
    /// </summary>
    private void SortTests()
    {
        var sorted = _tests.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        _tests.Clear();
        _tests.AddRange(sorted);
        ForgetGroups();
    }

    /// <summary>
    /// Builds the whole map from a record and the links written beside it: checks every file's contents against the
    /// record, collects every test, follows again the tests that ran through a changed file or that the record does not
    /// know, and replays the recorded links of the others. The record and links are written again when the build learned
    /// something.
    /// </summary>
    /// <returns><see langword="false"/> when the record does not hold (nothing was collected or followed then).</returns>
    private bool TryBuildWholeFrom(TestMapRecord record, TestMapLinks links, TestMapStore store, List<string> files)
    {
        // Every file is compared by its contents, whatever its stamp says: a whole-tree run has every file's summary (and
        // its hash) at hand, and may analyse contents other than the files on disk (a staged check's).
        if (CheckFiles(record, store, files, new HashSet<string>(files, StringComparer.Ordinal)) is not { } check)
        {
            return false;
        }

        // Every file's summary was read by the check (each compared by its contents).
        var (records, changed, reread, differs, _) = check;
        _subclasses ??= record.Subclasses;
        CollectAll(files);
        var ids = new string[_tests.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _tests[i].Id;
        }

        // The links line up with the tests by position: with the same ids in the same order they are replayed as they
        // are. Otherwise (a test module's outline changed) they are replayed by id: a recorded test from its old position
        // at its new one, a test the record does not know followed, a test no longer collected dropped. Else every test
        // is followed.
        var aligned = links.Count == ids.Length && links.TestsHash.AsSpan().SequenceEqual(TestMapLinks.HashOfIds(ids));
        var positions = record.Tests.PositionsOf(ids);
        for (var i = 1; i < ids.Length; i++)
        {
            // Tests that share an id share the record's entry (the files any of them ran through).
            if (positions[i] < 0 && ids[i] == ids[i - 1])
            {
                positions[i] = positions[i - 1];
            }
        }

        var oldPositions = aligned ? null : OldPositions(links, record, ids);
        var replayable = aligned || oldPositions is not null;
        var selected = differs > 0 ? new HashSet<string>(record.Tests.ThroughAny(changed), StringComparer.Ordinal) : [];
        var follow = new bool[ids.Length];
        var followed = 0;
        int[]? newPositions = null;
        if (oldPositions is not null)
        {
            newPositions = new int[links.Count];
            Array.Fill(newPositions, -1);
            for (var i = 0; i < ids.Length; i++)
            {
                if (oldPositions[i] >= 0)
                {
                    newPositions[oldPositions[i]] = i;
                }
            }
        }

        for (var i = 0; i < ids.Length; i++)
        {
            follow[i] = !replayable || positions[i] < 0 || selected.Contains(ids[i]) || oldPositions?[i] < 0;
            followed += follow[i] ? 1 : 0;
        }

        // The file's ways are numbered first, so that a recorded link's way is a number the map knows; the tests followed
        // again link as they follow, and every unit's recorded links of the other tests are merged in, in test order.
        _recorder = new FileRecorder(files);
        _dynamicOfTests = new string[]?[_tests.Count];
        var wayNumbers = new int[links.WayCertain.Length];
        for (var w = 0; w < wayNumbers.Length && replayable; w++)
        {
            var through = links.WayThrough[w];
            var helper = links.WayHelper[w];
            wayNumbers[w] = WayOf(through == 0 ? null : links.Strings[through - 1], helper == 0 ? null : links.Strings[helper - 1], links.WayCertain[w]);
        }

        var replay = new Replay(links, files);
        for (var i = 0; i < _tests.Count; i++)
        {
            if (follow[i])
            {
                Reach(i, null);
            }
            else
            {
                ReplayTest(i, oldPositions?[i] ?? i, replay);
                _recorder.Keep(_tests[i], record.Tests.FilesAt(positions[i]));
            }
        }

        ForgetTraversals();

        // Whether the tests followed again made exactly the links recorded for them: then the links read are still this
        // map's, and are kept (sealed for the new record) instead of encoded again. Compared while they are merged: before
        // the merge, every list holds only the followed tests' links.
        var linksKept = aligned && followed > 0;
        if (aligned)
        {
            var made = 0;
            for (var i = 0; i < _linkListsInOrder.Count && linksKept; i++)
            {
                made += _linkListsInOrder[i].Count;
            }

            var matched = 0;
            links.ReadUnits((name, recorded) =>
            {
                var list = LinksOf(links.Strings[name]);
                if (linksKept)
                {
                    var same = list.CountSameFollowed(recorded, follow, wayNumbers);
                    linksKept = same >= 0;
                    matched += Math.Max(0, same);
                }

                list.Merge(recorded, follow, wayNumbers);
            });

            // A list the links do not hold (a unit no test linked before) was never compared.
            linksKept &= matched == made;
        }
        else if (newPositions is not null)
        {
            // Both orders are the ids' ordinal order, so the links stay in the order of the tests once moved.
            var moved = new List<(int Test, int Way)>();
            links.ReadUnits((name, recorded) =>
            {
                moved.Clear();
                foreach (var (test, way) in recorded)
                {
                    if (newPositions[test] is var now and >= 0)
                    {
                        moved.Add((now, way));
                    }
                }

                LinksOf(links.Strings[name]).Merge(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(moved), follow, wayNumbers);
            });
        }

        FindDirectCallees();
        linksKept = linksKept && FollowedAsRecorded(follow, replay);

        // Written again when it learned something: new contents, or new stamps (a file read again because its stamp was
        // too close to the record's run is read again next time too, unless something else renews the record).
        var restamped = false;
        for (var i = 0; i < records.Length && reread > 0 && !restamped; i++)
        {
            restamped = records[i].Size != record.Files[i].Size || records[i].WriteTicks != record.Files[i].WriteTicks;
        }

        store.LastFollowed = followed;
        store.LastLinksKept = false;
        if ((restamped || differs > 0 || followed > 0) && _recorder.Complete && !store.ReadOnly)
        {
            var visited = _recorder.Visited;
            // Links of other ids (a test removed, none followed) are encoded again: kept, they would name ids the record no longer has.
            var makeLinks = (followed > 0 && !linksKept) || !aligned ? LinksMaker() : links.WithSeal;
            store.LastLinksKept = followed > 0 && linksKept;
            var subclasses = _subclasses;

            // Without a test dropped, the followed tests are laid over those read (which are copied as read); otherwise
            // the record's tests are made again from every test's files.
            var added = new HashSet<string>(StringComparer.Ordinal);
            var over = new Dictionary<string, int[]>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Length; i++)
            {
                if (follow[i])
                {
                    over[ids[i]] = visited[ids[i]];
                    if (positions[i] < 0)
                    {
                        added.Add(ids[i]);
                    }
                }
            }

            var tests = record.Tests;
            var laid = record.Tests.Count + added.Count == DistinctIds();
            store.Save(() => new TestMapRecord(record.Key, store.RunStartTicks, records, laid ? tests.With(over) : RecordedTests.From(visited), subclasses), makeLinks);
        }

        return true;
    }

    /// <summary>
    /// Finds each test's position among the links' tests, when the links were written for other ids (tests added or
    /// removed): the links' ids are the record's, each as many times as the map collects it now (once when it is no
    /// longer collected), which the links' hash of ids confirms. Tests that share an id keep their order among themselves
    /// (the tests are sorted stably, in the order they were collected), so the n-th of them was the n-th before.
    /// </summary>
    /// <returns>Each test's old position, or -1 for a new test; <see langword="null"/> when the links' ids cannot be told.</returns>
    private static int[]? OldPositions(TestMapLinks links, TestMapRecord record, string[] ids)
    {
        if (links.Count < record.Tests.Count)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        var linkIds = new List<string>(links.Count);
        var first = new Dictionary<string, int>(links.Count, StringComparer.Ordinal);
        foreach (var id in record.Tests.Ids)
        {
            first[id] = linkIds.Count;
            for (var n = Math.Max(1, counts.GetValueOrDefault(id)); n > 0; n--)
            {
                linkIds.Add(id);
            }
        }

        if (linkIds.Count != links.Count || !links.TestsHash.AsSpan().SequenceEqual(TestMapLinks.HashOfIds(linkIds)))
        {
            return null;
        }

        var old = new int[ids.Length];
        var namesake = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            namesake = i > 0 && ids[i] == ids[i - 1] ? namesake + 1 : 0;
            old[i] = first.TryGetValue(ids[i], out var at) ? at + namesake : -1;
        }

        return old;
    }

    /// <summary>
    /// Tells whether every test followed again reached through names it cannot follow the same modules, and has the same
    /// direct callees, as its links recorded (the links' own entries are compared while they are merged).
    /// </summary>
    /// <param name="follow">For each test, whether it was followed again.</param>
    /// <param name="replay">The links being replayed, with its buffers (free once every test is replayed).</param>
    private bool FollowedAsRecorded(bool[] follow, Replay replay)
    {
        var links = replay.Links;
        var positions = new Dictionary<string, Dictionary<UnitFacts, int>?>(StringComparer.Ordinal);
        for (var i = 0; i < follow.Length; i++)
        {
            if (!follow[i])
            {
                continue;
            }

            var recordedCallees = links.ReadTest(i, replay.ModuleNumbers, replay.Callees);
            var modules = _dynamicOfTests![i] ?? [];
            if (modules.Length != replay.ModuleNumbers.Count)
            {
                return false;
            }

            for (var m = 0; m < modules.Length; m++)
            {
                if (modules[m] != links.Strings[replay.ModuleNumbers[m]])
                {
                    return false;
                }
            }

            var callees = _directCallees.GetValueOrDefault(_tests[i]);
            if (!SameCallees(callees, recordedCallees ? replay.Callees : null, links, positions))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Tells whether a test's direct callees are kept in the links as recorded: each one's module, file number and
    /// position among its file's units, or none kept (<paramref name="recorded"/> <see langword="null"/>) when one of them
    /// is not a unit of a project file's summary.
    /// </summary>
    private bool SameCallees(List<MappedUnit>? callees, List<(int Module, int File, int Position)>? recorded, TestMapLinks links, Dictionary<string, Dictionary<UnitFacts, int>?> positions)
    {
        if (callees is null || recorded is null)
        {
            // None kept: the same when the callees are unknown, or one of them cannot be placed.
            return recorded is null && (callees is null || callees.Exists(c => !TryPlace(c, _recorder, _index, positions, out _, out _)));
        }

        if (recorded.Count != callees.Count)
        {
            return false;
        }

        for (var c = 0; c < callees.Count; c++)
        {
            if (!TryPlace(callees[c], _recorder, _index, positions, out var file, out var position)
                || recorded[c].File != file || recorded[c].Position != position || links.Strings[recorded[c].Module] != callees[c].Module)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Places a direct callee as the links keep it: its file's number and its position among the file's units (the
    /// first, for facts listed twice), each file's positions made once in <paramref name="positions"/>.
    /// </summary>
    /// <returns><see langword="false"/> when it is not a unit of a project file's summary.</returns>
    private static bool TryPlace(MappedUnit unit, FileRecorder? recorder, ProjectIndex index, Dictionary<string, Dictionary<UnitFacts, int>?> positions, out int file, out int position)
    {
        if (!positions.TryGetValue(unit.Path, out var byFacts))
        {
            byFacts = index.GetByPath(unit.Path)?.Units is { } facts ? PositionsOf(facts) : null;
            positions[unit.Path] = byFacts;
        }

        file = recorder?.NumberOf(unit.Path) ?? -1;
        position = -1;
        return file >= 0 && byFacts is not null && byFacts.TryGetValue(unit.Facts, out position);
    }

    /// <summary>Takes a test's recorded dynamic modules and direct callees, as following it would have made them.</summary>
    /// <param name="testIndex">The test's position in this map.</param>
    /// <param name="recordedIndex">The test's position among the links' tests.</param>
    /// <param name="replay">The links being replayed.</param>
    private void ReplayTest(int testIndex, int recordedIndex, Replay replay)
    {
        var links = replay.Links;
        if (links.ReadTest(recordedIndex, replay.ModuleNumbers, replay.Callees) && replay.CalleesOf(_index) is { } callees)
        {
            _directCallees[_tests[testIndex]] = callees;
        }

        string[] modules = replay.ModuleNumbers.Count == 0 ? [] : new string[replay.ModuleNumbers.Count];
        for (var i = 0; i < modules.Length; i++)
        {
            modules[i] = links.Strings[replay.ModuleNumbers[i]];
            _dynamicByModule[modules[i]] = _dynamicByModule.GetValueOrDefault(modules[i]) + 1;
        }

        _dynamicOfTests![testIndex] = modules;
    }

    /// <summary>
    /// Makes, from this whole map, the function that encodes its links for the record written with them: what it encodes
    /// is taken now (each unit's links as a view of its list, which nothing adds to once the map is built; each test's id,
    /// dynamic modules and direct callees), and numbered and encoded when the function runs, on the writer's thread when
    /// the store writes in the background. <see langword="null"/> when the build kept no dynamic modules per test (a
    /// change's map, or a map without a store).
    /// </summary>
    private Func<byte[], ReadOnlyMemory<byte>>? LinksMaker()
    {
        if (_dynamicOfTests is not { } dynamicOfTests || dynamicOfTests.Length != _tests.Count)
        {
            return null;
        }

        var lists = new (string Name, ReadOnlyMemory<(int Test, int Way)> Links)[_linkListsInOrder.Count];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = (_linkListsInOrder[i].Name, _linkListsInOrder[i].Entries);
        }

        var ways = _ways.ToArray();
        var ids = new string[_tests.Count];
        var callees = new List<MappedUnit>?[_tests.Count];
        for (var t = 0; t < ids.Length; t++)
        {
            ids[t] = _tests[t].Id;
            callees[t] = _directCallees.GetValueOrDefault(_tests[t]);
        }

        var recorder = _recorder;
        var index = _index;
        return seal => EncodeLinks(seal, lists, ways, ids, dynamicOfTests, callees, recorder, index);
    }

    /// <summary>Numbers the strings of a whole map's links and encodes them (see <see cref="LinksMaker"/>).</summary>
    private static ReadOnlyMemory<byte> EncodeLinks(
        byte[] seal,
        (string Name, ReadOnlyMemory<(int Test, int Way)> Links)[] lists,
        Way[] wayList,
        string[] ids,
        string[]?[] dynamicOfTests,
        List<MappedUnit>?[] calleesOfTests,
        FileRecorder? recorder,
        ProjectIndex index)
    {
        // The units' names come first among the strings, so a unit's string is its list's number.
        var strings = new List<string>(lists.Length + 256);
        var numbers = new Dictionary<string, int>(lists.Length, StringComparer.Ordinal);
        var units = new List<(int Name, ReadOnlyMemory<(int Test, int Way)> Links)>(lists.Length);
        foreach (var (name, links) in lists)
        {
            numbers[name] = strings.Count;
            if (links.Length > 0)
            {
                units.Add((strings.Count, links));
            }

            strings.Add(name);
        }

        int StringOf(string text)
        {
            if (!numbers.TryGetValue(text, out var number))
            {
                number = strings.Count;
                numbers[text] = number;
                strings.Add(text);
            }

            return number;
        }

        var ways = new (int Through, int Helper, bool IsCertain)[wayList.Length];
        for (var i = 0; i < ways.Length; i++)
        {
            var (through, helper, isCertain) = wayList[i];
            ways[i] = (through is null ? 0 : StringOf(through) + 1, helper is null ? 0 : StringOf(helper) + 1, isCertain);
        }

        // Each test's dynamic modules, and its direct callees as the links keep them: module, file number and position
        // among the file's units (not kept when one of them is not a unit of a project file's summary).
        var tests = new (int[] Modules, int[]? Callees)[ids.Length];
        var positions = new Dictionary<string, Dictionary<UnitFacts, int>?>(StringComparer.Ordinal);
        for (var t = 0; t < ids.Length; t++)
        {
            var modules = Array.ConvertAll(dynamicOfTests[t] ?? [], StringOf);
            if (calleesOfTests[t] is not { } callees)
            {
                tests[t] = (modules, null);
                continue;
            }

            var entry = new int[callees.Count * 3];
            var known = true;
            for (var i = 0; i < callees.Count && known; i++)
            {
                var unit = callees[i];
                if (!TryPlace(unit, recorder, index, positions, out var file, out var position))
                {
                    known = false;
                    continue;
                }

                entry[i * 3] = StringOf(unit.Module);
                entry[(i * 3) + 1] = file;
                entry[(i * 3) + 2] = position;
            }

            tests[t] = (modules, known ? entry : null);
        }

        return TestMapLinks.Encode(seal, TestMapLinks.HashOfIds(ids), strings.ToArray(), ways, tests, units);
    }

    /// <summary>The position of each of a file's units among them (the first, for facts listed twice).</summary>
    private static Dictionary<UnitFacts, int> PositionsOf(List<UnitFacts> units)
    {
        var positions = new Dictionary<UnitFacts, int>(units.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < units.Count; i++)
        {
            positions.TryAdd(units[i], i);
        }

        return positions;
    }

    /// <summary>What replaying one links file keeps from test to test: the buffers a test's entry is read into.</summary>
    private sealed class Replay(TestMapLinks links, List<string> files)
    {
        public TestMapLinks Links { get; } = links;

        public List<int> ModuleNumbers { get; } = [];

        public List<(int Module, int File, int Position)> Callees { get; } = [];

        /// <summary>The units made for callees, so that tests calling the same unit share it (the callees' caches are keyed by the unit).</summary>
        private Dictionary<(int Module, int File, int Position), MappedUnit> Made { get; } = [];

        /// <summary>Makes the direct callees just read into units, or returns <see langword="null"/> when one no longer names a unit.</summary>
        public List<MappedUnit>? CalleesOf(ProjectIndex index)
        {
            var units = new List<MappedUnit>(Callees.Count);
            foreach (var callee in Callees)
            {
                var (module, file, position) = callee;
                if (!Made.TryGetValue(callee, out var unit))
                {
                    if ((uint)file >= (uint)files.Count || index.GetByPath(files[file])?.Units is not { } facts || (uint)position >= (uint)facts.Count)
                    {
                        return null;
                    }

                    unit = new MappedUnit(Links.Strings[module], files[file], facts[position]);
                    Made[callee] = unit;
                }

                units.Add(unit);
            }

            return units;
        }
    }
}
