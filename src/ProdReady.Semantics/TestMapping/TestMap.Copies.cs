using System.Text;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// Tests that run the same code: a test method a base class or mixin gives several test classes, a test collected under
/// two names. A traversal reads nothing of a test but its own definition, its setup methods and its fixtures (each a unit
/// of a file, and each fixture with the name it is requested by), and every answer it takes from the map's caches is
/// fixed once asked, so two tests with the same of those make the same links, run through the same files and reach the
/// same dynamic modules. The first of them to be followed is followed; the others take what it made.
/// </summary>
public sealed partial class TestMap
{
    /// <summary>What the first followed test of each group made, by group number (only for groups of two tests or more).</summary>
    private readonly Dictionary<int, Traversal> _traversals = [];

    /// <summary>
    /// For each test (by position), the number of its group of tests that run the same code; <see langword="null"/> until
    /// a test is followed or its direct callees are made, and again whenever the tests are sorted anew.
    /// </summary>
    private int[]? _groups;

    /// <summary>How many tests each group holds, by group number.</summary>
    private List<int>? _groupSizes;

    /// <summary>Gets how many tests took what an earlier test of their group made instead of being followed, in this map's build.</summary>
    public int RepeatedTests { get; private set; }

    /// <summary>
    /// Tells whether a test can take what an earlier test of its group made, and takes it: the links (each with the same
    /// way), the files it ran through and its dynamic modules, as following it would have made them.
    /// </summary>
    /// <param name="testIndex">The test's position.</param>
    /// <returns><see langword="false"/> when the test must be followed.</returns>
    private bool TryRepeat(int testIndex)
    {
        var group = GroupOf(testIndex);
        if (_groupSizes![group] < 2 || !_traversals.TryGetValue(group, out var made))
        {
            return false;
        }

        foreach (var (links, way) in made.Links)
        {
            links.Add(testIndex, way);
        }

        _recorder?.Repeat(_tests[testIndex], made.Files);
        Count(testIndex, made.DynamicModules);
        RepeatedTests++;
        return true;
    }

    /// <summary>The list a traversal adds its links to, when the test's group has more tests to repeat it; else <see langword="null"/>.</summary>
    private List<(LinkList Links, int Way)>? LinksToKeep(int testIndex)
    {
        var group = GroupOf(testIndex);
        return _groupSizes![group] > 1 ? [] : null;
    }

    /// <summary>Forgets the groups and what their first tests made, once the tests are sorted anew.</summary>
    private void ForgetGroups()
    {
        _groups = null;
        _groupSizes = null;
        _traversals.Clear();
    }

    /// <summary>Forgets what the groups' first tests made, once every test to follow is followed (the groups stay, for the direct callees).</summary>
    private void ForgetTraversals() => _traversals.Clear();

    /// <summary>Keeps what a followed test made for the other tests of its group.</summary>
    private void KeepTraversal(int testIndex, List<(LinkList Links, int Way)> links, int[]? files, string[] dynamicModules) =>
        _traversals[GroupOf(testIndex)] = new Traversal([.. links], files, dynamicModules);

    /// <summary>Counts a followed or repeated test's dynamic modules.</summary>
    private void Count(int testIndex, string[] dynamicModules)
    {
        foreach (var module in dynamicModules)
        {
            _dynamicByModule[module] = _dynamicByModule.GetValueOrDefault(module) + 1;
        }

        if (_dynamicOfTests is not null)
        {
            _dynamicOfTests[testIndex] = dynamicModules;
        }
    }

    /// <summary>The group of a test, the groups made once every test is collected.</summary>
    private int GroupOf(int testIndex)
    {
        if (_groups is null || _groups.Length != _tests.Count)
        {
            (_groups, _groupSizes) = GroupTests(_tests);
            _traversals.Clear();
        }

        return _groups[testIndex];
    }

    /// <summary>
    /// Numbers the groups of tests that run the same code: the same definition, setup methods and fixtures (each by its
    /// module, file and facts, a fixture also by the name it is requested by), in the same order.
    /// </summary>
    private static (int[] Groups, List<int> Sizes) GroupTests(List<MappedTest> tests)
    {
        // Each unit is numbered once per object, and objects that stand for the same unit share the number; a test's key is
        // then its units' numbers (two characters each) and its fixtures' names.
        var byObject = new Dictionary<MappedUnit, int>(ReferenceEqualityComparer.Instance);
        var byUnit = new Dictionary<(string Module, string Path, UnitFacts Facts), int>(SameUnit.Instance);
        var numbers = new Dictionary<string, int>(tests.Count, StringComparer.Ordinal);
        var sizes = new List<int>();
        var groups = new int[tests.Count];
        var key = new StringBuilder();
        void Append(MappedUnit unit)
        {
            if (!byObject.TryGetValue(unit, out var number))
            {
                if (!byUnit.TryGetValue((unit.Module, unit.Path, unit.Facts), out number))
                {
                    number = byUnit.Count;
                    byUnit[(unit.Module, unit.Path, unit.Facts)] = number;
                }

                byObject[unit] = number;
            }

            key.Append((char)(number & 0xFFFF)).Append((char)(number >> 16));
        }

        for (var i = 0; i < tests.Count; i++)
        {
            var test = tests[i];
            key.Clear();
            Append(test.Unit);
            key.Append((char)test.Setup.Count);
            foreach (var setup in test.Setup)
            {
                Append(setup);
            }

            // The class a test runs on decides what `self` reaches (classes whose body defines nothing, on the same bases,
            // answer alike: see RunsOnShape).
            if (test.RunsOn is not null)
            {
                key.Append('\u0001').Append(test.RunsOnShape).Append('\n');
            }

            foreach (var (name, fixture) in test.Fixtures)
            {
                key.Append(name).Append('\n');
                Append(fixture);
            }

            var text = key.ToString();
            if (!numbers.TryGetValue(text, out var group))
            {
                group = sizes.Count;
                numbers[text] = group;
                sizes.Add(0);
            }

            sizes[group]++;
            groups[i] = group;
        }

        return (groups, sizes);
    }

    /// <summary>
    /// Makes every test's direct callees that are not known yet (taken from the links), which the rules read for every
    /// test, so that the links written next keep them: once per group of tests that run the same code.
    /// </summary>
    private void FindDirectCallees()
    {
        var byGroup = new Dictionary<int, List<MappedUnit>>();
        for (var i = 0; i < _tests.Count; i++)
        {
            var test = _tests[i];
            if (_directCallees.ContainsKey(test))
            {
                continue;
            }

            var group = GroupOf(i);
            if (_groupSizes![group] < 2)
            {
                DirectCallees(test);
            }
            else if (byGroup.TryGetValue(group, out var callees))
            {
                _directCallees.TryAdd(test, callees);
            }
            else
            {
                byGroup[group] = DirectCalleesOf(test);
            }
        }
    }

    /// <summary>What following a test made: its links in the order made, the files it ran through (when recorded) and its dynamic modules.</summary>
    private sealed record Traversal((LinkList Links, int Way)[] Links, int[]? Files, string[] DynamicModules);

    /// <summary>Compares units by module and file (ordinal) and facts (the same object).</summary>
    private sealed class SameUnit : IEqualityComparer<(string Module, string Path, UnitFacts Facts)>
    {
        public static SameUnit Instance { get; } = new();

        public bool Equals((string Module, string Path, UnitFacts Facts) x, (string Module, string Path, UnitFacts Facts) y) =>
            ReferenceEquals(x.Facts, y.Facts) && string.Equals(x.Module, y.Module, StringComparison.Ordinal) && string.Equals(x.Path, y.Path, StringComparison.Ordinal);

        public int GetHashCode((string Module, string Path, UnitFacts Facts) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Facts), StringComparer.Ordinal.GetHashCode(obj.Module));
    }
}
