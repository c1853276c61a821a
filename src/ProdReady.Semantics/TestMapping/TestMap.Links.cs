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
    /// <summary>Records the links each followed test makes, in a whole build with a store; <see langword="null"/> otherwise.</summary>
    private LinkRecorder? _links;

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

        _tests.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
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

        var (records, changed, reread, differs) = check;
        Parallel.ForEach(files, file => _index.GetByPath(file));
        _subclasses = record.Subclasses;
        CollectAll(files);
        var ids = new string[_tests.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _tests[i].Id;
        }

        // The links line up with the tests by position: only with the same ids in the same order (the same outlines
        // collect the same tests) are they replayed; otherwise every test is followed.
        var replayable = links.Count == ids.Length && links.TestsHash.AsSpan().SequenceEqual(TestMapLinks.HashOfIds(ids));
        var selected = differs > 0 ? new HashSet<string>(record.Tests.ThroughAny(changed), StringComparer.Ordinal) : [];
        var positions = record.Tests.PositionsOf(ids);
        for (var i = 1; i < ids.Length; i++)
        {
            // Tests that share an id share the record's entry (what the last of them ran through, as a whole build keeps).
            if (positions[i] < 0 && ids[i] == ids[i - 1])
            {
                positions[i] = positions[i - 1];
            }
        }

        var follow = new bool[ids.Length];
        var followed = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            follow[i] = !replayable || positions[i] < 0 || selected.Contains(ids[i]);
            followed += follow[i] ? 1 : 0;
        }

        // The links are recorded anew only when some test is followed again; otherwise those read are the map's links.
        _recorder = new FileRecorder(files);
        _links = followed > 0 ? new LinkRecorder() : null;
        var replay = new Replay(links, files);
        for (var i = 0; i < _tests.Count; i++)
        {
            if (follow[i])
            {
                Reach(i, null);
            }
            else
            {
                ReplayLinks(i, replay);
                _recorder.Keep(_tests[i], record.Tests.FilesAt(positions[i]));
            }
        }

        FindDirectCallees();

        // Written again when it learned something: new contents, or new stamps (a file read again because its stamp was
        // too close to the record's run is read again next time too, unless something else renews the record).
        var restamped = false;
        for (var i = 0; i < records.Length && reread > 0 && !restamped; i++)
        {
            restamped = records[i].Size != record.Files[i].Size || records[i].WriteTicks != record.Files[i].WriteTicks;
        }

        store.LastFollowed = followed;
        if ((restamped || differs > 0 || followed > 0) && _recorder.Complete && !store.ReadOnly)
        {
            var visited = _recorder.Visited;
            var makeLinks = followed > 0 ? LinksMaker() : links.WithSeal;
            store.Save(() => new TestMapRecord(record.Key, store.RunStartTicks, records, RecordedTests.From(visited), record.Subclasses), makeLinks);
        }

        return true;
    }

    /// <summary>
    /// Makes every test's direct callees that are not known yet (taken from the links), which the rules read for every
    /// test, so that the links written next keep them.
    /// </summary>
    private void FindDirectCallees()
    {
        foreach (var test in _tests)
        {
            DirectCallees(test);
        }
    }

    /// <summary>Adds a test's recorded links (and its dynamic modules and direct callees) to the map as following it would.</summary>
    private void ReplayLinks(int testIndex, Replay replay)
    {
        var links = replay.Links;
        if (links.Read(testIndex, replay.ModuleNumbers, replay.Pairs, replay.Callees) && replay.CalleesOf(_index) is { } callees)
        {
            _directCallees[_tests[testIndex]] = callees;
        }

        string[] modules = replay.ModuleNumbers.Count == 0 ? [] : new string[replay.ModuleNumbers.Count];
        for (var i = 0; i < modules.Length; i++)
        {
            modules[i] = links.Strings[replay.ModuleNumbers[i]];
            _dynamicByModule[modules[i]] = _dynamicByModule.GetValueOrDefault(modules[i]) + 1;
        }

        _links?.Begin();
        foreach (var (unit, way) in replay.Pairs)
        {
            var list = replay.Lists[unit] ??= LinksOf(links.Strings[unit]);
            var number = replay.Ways[way];
            if (number < 0)
            {
                var through = links.WayThrough[way];
                var helper = links.WayHelper[way];
                number = WayOf(through == 0 ? null : links.Strings[through - 1], helper == 0 ? null : links.Strings[helper - 1], links.WayCertain[way]);
                replay.Ways[way] = number;
            }

            list.Add(testIndex, number);
            _links?.Add(list, number);
        }

        _links?.End(modules);
    }

    /// <summary>
    /// Makes, from what this build recorded, the function that encodes its links for the record written with them: the
    /// map's link lists and ways are taken now (nothing adds to them once the map is built), so that the encoding may run
    /// on a thread of its own. <see langword="null"/> when this build recorded no links (a change's map).
    /// </summary>
    private Func<byte[], byte[]>? LinksMaker()
    {
        if (_links is not { } recorder || recorder.Count != _tests.Count)
        {
            return null;
        }

        var lists = _linkListsInOrder.ToArray();
        var ways = _ways.ToArray();
        var testsHash = TestMapLinks.HashOfIds([.. _tests.Select(t => t.Id)]);

        // Each test's direct callees as the links keep them: module, file number and position among the file's units.
        var callees = new int[]?[_tests.Count];
        var positions = new Dictionary<string, Dictionary<UnitFacts, int>?>(StringComparer.Ordinal);
        var modules = new List<string>();
        var moduleNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < _tests.Count; t++)
        {
            if (!_directCallees.TryGetValue(_tests[t], out var units))
            {
                continue;
            }

            var entry = new int[units.Count * 3];
            var known = true;
            for (var i = 0; i < units.Count && known; i++)
            {
                var unit = units[i];
                if (!positions.TryGetValue(unit.Path, out var byFacts))
                {
                    byFacts = _index.GetByPath(unit.Path)?.Units is { } facts ? PositionsOf(facts) : null;
                    positions[unit.Path] = byFacts;
                }

                var file = _recorder?.NumberOf(unit.Path) ?? -1;
                if (file < 0 || byFacts is null || !byFacts.TryGetValue(unit.Facts, out var position))
                {
                    known = false;
                    continue;
                }

                if (!moduleNumbers.TryGetValue(unit.Module, out var module))
                {
                    moduleNumbers[unit.Module] = module = modules.Count;
                    modules.Add(unit.Module);
                }

                (entry[i * 3], entry[(i * 3) + 1], entry[(i * 3) + 2]) = (module, file, position);
            }

            callees[t] = known ? entry : null;
        }

        return seal => recorder.Encode(seal, testsHash, lists, ways, modules, callees);
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

    /// <summary>
    /// What replaying one links file keeps from test to test: each unit's link list and each way's number, once looked up,
    /// and the buffers a test's entry is read into.
    /// </summary>
    private sealed class Replay(TestMapLinks links, List<string> files)
    {
        public TestMapLinks Links { get; } = links;

        public List<(int Module, int File, int Position)> Callees { get; } = [];

        public LinkList?[] Lists { get; } = new LinkList?[links.Strings.Length];

        public int[] Ways { get; } = CreateWays(links.WayCertain.Length);

        public List<int> ModuleNumbers { get; } = [];

        public List<(int Unit, int Way)> Pairs { get; } = [];

        /// <summary>Makes the direct callees just read into units, or returns <see langword="null"/> when one no longer names a unit.</summary>
        public List<MappedUnit>? CalleesOf(ProjectIndex index)
        {
            var units = new List<MappedUnit>(Callees.Count);
            foreach (var (module, file, position) in Callees)
            {
                if ((uint)file >= (uint)files.Count || index.GetByPath(files[file])?.Units is not { } facts || (uint)position >= (uint)facts.Count)
                {
                    return null;
                }

                units.Add(new MappedUnit(Links.Strings[module], files[file], facts[position]));
            }

            return units;
        }

        private static int[] CreateWays(int count)
        {
            var ways = new int[count];
            Array.Fill(ways, -1);
            return ways;
        }
    }

    /// <summary>
    /// The links each test makes while a whole map is built, in the order the tests are followed (the map's order): the
    /// link lists' numbers and the ways' numbers in one array, where each test begins, and each test's dynamic modules.
    /// </summary>
    private sealed class LinkRecorder
    {
        private readonly List<int> _pairs = new(1 << 16);
        private readonly List<int> _starts = [];
        private readonly List<string[]> _modules = [];

        /// <summary>Gets how many tests were recorded.</summary>
        public int Count => _modules.Count;

        public void Begin() => _starts.Add(_pairs.Count);

        public void Add(LinkList links, int way)
        {
            _pairs.Add(links.Number);
            _pairs.Add(way);
        }

        public void End(string[] modules) => _modules.Add(modules);

        /// <summary>
        /// Encodes the recorded links, with each test's direct callees (module number among <paramref name="modules"/>,
        /// file, position; <see langword="null"/> when not known): the link lists' names come first in the strings, so a
        /// list's number is its name's.
        /// </summary>
        public byte[] Encode(byte[] seal, byte[] testsHash, LinkList[] lists, Way[] ways, List<string> modules, int[]?[] callees)
        {
            var strings = new List<string>(lists.Length + 256);
            var byName = new Dictionary<string, int>(lists.Length, StringComparer.Ordinal);
            foreach (var list in lists)
            {
                byName[list.Name] = strings.Count;
                strings.Add(list.Name);
            }

            int StringOf(string? text)
            {
                if (text is null)
                {
                    return 0;
                }

                if (!byName.TryGetValue(text, out var number))
                {
                    number = strings.Count;
                    byName[text] = number;
                    strings.Add(text);
                }

                return number + 1;
            }

            var wayTable = new (int Through, int Helper, bool IsCertain)[ways.Length];
            for (var i = 0; i < ways.Length; i++)
            {
                wayTable[i] = (StringOf(ways[i].Through), StringOf(ways[i].Helper), ways[i].IsCertain);
            }

            var entries = new int[Count][];
            for (var t = 0; t < Count; t++)
            {
                var dynamic = _modules[t];
                var start = _starts[t];
                var end = t + 1 < _starts.Count ? _starts[t + 1] : _pairs.Count;
                var direct = callees[t];
                var entry = new int[3 + dynamic.Length + (end - start) + (direct?.Length ?? 0)];
                entry[0] = dynamic.Length;
                for (var i = 0; i < dynamic.Length; i++)
                {
                    entry[1 + i] = StringOf(dynamic[i]) - 1;
                }

                entry[1 + dynamic.Length] = (end - start) / 2;
                _pairs.CopyTo(start, entry, 2 + dynamic.Length, end - start);
                var at = 2 + dynamic.Length + (end - start);
                entry[at] = direct is null ? 0 : (direct.Length / 3) + 1;
                for (var i = 0; direct is not null && i < direct.Length; i += 3)
                {
                    entry[at + 1 + i] = StringOf(modules[direct[i]]) - 1;
                    entry[at + 2 + i] = direct[i + 1];
                    entry[at + 3 + i] = direct[i + 2];
                }

                entries[t] = entry;
            }

            return TestMapLinks.Encode(seal, testsHash, strings, wayTable, entries);
        }
    }
}
