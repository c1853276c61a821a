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

    /// <summary>For each test (by position), the number of its group of tests that run the same code; <see langword="null"/> until a test is followed.</summary>
    private int[]? _groups;

    /// <summary>How many tests each group holds, by group number.</summary>
    private List<int>? _groupSizes;

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
        return true;
    }

    /// <summary>The list a traversal adds its links to, when the test's group has more tests to repeat it; else <see langword="null"/>.</summary>
    private List<(LinkList Links, int Way)>? LinksToKeep(int testIndex) => _groupSizes![GroupOf(testIndex)] > 1 ? [] : null;

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
        var facts = new Dictionary<UnitFacts, int>(ReferenceEqualityComparer.Instance);
        var numbers = new Dictionary<string, int>(tests.Count, StringComparer.Ordinal);
        var sizes = new List<int>();
        var groups = new int[tests.Count];
        var key = new StringBuilder();
        void Append(MappedUnit unit)
        {
            if (!facts.TryGetValue(unit.Facts, out var number))
            {
                number = facts.Count;
                facts[unit.Facts] = number;
            }

            key.Append(unit.Module).Append('\n').Append(unit.Path).Append('\n').Append(number).Append('\n');
        }

        for (var i = 0; i < tests.Count; i++)
        {
            var test = tests[i];
            key.Clear();
            Append(test.Unit);
            key.Append(test.Setup.Count).Append('\n');
            foreach (var setup in test.Setup)
            {
                Append(setup);
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

    /// <summary>What following a test made: its links in the order made, the files it ran through (when recorded) and its dynamic modules.</summary>
    private sealed record Traversal((LinkList Links, int Way)[] Links, int[]? Files, string[] DynamicModules);
}
