namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// A whole map's tests followed on two processors: the first half on this map, the second half on a second map of the
/// same project built beside it on another thread, with tables of its own (nothing is shared but the project's index,
/// which serves threads at once), then merged into this one in the order of the tests. The merged map is the map one
/// traversal in test order makes: each unit's links in test order, the link lists and ways numbered in the order the
/// tests first make them, what each test ran through and which tests are dynamic.
/// </summary>
public sealed partial class TestMap
{
    /// <summary>
    /// Below this many tests, one map follows them all: the second map repeats the collection and the first resolution
    /// of every call its tests reach, which a small project's traversal does not repay.
    /// </summary>
    private const int TestsForTwoHalves = 200;

    /// <summary>Follows every test of a whole map, in two halves on two threads when there are enough tests.</summary>
    /// <param name="files">Every Python file of the project, ordered.</param>
    /// <param name="testsForTwoHalves">How many tests make two halves worth following apart.</param>
    private void FollowAll(List<string> files, int testsForTwoHalves)
    {
        var count = _tests.Count;
        var split = count >= Math.Max(2, testsForTwoHalves) ? count / 2 : count;
        var second = split < count ? Task.Run(() => FollowSecondHalf(files, split)) : null;
        for (var test = 0; test < split; test++)
        {
            Reach(test, null);
        }

        if (second is null)
        {
            return;
        }

        if (second.GetAwaiter().GetResult() is { } half)
        {
            Absorb(half, split);
            return;
        }

        // The second map collected other tests (a file read differently in between): this one follows the rest itself.
        for (var test = split; test < count; test++)
        {
            Reach(test, null);
        }
    }

    /// <summary>Builds the second map and follows its tests from <paramref name="split"/> on, or returns <see langword="null"/> when it collected other tests.</summary>
    private TestMap? FollowSecondHalf(List<string> files, int split)
    {
        var half = new TestMap(_index, _classifier, _pluginDeclared);
        half.CollectAll(files);
        if (half._tests.Count != _tests.Count)
        {
            return null;
        }

        for (var i = 0; i < _tests.Count; i++)
        {
            if (!string.Equals(half._tests[i].Id, _tests[i].Id, StringComparison.Ordinal))
            {
                return null;
            }
        }

        if (_recorder is not null)
        {
            half.StartRecording(files);
        }

        half._dynamicOfTests = _dynamicOfTests is null ? null : new string[]?[_tests.Count];
        for (var test = split; test < half._tests.Count; test++)
        {
            half.Reach(test, null);
        }

        return half;
    }

    /// <summary>Merges what the second map made by following the tests from <paramref name="split"/> on.</summary>
    private void Absorb(TestMap half, int split)
    {
        // Ways are numbered by the identity of their strings: the second map's strings are its own, so each is taken as
        // this map's string of the same text when there is one, and its ways are numbered in the order it made them.
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (through, helper, _) in _ways)
        {
            if (through is not null)
            {
                texts.TryAdd(through, through);
            }

            if (helper is not null)
            {
                texts.TryAdd(helper, helper);
            }
        }

        string? Same(string? text) => text is null ? null : texts.TryGetValue(text, out var known) ? known : texts[text] = text;
        var ways = new int[half._ways.Count];
        for (var i = 0; i < ways.Length; i++)
        {
            var (through, helper, isCertain) = half._ways[i];
            ways[i] = WayOf(Same(through), Same(helper), isCertain);
        }

        // The second half's tests come after the first's: each of its lists follows this map's list of the same unit.
        foreach (var list in half._linkListsInOrder)
        {
            var own = LinksOf(list.Name);
            foreach (var (test, way) in list.Entries.Span)
            {
                own.Add(test, ways[way]);
            }
        }

        if (_recorder is not null)
        {
            _recorder.Absorb(half._recorder!);
        }

        foreach (var (module, tests) in half._dynamicByModule)
        {
            _dynamicByModule[module] = _dynamicByModule.GetValueOrDefault(module) + tests;
        }

        if (_dynamicOfTests is not null)
        {
            Array.Copy(half._dynamicOfTests!, split, _dynamicOfTests, split, _dynamicOfTests.Length - split);
        }
    }
}
