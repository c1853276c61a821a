namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// Following every test of a large project on two threads. The traversal's tables are filled as it goes and read on
/// every step, so the second thread follows with a map of its own (collected on that thread from the same summaries):
/// this map takes tests from the front, the partner from the back, a slice at a time, until they meet (the last slice
/// is kept for the partner). The partner's
/// links, files and dynamic modules are then taken into this map, each unit's links in the order of the tests, so the
/// map is the one a single thread makes: a test's links do not depend on which map followed it.
/// </summary>
public sealed partial class TestMap
{
    /// <summary>How many tests a project has before its whole map is followed on two threads (fewer take less than a partner's collection costs).</summary>
    internal const int TestsToSplit = 2_000;

    /// <summary>How many tests either thread takes at once.</summary>
    private const int SliceSize = 64;

    /// <summary>Follows every test, on two threads when the project is large enough and there are two processors.</summary>
    /// <param name="files">Every Python file, ordered (the partner collects from them).</param>
    private void FollowAll(List<string> files)
    {
        if (_tests.Count < TestsToSplit || System.Environment.ProcessorCount < 2)
        {
            for (var i = 0; i < _tests.Count; i++)
            {
                Reach(i, null);
            }

            return;
        }

        FollowSplit(files);
    }

    /// <summary>Follows every test on this thread and a partner's, then takes the partner's results in.</summary>
    private void FollowSplit(List<string> files)
    {
        var partner = new TestMap(_index, _classifier, _pluginDeclared);
        var slices = new Slices(_tests.Count);
        var records = _recorder is not null;
        var dynamic = _dynamicOfTests is not null;
        var partnerRun = Task.Run(() =>
        {
            partner.CollectAll(files);
            if (!partner.SameTestsAs(this))
            {
                // Collected alike from the same summaries, so never expected: this thread then follows every test itself.
                return false;
            }

            if (records)
            {
                partner.StartRecording(files);
            }

            partner._dynamicOfTests = dynamic ? new string[]?[partner._tests.Count] : null;
            while (slices.TakeBack() is var (start, end) && start < end)
            {
                for (var i = start; i < end; i++)
                {
                    partner.Reach(i, null);
                }
            }

            return true;
        });

        try
        {
            while (slices.TakeFront() is var (start, end) && start < end)
            {
                for (var i = start; i < end; i++)
                {
                    Reach(i, null);
                }
            }
        }
        catch (Exception)
        {
            // The partner stops at its next slice and is waited for (whatever it met): this failure is the one reported.
            slices.Close();
            ((IAsyncResult)partnerRun).AsyncWaitHandle.WaitOne();
            throw;
        }

        // A failure of the partner surfaces here, as it would have on this thread.
        if (!partnerRun.GetAwaiter().GetResult())
        {
            // The partner collected other tests and took no slice: this thread follows the ones kept for it too.
            for (var i = slices.Front; i < _tests.Count; i++)
            {
                Reach(i, null);
            }

            return;
        }

        Absorb(partner);
    }

    /// <summary>Tells whether a map collected the same tests, in the same order, as another.</summary>
    private bool SameTestsAs(TestMap other)
    {
        if (_tests.Count != other._tests.Count)
        {
            return false;
        }

        for (var i = 0; i < _tests.Count; i++)
        {
            if (!string.Equals(_tests[i].Id, other._tests[i].Id, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Takes in what a partner that followed some of the same tests found: every unit's links (merged in test order, each
    /// way numbered as this map numbers it), the files each test ran through, and each test's dynamic modules.
    /// </summary>
    private void Absorb(TestMap partner)
    {
        var byValue = new Dictionary<(string? Through, string? Helper, bool IsCertain), int>(_ways.Count);
        for (var w = 0; w < _ways.Count; w++)
        {
            byValue.TryAdd((_ways[w].Through, _ways[w].Helper, _ways[w].IsCertain), w);
        }

        var ways = new int[partner._ways.Count];
        for (var w = 0; w < ways.Length; w++)
        {
            var way = partner._ways[w];
            if (!byValue.TryGetValue((way.Through, way.Helper, way.IsCertain), out var number))
            {
                number = _ways.Count;
                _ways.Add(way);
                _wayNumbers[way] = number;
                byValue[(way.Through, way.Helper, way.IsCertain)] = number;
            }

            ways[w] = number;
        }

        foreach (var list in partner._linkListsInOrder)
        {
            if (list.Count > 0)
            {
                LinksOf(list.Name).Absorb(list.Entries.Span, ways);
            }
        }

        if (_recorder is not null && partner._recorder is not null)
        {
            _recorder.Absorb(partner._recorder);
        }

        if (_dynamicOfTests is not null && partner._dynamicOfTests is not null)
        {
            for (var i = 0; i < _dynamicOfTests.Length; i++)
            {
                _dynamicOfTests[i] ??= partner._dynamicOfTests[i];
            }
        }

        foreach (var (module, count) in partner._dynamicByModule)
        {
            _dynamicByModule[module] = _dynamicByModule.GetValueOrDefault(module) + count;
        }
    }

    /// <summary>
    /// The tests not taken yet, as a range two threads take slices of, one from each end. The last slice is kept for the
    /// back until the back takes its first, so the partner always follows some tests (a map's results never depend on
    /// which thread was quicker to start).
    /// </summary>
    private sealed class Slices(int count)
    {
        private readonly Lock _gate = new();
        private int _front;
        private int _back = count;
        private int _reserved = Math.Min(SliceSize, count);

        /// <summary>Gets where the front stands: every test before it was taken from the front.</summary>
        public int Front
        {
            get
            {
                lock (_gate)
                {
                    return _front;
                }
            }
        }

        /// <summary>Takes the next slice from the front.</summary>
        /// <returns>The slice's start and end; empty when nothing is left for the front.</returns>
        public (int Start, int End) TakeFront()
        {
            lock (_gate)
            {
                var start = _front;
                _front = Math.Max(start, Math.Min(start + SliceSize, _back - _reserved));
                return (start, _front);
            }
        }

        /// <summary>Takes the next slice from the back.</summary>
        /// <returns>The slice's start and end; empty when nothing is left.</returns>
        public (int Start, int End) TakeBack()
        {
            lock (_gate)
            {
                _reserved = 0;
                var end = _back;
                _back = Math.Max(_back - SliceSize, _front);
                return (_back, end);
            }
        }

        /// <summary>Leaves nothing to take.</summary>
        public void Close()
        {
            lock (_gate)
            {
                _reserved = 0;
                _back = _front;
            }
        }
    }
}
