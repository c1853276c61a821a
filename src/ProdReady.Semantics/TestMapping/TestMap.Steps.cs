using System.Buffers;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// The traversal's tables: every step (a unit, and the class of <c>self</c> it runs on) numbered once per map, with what
/// the traversal reads of it over and over (whether it is test code, its constructors, the links of its unit and of its
/// class); every call of a unit parsed once; and the visited marks of one test's traversal kept as arrays stamped with
/// the traversal's number, so that following a test allocates no keys and clears nothing.
/// </summary>
public sealed partial class TestMap
{
    private readonly Dictionary<string, int> _stepIds = new(StringComparer.Ordinal);
    private readonly List<StepInfo> _steps = [];
    private readonly Dictionary<UnitFacts, ParsedCall[]> _parsedCalls = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, SharedTargets> _sharedTargets = new(StringComparer.Ordinal);

    /// <summary>Each recorded call parsed, by its text: the same call written in many bodies is parsed once.</summary>
    private readonly Dictionary<string, ParsedCall> _callsByText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkList> _linkLists = new(StringComparer.Ordinal);
    private readonly List<LinkList> _linkListsInOrder = [];
    private readonly List<Way> _ways = [];
    private readonly Dictionary<string, string> _fixtureHelpers = new(StringComparer.Ordinal);
    private readonly Dictionary<Way, int> _wayNumbers = new(new WayIdentity());
    private readonly VisitMarks _traversal = new();
    private readonly Queue<Pending> _certain = new();
    private readonly Queue<Pending> _possible = new();
    private readonly List<string> _linkedModules = [];

    /// <summary>Tells whether, with a focus, a step can lead to a focus unit or back into test code (steps numbered later cannot).</summary>
    private bool IsLeading(int step) => step < _leading!.Length && _leading[step];

    /// <summary>Numbers a step by its key, once per map.</summary>
    private int StepOf(string key, MappedUnit unit, string? selfType)
    {
        if (!_stepIds.TryGetValue(key, out var id))
        {
            id = _steps.Count;
            _steps.Add(new StepInfo(key, unit, selfType, IsTestPath(unit.Path)));
            _stepIds[key] = id;
            _traversal.Fit(_steps.Count);
        }

        return id;
    }

    /// <summary>The calls a unit makes, parsed once per map: the target, and the marks written before it.</summary>
    private ParsedCall[] CallsOf(UnitFacts facts)
    {
        if (!_parsedCalls.TryGetValue(facts, out var parsed))
        {
            var calls = facts.Calls ?? [];
            parsed = new ParsedCall[calls.Count];
            for (var i = 0; i < calls.Count; i++)
            {
                parsed[i] = ParseCall(calls[i]);
            }

            _parsedCalls[facts] = parsed;
        }

        return parsed;
    }

    /// <summary>
    /// Parses a recorded call: <c>?</c> before it marks a call that may not run when its caller runs, <c>~</c> after that a
    /// callable handed to another call (which runs it only if that call does), <c>!</c> after those a call the test
    /// expects to raise, <c>^</c> last a member read without being called. Calls to the same target share their
    /// resolved targets.
    /// </summary>
    private ParsedCall ParseCall(string call)
    {
        if (_callsByText.TryGetValue(call, out var known))
        {
            return known;
        }

        var conditional = call.StartsWith('?');
        var target = conditional ? call[1..] : call;
        var handed = target.StartsWith('~');
        target = handed ? target[1..] : target;
        var expectedToRaise = target.StartsWith('!');
        target = expectedToRaise ? target[1..] : target;
        var read = target.StartsWith('^');
        target = read ? target[1..] : target;
        if (!_sharedTargets.TryGetValue(target, out var shared))
        {
            shared = new SharedTargets();
            _sharedTargets[target] = shared;
        }

        var parsed = new ParsedCall(target, conditional, handed, expectedToRaise, shared) { Read = read };
        _callsByText[call] = parsed;
        return parsed;
    }

    /// <summary>
    /// Tells whether reading a unit as a member runs it: a property's getter does (<c>@property</c>,
    /// <c>functools.cached_property</c> and the like, or the property's setter or deleter, which the unit's name
    /// resolves to when defined after the getter); a method, function or class read is only taken.
    /// </summary>
    private static bool RunsWhenRead(MappedUnit unit) =>
        unit.Facts.Kind == "method" && unit.Facts.Decorators is { } decorators
        && decorators.Exists(static d => d.EndsWith("property", StringComparison.Ordinal) || d.EndsWith(".getter", StringComparison.Ordinal)
            || d.EndsWith(".setter", StringComparison.Ordinal) || d.EndsWith(".deleter", StringComparison.Ordinal));

    /// <summary>The links of a unit, made when the unit is first linked.</summary>
    private LinkList LinksOf(string qualifiedName)
    {
        if (!_linkLists.TryGetValue(qualifiedName, out var links))
        {
            links = new LinkList(this, qualifiedName, _linkListsInOrder.Count);
            _linkLists[qualifiedName] = links;
            _linkListsInOrder.Add(links);
        }

        return links;
    }

    /// <summary>The way of a link through a fixture, in words (<c>fixture `cart`</c>), made once per map and fixture name.</summary>
    private string FixtureHelper(string name)
    {
        if (!_fixtureHelpers.TryGetValue(name, out var helper))
        {
            helper = $"fixture `{name}`";
            _fixtureHelpers[name] = helper;
        }

        return helper;
    }

    /// <summary>The way of a link through a helper of the test code, in words (<c>helper `make_cart`</c>), kept on the helper's step.</summary>
    private static string HelperOf(StepInfo step, MappedUnit unit)
    {
        if (step.Helper is { } known && ReferenceEquals(step.Unit.Facts, unit.Facts))
        {
            return known;
        }

        var helper = $"helper `{unit.Facts.Name}`";
        if (ReferenceEquals(step.Unit.Facts, unit.Facts))
        {
            step.Helper = helper;
        }

        return helper;
    }

    /// <summary>Numbers a way of linking, once per map.</summary>
    private int WayOf(string? through, string? helper, bool isCertain)
    {
        var way = new Way(through, helper, isCertain);
        if (!_wayNumbers.TryGetValue(way, out var number))
        {
            number = _ways.Count;
            _ways.Add(way);
            _wayNumbers[way] = number;
        }

        return number;
    }

    /// <summary>
    /// Numbers the way of a link made by a call of <paramref name="fromStep"/>'s unit: the step keeps the numbers of the
    /// last way it made (a step's calls go through the same unit, and one test's helper, link after link).
    /// </summary>
    private int WayFrom(StepInfo? fromStep, string? through, string? helper, bool isCertain)
    {
        if (fromStep is null)
        {
            return WayOf(through, helper, isCertain);
        }

        var ways = fromStep.Ways ??= new StepWays();
        if (!ReferenceEquals(ways.Through, through) || !ReferenceEquals(ways.Helper, helper))
        {
            ways.Through = through;
            ways.Helper = helper;
            ways.Certain = -1;
            ways.Possible = -1;
        }

        if (isCertain)
        {
            return ways.Certain >= 0 ? ways.Certain : ways.Certain = WayOf(through, helper, true);
        }

        return ways.Possible >= 0 ? ways.Possible : ways.Possible = WayOf(through, helper, false);
    }

    /// <summary>The links of the class a method step belongs to (a test that runs a method exercises its class), or <see langword="null"/>.</summary>
    private LinkList? OwnerLinks(StepInfo step)
    {
        if (!step.OwnerKnown)
        {
            step.OwnerKnown = true;
            if (step.Unit.Facts.Kind == "method" && step.Unit.ClassName is { } owner && Resolve(owner) is { } ownerClass)
            {
                step.OwnerLinks = LinksOf(ownerClass.QualifiedName);
            }
        }

        return step.OwnerLinks;
    }

    /// <summary>
    /// The project classes (outside test code) an instance a class step makes is also of: the class's bases, resolved
    /// through the model, depth first, at most 64 classes (a deeper or cyclic hierarchy is cut there). A method step's
    /// class of <c>self</c> is not among them: it may be only one of the subclasses a call on a declared type could
    /// dispatch to, and the object may never be of it.
    /// </summary>
    private InstanceClass[] InstanceClassesOf(StepInfo step)
    {
        if (step.InstanceClasses is { } known)
        {
            return known;
        }

        var unit = step.Unit;
        if (unit.Facts.Kind != "class")
        {
            return step.InstanceClasses = [];
        }

        var found = new List<InstanceClass>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<MappedUnit>();
        pending.Push(unit);
        while (pending.Count > 0 && seen.Count < 64)
        {
            var current = pending.Pop();
            if (!seen.Add(current.QualifiedName))
            {
                continue;
            }

            if (!string.Equals(current.QualifiedName, unit.QualifiedName, StringComparison.Ordinal) && !IsTestPath(current.Path))
            {
                found.Add(new InstanceClass(current.Path, LinksOf(current.QualifiedName)));
            }

            var bases = current.Facts.Bases ?? [];
            for (var i = bases.Count - 1; i >= 0; i--)
            {
                if (Resolve(bases[i], 0) is { Facts.Kind: "class" } baseClass)
                {
                    pending.Push(baseClass);
                }
            }
        }

        return step.InstanceClasses = [.. found];
    }

    /// <summary>A project class an instance is of, with the file it is defined in and its links.</summary>
    private readonly record struct InstanceClass(string Path, LinkList Links);

    /// <summary>The constructors that run when a class step is called, each with its step on an instance of the class.</summary>
    private (MappedUnit Init, int Step)[] ConstructorsOf(StepInfo step)
    {
        if (step.Constructors is null)
        {
            var constructors = new List<(MappedUnit, int)>();
            var type = step.Unit.QualifiedName;
            foreach (var constructor in FactsExtractor.ConstructorMethods)
            {
                if (ResolveMember(type, constructor) is { } init)
                {
                    constructors.Add((init, StepOf(init.QualifiedName + "@" + type, init, type)));
                }
            }

            step.Constructors = [.. constructors];
        }

        return step.Constructors;
    }

    /// <summary>
    /// The methods by which a class of test code overrides a method of a project class it derives from (constructors
    /// aside), as calls, found once per step: an object of the class that test code makes may be handed to project code,
    /// which then calls them (a backend's <c>authenticate</c> given to a middleware). Empty for a project class.
    /// </summary>
    private ParsedCall[] HandedOverridesOf(StepInfo step)
    {
        if (step.HandedOverrides is null)
        {
            var calls = new List<ParsedCall>();
            var type = step.Unit;
            if (step.IsTestSide && type.Facts.Bases is { Count: > 0 } bases)
            {
                foreach (var (name, method) in MethodsOf(type.Module, type.Path, type.Facts, null))
                {
                    if (method.ClassName != type.QualifiedName || FactsExtractor.ConstructorMethods.Contains(name))
                    {
                        continue;
                    }

                    if (bases.Exists(b => ResolveMember(b, name) is { Facts.Kind: "method" } overridden && !IsTestPath(overridden.Path)))
                    {
                        calls.Add(ParseCall(method.QualifiedName));
                    }
                }
            }

            step.HandedOverrides = [.. calls];
        }

        return step.HandedOverrides;
    }

    /// <summary>A numbered step of the traversal and what the traversal reads of it.</summary>
    private sealed class StepInfo(string key, MappedUnit unit, string? selfType, bool isTestSide)
    {
        /// <summary>Gets the key the traversal follows the step once by: the unit's name, and <c>@</c> and the class of <c>self</c> when known.</summary>
        public string Key { get; } = key;

        /// <summary>Gets the unit.</summary>
        public MappedUnit Unit { get; } = unit;

        /// <summary>Gets the class of <c>self</c>, when known.</summary>
        public string? SelfType { get; } = selfType;

        /// <summary>Gets a value indicating whether the unit is test code.</summary>
        public bool IsTestSide { get; } = isTestSide;

        /// <summary>Gets or sets the links of the unit, once it has some.</summary>
        public LinkList? Links { get; set; }

        /// <summary>Gets or sets a value indicating whether <see cref="OwnerLinks"/> was looked up.</summary>
        public bool OwnerKnown { get; set; }

        /// <summary>Gets or sets the links of the method's class, when the unit is a method of a project class.</summary>
        public LinkList? OwnerLinks { get; set; }

        /// <summary>Gets or sets the project methods the class (of test code) overrides, as calls, once found (see <see cref="HandedOverridesOf"/>).</summary>
        public ParsedCall[]? HandedOverrides { get; set; }

        /// <summary>Gets or sets the unit's calls, once parsed.</summary>
        public ParsedCall[]? Calls { get; set; }

        /// <summary>Gets or sets the steps each of the unit's calls leads to, on this step's class of <c>self</c>, once resolved (calls that depend on the test are not kept).</summary>
        public List<Target>?[]? Edges { get; set; }

        /// <summary>
        /// Gets the numbers of the step's calls that lead to a step, once found, by selection: all calls, those that always
        /// run, those that may not, those test code makes itself, the callables it hands to others (see <see cref="SelectionIndex"/>).
        /// </summary>
        public int[]?[] Leading { get; } = new int[]?[5];

        /// <summary>Gets or sets the numbers of the last way the step's calls linked on, or <see langword="null"/>.</summary>
        public StepWays? Ways { get; set; }

        /// <summary>Gets or sets the way of a link through the step's unit as a helper of test code, once made.</summary>
        public string? Helper { get; set; }

        /// <summary>
        /// Gets or sets the project classes (outside test code) that an instance the class step makes is also an
        /// instance of, once looked up (see <see cref="InstanceClassesOf"/>).
        /// </summary>
        public InstanceClass[]? InstanceClasses { get; set; }

        /// <summary>Gets or sets the constructors of a class, once looked up.</summary>
        public (MappedUnit Init, int Step)[]? Constructors { get; set; }

        /// <summary>Gets or sets the number of the unit's file among the project's files, once a record asked (-1: not a project file).</summary>
        public int File { get; set; } = -2;
    }

    /// <summary>The numbers of the last way a step's calls linked on (through a unit, with a helper), claimed and possible, once made (-1 before).</summary>
    private sealed class StepWays
    {
        /// <summary>Gets or sets the unit the way goes through.</summary>
        public string? Through { get; set; }

        /// <summary>Gets or sets the test code's fixture or helper.</summary>
        public string? Helper { get; set; }

        /// <summary>Gets or sets the number of the claimed way, or -1.</summary>
        public int Certain { get; set; } = -1;

        /// <summary>Gets or sets the number of the possible way, or -1.</summary>
        public int Possible { get; set; } = -1;
    }

    /// <summary>A recorded call, parsed.</summary>
    /// <param name="Target">The call's target, marks removed.</param>
    /// <param name="Conditional">Whether the call may not run when its caller runs.</param>
    /// <param name="Handed">Whether the target is a callable handed to another call rather than called (also conditional).</param>
    /// <param name="ExpectedToRaise">Whether the test expects the call to raise.</param>
    /// <param name="Shared">The targets resolved for the target, shared by every call of it.</param>
    private sealed record ParsedCall(string Target, bool Conditional, bool Handed, bool ExpectedToRaise, SharedTargets Shared)
    {
        /// <summary>Gets a value indicating whether the member is read without being called (it runs only if it is a property).</summary>
        public bool Read { get; init; }
    }

    /// <summary>The steps a target leads to from project code, by the class of <c>self</c>, resolved on first use.</summary>
    private sealed class SharedTargets
    {
        /// <summary>Gets or sets the steps when the class of <c>self</c> is not known.</summary>
        public List<Target>? Unbound { get; set; }

        /// <summary>Gets or sets the steps by the class of <c>self</c>.</summary>
        public Dictionary<string, List<Target>>? BySelf { get; set; }
    }

    /// <summary>
    /// A unit's links, with the number of the last traversal that linked it (a test links a unit once). Each link is kept
    /// as two numbers, the test's among the map's tests and its way's among the map's ways, in a plain array the collector
    /// never scans; a <see cref="TestLink"/> is made when a caller reads one.
    /// </summary>
    private sealed class LinkList(TestMap map, string name, int number) : IReadOnlyList<TestLink>
    {
        private (int Test, int Way)[] _entries = [];
        private bool _pooled;

        /// <summary>Gets the qualified name of the unit whose links these are.</summary>
        public string Name { get; } = name;

        /// <summary>Gets the list's number among the map's link lists, in the order they were made.</summary>
        public int Number { get; } = number;

        /// <summary>Gets how many tests the unit has.</summary>
        public int Count { get; private set; }

        /// <summary>Gets or sets the number of the traversal that last linked the unit.</summary>
        public int Visit { get; set; }

        /// <summary>Gets a link, made anew from the test and way it holds.</summary>
        /// <param name="index">The link's position, in the order of the tests' ids.</param>
        public TestLink this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                var (test, way) = _entries[index];
                var (through, helper, isCertain) = map._ways[way];
                return new TestLink(map._tests[test], through, helper, isCertain);
            }
        }

        /// <summary>Tells whether the test of a link calls the unit itself (the link's way goes through no other unit).</summary>
        /// <param name="index">The link's position.</param>
        public bool IsDirectAt(int index) => map._ways[_entries[index].Way].Through is null;

        /// <summary>Returns the number of the test of a link, among the map's tests.</summary>
        /// <param name="index">The link's position.</param>
        public int TestAt(int index) => _entries[index].Test;

        /// <summary>Gets the links as the list holds them (the test's and the way's numbers), in the order of the tests.</summary>
        public ReadOnlyMemory<(int Test, int Way)> Entries => _entries.AsMemory(0, Count);

        /// <summary>
        /// Merges recorded links into the list, in the order of the tests: those of tests not followed again, each with its
        /// way numbered as the map numbers it.
        /// </summary>
        /// <param name="recorded">The recorded links (the test's position and the recorded way's number), in test order.</param>
        /// <param name="followed">For each test, whether it was followed again (its recorded links are left out).</param>
        /// <param name="ways">The map's number of each recorded way.</param>
        public void Merge(ReadOnlySpan<(int Test, int Way)> recorded, bool[] followed, int[] ways)
        {
            var kept = 0;
            foreach (var (test, _) in recorded)
            {
                kept += followed[test] ? 0 : 1;
            }

            var merged = new (int Test, int Way)[Count + kept];
            var at = 0;
            var own = 0;
            foreach (var (test, way) in recorded)
            {
                if (followed[test])
                {
                    continue;
                }

                while (own < Count && _entries[own].Test < test)
                {
                    merged[at++] = _entries[own++];
                }

                merged[at++] = (test, ways[way]);
            }

            while (own < Count)
            {
                merged[at++] = _entries[own++];
            }

            if (_pooled)
            {
                ArrayPool<(int Test, int Way)>.Shared.Return(_entries);
                _pooled = false;
            }

            _entries = merged;
            Count = at;
        }

        /// <summary>
        /// Counts the recorded links of the tests followed again, when they are exactly the links the list holds (made
        /// by following those tests, before the recorded links of the others are merged in).
        /// </summary>
        /// <param name="recorded">The recorded links (the test's position and the recorded way's number), in test order.</param>
        /// <param name="followed">For each test, whether it was followed again.</param>
        /// <param name="ways">The map's number of each recorded way.</param>
        /// <returns>How many recorded links were of followed tests, or -1 when they differ from the list's.</returns>
        public int CountSameFollowed(ReadOnlySpan<(int Test, int Way)> recorded, bool[] followed, int[] ways)
        {
            var own = 0;
            foreach (var (test, way) in recorded)
            {
                if (!followed[test])
                {
                    continue;
                }

                // Ways are numbered by the identity of their strings: a way read from the links and the same way made by
                // following are two numbers, compared by what they say.
                if (own == Count || _entries[own].Test != test || (_entries[own].Way != ways[way] && map._ways[_entries[own].Way] != map._ways[ways[way]]))
                {
                    return -1;
                }

                own++;
            }

            return own == Count ? own : -1;
        }

        /// <summary>Adds a link.</summary>
        /// <param name="test">The test's number among the map's tests.</param>
        /// <param name="way">The way's number among the map's ways.</param>
        public void Add(int test, int way)
        {
            if (Count == _entries.Length)
            {
                // Lists grow by the million on a large project: the arrays they outgrow serve the next lists to grow.
                var grown = ArrayPool<(int Test, int Way)>.Shared.Rent(Math.Max(4, Count * 2));
                _entries.AsSpan(0, Count).CopyTo(grown);
                if (_pooled)
                {
                    ArrayPool<(int Test, int Way)>.Shared.Return(_entries);
                }

                _entries = grown;
                _pooled = true;
            }

            _entries[Count++] = (test, way);
        }

        /// <inheritdoc />
        public IEnumerator<TestLink> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        /// <inheritdoc />
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The tests of a unit's links, read from its list as they are asked for.</summary>
    private sealed class TestsOfLinks(LinkList links, List<MappedTest> tests) : IReadOnlyList<MappedTest>
    {
        /// <inheritdoc />
        public int Count => links.Count;

        /// <inheritdoc />
        public MappedTest this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, links.Count);
                return tests[links.TestAt(index)];
            }
        }

        /// <inheritdoc />
        public IEnumerator<MappedTest> GetEnumerator()
        {
            for (var i = 0; i < links.Count; i++)
            {
                yield return tests[links.TestAt(i)];
            }
        }

        /// <inheritdoc />
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The tests of a unit's links with whether each calls the unit itself, read from its list as they are asked for.</summary>
    private sealed class DirectnessOfLinks(LinkList links, List<MappedTest> tests) : IReadOnlyList<(MappedTest Test, bool IsDirect)>
    {
        /// <inheritdoc />
        public int Count => links.Count;

        /// <inheritdoc />
        public (MappedTest Test, bool IsDirect) this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, links.Count);
                return (tests[links.TestAt(index)], links.IsDirectAt(index));
            }
        }

        /// <inheritdoc />
        public IEnumerator<(MappedTest Test, bool IsDirect)> GetEnumerator()
        {
            for (var i = 0; i < links.Count; i++)
            {
                yield return (tests[links.TestAt(i)], links.IsDirectAt(i));
            }
        }

        /// <inheritdoc />
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// The way of a link: the unit it came through, the test code's fixture or helper, and whether it is claimed. Ways are
    /// numbered by the identity of their strings (each is the name of a step's unit or a helper's name made once per map),
    /// so numbering one hashes no text; two numbers for equal ways read back the same.
    /// </summary>
    private readonly record struct Way(string? Through, string? Helper, bool IsCertain);

    /// <summary>Compares ways by the identity of their strings.</summary>
    private sealed class WayIdentity : IEqualityComparer<Way>
    {
        public bool Equals(Way x, Way y) => ReferenceEquals(x.Through, y.Through) && ReferenceEquals(x.Helper, y.Helper) && x.IsCertain == y.IsCertain;

        public int GetHashCode(Way obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Through), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Helper), obj.IsCertain);
    }

    /// <summary>
    /// The visited marks of one traversal, by step number: reached on a certain way, reached on a certain way by a call
    /// expected to raise, reached at all. A mark counts when it holds the current traversal's number.
    /// </summary>
    private sealed class VisitMarks
    {
        private int[] _certain = new int[256];
        private int[] _raising = new int[256];
        private int[] _any = new int[256];
        private int _visit;

        /// <summary>Starts a traversal.</summary>
        /// <returns>Its number.</returns>
        public int Begin() => ++_visit;

        /// <summary>Makes room for steps numbered below <paramref name="count"/>.</summary>
        public void Fit(int count)
        {
            if (count <= _any.Length)
            {
                return;
            }

            var size = Math.Max(count, _any.Length * 2);
            Array.Resize(ref _certain, size);
            Array.Resize(ref _raising, size);
            Array.Resize(ref _any, size);
        }

        /// <summary>Marks a step reached on a certain way.</summary>
        /// <returns><see langword="false"/> when it already was, in this traversal.</returns>
        public bool MarkCertain(int step, bool raising, int visit)
        {
            var marks = raising ? _raising : _certain;
            if (marks[step] == visit)
            {
                return false;
            }

            marks[step] = visit;
            return true;
        }

        /// <summary>Tells whether a step was reached at all in this traversal.</summary>
        public bool Seen(int step, int visit) => _any[step] == visit;

        /// <summary>Marks a step reached.</summary>
        public void MarkAny(int step, int visit) => _any[step] = visit;
    }
}
