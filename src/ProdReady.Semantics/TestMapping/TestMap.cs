using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Project;
using ProdReady.Core.Collections;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// Which tests exercise which units of the project, computed from the module summaries of the project index (never
/// from a second parse): the tests pytest would collect, the fixtures each requests (conftest levels, modules, classes,
/// <c>autouse</c>, chains), and every project unit reached from them through calls resolved by the semantic model,
/// values of known origin, test-client requests to routes and callables passed as arguments, followed through the
/// project's call graph transitively. Built once per run; safe to share between threads afterwards (queries fill their
/// caches under a lock).
/// </summary>
public sealed partial class TestMap
{
    private static readonly FrozenSet<string> s_builtinFixtures = FrozenSet.ToFrozenSet(
        [
            "cache", "capsys", "capsysbinary", "capfd", "capfdbinary", "caplog", "capteesys", "doctest_namespace", "monkeypatch", "pytestconfig",
            "record_property", "record_xml_attribute", "record_testsuite_property", "recwarn", "request", "testdir", "pytester", "tmp_path",
            "tmp_path_factory", "tmpdir", "tmpdir_factory", "subtests",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> s_pluginFixtures = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mocker"] = "pytest-mock", ["class_mocker"] = "pytest-mock", ["module_mocker"] = "pytest-mock", ["package_mocker"] = "pytest-mock",
        ["session_mocker"] = "pytest-mock", ["event_loop"] = "pytest-asyncio", ["event_loop_policy"] = "pytest-asyncio",
        ["unused_tcp_port"] = "pytest-asyncio", ["unused_tcp_port_factory"] = "pytest-asyncio", ["unused_udp_port"] = "pytest-asyncio",
        ["anyio_backend"] = "anyio", ["anyio_backend_name"] = "anyio", ["anyio_backend_options"] = "anyio", ["free_tcp_port"] = "anyio",
        ["httpx_mock"] = "pytest-httpx", ["requests_mock"] = "requests-mock", ["respx_mock"] = "respx", ["benchmark"] = "pytest-benchmark",
        ["fp"] = "pytest-subprocess", ["fake_process"] = "pytest-subprocess", ["worker_id"] = "pytest-xdist", ["testrun_uid"] = "pytest-xdist",
        ["freezer"] = "pytest-freezer", ["datadir"] = "pytest-datadir", ["shared_datadir"] = "pytest-datadir", ["snapshot"] = "syrupy",
        ["aiohttp_client"] = "pytest-aiohttp", ["aiohttp_server"] = "pytest-aiohttp", ["mock_aioresponse"] = "aioresponses",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_testCaseBases = FrozenSet.ToFrozenSet(
        ["unittest.TestCase", "unittest.case.TestCase", "unittest.IsolatedAsyncioTestCase", "unittest.async_case.IsolatedAsyncioTestCase"],
        StringComparer.Ordinal);

    /// <summary>The decorators that make a method's result the value of an attribute.</summary>
    private static readonly FrozenSet<string> s_propertyDecorators = FrozenSet.ToFrozenSet(["builtins.property", "functools.cached_property"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_commandRunners = FrozenSet.ToFrozenSet(["click.testing.CliRunner.invoke", "typer.testing.CliRunner.invoke"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_commandRunnerClasses = FrozenSet.ToFrozenSet(
        ["click.testing.CliRunner", "typer.testing.CliRunner"], StringComparer.Ordinal);

    /// <summary>The web test clients whose requests reach the handler of their path (see <see cref="IsClient"/>).</summary>
    private static readonly FrozenSet<string> s_webClientClasses = FrozenSet.ToFrozenSet(
        ["starlette.testclient.TestClient", "fastapi.testclient.TestClient", "flask.testing.FlaskClient"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, List<string>> s_noFixtures = FrozenDictionary<string, List<string>>.Empty;

    /// <summary>
    /// The marks a recorded call may start with (see <see cref="ParseCall"/>): may not run, handed on, expected to raise,
    /// read without being called.
    /// </summary>
    private static readonly char[] s_callMarks = ['?', '~', '!', '^'];

    /// <summary>The methods an endpoint class may define for the HTTP methods it answers (Starlette's <c>HTTPEndpoint</c>).</summary>
    private static readonly string[] s_endpointVerbs = ["get", "head", "post", "put", "patch", "delete", "options"];

    private static readonly string[] s_setupNames = ["setUp", "asyncSetUp", "setup_method", "setup", "setUpClass", "setup_class"];

    private readonly ProjectIndex _index;
    private readonly TestCodeClassifier _classifier;
    private readonly Func<string, bool?> _pluginDeclared;
    private readonly Dictionary<string, MappedUnit?> _resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<ModuleSummary, UnitNames> _unitNames = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Each dotted prefix a resolved name was cut at: the project module it names (as spelled), with its file and summary, or
    /// <see langword="null"/> (under <see cref="_gate"/>, like <see cref="_resolved"/>). Read by span, so that a prefix
    /// met again is not cut out of the name again.
    /// </summary>
    private readonly Dictionary<string, (string Module, string Path, ModuleSummary Summary)?> _modulePrefixes = new(StringComparer.Ordinal);

    /// <summary>Guards the caches that queries fill after the map is built (resolved names, call targets).</summary>
    private readonly Lock _gate = new();

    /// <summary>The classes that define a method, by file, gathered when a rule first asks about a class of the file.</summary>
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _classesWithMethods = new(StringComparer.Ordinal);

    /// <summary>The classes a protocol lists among its bases.</summary>
    private static readonly FrozenSet<string> s_protocolClasses = FrozenSet.ToFrozenSet(["typing.Protocol", "typing_extensions.Protocol"], StringComparer.Ordinal);

    /// <summary>The classes every <c>TypedDict</c> derives from, as the model names them.</summary>
    private static readonly string[] s_typedDictClasses = ["typing.TypedDict", "typing_extensions.TypedDict"];

    /// <summary>The classes an enumeration derives from.</summary>
    private static readonly string[] s_enumClasses = ["enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag", "enum.ReprEnum"];

    private readonly Dictionary<string, Dictionary<string, MappedUnit>> _fixturesByFile = new(StringComparer.Ordinal);

    /// <summary>The callees of units, and those outside platform branches, and the direct callees of tests, once asked (under <see cref="_gate"/>).</summary>
    private readonly Dictionary<MappedUnit, List<MappedUnit>> _callees = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<MappedUnit, List<MappedUnit>> _everywhereCallees = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The direct callees of tests, once made: read without <see cref="_gate"/> (every rule asks about every test, and a
    /// whole map makes them all while it is built), added under it.
    /// </summary>
    private readonly ConcurrentDictionary<MappedTest, List<MappedUnit>> _directCallees = new(ReferenceEqualityComparer.Instance);

    /// <summary>The units of each file the rules asked about, made once (so each rule reads the same units, and no list is made per rule).</summary>
    private readonly ConcurrentDictionary<string, IReadOnlyList<MappedUnit>> _unitsByPath = new(StringComparer.Ordinal);

    /// <summary>The classes a raised class is caught by (itself and its bases, built-in and project), once asked; made under <see cref="_gate"/>.</summary>
    private readonly ConcurrentDictionary<string, HashSet<string>> _catchers = new(StringComparer.Ordinal);

    /// <summary>Whether each test asked about sends requests through a web test client (see <see cref="SendsRequests"/>).</summary>
    private readonly ConcurrentDictionary<MappedTest, bool> _sendsRequests = new(ReferenceEqualityComparer.Instance);

    /// <summary>The helper functions of test code each body calls (see <see cref="HelpersOf"/>), under <see cref="_gate"/> once the map is built.</summary>
    private readonly Dictionary<UnitFacts, UnitFacts[]> _helpers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether each body sends a request near it (see <see cref="RequestsNear"/>), under <see cref="_gate"/> once the map is built.</summary>
    private readonly Dictionary<UnitFacts, bool> _requestsNear = new(ReferenceEqualityComparer.Instance);

    private const string Override = "\u0001override";

    /// <summary>
    /// The suffix of the class of <c>self</c> of a declared method that only declares itself, reached on an object of its
    /// declared class: a possible target like an override, while the object, and so its class, is certain.
    /// </summary>
    private const string DeclarationOnly = "\u0001declaration" + Override;

    /// <summary>Marks a class of <c>self</c> known only by declaration (the object may be of a subclass).</summary>
    private const char Declared = '~';

    /// <summary>What a member of a union that names no class (a built-in, a name not bound) may be: an object of no project class.</summary>
    private const string OtherMember = "builtins.object";
    private readonly List<string> _sourceFiles = [];

    /// <summary>The functions the commands' parameters give for shell completion, once asked (see <see cref="CompletesCommandLines"/>).</summary>
    private HashSet<string>? _completionFunctions;

    /// <summary>What a fixture that yields nothing the map knows supplies (shared, never added to).</summary>
    private readonly List<string> _noYields = [];
    private Dictionary<string, List<string>>? _subclasses;
    private readonly Dictionary<(string Path, string Class), Dictionary<string, MappedUnit>> _methods = [];
    private readonly Dictionary<string, Dictionary<string, List<UnitFacts>>> _methodUnits = new(StringComparer.Ordinal);
    private readonly Dictionary<UnitFacts, bool> _testCaseClasses = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Path, string? Class), (List<Dictionary<string, MappedUnit>> Tables, bool Unknown, List<string> Autouse)> _scopes = [];
    private readonly Dictionary<string, List<string>> _subclassesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Class, string Name), List<string>> _attributeOrigins = [];

    /// <summary>The parts of each target on a value, once cut (see <see cref="FormOf"/>).</summary>
    private readonly Dictionary<string, (string Origin, string? Member, bool Call)> _targetForms = new(StringComparer.Ordinal);

    /// <summary>Whether each class asked about, or a base, binds an attribute in its body to a function, class or module itself.</summary>
    private readonly Dictionary<string, bool> _holdsReferences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _dynamicByModule = new(StringComparer.Ordinal);

    /// <summary>The modules whose routes tests can reach, by the files the test's code comes from.</summary>
    private readonly Dictionary<string, List<string>> _routeModules = new(StringComparer.Ordinal);

    /// <summary>The prefixes of each list of route modules (<see cref="_routeModules"/>'s lists), read once.</summary>
    private readonly Dictionary<List<string>, RoutePrefixes> _routePrefixes = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// What the project's source files register around requests, found on first use: the units the framework runs (see
    /// <see cref="RunsAroundRequests"/>) and the exception classes its applications answer (see <see cref="IsHandledByApplication"/>).
    /// </summary>
    private (HashSet<string> Units, List<string> Handled)? _aroundRequests;

    /// <summary>The web test client's class the project defines, or empty when none or several (see <see cref="ProjectWebClient"/>); <see langword="null"/> until asked.</summary>
    private string? _webClient;

    private readonly List<MappedTest> _tests = [];
    private readonly HashSet<string> _pathsWithPlugins = new(StringComparer.Ordinal);
    private readonly HashSet<string> _conftests = new(StringComparer.Ordinal);

    /// <summary>The files whose units get links; <see langword="null"/> when every unit does (the whole map).</summary>
    private HashSet<string>? _focus;

    /// <summary>
    /// With a focus, the project-side steps of the traversal (a unit and the class of <c>self</c>) from which a focus
    /// file's unit, or test code, can be reached; the traversal follows no other project code.
    /// </summary>
    private bool[]? _leading;

    private TestMap(ProjectIndex index, TestCodeClassifier classifier, Func<string, bool?> pluginDeclared)
    {
        _index = index;
        _classifier = classifier;
        _pluginDeclared = pluginDeclared;
    }

    /// <summary>
    /// Gets the collected tests, ordered by id: every test of the project, except in a change's map built from a record,
    /// which collects only the test modules of the tests that can reach the change (and the change's own test modules).
    /// </summary>
    public IReadOnlyList<MappedTest> Tests => _tests;

    /// <summary>
    /// Gets how many tests the project has, whether or not this map collected them all (see <see cref="Tests"/>): each id
    /// once, as pytest collects a name a module defines twice once.
    /// </summary>
    public int TestCount => _recordedTests >= 0 ? _recordedTests : DistinctIds();

    /// <summary>Counts the collected tests' ids, each once (the tests are in the order of their ids).</summary>
    private int DistinctIds()
    {
        var count = 0;
        for (var i = 0; i < _tests.Count; i++)
        {
            count += i == 0 || _tests[i].Id != _tests[i - 1].Id ? 1 : 0;
        }

        return count;
    }

    /// <summary>Builds the map of a project.</summary>
    /// <param name="index">The project index (summaries are read from it: published, cached, or summarized once).</param>
    /// <param name="classifier">pytest's collection settings.</param>
    /// <param name="pythonFiles">Every Python file of the project, relative to its root.</param>
    /// <param name="pluginDeclared">Whether a pytest plugin distribution (normalized name) is declared; <see langword="null"/> when unknown.</param>
    /// <param name="focus">
    /// The files whose units the caller asks about (a change), or <see langword="null"/> for every unit. With a focus,
    /// <see cref="TestsOf(string)"/> and <see cref="DynamicTestsReaching(string)"/> answer for the units and modules of
    /// those files exactly as the whole map does, and know no links elsewhere; every test is still collected.
    /// The map is built without a record (see the overload that takes a <see cref="TestMapStore"/>).
    /// </param>
    /// <returns>The map.</returns>
    public static TestMap Build(ProjectIndex index, TestCodeClassifier classifier, IEnumerable<string> pythonFiles, Func<string, bool?> pluginDeclared, IReadOnlyCollection<string>? focus = null) =>
        Build(index, classifier, pythonFiles, pluginDeclared, focus, null);

    /// <summary>Builds the map of a project, using and renewing what a store kept of the map between runs.</summary>
    /// <param name="index">The project index (summaries are read from it: published, cached, or summarized once).</param>
    /// <param name="classifier">pytest's collection settings.</param>
    /// <param name="pythonFiles">Every Python file of the project, relative to its root.</param>
    /// <param name="pluginDeclared">Whether a pytest plugin distribution (normalized name) is declared; <see langword="null"/> when unknown.</param>
    /// <param name="focus">The files whose units the caller asks about (a change), or <see langword="null"/> for every unit.</param>
    /// <param name="store">
    /// What the map kept between runs, or <see langword="null"/>. With a focus and a record that still holds, only the
    /// tests that can reach the focus or a changed file are followed; otherwise every test is followed and recorded.
    /// </param>
    /// <returns>The map.</returns>
    public static TestMap Build(ProjectIndex index, TestCodeClassifier classifier, IEnumerable<string> pythonFiles, Func<string, bool?> pluginDeclared, IReadOnlyCollection<string>? focus, TestMapStore? store)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(pythonFiles);
        ArgumentNullException.ThrowIfNull(pluginDeclared);
        // The map is built once the files are analysed, and mostly on one thread: the summaries they made are written meanwhile.
        index.StartDeferredWrites();
        var map = new TestMap(index, classifier, pluginDeclared);
        var files = pythonFiles.Where(f => f.EndsWith(".py", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        string? key = null;
        TestMapRecord? previous = null;
        if (store is not null)
        {
            key = store.KeyOf([.. pythonFiles.Where(f => f.EndsWith(".py", StringComparison.Ordinal) || f.EndsWith(".pyi", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]);
            previous = store.Load(key);
            if (previous is not null && focus is not null && map.TryBuildFrom(previous, store, files, focus))
            {
                store.LastUse = "incremental";
                return map;
            }

            // A whole map starts from the record read when its links are beside it, else from the whole map's record a
            // change's run kept aside (the record it renewed has no links).
            if (focus is null && store.LoadWhole(previous, key) is var (whole, links) && map.TryBuildWholeFrom(whole, links, store, files))
            {
                // The record read may have been of other files or settings: the kept one served.
                store.LastUse = "incremental";
                store.LastMiss = null;
                return map;
            }

            if (previous is not null && focus is null && store.LastMiss is null)
            {
                store.LastMiss = "no links";
            }
        }

        // Every summary is read below (the tests' to collect them, the others' for subclasses and calls): read them on
        // every core first, since each is a file read and a parse or a cache entry to decode.
        Parallel.ForEach(files, file => index.GetByPath(file));
        map.CollectAll(files);
        IEnumerable<int> followed = Enumerable.Range(0, map._tests.Count);
        if (focus is not null)
        {
            map._focus = new HashSet<string>(focus, StringComparer.Ordinal);
            if (store is null)
            {
                (map._leading, followed) = map.LeadingSteps();
            }
        }

        Task<FileRecord[]?>? fileRecords = null;
        if (store is not null)
        {
            // Every test is followed, so that the record knows what each runs through (and, in a whole map, what each links).
            map.StartRecording(files);
            map._dynamicOfTests = focus is null ? new string[]?[map._tests.Count] : null;

            // What the record says of each file depends on the files alone: made on the processor the traversal leaves.
            fileRecords = Task.Run(() => FileRecordsOf(index, store, files, previous));
        }

        foreach (var test in followed)
        {
            map.Reach(test, null);
        }

        map.ForgetTraversals();

        if (store is not null)
        {
            if (focus is null)
            {
                // The rules read every test's direct callees: made now, they are kept with the links for the next run.
                map.FindDirectCallees();
            }

            map.SaveWhole(store, key!, fileRecords!.GetAwaiter().GetResult(), previous);
            store.LastUse = "whole";
        }

        // The tests were followed in the order of their ids (the focused map's selection keeps that order), so each
        // unit's links are in that order already.

        return map;
    }

    /// <summary>Returns the tests that exercise a unit, ordered by test id.</summary>
    /// <param name="qualifiedName">The unit's qualified name.</param>
    /// <returns>The links; empty when no test is known to reach it.</returns>
    public IReadOnlyList<TestLink> TestsOf(string qualifiedName)
    {
        ArgumentNullException.ThrowIfNull(qualifiedName);
        return _linkLists.TryGetValue(qualifiedName, out var links) ? links : [];
    }

    /// <summary>
    /// Returns the tests that exercise a unit, ordered by test id, without the way of each: for rules that read only the
    /// tests, each read makes no link.
    /// </summary>
    /// <param name="qualifiedName">The unit's qualified name.</param>
    /// <returns>The tests; empty when no test is known to reach it.</returns>
    public IReadOnlyList<MappedTest> TestsReaching(string qualifiedName)
    {
        ArgumentNullException.ThrowIfNull(qualifiedName);
        return _linkLists.TryGetValue(qualifiedName, out var links) ? new TestsOfLinks(links, _tests) : [];
    }

    /// <summary>
    /// Returns the tests that exercise a unit, ordered by test id, each with whether it calls the unit itself (through its
    /// fixtures or helpers at most): for rules that read only that of each way, each read makes no link.
    /// </summary>
    /// <param name="qualifiedName">The unit's qualified name.</param>
    /// <returns>The tests; empty when no test is known to reach it.</returns>
    public IReadOnlyList<(MappedTest Test, bool IsDirect)> DirectnessOfTests(string qualifiedName)
    {
        ArgumentNullException.ThrowIfNull(qualifiedName);
        return _linkLists.TryGetValue(qualifiedName, out var links) ? new DirectnessOfLinks(links, _tests) : [];
    }

    /// <summary>Returns how many tests reached a module's code and also call through names the map cannot follow (<c>getattr</c>, dynamic imports).</summary>
    /// <param name="module">The dotted module name.</param>
    /// <returns>The count.</returns>
    public int DynamicTestsReaching(string module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return _dynamicByModule.TryGetValue(module, out var count) ? count : 0;
    }

    /// <summary>Lists the units (functions, methods, classes) a project file defines, in source order.</summary>
    /// <param name="path">The file, relative to the project root.</param>
    /// <returns>The units; empty when the file has no summary.</returns>
    public IReadOnlyList<MappedUnit> UnitsOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_unitsByPath.TryGetValue(path, out var known))
        {
            return known;
        }

        if (_index.GetByPath(path) is not { Units: { } units } summary)
        {
            return [];
        }

        // Two threads asking at once make equal lists; the first stored is the one every caller reads after.
        // A class a function defines is found by name where the function uses it, never listed.
        return _unitsByPath.GetOrAdd(path, units.Where(u => u.Kind is "function" or "method" or "class" && !IsLocal(u)).Select(u => new MappedUnit(summary.Module, path, u)).ToList());
    }

    /// <summary>Tells whether a unit is defined in a function's body (a local class or its method).</summary>
    private static bool IsLocal(UnitFacts unit) => unit.Name.Contains(FactsExtractor.LocalsPart, StringComparison.Ordinal);

    /// <summary>Lists the project units a unit calls directly (values of unknown origin left out).</summary>
    /// <param name="unit">The calling unit.</param>
    /// <returns>The callees, each once.</returns>
    public IReadOnlyList<MappedUnit> Callees(MappedUnit unit) => Callees(unit, everywhereOnly: false);

    /// <summary>Lists the project units a unit calls directly (values of unknown origin left out).</summary>
    /// <param name="unit">The calling unit.</param>
    /// <param name="everywhereOnly">Whether to leave out the calls made only in branches that test the platform.</param>
    /// <returns>The callees, each once.</returns>
    public IReadOnlyList<MappedUnit> Callees(MappedUnit unit, bool everywhereOnly)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var platformCalls = everywhereOnly ? unit.Facts.PlatformCalls : null;
        lock (_gate)
        {
            // Rules walk the call graph from many units and meet the same callers again: each list is made once.
            var known = everywhereOnly ? _everywhereCallees : _callees;
            if (known.TryGetValue(unit, out var callees))
            {
                return callees;
            }

            callees = [];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var calls = CallsOf(unit.Facts);
            for (var i = 0; i < calls.Length; i++)
            {
                if (platformCalls is not null && platformCalls.Contains(i))
                {
                    continue;
                }

                foreach (var target in SharedTargetsOf(unit, calls[i], null))
                {
                    if (seen.Add(target.Unit.QualifiedName))
                    {
                        callees.Add(target.Unit);
                    }
                }
            }

            known[unit] = callees;
            return callees;
        }
    }

    /// <summary>Lists the project units a test runs itself (its body, setup and fixtures), resolved, each once.</summary>
    /// <param name="test">The test.</param>
    /// <returns>The units, helpers of the test code included.</returns>
    public IReadOnlyList<MappedUnit> DirectCallees(MappedTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return DirectCalleesOf(test);
    }

    /// <summary>A test's direct callees (see <see cref="DirectCallees(MappedTest)"/>), made once.</summary>
    private List<MappedUnit> DirectCalleesOf(MappedTest test)
    {
        if (_directCallees.TryGetValue(test, out var callees))
        {
            return callees;
        }

        lock (_gate)
        {
            // Several rules ask about every test: each list is made once.
            return _directCallees.GetOrAdd(test, CalleesOf(test, static _ => null));
        }
    }

    /// <summary>
    /// The class of <c>self</c> in a test's own method (the test or a setup method, whichever class defines it): the test
    /// class the test runs on, exactly (the runner makes an instance of that class, not of a subclass), so that what
    /// <c>super()</c> reaches in a base or mixin still runs on it. <see langword="null"/> for a test function.
    /// </summary>
    private static string? SelfOf(MappedTest test, MappedUnit unit) =>
        test.RunsOn is { } runsOn && unit.Facts.Kind is "method" or "class" ? runsOn : null;

    /// <summary>Lists the project units a test itself (its body, setup and fixtures) calls without any argument, resolved, each once.</summary>
    /// <param name="test">The test.</param>
    /// <returns>The units whose every parameter the test leaves to its default.</returns>
    public IReadOnlyList<MappedUnit> BareCallees(MappedTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return CalleesOf(test, static facts => facts.BareCalls ?? []);
    }

    private List<MappedUnit> CalleesOf(MappedTest test, Func<UnitFacts, List<int>?> selected)
    {
        var yields = ValuesOf(test);
        var callees = new List<MappedUnit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        lock (_gate)
        {
            void Add(MappedUnit from, ParsedCall parsed)
            {
                var selfType = SelfOf(test, from);

                // Without fixtures a call means what it means for every test: its targets are shared.
                if (yields.Count == 0 || !parsed.Target.StartsWith('@'))
                {
                    foreach (var target in SharedTargetsOf(from, parsed, selfType))
                    {
                        if (seen.Add(target.Unit.QualifiedName))
                        {
                            callees.Add(target.Unit);
                        }
                    }

                    return;
                }

                foreach (var (unit, _) in Targets(from, parsed.Target, yields, [], selfType))
                {
                    if (seen.Add(unit.QualifiedName))
                    {
                        callees.Add(unit);
                    }
                }
            }

            foreach (var from in new[] { test.Unit }.Concat(test.Setup).Concat(test.Fixtures.Select(f => f.Fixture)))
            {
                // Each unit's calls are parsed once per map; a selection names some of them by their index.
                var calls = CallsOf(from.Facts);
                if (selected(from.Facts) is not { } indexes)
                {
                    foreach (var parsed in calls)
                    {
                        Add(from, parsed);
                    }

                    continue;
                }

                foreach (var index in indexes)
                {
                    if ((uint)index < (uint)calls.Length)
                    {
                        Add(from, calls[index]);
                    }
                }
            }
        }

        return callees;
    }

    /// <summary>
    /// Tells how a test checks the outcome of a command it runs with a command-line runner (<c>click.testing.CliRunner</c>
    /// or Typer's): the runner catches what the command raises, so reading the result's exit code or output checks
    /// click's usage failures, and reading its exception checks any failure. A body whose every output read is of a run it
    /// asserts succeeded (its exit code 0, or no exception) reads what a success printed: those reads check no failure.
    /// </summary>
    /// <param name="test">The test.</param>
    /// <returns><see cref="CommandOutcome.None"/> when the test runs no command and reads no runner result; otherwise what it reads, and <see cref="CommandOutcome.Ran"/> when it runs a command with the runner.</returns>
    public CommandOutcome CommandOutcomeChecked(MappedTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        IReadOnlyDictionary<string, List<string>>? yields = null;
        var outcome = CommandOutcome.None;
        foreach (var facts in test.AllFacts)
        {
            // A body whose every output read is of a run it asserts succeeded reads what a success printed.
            var succeededOutput = facts.Has("succeeded-output");
            foreach (var call in facts.Calls.ItemsOrNone())
            {
                // Read in place: most calls are not a member of an invoked runner's result, and make no string.
                var target = call.AsSpan().TrimStart(s_callMarks);
                var invoked = target.IndexOf("#invoke>", StringComparison.Ordinal);
                if (invoked > 0 && (outcome & CommandOutcome.Ran) == 0)
                {
                    yields ??= ValuesOf(test);
                    lock (_gate)
                    {
                        if (IsCommandRunner(target[..invoked].ToString(), yields, 0))
                        {
                            outcome |= CommandOutcome.Ran;
                        }
                    }

                    continue;
                }

                var hash = target.LastIndexOf('#');
                if (hash <= 0 || !target.StartsWith("@ret:", StringComparison.Ordinal) || target.Contains('>'))
                {
                    continue;
                }

                var result = target[..hash];
                var invoke = result.LastIndexOf('#');
                var read = target[(hash + 1)..];
                if (succeededOutput && read is "output" or "stdout" or "stderr")
                {
                    continue;
                }

                var member = OutcomeOf(read);
                if (invoke <= 5 || !result[(invoke + 1)..].SequenceEqual("invoke") || member == CommandOutcome.None || (outcome & member) != 0)
                {
                    continue;
                }

                yields ??= ValuesOf(test);
                lock (_gate)
                {
                    if (IsCommandRunner(result[5..invoke].ToString(), yields, 0))
                    {
                        outcome |= member;
                    }
                }
            }
        }

        return outcome;
    }

    /// <summary>What reading a member of a runner's result checks: the exception it caught, or its exit code or output.</summary>
    private static CommandOutcome OutcomeOf(ReadOnlySpan<char> member) => member switch
    {
        "exception" or "exc_info" => CommandOutcome.Exception,
        "exit_code" or "output" or "stdout" or "stderr" or "return_value" => CommandOutcome.ExitCodeOrOutput,
        _ => CommandOutcome.None,
    };

    /// <summary>Whether a value of this origin is a command-line test runner, by the qualified name of the class that made it.</summary>
    private bool IsCommandRunner(string origin, IReadOnlyDictionary<string, List<string>> fixtureYields, int depth)
    {
        if (depth > 6)
        {
            return false;
        }

        if (origin.StartsWith("@call:", StringComparison.Ordinal) || origin.StartsWith("@decl:", StringComparison.Ordinal))
        {
            var made = origin["@call:".Length..];
            return s_commandRunnerClasses.Contains(made) || (Resolve(made) is { Facts.Kind: "class" } type && s_commandRunnerClasses.Any(r => IsSubclassOf(type.QualifiedName, r)));
        }

        if (origin.StartsWith("@attr:", StringComparison.Ordinal) && origin.LastIndexOf('#') is var field and > 6)
        {
            // `self.runner`, given a runner where the class sets its tests up (`setUp`, `setup_method`, ...): every value the
            // class assigns to the attribute is a runner, and one is assigned before each test runs.
            var attribute = origin[(field + 1)..];
            foreach (var owner in OriginTypes(origin[6..field], fixtureYields, null, depth + 1))
            {
                if (!owner.IsCallable && AttributeOrigins(owner.Name, attribute) is { Count: > 0 } assigned
                    && assigned.TrueForAll(value => IsCommandRunner(value, fixtureYields, depth + 1))
                    && IsSetUp(owner.Name, attribute + "="))
                {
                    return true;
                }
            }

            return false;
        }

        return origin.StartsWith("@param:", StringComparison.Ordinal) && fixtureYields.TryGetValue(origin["@param:".Length..], out var yields)
            && yields.Any(y => IsCommandRunner(y, fixtureYields, depth + 1));
    }

    /// <summary>
    /// Tells whether a test class sets an attribute (<paramref name="prefix"/> is <c>NAME=</c>) before each of its tests
    /// runs: in the body of the class or of a base, or in the method that sets its tests up, the nearest definition of
    /// each name (a <c>unittest.TestCase</c>'s <c>setUp</c>, <c>asyncSetUp</c>, <c>setUpClass</c> or <c>__init__</c>; a
    /// pytest class's <c>setup_method</c> or <c>setup_class</c>; an autouse fixture method of function scope).
    /// </summary>
    private bool IsSetUp(string qualifiedClass, string prefix)
    {
        if (Resolve(qualifiedClass) is not { Facts.Kind: "class" } type)
        {
            return false;
        }

        var testCase = IsTestCaseClass(type.Facts);
        foreach (var (name, method) in MethodsOf(type.Module, type.Path, type.Facts, null))
        {
            var runsFirst = name switch
            {
                "setUp" or "asyncSetUp" or "setUpClass" or "__init__" => testCase,
                "setup_method" or "setup_class" => !testCase,
                _ => method.Facts.Has("autouse") && !method.Facts.Has("wide-fixture"),
            };
            if (runsFirst && Assigns(method.Facts, prefix))
            {
                return true;
            }
        }

        return InBody(type, prefix, 0);

        bool InBody(MappedUnit type, string prefix, int depth) =>
            Assigns(type.Facts, prefix)
            || (depth < 8 && (type.Facts.Bases ?? []).Exists(b => Resolve(b) is { Facts.Kind: "class" } parent && InBody(parent, prefix, depth + 1)));

        static bool Assigns(UnitFacts facts, string prefix) => facts.Attributes is { } attributes && attributes.Exists(a => a.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>Finds a unit by qualified name, through re-exports (<c>pkg.Cart</c> for <c>pkg.cart.Cart</c>) and base classes (an inherited method).</summary>
    /// <param name="qualifiedName">The qualified name.</param>
    /// <returns>The unit, or <see langword="null"/> when it is not a project unit.</returns>
    public MappedUnit? Resolve(string qualifiedName)
    {
        ArgumentNullException.ThrowIfNull(qualifiedName);
        lock (_gate)
        {
            return Resolve(qualifiedName, 0);
        }
    }

    /// <summary>
    /// Tells whether a class only declares a type, with no behaviour of its own for a test to exercise: a <c>TypedDict</c>
    /// (<c>typing</c>'s or <c>typing_extensions</c>', directly or through project classes), a protocol (a class that lists
    /// <c>Protocol</c> among its bases; a class deriving from a protocol without listing it is a concrete class), or an
    /// enumeration that defines no method (its members are values; the behaviour is the <c>enum</c> module's); and a
    /// protocol's method whose body only declares its signature (<c>...</c>, <c>pass</c>, a docstring). Bases are read as
    /// the model resolved them, so a project class that happens to be named <c>TypedDict</c> is not one.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <returns><see langword="true"/> for such a class or method; <see langword="false"/> for any other unit.</returns>
    public bool IsTypeDeclaration(MappedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Facts.Kind == "method")
        {
            return unit.Facts.Has(UnitFacts.StubMarker) && unit.ClassName is { } owner
                && Resolve(owner) is { Facts: { Kind: "class", Bases: { } ownerBases } }
                && ownerBases.Exists(s_protocolClasses.Contains);
        }

        if (unit.Facts is not { Kind: "class", Bases: { Count: > 0 } bases })
        {
            return false;
        }

        if (bases.Exists(s_protocolClasses.Contains))
        {
            return true;
        }

        var name = unit.QualifiedName;
        if (s_typedDictClasses.Any(typedDict => IsSubclassOf(name, typedDict)))
        {
            return true;
        }

        return s_enumClasses.Any(enumeration => IsSubclassOf(name, enumeration))
            && !_classesWithMethods.GetOrAdd(unit.Path, path => UnitsOf(path).Where(member => member.Facts.Kind == "method").Select(member => member.ClassName!).ToFrozenSet(StringComparer.Ordinal))
                .Contains(name);
    }

    /// <summary>
    /// Tells whether a method is abstract by convention: its body only raises <c>NotImplementedError</c>
    /// (<see cref="UnitFacts.NotImplementedMarker"/>) and a project subclass of its class (outside test code) implements it.
    /// A method that raises it with no implementation anywhere is an operation the class refuses, or a placeholder.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <returns><see langword="true"/> for such a method.</returns>
    public bool IsLeftToSubclasses(MappedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Facts.Kind != "method" || !unit.Facts.Has(UnitFacts.NotImplementedMarker) || unit.ClassName is not { } owner)
        {
            return false;
        }

        var member = unit.Facts.Name[(unit.Facts.Name.LastIndexOf('.') + 1)..];
        lock (_gate)
        {
            foreach (var subclass in SubclassesOf(owner))
            {
                if (Resolve(subclass + "." + member, 0) is { Facts.Kind: "method" } implementing
                    && !string.Equals(implementing.QualifiedName, unit.QualifiedName, StringComparison.Ordinal)
                    && !implementing.Facts.Has(UnitFacts.NotImplementedMarker))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Tells whether an exception class is <paramref name="expected"/> or derives from it (built-in hierarchy and project classes).</summary>
    /// <param name="raised">The raised class's qualified name.</param>
    /// <param name="expected">The expected class's qualified name.</param>
    /// <returns><see langword="true"/> when a handler for <paramref name="expected"/> catches <paramref name="raised"/>.</returns>
    public bool IsSubclassOf(string raised, string expected)
    {
        ArgumentNullException.ThrowIfNull(raised);
        ArgumentNullException.ThrowIfNull(expected);
        if (!_catchers.TryGetValue(raised, out var catchers))
        {
            lock (_gate)
            {
                catchers = _catchers.GetOrAdd(raised, CatchersOf(raised));
            }
        }

        if (catchers.Contains(expected))
        {
            return true;
        }

        // A class the test names where a package re-exports it (`pytest.raises(pkg.BadInput)`, defined in `pkg.errors`).
        lock (_gate)
        {
            return Resolve(expected, 0) is { Facts.Kind: "class" } named && catchers.Contains(named.QualifiedName);
        }
    }

    /// <summary>
    /// The classes whose handler catches a raised class: itself, its built-in parents and its project bases, the first 64
    /// met going up depth first (a deeper or cyclic hierarchy is cut there). Called under <see cref="_gate"/>.
    /// </summary>
    private HashSet<string> CatchersOf(string raised)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(raised);
        while (pending.Count > 0 && seen.Count < 64)
        {
            var current = pending.Pop();
            if (!seen.Add(current))
            {
                continue;
            }

            if (ExceptionHierarchy.ParentOf(current) is { } parent)
            {
                pending.Push(parent);
            }

            if (Resolve(current, 0) is { Facts.Kind: "class" } type)
            {
                // Each class also by the name it is defined under, whatever name its subclass spelled it by.
                seen.Add(type.QualifiedName);
                foreach (var baseClass in type.Facts.Bases.ItemsOrNone())
                {
                    pending.Push(baseClass);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// Finds the member <paramref name="member"/> of <paramref name="owner"/> (<c>OWNER.MEMBER</c>, as <see cref="Resolve(string)"/>
    /// would): a name resolved before is looked up without being spelled out again.
    /// </summary>
    private MappedUnit? ResolveMember(string owner, string member)
    {
        var length = owner.Length + 1 + member.Length;
        lock (_gate)
        {
            if (length <= 256)
            {
                Span<char> name = stackalloc char[length];
                owner.CopyTo(name);
                name[owner.Length] = '.';
                member.CopyTo(name[(owner.Length + 1)..]);
                if (_resolved.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var known))
                {
                    return known;
                }
            }

            return Resolve(string.Concat(owner, ".", member), 0);
        }
    }

    /// <summary>
    /// Finds the unit named by <paramref name="text"/> from <paramref name="start"/> on (what follows a marker such as
    /// <c>@call:</c>), as <see cref="Resolve(string)"/> would: a name resolved before is looked up without being cut out again.
    /// </summary>
    private MappedUnit? ResolveFrom(string text, int start)
    {
        lock (_gate)
        {
            return _resolved.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start), out var known) ? known : Resolve(text[start..], 0);
        }
    }

    private MappedUnit? Resolve(string qualifiedName, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (_resolved.TryGetValue(qualifiedName, out var known))
        {
            return known;
        }

        _resolved[qualifiedName] = null;
        var found = Find(qualifiedName, depth);
        _resolved[qualifiedName] = found;
        return found;
    }

    private MappedUnit? Find(string qualifiedName, int depth)
    {
        // The module is the longest prefix (cut at a dot) that names a project module; the rest names a unit in it.
        for (var dot = qualifiedName.LastIndexOf('.'); dot > 0; dot = qualifiedName.LastIndexOf('.', dot - 1))
        {
            if (ModuleAt(qualifiedName, dot) is not var (module, path, summary))
            {
                continue;
            }

            var names = NamesOf(summary);
            if (names.Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(qualifiedName.AsSpan(dot + 1), out var unit))
            {
                return new MappedUnit(module, path, unit);
            }

            var rest = qualifiedName.AsSpan(dot + 1);
            var next = qualifiedName.IndexOf('.', dot + 1);
            var first = next < 0 ? rest : qualifiedName.AsSpan(dot + 1, next - dot - 1);
            if (summary.Imported is { } imported && TryGetBySpan(imported, first, out var target))
            {
                var imports = next < 0 ? target : string.Concat(target, qualifiedName.AsSpan(next));
                return imports == qualifiedName ? null : Resolve(imports, depth + 1);
            }

            // An inherited method: the class is here (at the module's level, or in a function's body), the method in a base.
            var owner = rest.LastIndexOf('.');
            if (owner > 0 && (next > 0 && qualifiedName.IndexOf('.', next + 1) < 0 ? TryGetBySpan(names.Classes, first, out var type)
                : rest.Contains(FactsExtractor.LocalsPart, StringComparison.Ordinal) && TryGetBySpan(names.Classes, rest[..owner], out type)))
            {
                var member = rest[owner..];
                foreach (var baseClass in type.Bases.ItemsOrNone())
                {
                    if (Resolve(string.Concat(baseClass, member), depth + 1) is { } inherited)
                    {
                        return inherited;
                    }
                }

                return null;
            }

            // A method of an object the module makes once and holds (`idleConf = IdleConf()`, imported and called as
            // `idleConf.GetOption(...)`): the method of the class that made it.
            if (next > 0 && qualifiedName.IndexOf('.', next + 1) < 0 && HeldClass(summary, first, depth) is { } holder)
            {
                return Resolve(string.Concat(holder, qualifiedName.AsSpan(next)), depth + 1);
            }

            return null;
        }

        return null;
    }

    /// <summary>Looks a key up by its characters, without making a string of them when the table's comparer can (an ordinal one).</summary>
    private static bool TryGetBySpan<T>(Dictionary<string, T> table, ReadOnlySpan<char> key, [MaybeNullWhen(false)] out T value) =>
        table.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup.TryGetValue(key, out value) : table.TryGetValue(key.ToString(), out value);

    /// <summary>The project module the first <paramref name="dot"/> characters of a name spell, with its file and summary; <see langword="null"/> when they name none.</summary>
    private (string Module, string Path, ModuleSummary Summary)? ModuleAt(string qualifiedName, int dot)
    {
        if (_modulePrefixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(qualifiedName.AsSpan(0, dot), out var known))
        {
            return known;
        }

        var module = qualifiedName[..dot];
        (string, string, ModuleSummary)? found = _index.Layout.Resolve(module)?.Path is { } path && _index.Get(module) is { Units: not null } summary ? (module, path, summary) : null;
        _modulePrefixes[module] = found;
        return found;
    }

    /// <summary>
    /// The project class whose call made the object a module holds in a name it binds once (see
    /// <see cref="UnitFacts.Attributes"/> of the module's own unit: <c>NAME=@call:CALLEE</c>); <see langword="null"/> when
    /// the module holds no such object, or the callee is not a project class.
    /// </summary>
    private string? HeldClass(ModuleSummary summary, ReadOnlySpan<char> name, int depth)
    {
        foreach (var unit in summary.Units.ItemsOrNone())
        {
            if (unit.Kind != "module")
            {
                continue;
            }

            foreach (var attribute in unit.Attributes.ItemsOrNone())
            {
                const string Made = "=@call:";
                if (attribute.Length > name.Length + Made.Length && attribute.AsSpan().StartsWith(name, StringComparison.Ordinal) && attribute.AsSpan(name.Length).StartsWith(Made, StringComparison.Ordinal)
                    && Resolve(attribute[(name.Length + Made.Length)..], depth + 1) is { Facts.Kind: "class" } made)
                {
                    return made.QualifiedName;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// A module's units by name, made once per map: the last unit of each name that calls can reach (not the module, not
    /// an <c>@overload</c> stub), and the first class of each name.
    /// </summary>
    private UnitNames NamesOf(ModuleSummary summary)
    {
        if (!_unitNames.TryGetValue(summary, out var names))
        {
            names = new UnitNames(new Dictionary<string, UnitFacts>(StringComparer.Ordinal), new Dictionary<string, UnitFacts>(StringComparer.Ordinal));
            foreach (var unit in summary.Units.ItemsOrNone())
            {
                if (unit.Kind is not "module" && !unit.Has("overload"))
                {
                    names.Units[unit.Name] = unit;
                }

                if (unit.Kind == "class")
                {
                    names.Classes.TryAdd(unit.Name, unit);
                }
            }

            _unitNames[summary] = names;
        }

        return names;
    }

    /// <summary>A module's units by name: those calls can reach (the last of each name) and its classes (the first of each name).</summary>
    private sealed record UnitNames(Dictionary<string, UnitFacts> Units, Dictionary<string, UnitFacts> Classes);

    /// <summary>The fixtures a file defines or imports, by the name tests request them with.</summary>
    private Dictionary<string, MappedUnit> FixturesOf(string path)
    {
        if (_fixturesByFile.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var fixtures = new Dictionary<string, MappedUnit>(StringComparer.Ordinal);
        _fixturesByFile[path] = fixtures;
        if (_index.GetByPath(path) is not { Units: { } units } summary)
        {
            return fixtures;
        }

        foreach (var unit in units)
        {
            if (IsLocal(unit))
            {
                continue;
            }

            if (unit.Kind == "module" && unit.Has("plugins"))
            {
                _pathsWithPlugins.Add(path);
            }

            if (unit.Kind == "function" && unit.Has("fixture"))
            {
                fixtures[FixtureName(unit)] = new MappedUnit(summary.Module, path, unit);
            }
        }

        foreach (var (name, target) in summary.Imported ?? [])
        {
            if (!fixtures.ContainsKey(name) && Resolve(target) is { Facts.Kind: "function" } imported && imported.Facts.Has("fixture"))
            {
                fixtures[name] = imported;
            }
        }

        return fixtures;
    }

    private static string FixtureName(UnitFacts unit) =>
        unit.Markers?.FirstOrDefault(m => m.StartsWith("fixture:", StringComparison.Ordinal)) is { } alias ? alias["fixture:".Length..] : unit.Name[(unit.Name.LastIndexOf('.') + 1)..];

    private void Collect(string path)
    {
        if (_index.GetByPath(path) is not { Units: { } units } summary)
        {
            return;
        }

        var moduleFacts = units.Find(u => u.Kind == "module");
        // The module's units by name: the last definition of a name, in the place of the first.
        var byName = new Dictionary<string, UnitFacts>(units.Count, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (unit.Kind != "module")
            {
                byName[unit.Name] = unit;
            }
        }

        foreach (var unit in units)
        {
            if (IsLocal(unit))
            {
                // pytest collects no class a function defines.
                continue;
            }

            if (unit.Kind == "function" && !unit.Name.Contains('.', StringComparison.Ordinal) && _classifier.IsTestFunctionName(unit.Name) && !unit.Has("fixture"))
            {
                AddTest(path, summary.Module, unit, null, moduleFacts, []);
            }
            else if (unit.Kind == "class" && IsTestClass(summary.Module, unit, byName, out var isTestCase))
            {
                var methods = MethodsOf(summary.Module, path, unit, byName);
                var setup = s_setupNames.Select(name => methods.GetValueOrDefault(name)).OfType<MappedUnit>().ToList();
                // The class's tests in the order of their lines (an inherited test at its base's line), picked out of the
                // class's methods before they are ordered.
                var tests = new List<MappedUnit>();
                foreach (var (name, method) in methods)
                {
                    var isTest = isTestCase ? name.StartsWith("test", StringComparison.Ordinal) : _classifier.IsTestFunctionName(name);
                    if (isTest && !method.Facts.Has("fixture"))
                    {
                        tests.Add(method);
                    }
                }

                // Classes whose body defines nothing (no method, nested class or attribute the map reads), on the same
                // bases, answer every question about `self` alike.
                var qualifiedClass = summary.Module + "." + unit.Name;
                var nested = unit.Name + ".";
                var definesNothing = unit.Attributes is not { Count: > 0 } && !units.Exists(u => u.Name.StartsWith(nested, StringComparison.Ordinal));
                var shape = definesNothing ? "(" + string.Join(",", unit.Bases.ItemsOrNone().ToArray()) + ")" : qualifiedClass;
                foreach (var method in tests.OrderBy(m => m.Facts.Line))
                {
                    AddTest(path, summary.Module, method.Facts, unit, moduleFacts, setup, method, unit.Name, shape);
                }
            }
        }
    }

    private bool IsTestClass(string module, UnitFacts type, Dictionary<string, UnitFacts> byName, out bool isTestCase)
    {
        isTestCase = IsTestCaseClass(type);
        if (isTestCase)
        {
            return true;
        }

        var parts = type.Name.Split('.');
        return parts.All(_classifier.IsTestClassName) && !byName.ContainsKey(type.Name + ".__init__");
    }

    private bool DerivesFromTestCase(UnitFacts type, int depth)
    {
        foreach (var baseClass in type.Bases.ItemsOrNone())
        {
            if (s_testCaseBases.Contains(baseClass))
            {
                return true;
            }

            if (depth < 8 && Resolve(baseClass) is { Facts: { Kind: "class" } parent } && DerivesFromTestCase(parent, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The methods of a class, inherited ones from project bases included (the nearest definition wins).</summary>
    private Dictionary<string, MappedUnit> MethodsOf(string module, string path, UnitFacts type, Dictionary<string, UnitFacts>? local)
    {
        var key = (path, type.Name);
        if (local is null && _methods.TryGetValue(key, out var cached))
        {
            return cached;
        }

        // The table is made at its final size when the bases' tables are known already (a test class inheriting from
        // unittest's TestCase holds a hundred methods; growing each class's table step by step was most of what collecting
        // the tests allocated). The bases are read below, after the table is stored: a cycle of bases meets it.
        var own = MethodUnitsOf(path, local).GetValueOrDefault(type.Name);
        var capacity = own?.Count ?? 0;
        foreach (var baseClass in type.Bases.ItemsOrNone())
        {
            if (Resolve(baseClass) is { Facts.Kind: "class" } parent && _methods.TryGetValue((parent.Path, parent.Facts.Name), out var known))
            {
                capacity += known.Count;
            }
        }

        var methods = new Dictionary<string, MappedUnit>(capacity, StringComparer.Ordinal);
        // A test class's own table (read with its module's units at hand) is the one the later lookups by name make: kept
        // unless a class of that name was read first.
        _methods.TryAdd(key, methods);

        // The module's methods grouped by class once (the last definition of a name wins, in the place of the first, as a
        // table of the module's units by name would have it).
        var prefix = type.Name.Length + 1;
        foreach (var unit in own.ItemsOrNone())
        {
            methods[unit.Name[prefix..]] = new MappedUnit(module, path, unit);
        }

        foreach (var baseClass in type.Bases.ItemsOrNone())
        {
            if (Resolve(baseClass) is { Facts.Kind: "class" } parent && !ReferenceEquals(parent.Facts, type))
            {
                foreach (var (name, method) in MethodsOf(parent.Module, parent.Path, parent.Facts, null))
                {
                    methods.TryAdd(name, method);
                }
            }
        }

        return methods;
    }

    /// <summary>The methods a module defines, by the name of their class (<c>Outer.Inner</c>), in the order of its units; made once per file.</summary>
    /// <param name="path">The module's file.</param>
    /// <param name="local">The module's units by name, when the caller has them (the same units as the file's summary).</param>
    private Dictionary<string, List<UnitFacts>> MethodUnitsOf(string path, Dictionary<string, UnitFacts>? local)
    {
        if (_methodUnits.TryGetValue(path, out var known))
        {
            return known;
        }

        known = new Dictionary<string, List<UnitFacts>>(StringComparer.Ordinal);
        IEnumerable<UnitFacts> units = local is not null ? local.Values : _index.GetByPath(path)?.Units ?? [];
        foreach (var unit in units)
        {
            var dot = unit.Name.LastIndexOf('.');
            if (unit.Kind != "method" || dot <= 0)
            {
                continue;
            }

            var owner = unit.Name[..dot];
            if (!known.TryGetValue(owner, out var methods))
            {
                known[owner] = methods = [];
            }

            methods.Add(unit);
        }

        _methodUnits[path] = known;
        return known;
    }

    /// <summary>Tells whether a test class derives from <c>unittest.TestCase</c>, once per class.</summary>
    private bool IsTestCaseClass(UnitFacts type)
    {
        if (!_testCaseClasses.TryGetValue(type, out var derives))
        {
            derives = DerivesFromTestCase(type, 0);
            _testCaseClasses[type] = derives;
        }

        return derives;
    }

    private void AddTest(string path, string module, UnitFacts facts, UnitFacts? type, UnitFacts? moduleFacts, List<MappedUnit> setup, MappedUnit? unit = null, string? className = null, string? shape = null)
    {
        var id = path + "::" + (className is null ? facts.Name : className.Replace(".", "::", StringComparison.Ordinal) + "::" + facts.Name[(facts.Name.LastIndexOf('.') + 1)..]);
        var self = unit ?? new MappedUnit(module, path, facts);
        var runsOn = className is null ? null : module + "." + className;
        var requested = new List<string>();
        var providersUnknown = facts.Has("given") || facts.Has("patched") || (type?.Has("patched") ?? false) || (unit is not null && IsTestCaseClass(type!));
        foreach (var parameter in facts.Parameters.ItemsOrNone())
        {
            if (!parameter.EndsWith('=') && !parameter.StartsWith('*') && facts.Parametrized?.Contains(parameter) != true && type?.Parametrized?.Contains(parameter) != true)
            {
                requested.Add(parameter);
            }
        }

        foreach (var markers in (ReadOnlySpan<List<string>?>)[facts.Markers, type?.Markers, moduleFacts?.Markers])
        {
            foreach (var marker in markers.ItemsOrNone())
            {
                if (marker.StartsWith("usefixtures:", StringComparison.Ordinal))
                {
                    requested.Add(marker["usefixtures:".Length..]);
                }
            }
        }

        var scopes = FixtureScopes(path, module, type, className);
        providersUnknown |= scopes.Unknown;
        requested.AddRange(scopes.Autouse);
        if (requested.Count == 0)
        {
            // Most tests request no fixture (every unittest test): nothing to look up.
            _tests.Add(new MappedTest(id, self, [], setup, [], providersUnknown) { RunsOn = runsOn, RunsOnShape = shape });
            return;
        }

        var fixtures = new List<(string, MappedUnit)>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(string Name, int Level)>(requested.Select(r => (r, 0)));
        while (pending.Count > 0)
        {
            var (name, level) = pending.Dequeue();
            if (!seen.Add(name))
            {
                continue;
            }

            var fixture = scopes.Tables.Select(t => t.GetValueOrDefault(name)).FirstOrDefault(f => f is not null);
            if (fixture is null)
            {
                if (!s_builtinFixtures.Contains(name) && !(s_pluginFixtures.TryGetValue(name, out var plugin) && _pluginDeclared(plugin) != false) && level == 0)
                {
                    missing.Add(name);
                }

                continue;
            }

            fixtures.Add((name, fixture));
            foreach (var parameter in fixture.Facts.Parameters.ItemsOrNone())
            {
                if (!parameter.EndsWith('=') && !parameter.StartsWith('*'))
                {
                    pending.Enqueue((parameter, level + 1));
                }
            }
        }

        _tests.Add(new MappedTest(id, self, fixtures, setup, providersUnknown ? [] : missing, providersUnknown) { RunsOn = runsOn, RunsOnShape = shape });
    }

    /// <summary>The fixture tables visible from a test, nearest first: its class, its module, then each conftest up to the root.</summary>
    private (List<Dictionary<string, MappedUnit>> Tables, bool Unknown, List<string> Autouse) FixtureScopes(string path, string module, UnitFacts? type, string? className)
    {
        var key = (path, className);
        if (_scopes.TryGetValue(key, out var known))
        {
            return known;
        }

        var (tables, unknown) = ComputeFixtureScopes(path, module, type, className);
        var autouse = new List<string>();
        foreach (var scope in tables)
        {
            foreach (var (name, fixture) in scope)
            {
                if (fixture.Facts.Has("autouse"))
                {
                    autouse.Add(name);
                }
            }
        }

        known = (tables, unknown, autouse);
        _scopes[key] = known;
        return known;
    }

    private (List<Dictionary<string, MappedUnit>> Tables, bool Unknown) ComputeFixtureScopes(string path, string module, UnitFacts? type, string? className)
    {
        var tables = new List<Dictionary<string, MappedUnit>>();
        if (type is not null && className is not null)
        {
            var methods = new Dictionary<string, MappedUnit>(StringComparer.Ordinal);
            foreach (var (_, method) in MethodsOf(module, path, type, null))
            {
                if (method.Facts.Has("fixture"))
                {
                    methods[FixtureName(method.Facts)] = method;
                }
            }

            tables.Add(methods);
        }

        tables.Add(FixturesOf(path));
        var unknown = _pathsWithPlugins.Contains(path);
        var folder = ProjectPath.Parent(path);
        while (true)
        {
            var conftest = ProjectPath.Join(folder, "conftest.py");
            if (_conftests.Contains(conftest))
            {
                tables.Add(FixturesOf(conftest));
                unknown |= _pathsWithPlugins.Contains(conftest);
            }

            if (folder.Length == 0)
            {
                break;
            }

            folder = ProjectPath.Parent(folder);
        }

        return (tables, unknown);
    }

    /// <summary>
    /// Where the values of a test's parameters come from, by parameter name: what each fixture it requests returns or
    /// yields, and the values its <c>parametrize</c> tables supply (a table's value wins over a fixture of the same name,
    /// as in pytest).
    /// </summary>
    private IReadOnlyDictionary<string, List<string>> ValuesOf(MappedTest test)
    {
        if (test.Unit.Facts.ParameterValues is null && test.Fixtures.Count == 0)
        {
            return s_noFixtures;
        }

        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var parameterValue in test.Unit.Facts.ParameterValues ?? [])
        {
            var separator = parameterValue.IndexOf('=', StringComparison.Ordinal);
            var name = parameterValue[..separator];
            if (!values.TryGetValue(name, out var origins))
            {
                origins = [];
                values[name] = origins;
            }

            origins.Add(parameterValue[(separator + 1)..]);
        }

        foreach (var (name, fixture) in test.Fixtures)
        {
            values.TryAdd(name, fixture.Facts.Yields ?? _noYields);
        }

        return values;
    }

    /// <summary>
    /// Follows everything a test runs, marking every project unit reached: first through calls that always run when
    /// their caller runs (certain links), then through the conditional ones (possible links).
    /// </summary>
    /// <param name="testIndex">The test's number among the map's tests.</param>
    /// <param name="entries">
    /// When given, the traversal stays in test code: each project-side step it would take (keyed as the traversal keys
    /// them) is recorded there instead, and nothing is linked.
    /// </param>
    private void Reach(int testIndex, Dictionary<string, Step>? entries)
    {
        if (entries is null && TryRepeat(testIndex))
        {
            return;
        }

        var test = _tests[testIndex];
        var made = entries is null ? LinksToKeep(testIndex) : null;
        var fixtureYields = ValuesOf(test);
        var visit = _traversal.Begin();
        var linkedModules = _linkedModules;
        var certain = _certain;
        var possible = _possible;
        linkedModules.Clear();
        certain.Clear();
        possible.Clear();
        void Enqueue(MappedUnit from, bool fromTestPath, string? through, string? helper, bool isCertain, bool isTestSide, string? selfType, bool raising = false, StepInfo? fromStep = null)
        {
            // The unit's calls wait as one entry per queue, in their order: the same order as one entry per call.
            var calls = fromStep is null ? CallsOf(from.Facts) : fromStep.Calls ??= CallsOf(from.Facts);
            if (calls.Length == 0)
            {
                return;
            }

            if (!isCertain)
            {
                possible.Enqueue(new Pending(from, fromTestPath, null, through, helper, selfType, raising, fromStep, AllCalls, isTestSide));
                return;
            }

            if (isTestSide)
            {
                // Test code runs from top to bottom: what it calls is certain, but a callable it hands to another call
                // (`Route("/", endpoint)`, `map(f, items)`) runs only if that call runs it.
                var made = false;
                var handed = false;
                foreach (var call in calls)
                {
                    made |= !call.Handed;
                    handed |= call.Handed;
                }

                if (!handed)
                {
                    certain.Enqueue(new Pending(from, fromTestPath, null, through, helper, selfType, raising, fromStep, AllCalls, isTestSide));
                    return;
                }

                if (made)
                {
                    certain.Enqueue(new Pending(from, fromTestPath, null, through, helper, selfType, raising, fromStep, MadeCalls, isTestSide));
                }

                possible.Enqueue(new Pending(from, fromTestPath, null, through, helper, selfType, raising, fromStep, HandedCalls, isTestSide));
                return;
            }

            // Project code reached on a certain way: the calls it makes whenever it runs are certain, the others possible.
            var sure = false;
            var maybe = false;
            foreach (var call in calls)
            {
                sure |= !call.Conditional;
                maybe |= call.Conditional;
            }

            if (sure)
            {
                certain.Enqueue(new Pending(from, fromTestPath, null, through, helper, selfType, raising, fromStep, SureCalls, isTestSide));
            }

            if (maybe)
            {
                possible.Enqueue(new Pending(from, fromTestPath, null, through, helper, selfType, raising, fromStep, MaybeCalls, isTestSide));
            }
        }

        _recorder?.Begin(test);
        Enqueue(test.Unit, IsTestPath(test.Unit.Path), null, null, true, true, SelfOf(test, test.Unit));
        foreach (var setup in test.Setup)
        {
            _recorder?.Add(setup.Path);
            Enqueue(setup, IsTestPath(setup.Path), null, null, true, true, SelfOf(test, setup));
        }

        foreach (var (name, fixture) in test.Fixtures)
        {
            _recorder?.Add(fixture.Path);
            var fixtureTestPath = IsTestPath(fixture.Path);
            var fixtureHelper = FixtureHelper(name);
            Enqueue(fixture, fixtureTestPath, null, fixtureHelper, true, true, null);
            foreach (var yielded in fixture.Facts.Yields.ItemsOrNone())
            {
                if (!yielded.StartsWith('@'))
                {
                    // A function or class the fixture returns without calling it runs only if the test calls it (a call
                    // through the fixture's value then claims it): a possible link until then.
                    possible.Enqueue(new Pending(fixture, fixtureTestPath, ParseCall(yielded), null, fixtureHelper, null, false, null, 0));
                }
            }
        }

        // `with TestClient(app):` starts the application: what it runs at start-up and shutdown (its lifespan) runs then.
        foreach (var (hook, conditional) in StartupHooks(test, fixtureYields))
        {
            (conditional ? possible : certain).Enqueue(new Pending(test.Unit, IsTestPath(test.Unit.Path), ParseCall(hook), null, null, null, false, null, 0));
        }

        var routeModules = RouteModules(test);
        var testTargets = fixtureYields.Count > 0 || routeModules.Count > 0;
        var dynamic = AnyOf(test, static facts => facts.Dynamic);
        while (certain.Count > 0 || possible.Count > 0)
        {
            var isCertain = certain.Count > 0;
            var next = isCertain ? certain.Dequeue() : possible.Dequeue();
            var batch = next.Call is null ? next.FromStep?.Calls ?? CallsOf(next.From.Facts) : null;

            // A step whose calls resolve the same for every test goes through only the calls that lead somewhere (most
            // calls reach no project unit: builtins, the standard library, attributes of unknown objects).
            var leading = batch is not null && next.FromStep is { } fromStep && !(next.FromTestPath && testTargets)
                ? LeadingCalls(fromStep, next.From, next.SelfType, next.CallIndex)
                : null;
            var count = leading?.Length ?? batch?.Length ?? 1;
            for (var k = 0; k < count; k++)
            {
                var pending = next;
                if (batch is not null)
                {
                    var c = leading is null ? k : leading[k];
                    var call = batch[c];
                    if (leading is null && !Selects(next.CallIndex, call))
                    {
                        continue;
                    }

                    pending = next with { Call = call, CallIndex = c, Raising = next.TestSide && (next.Raising || call.ExpectedToRaise) };
                }

                var (from, _, _, through, helper, _, raising, _, _, _) = pending;
                var deferred = false;
                foreach (var (unit, selfType, isOverride, key, id, objectCertain) in ProjectSideTargets(pending, fixtureYields, routeModules))
                {
                    // A member read without being called (`self.app` kept, `{E: self.handle}`) runs now only if it is a
                    // property; a method, function or class taken so runs if what receives it calls it: a possible link.
                    if (isCertain && pending.Call!.Read && !RunsWhenRead(unit))
                    {
                        if (!deferred)
                        {
                            deferred = true;
                            possible.Enqueue(pending);
                        }

                        continue;
                    }

                    // An override in a subclass is reached only if the object is of that subclass: a possible link.
                    if (isOverride && isCertain)
                    {
                        if (!deferred)
                        {
                            deferred = true;
                            possible.Enqueue(pending);
                        }

                        // A method that only declares itself, called on an object of its declared class: the object is
                        // there, so its class is exercised, whichever definition runs.
                        if (objectCertain && entries is null && !_steps[id].IsTestSide && (_focus is null || _focus.Contains(unit.Path))
                            && (_leading is null || IsLeading(id)) && OwnerLinks(_steps[id]) is { } declaredLinks)
                        {
                            var declaredWay = WayFrom(pending.FromStep, through, helper, true);
                            if (Link(declaredLinks, testIndex, declaredWay, visit))
                            {
                                made?.Add((declaredLinks, declaredWay));
                                linkedModules.Add(unit.Module);
                            }
                        }

                        continue;
                    }

                    // A method is followed once per class of the object it runs on (the step): `self.invoke()` in
                    // `Command.main` is `Group.invoke` when the test's object is a `Group`.
                    var step = _steps[id];
                    var isTestSide = step.IsTestSide;
                    if (!isTestSide && entries is not null)
                    {
                        entries.TryAdd(key, new Step(unit, selfType));
                        continue;
                    }

                    if (!isTestSide && _leading is not null && !IsLeading(id))
                    {
                        // Project code from which no focus unit and no test code can be reached: nothing asked about is there.
                        continue;
                    }

                    // A call the test expects to raise is followed apart: the unit it calls runs, but what that unit calls
                    // after the point that raised may not, so its calls are possible links (unless another call reaches them).
                    if (isCertain ? !_traversal.MarkCertain(id, raising, visit) : _traversal.Seen(id, visit))
                    {
                        continue;
                    }

                    _traversal.MarkAny(id, visit);
                    _recorder?.Add(step);
                    if (!isTestSide && (_focus is null || _focus.Contains(unit.Path)))
                    {
                        var way = WayFrom(pending.FromStep, through, helper, isCertain);
                        var links = step.Links ??= LinksOf(unit.QualifiedName);
                        if (Link(links, testIndex, way, visit))
                        {
                            made?.Add((links, way));
                        }

                        linkedModules.Add(unit.Module);
                        if (OwnerLinks(step) is { } ownerLinks && Link(ownerLinks, testIndex, way, visit))
                        {
                            made?.Add((ownerLinks, way));
                        }
                    }

                    // The object the step makes or runs on is an instance of its class's bases too: they are exercised with it.
                    if (entries is null)
                    {
                        LinkInstanceClasses(step, testIndex, WayFrom(pending.FromStep, through, helper, isCertain), visit, made);
                    }
                    else if (_focus is not null && Array.Exists(InstanceClassesOf(step), c => _focus.Contains(c.Path)))
                    {
                        // Test code that makes an instance of a focus class (a subclass the test defines): the test leads there.
                        entries.TryAdd(key, new Step(unit, selfType));
                    }

                    dynamic |= isTestSide && unit.Facts.Dynamic;
                    var nextThrough = isTestSide ? through : unit.QualifiedName;
                    var nextHelper = isTestSide && through is null ? helper ?? HelperOf(step, unit) : helper;
                    var nextCertain = isCertain && (isTestSide || !raising);
                    Enqueue(unit, isTestSide, nextThrough, nextHelper, nextCertain, isTestSide, selfType, raising, step);
                    if (unit.Facts.Kind == "class")
                    {
                        foreach (var (init, initId) in ConstructorsOf(step))
                        {
                            var initStep = _steps[initId];
                            if (Follows(initId, entries)
                                && (nextCertain ? _traversal.MarkCertain(initId, false, visit) : !_traversal.Seen(initId, visit)))
                            {
                                _traversal.MarkAny(initId, visit);
                                _recorder?.Add(initStep);
                                Enqueue(init, initStep.IsTestSide, isTestSide ? through : unit.QualifiedName, nextHelper, nextCertain, isTestSide, unit.QualifiedName, raising, initStep);
                            }
                        }

                        // An object of a test's subclass of a project class may be handed to project code, which calls the
                        // methods it overrides (a backend's `authenticate`, given to a middleware): possible links, on the way
                        // through the class, since the test does not call them itself.
                        foreach (var handed in HandedOverridesOf(step))
                        {
                            possible.Enqueue(new Pending(unit, true, handed, unit.QualifiedName, nextHelper, null, false, null, 0));
                        }
                    }
                }
            }
        }

        var files = _recorder?.End(test);
        string[] dynamicModules = dynamic ? [.. linkedModules.Distinct(StringComparer.Ordinal)] : [];
        Count(testIndex, dynamicModules);
        if (made is not null)
        {
            KeepTraversal(testIndex, made, files, dynamicModules);
        }
    }

    /// <summary>
    /// Tells whether the traversal follows a constructor step (on an instance of its class): test code always; project
    /// code while collecting entries (recorded, not followed) never, and with a focus only when it leads on.
    /// </summary>
    private bool Follows(int initId, Dictionary<string, Step>? entries)
    {
        var init = _steps[initId];
        if (init.IsTestSide)
        {
            return true;
        }

        if (entries is not null)
        {
            entries.TryAdd(init.Key, new Step(init.Unit, init.SelfType));
            return false;
        }

        return _leading is null || IsLeading(initId);
    }

    /// <summary>
    /// The steps of the traversal (a unit, and the class of <c>self</c>) from which a focus file's unit can be reached,
    /// and the tests that can reach one. Each test enters the graph where its own code starts: a test without fixtures
    /// or routes at its own body and setup, whose steps do not depend on the test; a test with them, where its own
    /// code (followed with its fixtures) enters project code. From those entries every step is followed once for all
    /// tests, and the steps that lead to a focus unit are found backwards; a project step that leads back into test
    /// code is kept, since what test code does there may depend on the test. Each test that can reach a focus unit is
    /// then followed through these steps only, which links the focus units exactly as the whole traversal does: a
    /// step that leads to no focus unit only ever leads to steps like it.
    /// </summary>
    private (bool[] Leading, List<int> Tests) LeadingSteps()
    {
        var known = new List<bool>();
        var callers = new List<List<int>?>();
        var pending = new Queue<int>();
        var starts = new List<(int Test, List<int> Steps)>(_tests.Count);
        void Add(int id)
        {
            while (known.Count <= id)
            {
                known.Add(false);
                callers.Add(null);
            }

            if (!known[id])
            {
                known[id] = true;
                pending.Enqueue(id);
            }
        }

        for (var testIndex = 0; testIndex < _tests.Count; testIndex++)
        {
            var test = _tests[testIndex];
            var entrySteps = new List<int>(1 + test.Setup.Count);
            if (test.Fixtures.Count == 0 && test.Unit.Facts.ParameterValues is null && RouteModules(test).Count == 0 && StartupHooks(test, s_noFixtures).Count == 0)
            {
                foreach (var unit in test.Setup.Prepend(test.Unit))
                {
                    entrySteps.Add(StepOf(unit.QualifiedName, unit, null));
                }
            }
            else
            {
                var entries = new Dictionary<string, Step>(StringComparer.Ordinal);
                Reach(testIndex, entries);
                foreach (var (key, step) in entries)
                {
                    entrySteps.Add(StepOf(key, step.Unit, step.SelfType));
                }
            }

            foreach (var id in entrySteps)
            {
                Add(id);
            }

            starts.Add((testIndex, entrySteps));
        }

        var leading = new List<bool>();
        void Lead(int id)
        {
            while (leading.Count <= id)
            {
                leading.Add(false);
            }

            leading[id] = true;
        }

        while (pending.Count > 0)
        {
            var id = pending.Dequeue();
            var step = _steps[id];
            var (unit, selfType, isTestSide) = (step.Unit, step.SelfType, step.IsTestSide);
            if ((!isTestSide && _focus!.Contains(unit.Path)) || Array.Exists(InstanceClassesOf(step), c => _focus!.Contains(c.Path)))
            {
                Lead(id);
            }

            var calls = step.Calls ??= CallsOf(unit.Facts);
            for (var i = 0; i < calls.Length; i++)
            {
                foreach (var target in ProjectSideTargets(new Pending(unit, isTestSide, calls[i], null, null, selfType, false, step, i), s_noFixtures, []))
                {
                    Visit(id, isTestSide, target.Step);
                }
            }

            if (unit.Facts.Kind == "class")
            {
                foreach (var (_, initId) in ConstructorsOf(step))
                {
                    Visit(id, isTestSide, initId);
                }

                // The overrides an object of the class may have called where it is handed (see HandedOverridesOf).
                foreach (var handed in HandedOverridesOf(step))
                {
                    foreach (var target in ProjectSideTargets(new Pending(unit, isTestSide, handed, null, null, null, false, null, 0), s_noFixtures, []))
                    {
                        Visit(id, isTestSide, target.Step);
                    }
                }
            }
        }

        var backwards = new Queue<int>();
        for (var id = 0; id < leading.Count; id++)
        {
            if (leading[id])
            {
                backwards.Enqueue(id);
            }
        }

        while (backwards.Count > 0)
        {
            var id = backwards.Dequeue();
            foreach (var caller in id < callers.Count ? callers[id] ?? [] : [])
            {
                if (caller >= leading.Count || !leading[caller])
                {
                    Lead(caller);
                    backwards.Enqueue(caller);
                }
            }
        }

        var marks = leading.ToArray();
        var tests = starts.Where(s => s.Steps.Exists(id => id < marks.Length && marks[id])).Select(s => s.Test).ToList();
        return (marks, tests);

        void Visit(int from, bool fromTestSide, int to)
        {
            if (!fromTestSide && _steps[to].IsTestSide)
            {
                // Back into test code: what it does next may depend on the test's fixtures, so the step is kept.
                Lead(from);
            }

            Add(to);
            (callers[to] ??= []).Add(from);
        }
    }

    /// <summary>The targets of a call as steps of the traversal, each with the key the traversal knows it by.</summary>
    private List<Target> ToSteps(List<(MappedUnit Unit, string? SelfType)> targets)
    {
        var steps = new List<Target>(targets.Count);
        foreach (var (unit, targetSelf) in targets)
        {
            var isOverride = targetSelf is not null && targetSelf.EndsWith(Override, StringComparison.Ordinal);
            var objectCertain = isOverride && targetSelf!.EndsWith(DeclarationOnly, StringComparison.Ordinal);
            var selfType = objectCertain ? targetSelf![..^DeclarationOnly.Length] : isOverride ? targetSelf![..^Override.Length] : targetSelf;
            if (selfType is { Length: 0 })
            {
                // A function reached only possibly (a command the words may name): no class of `self`.
                selfType = null;
            }

            var key = selfType is null ? unit.QualifiedName : unit.QualifiedName + "@" + selfType;
            steps.Add(new Target(unit, selfType, isOverride, key, StepOf(key, unit, selfType), objectCertain));
        }

        return steps;
    }

    /// <summary>
    /// A unit a call reaches, the class of <c>self</c> it runs on when known, whether it is an override reached only
    /// when the object is of the overriding subclass, the key the traversal follows it once by, that step's number, and
    /// whether the object's class is exercised for certain though the method is only possible (a declared method that
    /// only declares itself).
    /// </summary>
    private readonly record struct Target(MappedUnit Unit, string? SelfType, bool IsOverride, string Key, int Step, bool ObjectCertain = false);

    /// <summary>A project-side step of the traversal: a unit, and the class of <c>self</c> it runs on when known.</summary>
    private readonly record struct Step(MappedUnit Unit, string? SelfType);

    /// <summary>
    /// A class a value is an instance of (or a callable it is), whether it is only declared (the value may be of a
    /// subclass), and whether it is one alternative of a union (the value may be of another member: what is called on it
    /// is a possible link, unless no other member offers it).
    /// </summary>
    private readonly record struct OriginType(string Name, bool IsCallable, bool IsDeclared, bool IsAlternative = false, bool OrNothing = false);

    /// <summary>The member a value chosen between an object and nothing (<c>@maybe:</c>) may be instead: it holds no item and no element.</summary>
    private const string NothingMember = "builtins.None";

    /// <summary>
    /// A call waiting to be followed: who calls it (and whether that is test code), on which way from the test, on an
    /// object of which class, and whether the test expects it to raise.
    /// </summary>
    /// <remarks>
    /// An entry without a call stands for the calls of its unit that <see cref="CallIndex"/> selects (<see cref="AllCalls"/>,
    /// <see cref="SureCalls"/>, <see cref="MaybeCalls"/>, <see cref="MadeCalls"/> or <see cref="HandedCalls"/>), with <see cref="Raising"/> as it was before each call's own mark
    /// and <see cref="TestSide"/> telling whether the unit was followed as test code.
    /// </remarks>
    private readonly record struct Pending(
        MappedUnit From, bool FromTestPath, ParsedCall? Call, string? Through, string? Helper, string? SelfType, bool Raising, StepInfo? FromStep, int CallIndex, bool TestSide = false);

    /// <summary>Selects every call of a unit in a <see cref="Pending"/> without a call.</summary>
    private const int AllCalls = -1;

    /// <summary>Selects the calls that run whenever the unit runs.</summary>
    private const int SureCalls = -2;

    /// <summary>Selects the calls that may not run when the unit runs.</summary>
    private const int MaybeCalls = -3;

    /// <summary>Selects the calls test code makes itself (every call but the callables it hands to other calls).</summary>
    private const int MadeCalls = -4;

    /// <summary>Selects the callables test code hands to other calls.</summary>
    private const int HandedCalls = -5;

    /// <summary>
    /// Links the classes an instance a step makes or runs on is also of (<see cref="InstanceClassesOf"/>), on the step's
    /// way; with a focus, only those of the focus files. Their files are files the test runs through.
    /// </summary>
    private void LinkInstanceClasses(StepInfo step, int testIndex, int way, int visit, List<(LinkList Links, int Way)>? made)
    {
        foreach (var (path, links) in InstanceClassesOf(step))
        {
            // Recorded whatever the focus: the record of a test re-followed for a change keeps every file it runs through.
            _recorder?.Add(path);
            if (_focus is not null && !_focus.Contains(path))
            {
                continue;
            }

            if (Link(links, testIndex, way, visit))
            {
                made?.Add((links, way));
            }
        }
    }

    private static bool Link(LinkList links, int test, int way, int visit)
    {
        if (links.Visit == visit)
        {
            return false;
        }

        links.Visit = visit;
        links.Add(test, way);
        return true;
    }

    /// <summary>
    /// The project units a call target of <paramref name="from"/> stands for, each with the class of the object a method
    /// runs on when it is known (<see langword="null"/> otherwise: <c>self</c> is then the method's own class).
    /// </summary>
    private List<(MappedUnit Unit, string? SelfType)> Targets(MappedUnit from, string target, IReadOnlyDictionary<string, List<string>> fixtureYields, List<string> routeModules, string? selfType)
    {
        target = target.TrimStart(s_callMarks);

        if (!target.StartsWith('@'))
        {
            return Resolve(target) is { } unit ? [(unit, null)] : [];
        }

        if (target.StartsWith(UnitFacts.ScriptRunPrefix, StringComparison.Ordinal))
        {
            return ScriptTargets(target, fixtureYields);
        }

        if (target.StartsWith(UnitFacts.ServedAppPrefix, StringComparison.Ordinal))
        {
            return ServedApplication(target, fixtureYields, selfType);
        }

        var invoked = target.IndexOf('>', StringComparison.Ordinal);
        if (invoked > 0)
        {
            return InvokedCommand(from, target[..invoked], target[(invoked + 1)..], fixtureYields, routeModules, selfType);
        }

        var request = target.IndexOf('|', StringComparison.Ordinal);
        if (request > 0)
        {
            var parts = target.Split('|');
            var served = parts.Length != 3 ? null : LocalRouteModules(parts[0]) ?? (IsClient(parts[0], fixtureYields, 0) ? routeModules : null);
            if (served is null)
            {
                return [];
            }

            // The routes a client reaches are read from the modules the test's imports lead to: a change to any of them (a
            // router imported from another module) may change what the test reaches, so the test runs through them once it
            // sends a request (only a test's own traversal passes route modules, so the file is the current test's).
            foreach (var module in served)
            {
                if (ProjectModulePath(module) is { } routePath)
                {
                    _recorder?.Add(routePath);
                }
            }

            var reached = RequestTargets(parts[1], parts[2], served);
            if (served.Count == 1 && parts[0].StartsWith(UnitFacts.LocalClientPrefix, StringComparison.Ordinal) && !HasOneApplication(served[0]))
            {
                // Which of the module's applications the client serves is not told: each route that matches may be the one.
                for (var i = 0; i < reached.Count; i++)
                {
                    reached[i] = reached[i] with { SelfType = reached[i].SelfType ?? Override };
                }
            }

            return reached;
        }

        var (origin, member, call) = FormOf(target);
        if (origin.StartsWith("@super:", StringComparison.Ordinal))
        {
            return member is not null && SuperMethod(origin["@super:".Length..], member) is { } inherited ? [(inherited, selfType)] : [];
        }

        var results = new List<(MappedUnit, string?)>();
        var types = OriginTypes(origin, fixtureYields, selfType, 0);
        if (member is not null && member.EndsWith('*'))
        {
            AddDispatched(results, types, member[..^1]);
            return results;
        }

        var sole = SoleOffer(types, member, call);
        foreach (var found in types)
        {
            // What the union's members offer as one unit is what the call reaches whichever member the object is.
            var type = found.IsAlternative && sole is not null && ReferenceEquals(Reached(found, member, call)?.Facts, sole.Facts)
                ? found with { IsAlternative = false }
                : found;
            if (member is null)
            {
                if (call && Resolve(type.Name) is { } callee && type.IsCallable)
                {
                    // One possibility among others (a parameter's default, a union's member): a possible target.
                    results.Add((callee, type.IsAlternative ? Override : null));
                }

                continue;
            }

            if (type.IsCallable)
            {
                if (member == "__call__" && Resolve(type.Name) is { } called)
                {
                    results.Add((called, type.IsAlternative ? Override : null));
                }

                continue;
            }

            if (ResolveMember(type.Name, member) is not { } resolved)
            {
                // No method of that name: an attribute the class body binds to a function or class itself
                // (`loads = staticmethod(json.loads)`) is what calling it runs.
                if (!type.IsAlternative)
                {
                    AddHeldCallables(results, type.Name, member, fixtureYields, selfType, null);
                    if (type.IsDeclared)
                    {
                        // The object may be of a project subclass that binds its own (a base's method calling what each
                        // subclass binds), or defines it as a method or property where the class has a plain attribute
                        // (`arity: ClassVar[int] = 1`, a subclass's `@property def arity`): each is possible.
                        foreach (var subclass in SubclassesOf(type.Name))
                        {
                            AddHeldCallables(results, subclass, member, fixtureYields, selfType, Override);
                            if (ResolveMember(subclass, member) is { Facts.Kind: "method" } defined)
                            {
                                results.Add((defined, subclass + Override));
                            }
                        }
                    }
                }

                continue;
            }

            if (type.IsAlternative && resolved.Facts.Kind != "method")
            {
                // A function or class of a module that is one possibility (a module imported with its accelerator, which
                // may replace it): possibly what runs.
                if (resolved.Facts.Kind is "function" or "class" && ProjectModulePath(type.Name) is not null)
                {
                    results.Add((resolved, Override));
                }

                continue;
            }

            var overrides = new List<(MappedUnit, string?)>();
            if (type.IsDeclared && resolved.Facts.Kind == "method")
            {
                // A declared type: the object may be of a project subclass that overrides the method.
                foreach (var subclass in SubclassesOf(type.Name))
                {
                    if (ResolveMember(subclass, member) is { Facts.Kind: "method" } overriding && overriding.QualifiedName != resolved.QualifiedName)
                    {
                        overrides.Add((overriding, subclass + Override));
                    }
                }
            }

            // With overrides, which definition runs depends on the object: each is a possible target. So is the method of
            // a union's other members: the object may be of any of them. A declared method that only declares itself
            // (`raise NotImplementedError`, an abstract or protocol method whose body is `...`) runs only on an object of exactly the
            // declared class, which its overrides say is not what is meant: a possible target too. A concrete class's
            // hook written `pass` is meant to run on the class itself: claimed as before.
            var self = type.IsDeclared ? Declared + type.Name : type.Name;
            var declarationOnly = !type.IsAlternative && overrides.Count > 0
                && (resolved.Facts.Has(UnitFacts.NotImplementedMarker) || (resolved.Facts.Has(UnitFacts.StubMarker) && (resolved.Facts.Has("abstract") || IsTypeDeclaration(resolved))));
            results.Add((resolved, resolved.Facts.Kind != "method" ? null : type.IsAlternative ? self + Override : declarationOnly ? self + DeclarationOnly : self));
            results.AddRange(overrides);
        }

        return results;
    }

    /// <summary>
    /// The parts of a target on a value (<c>ORIGIN()</c>, a call of the value; <c>ORIGIN#MEMBER</c>, a member of it; or
    /// the value itself), cut once per map: the tests of a project call the same targets again and again.
    /// </summary>
    private (string Origin, string? Member, bool Call) FormOf(string target)
    {
        if (_targetForms.TryGetValue(target, out var known))
        {
            return known;
        }

        var call = target.EndsWith("()", StringComparison.Ordinal);
        var hash = target.LastIndexOf('#');
        var form = (call ? target[..^2] : hash > 0 ? target[..hash] : target, call || hash < 0 ? null : target[(hash + 1)..], call);
        _targetForms[target] = form;
        return form;
    }

    /// <summary>
    /// Adds what calling the attribute <paramref name="member"/> of an object of <paramref name="owner"/> runs when the
    /// class (or a base) binds it in its body to a project function or class itself (<c>@ref:</c>): that function, or the
    /// class made, reached on <paramref name="way"/> (<see langword="null"/> for certain, <see cref="Override"/> for possibly).
    /// Nothing when no class on the way holds a reference, which is most classes.
    /// </summary>
    private void AddHeldCallables(List<(MappedUnit, string?)> results, string owner, string member, IReadOnlyDictionary<string, List<string>> fixtureYields, string? selfType, string? way)
    {
        if (!HoldsReferences(owner, 0))
        {
            return;
        }

        // A value a method assigns to the instance is found first at run time, when that method ran: the function or class
        // the body binds is then only possibly what the call runs.
        var origins = AttributeOrigins(owner, member);
        if (origins.Exists(o => !IsHeldReference(o)))
        {
            way = Override;
        }

        foreach (var assigned in origins)
        {
            if (!IsHeldReference(assigned))
            {
                continue;
            }

            foreach (var held in OriginTypes(assigned, fixtureYields, selfType, 1))
            {
                if (held.IsCallable && Resolve(held.Name) is { } callee && !results.Exists(r => ReferenceEquals(r.Item1.Facts, callee.Facts)))
                {
                    results.Add((callee, way));
                }
            }
        }
    }

    /// <summary>Tells whether a class or one of its bases binds an attribute in its body to a function, class or module itself.</summary>
    private bool HoldsReferences(string qualifiedClass, int depth)
    {
        if (_holdsReferences.TryGetValue(qualifiedClass, out var known))
        {
            return known;
        }

        var holds = false;
        if (depth < 8 && Resolve(qualifiedClass) is { Facts.Kind: "class" } type)
        {
            foreach (var attribute in type.Facts.Attributes.ItemsOrNone())
            {
                holds |= attribute.Contains("=" + FactsExtractor.HeldReferencePrefix, StringComparison.Ordinal);
            }

            foreach (var baseClass in type.Facts.Bases.ItemsOrNone())
            {
                holds = holds || HoldsReferences(baseClass, depth + 1);
            }
        }

        _holdsReferences[qualifiedClass] = holds;
        return holds;
    }

    /// <summary>
    /// Adds, as possible targets, the methods a call dispatched by name (<c>getattr(self, f"visit_{kind}")(node)</c>) may
    /// run: every method of the object's class whose name starts with the prefix, inherited ones included, and for a
    /// declared class its project subclasses' too.
    /// </summary>
    private void AddDispatched(List<(MappedUnit, string?)> results, List<OriginType> types, string prefix)
    {
        foreach (var type in types)
        {
            if (type.IsCallable || Resolve(type.Name) is not { Facts.Kind: "class" } owner)
            {
                continue;
            }

            var self = type.IsDeclared ? Declared + type.Name : type.Name;
            var classes = new List<(MappedUnit Class, string Self)> { (owner, self) };
            if (type.IsDeclared)
            {
                foreach (var subclass in SubclassesOf(type.Name))
                {
                    if (Resolve(subclass) is { Facts.Kind: "class" } derived)
                    {
                        classes.Add((derived, subclass));
                    }
                }
            }

            foreach (var (candidate, onSelf) in classes)
            {
                foreach (var (name, method) in MethodsOf(candidate.Module, candidate.Path, candidate.Facts, null).OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    if (name.StartsWith(prefix, StringComparison.Ordinal) && !results.Exists(r => ReferenceEquals(r.Item1.Facts, method.Facts)))
                    {
                        results.Add((method, onSelf + Override));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The unit a call on one type reaches: calling a class or function it holds (<paramref name="member"/> <see langword="null"/>),
    /// its <c>__call__</c>, or its method <paramref name="member"/>; <see langword="null"/> when that is no project unit.
    /// </summary>
    private MappedUnit? Reached(OriginType type, string? member, bool call) => member switch
    {
        null => call && type.IsCallable ? Resolve(type.Name) : null,
        "__call__" when type.IsCallable => Resolve(type.Name),
        _ when type.IsCallable => null,
        _ => ResolveMember(type.Name, member) is { Facts.Kind: "method" } method ? method : null,
    };

    /// <summary>
    /// The one unit the alternatives of a union offer for a call, or <see langword="null"/> when which unit runs depends on
    /// the object: each link is then only possible. A callable (<c>Cart | Callable[..., Cart]</c>) offers only a call, and
    /// members whose call resolves to the same unit (a subclass that inherits the method) offer it once; any other member
    /// may offer what is called even when the project defines no method of that name on it (an attribute its instances
    /// hold, a library's class, a built-in), so it leaves the call possible.
    /// </summary>
    private MappedUnit? SoleOffer(List<OriginType> types, string? member, bool call)
    {
        MappedUnit? sole = null;
        foreach (var type in types)
        {
            if (!type.IsAlternative)
            {
                continue;
            }

            if (type.Name == FactsExtractor.FunctionMember)
            {
                if (member is null or "__call__")
                {
                    return null;
                }

                continue;
            }

            if (Reached(type, member, call) is not { } unit || (sole is not null && !ReferenceEquals(sole.Facts, unit.Facts)))
            {
                return null;
            }

            sole = unit;
        }

        return sole;
    }

    /// <summary>
    /// The method <c>super().MEMBER</c> calls in a method of <paramref name="owner"/>: the first base (depth first, in the
    /// order the class lists them) that defines or inherits it.
    /// </summary>
    private MappedUnit? SuperMethod(string owner, string member)
    {
        if (Resolve(owner) is not { Facts: { Kind: "class", Bases: { } bases } })
        {
            return null;
        }

        foreach (var baseClass in bases)
        {
            if (ResolveMember(baseClass, member) is { Facts.Kind: "method" } method)
            {
                return method;
            }
        }

        return null;
    }

    /// <summary>
    /// The targets of a call: those of project code, and of test code run without fixtures or routes, depend only on
    /// the target and the class of <c>self</c>, so they are computed once per map and shared by every test that
    /// reaches them.
    /// </summary>
    private List<Target> ProjectSideTargets(Pending pending, IReadOnlyDictionary<string, List<string>> fixtureYields, List<string> routeModules)
    {
        var (from, fromTestPath, maybeCall, _, _, selfType, _, fromStep, index, _) = pending;
        var call = maybeCall!;

        // Test code resolves through the test's fixtures and routes; without them, a target means the same for every caller.
        if (fromTestPath && (fixtureYields.Count > 0 || routeModules.Count > 0) && call.Target.StartsWith('@'))
        {
            return ToSteps(Targets(from, call.Target, fixtureYields, routeModules, selfType));
        }

        // A step's calls lead to the same steps every time the step is followed: kept on the step, by call.
        if (fromStep is not null)
        {
            fromStep.Edges ??= new List<Target>?[fromStep.Calls!.Length];
            return fromStep.Edges[index] ??= SharedTargetsOf(from, call, selfType);
        }

        return SharedTargetsOf(from, call, selfType);
    }

    /// <summary>
    /// The numbers of a step's calls, among those a batch selects (<see cref="AllCalls"/>, <see cref="SureCalls"/>,
    /// <see cref="MaybeCalls"/>, <see cref="MadeCalls"/> or <see cref="HandedCalls"/>), that lead to at least one step, found once per step and selection. Each call's targets
    /// are resolved, and kept on the step, in the order and at the moment the traversal would first resolve them.
    /// </summary>
    private int[] LeadingCalls(StepInfo step, MappedUnit from, string? selfType, int selection)
    {
        ref var known = ref step.Leading[SelectionIndex(selection)];
        if (known is not null)
        {
            return known;
        }

        var calls = step.Calls!;
        var edges = step.Edges ??= new List<Target>?[calls.Length];
        var leading = new List<int>();
        for (var i = 0; i < calls.Length; i++)
        {
            if (Selects(selection, calls[i]) && (edges[i] ??= SharedTargetsOf(from, calls[i], selfType)).Count > 0)
            {
                leading.Add(i);
            }
        }

        return known = [.. leading];
    }

    /// <summary>Tells whether a selection of a unit's calls (<see cref="AllCalls"/>, <see cref="SureCalls"/>, <see cref="MaybeCalls"/>, <see cref="MadeCalls"/> or <see cref="HandedCalls"/>) takes a call.</summary>
    private static bool Selects(int selection, ParsedCall call) => selection switch
    {
        SureCalls => !call.Conditional,
        MaybeCalls => call.Conditional,
        MadeCalls => !call.Handed,
        HandedCalls => call.Handed,
        _ => true,
    };

    /// <summary>The position of a selection of a unit's calls among a step's lists of leading calls: all, sure, maybe, made, handed.</summary>
    private static int SelectionIndex(int selection) => AllCalls - selection;

    /// <summary>The steps a call leads to from code that resolves it the same way for every test.</summary>
    private List<Target> SharedTargetsOf(MappedUnit from, ParsedCall call, string? selfType)
    {
        // Project code has no fixtures and sends no test-client requests: its parameters are not fixtures. A target named
        // outright means the same for every caller, whatever the class of `self`.
        var shared = call.Shared;
        if (selfType is null || !call.Target.StartsWith('@'))
        {
            return shared.Unbound ??= ToSteps(Targets(from, call.Target, s_noFixtures, [], null));
        }

        shared.BySelf ??= new Dictionary<string, List<Target>>(StringComparer.Ordinal);
        if (!shared.BySelf.TryGetValue(selfType, out var targets))
        {
            targets = ToSteps(Targets(from, call.Target, s_noFixtures, [], selfType));
            shared.BySelf[selfType] = targets;
        }

        return targets;
    }

    /// <summary>
    /// What a request through a web test client made with an application object or class runs (see
    /// <see cref="UnitFacts.ServedAppPrefix"/>), when what made the client is known to make one: an object's
    /// <c>__call__</c>; a class, made for each request (its constructors), and its <c>__await__</c>; a function, itself.
    /// </summary>
    private List<(MappedUnit Unit, string? SelfType)> ServedApplication(string target, IReadOnlyDictionary<string, List<string>> fixtureYields, string? selfType)
    {
        var results = new List<(MappedUnit Unit, string? SelfType)>();
        var maker = target.LastIndexOf('>');
        if (maker < 0 || !MakesClient(target[(maker + 1)..], fixtureYields, 0))
        {
            return results;
        }

        foreach (var app in OriginTypes(target[UnitFacts.ServedAppPrefix.Length..maker], fixtureYields, selfType, 0))
        {
            if (!app.IsCallable)
            {
                if (ResolveMember(app.Name, "__call__") is { Facts.Kind: "method" } entry)
                {
                    results.Add((entry, app.IsDeclared || app.IsAlternative ? app.Name + Override : app.Name));
                }
            }
            else if (Resolve(app.Name) is { Facts.Kind: "class" } type)
            {
                results.Add((type, null));
                if (ResolveMember(type.QualifiedName, "__await__") is { Facts.Kind: "method" } awaited)
                {
                    results.Add((awaited, type.QualifiedName));
                }
            }
            else if (Resolve(app.Name) is { Facts.Kind: "function" } function)
            {
                results.Add((function, null));
            }
        }

        return results;
    }

    /// <summary>
    /// <c>runner.invoke(cli, [...])</c>: when the runner is click's or Typer's <c>CliRunner</c>, the command its words name
    /// runs, with the callbacks of the groups on the way (see <see cref="AddInvokedCommands"/>). When the runner is the
    /// project's own (click's or Typer's tests), its <c>invoke</c> runs <c>cli.main(...)</c>, so the command's <c>main</c>
    /// is followed on the command's own class too (a <c>Group</c> made by <c>@click.group()</c> dispatches to <c>Group.invoke</c>).
    /// </summary>
    private List<(MappedUnit Unit, string? SelfType)> InvokedCommand(
        MappedUnit from, string runner, string command, IReadOnlyDictionary<string, List<string>> fixtureYields, List<string> routeModules, string? selfType)
    {
        var results = Targets(from, runner, fixtureYields, routeModules, selfType);
        var wordsAt = command.IndexOf('>', StringComparison.Ordinal);
        var words = wordsAt < 0 ? null : command[(wordsAt + 1)..];
        command = wordsAt < 0 ? command : command[..wordsAt];
        var hash = runner.LastIndexOf('#');
        var inProject = results.Exists(r => s_commandRunners.Contains(r.Unit.QualifiedName));
        if (!inProject && (hash <= 0 || !IsCommandRunner(runner[..hash], fixtureYields, 0)))
        {
            return results;
        }

        // The command the words name, and the callbacks of the groups on the way (click's or Typer's, installed or not).
        foreach (var named in CommandsNamed(command, fixtureYields))
        {
            AddInvokedCommands(results, named, words);
        }

        if (!inProject)
        {
            return results;
        }

        // The runner is the project's (click's or Typer's own tests): it runs the command's `main`, followed on the class
        // the command's decorator makes.
        var origin = command;
        if (!command.StartsWith('@'))
        {
            if (Resolve(command) is not { Facts: { Kind: "function", MadeBy: { } made } })
            {
                return results;
            }

            origin = made;
        }

        results.AddRange(Targets(from, origin + "#main", fixtureYields, routeModules, selfType));
        return results;
    }

    /// <summary>
    /// What a run of a project module as a script runs (<c>@script:MODULE&gt;WORDS</c>, see <see cref="UnitFacts.ScriptRunPrefix"/>):
    /// what its <c>if __name__ == "__main__":</c> block calls (a package's <c>__main__</c> module's top-level calls, for
    /// <c>python -m PACKAGE</c>). A command-line application (<c>app()</c>, <c>cli()</c>) runs
    /// the commands the words name, as a runner's <c>invoke</c> would; a function runs, claimed, except the one command
    /// <c>typer.run</c> is given when the words ask for help or the test asserts that the run failed (possible then).
    /// A run in shell-completion mode runs no command, only what completing may (see <see cref="AddCompletions"/>). The
    /// module may be one the test is given (<c>@script:ORIGIN</c>): each project module that value may be is run.
    /// A module outside the project, or one that does nothing as a script, gives nothing.
    /// </summary>
    private List<(MappedUnit Unit, string? SelfType)> ScriptTargets(string target, IReadOnlyDictionary<string, List<string>> fixtureYields)
    {
        var results = new List<(MappedUnit Unit, string? SelfType)>();
        var separator = target.IndexOf('>', UnitFacts.ScriptRunPrefix.Length);
        var module = separator < 0 ? target[UnitFacts.ScriptRunPrefix.Length..] : target[UnitFacts.ScriptRunPrefix.Length..separator];
        var words = separator < 0 ? null : target[(separator + 1)..];
        if (!module.StartsWith('@'))
        {
            AddScriptRun(results, module, words);
            return results;
        }

        // `mod.__file__` of a module the test is given (`mod = importlib.import_module(...)` in a fixture): each module it may be.
        foreach (var holder in OriginTypes(module, fixtureYields, null, 1))
        {
            if (!holder.IsCallable && Resolve(holder.Name) is null && ProjectModulePath(holder.Name) is not null)
            {
                AddScriptRun(results, holder.Name, words);
            }
        }

        return results;
    }

    /// <summary>Adds what a run of one project module as a script runs (see <see cref="ScriptTargets"/>).</summary>
    private void AddScriptRun(List<(MappedUnit Unit, string? SelfType)> results, string module, string? words)
    {
        // `python -m pkg` runs the package's `__main__` module.
        var path = ProjectModulePath(module);
        if (path is not null && ProjectPath.Name(path) == "__init__.py")
        {
            path = ProjectModulePath(module + ".__main__");
        }

        if (path is null || _index.GetByPath(path)?.Units is not { } units)
        {
            return;
        }

        // The test runs through the module's file: a change to its main block changes what the test reaches.
        _recorder?.Add(path);
        var completion = words is { Length: > 0 } && words[0] == UnitFacts.CompletionRun;
        words = completion ? words![1..] : words;
        var (given, failed) = ReadWords(words);
        var stopsEarly = failed || (given is not null && (Array.IndexOf(given, "-h") >= 0 || Array.IndexOf(given, "--help") >= 0));
        // The module's top-level code (one unit per file) holds what its main block calls.
        foreach (var marker in units.Find(u => u.Kind == "module")?.Markers ?? [])
        {
            if (!marker.StartsWith(UnitFacts.ScriptEntryMarker, StringComparison.Ordinal))
            {
                continue;
            }

            var entry = marker[UnitFacts.ScriptEntryMarker.Length..];
            var asCommand = entry.StartsWith('~');
            entry = asCommand ? entry[1..] : entry;
            if (completion)
            {
                AddCompletions(results, entry);
                continue;
            }

            var before = results.Count;
            AddInvokedCommands(results, entry, words);
            if (results.Count == before && Resolve(entry) is { Facts.Kind: "function" or "class" } called)
            {
                results.Add((called, asCommand && stopsEarly ? Override : null));
            }
        }
    }

    /// <summary>
    /// The qualified names a command given to a runner stands for: itself when it is one; for an attribute of a module
    /// imported by name (<c>mod.app</c>, where a fixture supplies <c>mod = importlib.import_module(...)</c>), that attribute
    /// of each such module; nothing otherwise.
    /// </summary>
    private List<string> CommandsNamed(string command, IReadOnlyDictionary<string, List<string>> fixtureYields)
    {
        if (!command.StartsWith('@'))
        {
            return [command];
        }

        var named = new List<string>();
        if (command.StartsWith("@attr:", StringComparison.Ordinal) && command.LastIndexOf('#') is var field and > 6)
        {
            foreach (var holder in OriginTypes(command[6..field], fixtureYields, null, 1))
            {
                if (!holder.IsCallable && Resolve(holder.Name) is null && ProjectModulePath(holder.Name) is not null)
                {
                    named.Add(holder.Name + "." + command[(field + 1)..]);
                }
            }
        }

        return named;
    }

    /// <summary>The path of a project module (a Python source file of the project), or <see langword="null"/>.</summary>
    private string? ProjectModulePath(string module) =>
        _index.Layout.Resolve(module)?.Path is { } path && path.EndsWith(".py", StringComparison.Ordinal) ? path : null;

    /// <summary>The classes a value of some origin is an instance of (or, with <c>IsCallable</c>, the callables it is).</summary>
    private List<OriginType> OriginTypes(string origin, IReadOnlyDictionary<string, List<string>> fixtureYields, string? selfType, int depth)
    {
        var types = new List<OriginType>();
        if (depth > 6)
        {
            return types;
        }

        if (origin.StartsWith("@decl:", StringComparison.Ordinal))
        {
            // A declared type (an annotation): the value may be of a subclass (see AddDeclared for the forms).
            AddDeclared(types, origin["@decl:".Length..], false);
        }
        else if (origin.StartsWith("@called:", StringComparison.Ordinal))
        {
            // What calling a value returns: an instance of the class it holds, or what the function it holds returns.
            foreach (var callable in OriginTypes(origin["@called:".Length..], fixtureYields, selfType, depth + 1))
            {
                var from = types.Count;
                switch (callable.IsCallable ? Resolve(callable.Name) : Resolve(callable.Name + ".__call__"))
                {
                    case { Facts.Kind: "class" } type when callable.IsCallable:
                        types.Add(new OriginType(type.QualifiedName, false, callable.IsDeclared));
                        break;
                    case { Facts.Kind: "function" } function when callable.IsCallable:
                        types.AddRange(OriginTypes("@call:" + function.QualifiedName, fixtureYields, selfType, depth + 1));
                        break;
                    case { Facts.Kind: "method" } call when !callable.IsCallable && !callable.Name.EndsWith("[]", StringComparison.Ordinal):
                        // An object called (a factory held in a value): what its class's `__call__` returns.
                        AddMethodResult(types, call, callable, fixtureYields, selfType, depth);
                        break;
                }

                KeepAlternative(types, from, callable.IsAlternative);
            }
        }
        else if (origin.StartsWith("@maybe:", StringComparison.Ordinal))
        {
            // One of several values, the others holding nothing a project class gives (`None`, `[]`, `()`): each type is
            // one alternative beside nothing, so what a call on the value reaches is possible, while what is read from it
            // as a collection is certain (nothing holds no item or element).
            var from = types.Count;
            types.AddRange(OriginTypes(origin["@maybe:".Length..], fixtureYields, selfType, depth + 1));
            for (var i = from; i < types.Count; i++)
            {
                types[i] = types[i] with { IsAlternative = true, OrNothing = !types[i].IsAlternative };
            }

            types.Add(new OriginType(NothingMember, false, true, true));
        }
        else if (origin.StartsWith("@elems:", StringComparison.Ordinal))
        {
            // A collection of the elements of another (`list(routes)`, `sorted(items)`): a collection of the same class of
            // elements; what a tuple of fixed length or an iterable object holds at each position is not kept.
            foreach (var collection in OriginTypes(origin["@elems:".Length..], fixtureYields, selfType, depth + 1))
            {
                if (!collection.IsCallable && (collection.Name.EndsWith("[]", StringComparison.Ordinal) || collection.Name == NothingMember))
                {
                    types.Add(collection);
                }
                else
                {
                    KeepAlternative(types, types.Count, collection.IsAlternative);
                }
            }
        }
        else if (ItemForm(origin) is var (collectionOrigin, position) && collectionOrigin is not null)
        {
            // An item of a collection or tuple: a name of an unpacking assignment or `value[N]` (`@itemN:`, the item at
            // position N), an element iterated over (`@elem:`, a fixed tuple read by its first position, as it was read
            // before positions were kept), or `value[i]` (`@sub:`, any position, so a fixed tuple tells nothing). A
            // mapping's item read by key (`X{}`) is its value; iterating or unpacking it gives its keys, which name no class here.
            foreach (var collection in OriginTypes(collectionOrigin, fixtureYields, selfType, depth + 1))
            {
                // A collection that may be nothing instead (`routes or []`) gives its items for certain: nothing gives none.
                if (collection.Name == NothingMember)
                {
                    continue;
                }

                var from = types.Count;
                var alternative = collection.IsAlternative && !collection.OrNothing;
                if (!collection.IsCallable && ItemOf(collection.Name, position) is { Length: > 0 } item)
                {
                    AddDeclared(types, item, alternative);
                }

                KeepAlternative(types, from, alternative);
            }
        }
        else if (origin.StartsWith(FactsExtractor.HeldReferencePrefix, StringComparison.Ordinal))
        {
            // What a class body binds as it is: a project function or class (called, it runs or is made), or a project
            // module (its functions and classes are its members).
            var held = origin[FactsExtractor.HeldReferencePrefix.Length..];
            if (Resolve(held) is { Facts.Kind: "function" or "class" or "method" } unit)
            {
                types.Add(new OriginType(unit.QualifiedName, true, false));
            }
            else if (ProjectModulePath(held) is { } path)
            {
                _recorder?.Add(path);
                types.Add(new OriginType(held, false, false));
            }
        }
        else if (origin.StartsWith("@module:", StringComparison.Ordinal))
        {
            // A module imported by `importlib.import_module`, one per literal name: its functions and classes are its members.
            foreach (var module in origin["@module:".Length..].Split('|'))
            {
                if (ProjectModulePath(module) is { } path)
                {
                    _recorder?.Add(path);
                    types.Add(new OriginType(module, false, false));
                }
            }
        }
        else if (origin.StartsWith("@attr:", StringComparison.Ordinal) && origin.LastIndexOf('#') is var field and > 6)
        {
            var name = origin[(field + 1)..];
            foreach (var owner in OriginTypes(origin[6..field], fixtureYields, selfType, depth + 1))
            {
                var from = types.Count;
                if (!owner.IsCallable)
                {
                    foreach (var assigned in AttributeOrigins(owner.Name, name))
                    {
                        // A property whose getter returns `Self` (`cart.me`): the object it is read on.
                        if (!assigned.StartsWith("@call:", StringComparison.Ordinal) || ResolveFrom(assigned, "@call:".Length) is not { Facts.Kind: "method" } getter
                            || !IsPropertyGetter(getter.Facts) || !AddSelfResult(types, getter, owner))
                        {
                            types.AddRange(OriginTypes(assigned, fixtureYields, owner.IsDeclared ? Declared + owner.Name : owner.Name, depth + 1));
                        }
                    }
                }

                KeepAlternative(types, from, owner.IsAlternative);
            }
        }
        else if (origin.StartsWith("@call:", StringComparison.Ordinal))
        {
            switch (ResolveFrom(origin, "@call:".Length))
            {
                case { Facts.Kind: "class" } type:
                    types.Add(new OriginType(type.QualifiedName, false, false));
                    break;
                case { Facts.Returns: { } returns } callable:
                    // `-> Self` of a class method called on a class (`SpecialCart.make()`, `make` defined on a base): an
                    // instance of the class it was called on, or of a subclass. Of any other method called on the class
                    // (`Cart.add(obj, 1)`), `Self` is the class of the object passed, which is not known here.
                    AddDeclared(types, IsClassMethod(callable.Facts) && CalledOn(origin["@call:".Length..], callable) is { } calledOn
                        ? WithSelf(returns, calledOn) ?? returns
                        : returns, false);
                    break;
                case { Facts: { Kind: "function" or "method", Yields: { } } } callable:
                    // No annotation: what the function returns, when the body shows where it comes from. A class method
                    // that returns `cls(...)` gives an object of the class it was called on (or of a subclass).
                    AddYielded(types, callable, IsClassMethod(callable.Facts) ? CalledOn(origin["@call:".Length..], callable) : null, null, fixtureYields, selfType, depth);
                    break;
                case null:
                    // A class of a module outside the project (or unknown): nothing of the project is reached.
                    break;
            }
        }
        else if (origin.StartsWith("@ret:", StringComparison.Ordinal) && origin.LastIndexOf('#') is var hash and > 5)
        {
            var method = origin[(hash + 1)..];
            foreach (var owner in OriginTypes(origin[5..hash], fixtureYields, selfType, depth + 1))
            {
                var from = types.Count;
                if (!owner.IsCallable && owner.Name.EndsWith("{}", StringComparison.Ordinal))
                {
                    // A mapping's value read through its methods: `values()` gives them all; `get`, `pop` and `setdefault`
                    // give one or the default they are handed, which the origin does not tell: one alternative.
                    if (method == "values")
                    {
                        AddDeclared(types, owner.Name[..^2] + "[]", false);
                    }
                    else if (method is "get" or "pop" or "setdefault")
                    {
                        AddDeclared(types, owner.Name[..^2], true);
                        types.Add(new OriginType(OtherMember, false, true, true));
                    }
                }
                else if (!owner.IsCallable && ResolveMember(owner.Name, method) is { Facts.Kind: "method" } callee)
                {
                    AddMethodResult(types, callee, owner, fixtureYields, selfType, depth);
                }
                else if (!owner.IsCallable && !owner.IsAlternative && ResolveMember(owner.Name, method) is null && HoldsReferences(owner.Name, 0))
                {
                    // `self.buffer_class()`: what calling the function or class the class body binds gives.
                    var held = new List<(MappedUnit Unit, string? Way)>();
                    AddHeldCallables(held, owner.Name, method, fixtureYields, selfType, null);
                    foreach (var (heldCallable, way) in held)
                    {
                        var at = types.Count;
                        types.AddRange(OriginTypes("@call:" + heldCallable.QualifiedName, fixtureYields, selfType, depth + 1));
                        MarkAlternatives(types, at, way is not null);
                    }
                }
                else if (!owner.IsCallable && ResolveMember(owner.Name, method) is null && AttributeOrigins(owner.Name, method) is { Count: > 0 } assigned)
                {
                    // `self.lifespan_context(app)`: an attribute the object's class assigns, called: what calling each value
                    // it is given returns (an instance of a class it holds, what a function or an object's `__call__` returns).
                    // Which value the attribute holds when it is called is not known (a branch may store one the class
                    // does not record, such as a parameter): each is one possibility.
                    var ownerSelf = owner.IsDeclared ? Declared + owner.Name : owner.Name;
                    foreach (var value in assigned)
                    {
                        var at = types.Count;
                        types.AddRange(OriginTypes("@called:" + value, fixtureYields, ownerSelf, depth + 1));
                        MarkAlternatives(types, at, true);
                    }

                    types.Add(new OriginType(OtherMember, false, true, true));
                }

                KeepAlternative(types, from, owner.IsAlternative);
            }
        }
        else if (origin is "@client" or "@localclient" or "@clientmaker")
        {
            // A web test client: an object of the client's class when the project defines it (the framework's own tests);
            // what makes one when called (`functools.partial(TestClient, ...)`) is that class, as a callable.
            if (ProjectWebClient() is { } client)
            {
                types.Add(new OriginType(client, origin == "@clientmaker", true));
            }
        }
        else if (origin.StartsWith("@self:", StringComparison.Ordinal))
        {
            // `self` is of the class the method was reached on when known; otherwise of the method's class or a subclass.
            types.Add(selfType is null
                ? new OriginType(origin["@self:".Length..], false, true)
                : new OriginType(selfType.TrimStart(Declared), false, selfType[0] == Declared));
        }
        else if (origin.StartsWith("@param:", StringComparison.Ordinal) && fixtureYields.TryGetValue(origin["@param:".Length..], out var yields))
        {
            foreach (var yielded in yields)
            {
                if (yielded.StartsWith('@'))
                {
                    types.AddRange(OriginTypes(yielded, fixtureYields, selfType, depth + 1));
                }
                else
                {
                    types.Add(new OriginType(yielded, true, false));
                }
            }
        }

        return types;
    }

    /// <summary>
    /// The class of the web test clients the facts name without their class (<c>@client</c>): the one class of
    /// <see cref="s_webClientClasses"/> the project defines, as a framework's own project does; <see langword="null"/>
    /// when the project defines none (the client is a library's, whose methods reach nothing of the project) or more
    /// than one (which one a test made is not known). Found once per map.
    /// </summary>
    private string? ProjectWebClient()
    {
        if (_webClient is null)
        {
            var defined = s_webClientClasses.Select(c => Resolve(c)).Where(c => c is { Facts.Kind: "class" }).Select(c => c!.QualifiedName).Distinct(StringComparer.Ordinal).ToList();
            _webClient = defined.Count == 1 ? defined[0] : string.Empty;
        }

        return _webClient.Length > 0 ? _webClient : null;
    }

    /// <summary>
    /// Adds what a method returns when called on an object of <paramref name="owner"/>'s type: <c>-> Self</c>, or an
    /// unannotated <c>return self</c> (or <c>return cls(...)</c> in a class method), is the object it was called on; any
    /// other result is what its annotation or body says.
    /// </summary>
    private void AddMethodResult(List<OriginType> types, MappedUnit method, OriginType owner, IReadOnlyDictionary<string, List<string>> fixtureYields, string? selfType, int depth)
    {
        if (AddSelfResult(types, method, owner))
        {
            return;
        }

        if (method.Facts.Returns is null && method.Facts.Yields is not null)
        {
            AddYielded(types, method, null, owner, fixtureYields, selfType, depth);
        }
        else
        {
            types.AddRange(OriginTypes("@call:" + method.QualifiedName, fixtureYields, selfType, depth + 1));
        }
    }

    /// <summary>
    /// Adds what a method annotated with <c>Self</c> returns when called (or, for a property, read) on an object of
    /// <paramref name="owner"/>'s type: <c>-> Self</c> is that object, as exactly as it was known; <c>Self</c> inside another
    /// form (<c>Self | None</c>, <c>list[Self]</c>) is its class, declared.
    /// </summary>
    /// <returns><see langword="false"/> when the method's annotation does not hold <c>Self</c> (nothing is added).</returns>
    private static bool AddSelfResult(List<OriginType> types, MappedUnit method, OriginType owner)
    {
        if (method.Facts.Returns is not { } returns)
        {
            return false;
        }

        if (IsSelf(returns))
        {
            types.Add(owner with { IsAlternative = false });
            return true;
        }

        if (WithSelf(returns, owner.Name) is { } substituted)
        {
            AddDeclared(types, substituted, false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Adds what an unannotated function or method returns, as its body shows: the calls and declarations it returns;
    /// for <c>@self:</c> (<c>return self</c>, or <c>return cls(...)</c> in a class method), the object it was called on
    /// (<paramref name="owner"/>, when the call was made on a value of known class) or, for a class method called on a
    /// class, an object of that class (<paramref name="calledOn"/>, or a subclass); and what is derived from that object
    /// (<c>return self.build()</c>, <c>return cls.make(...)</c>), read with that object as <c>self</c>. Called without
    /// either, a method's <c>self</c> is the object passed to it, which the call does not tell: nothing of it is added.
    /// </summary>
    private void AddYielded(List<OriginType> types, MappedUnit callable, string? calledOn, OriginType? owner, IReadOnlyDictionary<string, List<string>> fixtureYields, string? selfType, int depth)
    {
        var isMethod = callable.Facts.Kind == "method";
        var calleeSelf = owner is { } known ? (known.IsDeclared ? Declared + known.Name : known.Name) : calledOn is null ? null : Declared + calledOn;
        foreach (var value in callable.Facts.Yields.ItemsOrNone())
        {
            if (value.StartsWith("@call:", StringComparison.Ordinal) || value.StartsWith("@decl:", StringComparison.Ordinal))
            {
                types.AddRange(OriginTypes(value, fixtureYields, selfType, depth + 1));
            }
            else if (!isMethod || calleeSelf is null || !IsRootedAtSelf(value))
            {
                continue;
            }
            else if (value.StartsWith("@self:", StringComparison.Ordinal))
            {
                types.Add(owner is { } of ? of with { IsAlternative = false } : new OriginType(calledOn!, false, true));
            }
            else
            {
                types.AddRange(OriginTypes(value, s_noFixtures, calleeSelf, depth + 1));
            }
        }
    }

    /// <summary>
    /// Tells whether an origin is derived from <c>self</c> alone: <c>@self:</c> itself, or what a method of it returns, an
    /// attribute, an item or element of it, and so on (<c>@ret:@self:CLASS#build</c>); not one derived from a parameter,
    /// whose value the caller gives.
    /// </summary>
    private static bool IsRootedAtSelf(string origin)
    {
        var rest = origin.AsSpan();
        while (!rest.StartsWith("@self:", StringComparison.Ordinal))
        {
            var colon = rest.IndexOf(':');
            if (colon < 0 || rest[0] != '@')
            {
                return false;
            }

            var head = rest[1..colon];
            if (!(head is "ret" or "attr" or "called" or "elems" or "elem" or "maybe" or "sub"
                || (head.StartsWith("item", StringComparison.Ordinal) && head.Length > 4 && !head[4..].ContainsAnyExceptInRange('0', '9'))))
            {
                return false;
            }

            rest = rest[(colon + 1)..];
        }

        return true;
    }

    /// <summary>Tells whether a method is a class method (<c>@classmethod</c>).</summary>
    private static bool IsClassMethod(UnitFacts method) => method.Decorators is { } decorators && decorators.Contains("builtins.classmethod");

    /// <summary>
    /// The class a method was looked up on by a call of <paramref name="callee"/> (<c>pkg.SpecialCart.make</c> for a
    /// <c>make</c> that <c>pkg.Base</c> defines), or the method's own class; <see langword="null"/> when neither is a project class.
    /// </summary>
    private string? CalledOn(string callee, MappedUnit method)
    {
        var dot = callee.LastIndexOf('.');
        if (dot > 0 && Resolve(callee[..dot]) is { Facts.Kind: "class" } looked)
        {
            return looked.QualifiedName;
        }

        return method.ClassName is { } owner && Resolve(owner) is { Facts.Kind: "class" } defined ? defined.QualifiedName : null;
    }

    /// <summary>The characters between the class names of a declared annotation.</summary>
    private static readonly System.Buffers.SearchValues<char> s_declaredDelimiters = System.Buffers.SearchValues.Create(";,()[]");

    /// <summary>Tells whether a declared annotation is <c>Self</c> alone (<c>typing.Self</c>, <c>typing_extensions.Self</c>).</summary>
    private static bool IsSelf(string declared) => declared is "typing.Self" or "typing_extensions.Self";

    /// <summary>
    /// The declared annotation with each <c>Self</c> in it (<c>typing.Self;</c> for <c>Self | None</c>, <c>typing.Self[]</c>
    /// for <c>list[Self]</c>) replaced by <paramref name="type"/>, or <see langword="null"/> when it holds none.
    /// </summary>
    private static string? WithSelf(string declared, string type)
    {
        if (!declared.Contains(".Self", StringComparison.Ordinal))
        {
            return null;
        }

        var written = new System.Text.StringBuilder(declared.Length + type.Length);
        var replaced = false;
        var start = 0;
        while (start <= declared.Length)
        {
            var end = declared.AsSpan(start).IndexOfAny(s_declaredDelimiters);
            end = end < 0 ? declared.Length : start + end;
            var token = declared[start..end];
            var isSelf = IsSelf(token);
            replaced |= isSelf;
            written.Append(isSelf ? type : token);
            if (end < declared.Length)
            {
                written.Append(declared[end]);
            }

            start = end + 1;
        }

        return replaced ? written.ToString() : null;
    }

    /// <summary>
    /// Adds the types an annotation declares (the forms <see cref="UnitFacts.Returns"/> describes): a class, maybe of a
    /// subclass; <c>X[]</c>, a collection of them; <c>type[X]</c>, the class itself; <c>(A,B)</c>, a tuple of fixed length
    /// (read by position); <c>A;B</c>, a union, whose members are all alternatives (the value may be of any of them; an
    /// empty member, one that names no class, is read as <see cref="OtherMember"/>).
    /// </summary>
    private static void AddDeclared(List<OriginType> types, string declared, bool alternative)
    {
        if (!declared.StartsWith('(') && declared.Contains(';', StringComparison.Ordinal))
        {
            foreach (var member in declared.Split(';'))
            {
                // A member that names no class stands for what the value may be instead: a built-in or a library's object.
                AddDeclared(types, member.Length > 0 ? member : OtherMember, true);
            }

            return;
        }

        types.Add(declared.StartsWith("type[", StringComparison.Ordinal) && declared.EndsWith(']') && !declared.EndsWith("[]", StringComparison.Ordinal)
            ? new OriginType(declared["type[".Length..^1], true, true, alternative)
            : new OriginType(declared, false, true, alternative));
    }

    /// <summary>
    /// The origin of the collection an item origin reads (<c>@itemN:</c>, <c>@elem:</c>, <c>@sub:</c>), with the position
    /// of a fixed tuple it reads (-1 for none); a <see langword="null"/> origin for any other form.
    /// </summary>
    private static (string? Collection, int TuplePosition) ItemForm(string origin)
    {
        if (origin.StartsWith("@elem:", StringComparison.Ordinal))
        {
            return (origin["@elem:".Length..], 0);
        }

        if (origin.StartsWith("@sub:", StringComparison.Ordinal))
        {
            return (origin["@sub:".Length..], -1);
        }

        return origin.StartsWith("@item", StringComparison.Ordinal) && origin.IndexOf(':', StringComparison.Ordinal) is var colon and > 5
            && int.TryParse(origin.AsSpan(5, colon - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? (origin[(colon + 1)..], position)
            : (null, -1);
    }

    /// <summary>
    /// The declared type of an item: an element of a collection (<c>X[]</c>), a mapping's value read by key (<c>X{}</c>,
    /// through <c>@sub:</c> only: iterating or unpacking a mapping, which make the positioned forms, gives its keys), or
    /// the one at <paramref name="tuplePosition"/> of a tuple of fixed length (none when it is -1); <see langword="null"/>
    /// when the type is none of these.
    /// </summary>
    private static string? ItemOf(string collection, int tuplePosition) =>
        collection.EndsWith("[]", StringComparison.Ordinal) ? collection[..^2]
        : collection.EndsWith("{}", StringComparison.Ordinal) ? (tuplePosition < 0 ? collection[..^2] : null)
        : tuplePosition >= 0 ? TuplePosition(collection, tuplePosition) : null;

    /// <summary>The declared type at a position of a tuple of fixed length, <c>(A;B,C)</c>; empty when it names no class, <see langword="null"/> when the type is no such tuple or is shorter.</summary>
    private static string? TuplePosition(string tuple, int position)
    {
        if (!tuple.StartsWith('(') || !tuple.EndsWith(')'))
        {
            return null;
        }

        var positions = tuple[1..^1].Split(',');
        return position < positions.Length ? positions[position] : null;
    }

    /// <summary>
    /// Marks the types added from <paramref name="from"/> on as alternatives when what they came from was one; when that
    /// alternative gave no type the map knows (a library's class, a built-in, an attribute held as a property), adds
    /// <see cref="OtherMember"/> in its place, so that what the other alternatives reach stays possible.
    /// </summary>
    private static void KeepAlternative(List<OriginType> types, int from, bool alternative)
    {
        if (alternative && types.Count == from)
        {
            types.Add(new OriginType(OtherMember, false, true, true));
            return;
        }

        MarkAlternatives(types, from, alternative);
    }

    /// <summary>Marks the types added from <paramref name="from"/> on as alternatives, when what they came from was one.</summary>
    private static void MarkAlternatives(List<OriginType> types, int from, bool alternative)
    {
        if (!alternative)
        {
            return;
        }

        for (var i = from; i < types.Count; i++)
        {
            types[i] = types[i] with { IsAlternative = true };
        }
    }

    /// <summary>Where the values a project class (or its bases) assigns to an attribute come from, as origins.</summary>
    private List<string> AttributeOrigins(string qualifiedClass, string name)
    {
        var key = (qualifiedClass, name);
        if (_attributeOrigins.TryGetValue(key, out var known))
        {
            return known;
        }

        var origins = new List<string>();
        _attributeOrigins[key] = origins;
        if (Resolve(qualifiedClass) is not { Facts.Kind: "class" } type)
        {
            return origins;
        }

        var prefix = name + "=";
        AddAttributeOrigins(origins, type.Facts, prefix);

        // A property (`@property`, `@functools.cached_property`) holds what its getter returns. What the class's own body
        // declares, or its own property, hides what its bases declare or compute for the name (the nearest definition
        // is the one read); attributes its methods assign join theirs. A function, class or module the body binds as it
        // is (`loads = staticmethod(f)`) hides only the bases' such bindings: an attribute their methods assign to the
        // instance is found before the class's own at run time.
        var ownReference = origins.Exists(IsHeldReference);
        var hidden = origins.Exists(o => !IsHeldReference(o));
        if (ResolveMember(qualifiedClass, name) is { Facts.Kind: "method" } member
            && (!hidden || member.ClassName == type.QualifiedName) && PropertyOrigin(member) is { } property)
        {
            origins.Add(property);
            hidden |= member.ClassName == type.QualifiedName;
        }

        foreach (var method in MethodsOf(type.Module, type.Path, type.Facts, null).Values)
        {
            AddAttributeOrigins(origins, method.Facts, prefix);
        }

        foreach (var baseClass in hidden ? [] : type.Facts.Bases ?? [])
        {
            foreach (var inherited in AttributeOrigins(baseClass, name))
            {
                if (!origins.Contains(inherited) && !(ownReference && IsHeldReference(inherited)))
                {
                    origins.Add(inherited);
                }
            }
        }

        return origins;
    }

    private static bool IsHeldReference(string origin) => origin.StartsWith(FactsExtractor.HeldReferencePrefix, StringComparison.Ordinal);

    /// <summary>
    /// What reading a property gives, when <paramref name="member"/> (the last definition of its name, which a setter or
    /// deleter may be) belongs to one: the getter's result (<c>@call:</c>, which also reads an unannotated getter's
    /// returns), or the getter's return annotation when a later definition of the name hides the getter from calls.
    /// </summary>
    private string? PropertyOrigin(MappedUnit member)
    {
        if (IsPropertyGetter(member.Facts))
        {
            return "@call:" + member.QualifiedName;
        }

        foreach (var unit in (_index.GetByPath(member.Path)?.Units).ItemsOrNone())
        {
            if (unit.Kind == "method" && unit.Name == member.Facts.Name && IsPropertyGetter(unit))
            {
                return unit.Returns is { } returns ? "@decl:" + returns : null;
            }
        }

        return null;
    }

    /// <summary>Tells whether a method is a property's getter (<c>@property</c>, <c>@functools.cached_property</c>).</summary>
    private static bool IsPropertyGetter(UnitFacts method) => method.Decorators is { } decorators && decorators.Exists(s_propertyDecorators.Contains);

    /// <summary>Adds, each once, where a definition's assignments to an attribute (<c>NAME=</c>, the <paramref name="prefix"/>) take their values from.</summary>
    private static void AddAttributeOrigins(List<string> origins, UnitFacts facts, string prefix)
    {
        if (facts.Attributes is not { } attributes)
        {
            return;
        }

        foreach (var attribute in attributes)
        {
            if (!attribute.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var origin = attribute.AsSpan(prefix.Length);
            var known = false;
            foreach (var existing in origins)
            {
                if (origin.SequenceEqual(existing))
                {
                    known = true;
                    break;
                }
            }

            if (!known)
            {
                origins.Add(origin.ToString());
            }
        }
    }

    /// <summary>The project classes (test code excluded) deriving from a class, directly or not.</summary>
    private List<string> SubclassesOf(string qualifiedClass)
    {
        var table = DirectSubclasses();
        if (_subclassesOf.TryGetValue(qualifiedClass, out var known))
        {
            return known;
        }

        var all = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        pending.Enqueue(Resolve(qualifiedClass)?.QualifiedName ?? qualifiedClass);
        while (pending.Count > 0 && all.Count < 256)
        {
            foreach (var subclass in table.GetValueOrDefault(pending.Dequeue()) ?? [])
            {
                if (seen.Add(subclass))
                {
                    all.Add(subclass);
                    pending.Enqueue(subclass);
                }
            }
        }

        _subclassesOf[qualifiedClass] = all;
        return all;
    }

    /// <summary>The direct project subclasses (test code excluded) of each class, by the base's qualified name, gathered once.</summary>
    private Dictionary<string, List<string>> DirectSubclasses()
    {
        return _subclasses ??= ComputeDirectSubclasses(_sourceFiles);
    }

    /// <summary>Gathers the direct subclasses of each class among some files' classes, by the base's qualified name.</summary>
    private Dictionary<string, List<string>> ComputeDirectSubclasses(IEnumerable<string> sourceFiles)
    {
        var table = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in sourceFiles)
        {
            if (_index.GetByPath(path) is not { Units: { } units } summary)
            {
                continue;
            }

            foreach (var unit in units)
            {
                // A class a function defines runs where the function names it, not where its base is declared.
                if (unit.Kind != "class" || IsLocal(unit))
                {
                    continue;
                }

                foreach (var baseClass in unit.Bases.ItemsOrNone())
                {
                    var baseName = Resolve(baseClass)?.QualifiedName ?? baseClass;
                    if (!table.TryGetValue(baseName, out var direct))
                    {
                        direct = [];
                        table[baseName] = direct;
                    }

                    direct.Add(summary.Module + "." + unit.Name);
                }
            }
        }

        return table;
    }

    private bool IsTestPath(string path) => _classifier.IsTestCode(path);

    /// <summary>Tells whether the test, one of its setup methods or one of its fixtures has a fact.</summary>
    private static bool AnyOf(MappedTest test, Func<UnitFacts, bool> fact)
    {
        var all = test.AllFacts;
        for (var i = 0; i < all.Count; i++)
        {
            if (fact(all[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a value of this origin is a web test client: one made in the body (<c>@client</c>), a value declared or made
    /// as Starlette's, FastAPI's or Flask's client class or a project subclass of one (<c>client: TestClient</c>), what
    /// calling a client factory returns, or a fixture's value that is one of these.
    /// </summary>
    private bool IsClient(string origin, IReadOnlyDictionary<string, List<string>> fixtureYields, int depth)
    {
        if (origin == "@client")
        {
            return true;
        }

        if (depth > 6)
        {
            return false;
        }

        if (origin.StartsWith("@decl:", StringComparison.Ordinal) || origin.StartsWith("@call:", StringComparison.Ordinal))
        {
            return IsClientClass(origin[(origin.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        }

        if (origin.StartsWith("@called:", StringComparison.Ordinal))
        {
            return MakesClient(origin["@called:".Length..], fixtureYields, depth + 1);
        }

        return origin.StartsWith("@param:", StringComparison.Ordinal) && fixtureYields.TryGetValue(origin["@param:".Length..], out var yields)
            && yields.Any(y => IsClient(y, fixtureYields, depth + 1));
    }

    /// <summary>
    /// Whether calling a value of this origin makes a web test client: <c>functools.partial</c> of a client class
    /// (<c>@clientmaker</c>), a value declared as a client class (<c>type[TestClient]</c>) or as a factory whose
    /// <c>__call__</c> is annotated to return one (a <c>Protocol</c>), or a fixture's value that is one of these.
    /// </summary>
    private bool MakesClient(string origin, IReadOnlyDictionary<string, List<string>> fixtureYields, int depth)
    {
        if (origin == "@clientmaker")
        {
            return true;
        }

        if (depth > 6)
        {
            return false;
        }

        if (origin.StartsWith("@decl:", StringComparison.Ordinal))
        {
            var declared = origin["@decl:".Length..];
            return declared.StartsWith("type[", StringComparison.Ordinal) && declared.EndsWith(']')
                ? IsClientClass(declared["type[".Length..^1])
                : Resolve(declared + ".__call__") is { Facts: { Kind: "method", Returns: { } returns } } && IsClientClass(returns);
        }

        return origin.StartsWith("@param:", StringComparison.Ordinal) && fixtureYields.TryGetValue(origin["@param:".Length..], out var yields)
            && yields.Any(y => MakesClient(y, fixtureYields, depth + 1));
    }

    /// <summary>Whether a class is Starlette's, FastAPI's or Flask's test client, or a project subclass of one.</summary>
    private bool IsClientClass(string name) =>
        s_webClientClasses.Contains(name) || (Resolve(name) is { Facts.Kind: "class" } type && s_webClientClasses.Any(c => IsSubclassOf(type.QualifiedName, c)));

    /// <summary>
    /// What runs when a test starts the application of its web test client (<c>with TestClient(app):</c> in the test, its
    /// set-up or a fixture, or <c>with client:</c> on a client one of them made): the functions and context managers that
    /// application was given to run at start-up and shutdown (<c>lifespan=</c>, <c>on_startup=</c>, <c>on_shutdown=</c>,
    /// <c>add_event_handler</c>), each with whether the <c>with</c> may not run (under an <c>if</c>). None without a
    /// <c>with</c> on a client, without an application the client is known to be made with, or when the test's code makes
    /// clients of more than one application (which one the <c>with</c> enters is not known).
    /// </summary>
    private List<(string Hook, bool Conditional)> StartupHooks(MappedTest test, IReadOnlyDictionary<string, List<string>> fixtureYields)
    {
        var entered = 0;
        string? application = null;
        var several = false;
        foreach (var facts in test.AllFacts)
        {
            foreach (var call in facts.Calls.ItemsOrNone())
            {
                if (call.EndsWith("#__enter__", StringComparison.Ordinal) && call.TrimStart(s_callMarks) is var origin
                    && IsClient(origin[..^"#__enter__".Length], fixtureYields, 0))
                {
                    entered = entered == 1 || !call.StartsWith('?') ? 1 : 2;
                }
            }

            foreach (var marker in facts.Markers.ItemsOrNone())
            {
                if (marker.StartsWith(UnitFacts.ClientAppMarker, StringComparison.Ordinal))
                {
                    var named = marker[UnitFacts.ClientAppMarker.Length..];
                    several |= application is not null && !string.Equals(application, named, StringComparison.Ordinal);
                    application ??= named;
                }
            }
        }

        // Which client a `with` enters is not told apart from the others the test makes: with clients of two applications,
        // neither application is known to start.
        if (entered == 0 || application is null || several || ModuleOf(application) is not { } module || _index.Get(module)?.Routes is not { } routes)
        {
            return [];
        }

        if (ProjectModulePath(module) is { } path)
        {
            _recorder?.Add(path);
        }

        var hooks = new List<(string, bool)>();
        foreach (var entry in routes)
        {
            if (entry.StartsWith("HOOK startup\t", StringComparison.Ordinal) && entry.Split('\t') is [_, var registered, var owner]
                && string.Equals(owner, application, StringComparison.Ordinal))
            {
                hooks.Add((registered, entered == 2));
            }
        }

        return hooks;
    }

    /// <summary>
    /// The module whose routes a client of an application built in that module serves (<c>@localclient:MODULE</c>, see
    /// <see cref="UnitFacts.LocalClientPrefix"/>): that module alone, or none when it declares no route;
    /// <see langword="null"/> for any other client.
    /// </summary>
    private List<string>? LocalRouteModules(string client)
    {
        if (!client.StartsWith(UnitFacts.LocalClientPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var module = client[UnitFacts.LocalClientPrefix.Length..];
        return _index.Get(module)?.Routes is { Count: > 0 } ? [module] : [];
    }

    /// <summary>
    /// Tells whether every route a module declares belongs to one application it binds at its top level (the routes of
    /// an application built inside a function have no owner, and several may be built so): a client of an application
    /// the module builds then serves exactly those routes.
    /// </summary>
    private bool HasOneApplication(string module)
    {
        string? application = null;
        foreach (var entry in (_index.Get(module)?.Routes).ItemsOrNone())
        {
            if (ReadRoute(entry) is not var (_, _, _, owner))
            {
                continue;
            }

            if (owner is null || (application is not null && !string.Equals(application, owner, StringComparison.Ordinal)))
            {
                return false;
            }

            application = owner;
        }

        return application is not null;
    }

    /// <summary>
    /// Reads a route among a module's route entries (<c>METHOD PATH\tHANDLER</c>, then <c>\tOWNER</c> when an application
    /// or router the module binds holds it); <see langword="null"/> for the other entries (prefixes, inclusions,
    /// dependencies, hooks, handled exceptions, command registrations).
    /// </summary>
    private static (string Method, string Pattern, string Handler, string? Owner)? ReadRoute(string entry)
    {
        var tab = entry.IndexOf('\t', StringComparison.Ordinal);
        var space = entry.IndexOf(' ', StringComparison.Ordinal);
        if (tab < 0 || space < 0 || space > tab || entry.StartsWith("CLI-", StringComparison.Ordinal))
        {
            return null;
        }

        var method = entry[..space];
        if (method is "PREFIX" or "MOUNT" or "REMOUNT" or "DEPENDS" or "HOOK" or "HANDLES")
        {
            return null;
        }

        var ownerTab = entry.IndexOf('\t', tab + 1);
        return (method, entry[(space + 1)..tab], ownerTab < 0 ? entry[(tab + 1)..] : entry[(tab + 1)..ownerTab], ownerTab < 0 ? null : entry[(ownerTab + 1)..]);
    }

    /// <summary>The modules whose routes a test's client can reach: those its module and conftests import, and theirs in turn.</summary>
    private List<string> RouteModules(MappedTest test)
    {
        if (!AnyOf(test, RequestsNear))
        {
            return [];
        }

        var sources = new List<string> { test.Path };
        sources.AddRange(test.Fixtures.Select(f => f.Fixture.Path));
        sources = [.. sources.Distinct(StringComparer.Ordinal)];

        // A module the test or a fixture imports by name (`importlib.import_module(...)`, `@module:`) serves its routes
        // as an imported one does: FastAPI's tests make `TestClient(mod.app)` of the tutorial they import so.
        var named = ModulesImportedByName(test);
        var key = string.Join('\n', sources) + (named.Count == 0 ? string.Empty : "\n@" + string.Join('\n', named));
        if (_routeModules.TryGetValue(key, out var known))
        {
            return known;
        }

        var modules = new SortedSet<string>(StringComparer.Ordinal);
        var frontier = new List<string>(named);
        foreach (var source in sources)
        {
            foreach (var target in (IEnumerable<string>?)_index.GetByPath(source)?.Imported?.Values ?? [])
            {
                frontier.Add(target);
            }
        }

        for (var round = 0; round < 2; round++)
        {
            var next = new List<string>();
            foreach (var target in frontier)
            {
                var parts = target.Split('.');
                for (var i = parts.Length; i >= 1; i--)
                {
                    var module = string.Join('.', parts, 0, i);
                    if (_index.Layout.Resolve(module)?.Path is not null && modules.Add(module))
                    {
                        next.AddRange((IEnumerable<string>?)_index.Get(module)?.Imported?.Values ?? []);
                        break;
                    }
                }
            }

            frontier = next;
        }

        // A router or blueprint an application includes (`include_router`, `register_blueprint`) serves its routes through
        // it, wherever it was imported: Flask's application factory imports its blueprints inside `create_app`.
        for (var round = 0; round < 8; round++)
        {
            var included = new List<string>();
            foreach (var module in modules)
            {
                foreach (var entry in (_index.Get(module)?.Routes).ItemsOrNone())
                {
                    if ((entry.StartsWith("MOUNT ", StringComparison.Ordinal) || entry.StartsWith("REMOUNT ", StringComparison.Ordinal))
                        && entry.Split('\t') is [_, var child, ..] && ModuleOf(child) is { } childModule && !modules.Contains(childModule))
                    {
                        included.Add(childModule);
                    }
                }
            }

            if (included.Count == 0)
            {
                break;
            }

            modules.UnionWith(included);
        }

        List<string> found = [.. modules];
        _routeModules[key] = found;
        return found;
    }

    /// <summary>The project module a qualified name lies in: its longest prefix that names a module with a file.</summary>
    private string? ModuleOf(string qualified)
    {
        var parts = qualified.Split('.');
        for (var i = parts.Length - 1; i >= 1; i--)
        {
            var module = string.Join('.', parts, 0, i);
            if (_index.Layout.Resolve(module)?.Path is not null)
            {
                return module;
            }
        }

        return null;
    }

    /// <summary>
    /// The project modules a test, its set-up or its fixtures import by name (the <c>@module:</c> origins of their calls,
    /// and the modules a fixture returns: <c>return importlib.import_module(...)</c>) or whose application they make a
    /// web test client with (<see cref="UnitFacts.ClientAppMarker"/>), in ordinal order.
    /// </summary>
    private List<string> ModulesImportedByName(MappedTest test)
    {
        SortedSet<string>? found = null;
        foreach (var facts in test.AllFacts)
        {
            foreach (var call in (facts.Calls ?? []).Concat(facts.Yields ?? []))
            {
                var at = call.IndexOf("@module:", StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var names = call[(at + "@module:".Length)..];
                var end = names.IndexOfAny(['#', '(', '>', '@']);
                foreach (var name in (end < 0 ? names : names[..end]).Split('|'))
                {
                    if (_index.Layout.Resolve(name)?.Path is not null)
                    {
                        (found ??= new SortedSet<string>(StringComparer.Ordinal)).Add(name);
                    }
                }
            }

            foreach (var marker in facts.Markers.ItemsOrNone())
            {
                if (marker.StartsWith(UnitFacts.ClientAppMarker, StringComparison.Ordinal) && ModuleOf(marker[UnitFacts.ClientAppMarker.Length..]) is { } module)
                {
                    (found ??= new SortedSet<string>(StringComparer.Ordinal)).Add(module);
                }
            }
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>
    /// Adds, as possible links, the FastAPI dependencies a unit declares (<see cref="UnitFacts.DependsMarker"/>, and those of
    /// the aliases it is annotated with, <see cref="UnitFacts.DependsAliasMarker"/>; a class's are its constructor's) and the
    /// project classes it has FastAPI validate values through (<see cref="UnitFacts.ValidatesMarker"/>), and theirs in
    /// turn, each once.
    /// </summary>
    private void AddDependencies(MappedUnit unit, List<(MappedUnit Unit, string? SelfType)> results, HashSet<string> seen, int depth)
    {
        if (depth > 16)
        {
            return;
        }

        var declaring = unit.Facts.Kind == "class" && Resolve(unit.QualifiedName + ".__init__") is { Facts.Kind: "method" } constructor ? constructor : unit;
        foreach (var marker in declaring.Facts.Markers.ItemsOrNone())
        {
            var found = marker.StartsWith(UnitFacts.DependsMarker, StringComparison.Ordinal)
                ? Resolve(marker[UnitFacts.DependsMarker.Length..]) is { } named ? [(named, (string?)null)] : []
                : marker.StartsWith(UnitFacts.DependsAliasMarker, StringComparison.Ordinal) ? AliasedDependencies(marker[UnitFacts.DependsAliasMarker.Length..])
                : marker.StartsWith(UnitFacts.ValidatesMarker, StringComparison.Ordinal) && Resolve(marker[UnitFacts.ValidatesMarker.Length..]) is { Facts.Kind: "class" } model
                    ? [(model, (string?)null)] : [];
            foreach (var (dependency, _) in found)
            {
                if (seen.Add(dependency.QualifiedName))
                {
                    results.Add((dependency, Override));
                    AddDependencies(dependency, results, seen, depth + 1);
                }
            }
        }
    }

    /// <summary>
    /// The dependencies a FastAPI annotation alias of another module declares (<c>SessionDep = Annotated[Session,
    /// Depends(get_session)]</c>, imported where a function is annotated with it), read from the <c>DEPENDS</c> entries of
    /// that module's routes.
    /// </summary>
    private List<(MappedUnit Unit, string? SelfType)> AliasedDependencies(string alias)
    {
        var dot = alias.LastIndexOf('.');
        var results = new List<(MappedUnit Unit, string? SelfType)>();
        if (dot <= 0)
        {
            return results;
        }

        var prefix = "DEPENDS " + alias + "\t";
        foreach (var entry in (_index.Get(alias[..dot])?.Routes).ItemsOrNone())
        {
            if (entry.StartsWith(prefix, StringComparison.Ordinal) && Resolve(entry[prefix.Length..]) is { } dependency)
            {
                results.Add((dependency, null));
            }
        }

        return results;
    }

    /// <summary>
    /// Tells whether a request matched to a handler may stop before the handler runs: a FastAPI dependency of the handler
    /// (or of those, or of a function its router or application runs around requests) raises, or the handler is wrapped
    /// by a decorator the project defines, which may answer without calling it.
    /// </summary>
    private bool MayStopBefore(MappedUnit handler, string? owner, List<string> modules)
    {
        foreach (var decorator in handler.Facts.Decorators.ItemsOrNone())
        {
            if (Resolve(decorator) is { Facts.Kind: "function" } wrapper && !IsTestPath(wrapper.Path))
            {
                return true;
            }
        }

        var guards = new List<(MappedUnit Unit, string? SelfType)>();
        AddDependencies(handler, guards, new HashSet<string>(StringComparer.Ordinal), 0);
        if (owner is not null)
        {
            var hooks = new List<string>();
            PrefixesOf(modules).AddHooks(owner, hooks);
            foreach (var hook in hooks)
            {
                if (Resolve(hook) is { Facts.Kind: "function" } function)
                {
                    guards.Add((function, null));
                    AddDependencies(function, guards, new HashSet<string>(StringComparer.Ordinal), 0);
                }
            }
        }

        return guards.Exists(static guard => guard.Unit.Facts.Kind != "class" && guard.Unit.Facts.Raises is { Count: > 0 });
    }

    /// <summary>
    /// What a request reaches: the handlers of the routes its path matches, claimed as the request is, and what the
    /// objects those routes are registered on (and the objects they are included in) run around their requests
    /// (middleware, dependencies, hooks, exception handlers, start-up events), each a possible link: a middleware class
    /// with its <c>__call__</c> and <c>dispatch</c>, on an instance of it.
    /// </summary>
    private List<(MappedUnit Unit, string? SelfType)> RequestTargets(string method, string url, List<string> modules)
    {
        var results = new List<(MappedUnit Unit, string? SelfType)>();
        var owners = new List<string>();
        var handlers = new List<MappedUnit>();
        var routes = RouteHandlers(method, url, modules);
        foreach (var (handler, owner, _) in routes)
        {
            results.Add((handler, null));
            handlers.Add(handler);
            if (owner is not null && !owners.Contains(owner))
            {
                owners.Add(owner);
            }
        }

        // A request may stop before the handler: in a dependency that raises (its own, or one its router or application
        // runs around requests), or in a decorator of the project's between the route and the function
        // (`@login_required` redirecting). Such a handler is a possible link of the request, as is one of two routes of a
        // module that match its path, and any a path with a part known only at run time matches.
        var unknown = url.Contains(RoutePattern.Unknown, StringComparison.Ordinal);
        for (var i = 0; i < routes.Count; i++)
        {
            if (unknown || routes[i].Ambiguous || MayStopBefore(routes[i].Handler, routes[i].Owner, modules))
            {
                results[i] = (routes[i].Handler, Override);
            }
        }

        // A class a route is given (Starlette's `HTTPEndpoint`, `WebSocketEndpoint`) is made for the request and awaited:
        // its dispatch runs the method named for the request's method (`get` for GET), or the WebSocket callbacks.
        for (var i = 0; i < routes.Count; i++)
        {
            if (routes[i].Handler.Facts.Kind == "class")
            {
                AddEndpointMethods(results, routes[i].Handler.QualifiedName, method, results[i].SelfType is not null);
            }
        }

        // FastAPI resolves a path operation's dependencies, and theirs, before it runs it: possible links of the request,
        // never of a call of the function itself.
        var dependencies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            AddDependencies(handler, results, dependencies, 0);
        }

        if (owners.Count == 0)
        {
            return results;
        }

        var hooks = new List<string>();
        var prefixes = PrefixesOf(modules);
        foreach (var owner in owners)
        {
            prefixes.AddHooks(owner, hooks);
        }

        foreach (var hook in hooks)
        {
            if (Resolve(hook) is not { } unit)
            {
                continue;
            }

            results.Add((unit, Override));
            AddDependencies(unit, results, dependencies, 0);
            if (unit.Facts.Kind == "class")
            {
                foreach (var member in FactsExtractor.MiddlewareMethods)
                {
                    if (ResolveMember(hook, member) is { Facts.Kind: "method" } called)
                    {
                        results.Add((called, hook + Override));
                    }
                }
            }
        }

        return results;
    }

    /// <summary>
    /// Adds the methods an endpoint class a request reaches runs on the instance the application makes: its <c>dispatch</c>,
    /// and the method named for the request's method (<c>head</c> falling back to <c>get</c>, as Starlette does), each
    /// as certain as the request reaches the class; for a WebSocket, <c>on_connect</c> so, and <c>on_receive</c> and
    /// <c>on_disconnect</c> possible; for a request whose method is not known, each HTTP method's possible.
    /// </summary>
    private void AddEndpointMethods(List<(MappedUnit Unit, string? SelfType)> results, string endpoint, string method, bool possible)
    {
        var sure = possible ? endpoint + Override : endpoint;
        void Add(string name, string selfType)
        {
            if (ResolveMember(endpoint, name) is { Facts.Kind: "method" } called)
            {
                results.Add((called, selfType));
            }
        }

        Add("dispatch", sure);
        switch (method)
        {
            case "WEBSOCKET":
                Add("on_connect", sure);
                Add("on_receive", endpoint + Override);
                Add("on_disconnect", endpoint + Override);
                break;
            case "*":
                foreach (var verb in s_endpointVerbs)
                {
                    Add(verb, endpoint + Override);
                }

                break;
            case "HEAD" when Resolve(endpoint + ".head") is null:
                Add("get", sure);
                break;
            default:
                Add(method.ToLowerInvariant(), sure);
                break;
        }
    }

    /// <summary>
    /// Returns the classes an exception a test expects names: the qualified name itself, or for a class read from what a
    /// fixture passes in (<c>@param:mod#InternalError</c>, <c>mod</c> a module the fixture imports by name), the project
    /// classes it is for each module the fixture may pass.
    /// </summary>
    /// <param name="test">The test.</param>
    /// <param name="expected">An entry of its facts' <see cref="UnitFacts.Expects"/>.</param>
    /// <returns>The qualified names; empty when what it names is not known.</returns>
    public IReadOnlyList<string> ExpectedClasses(MappedTest test, string expected)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(expected);
        if (!expected.StartsWith('@'))
        {
            return [expected];
        }

        lock (_gate)
        {
            return [.. Targets(test.Unit, expected, ValuesOf(test), [], SelfOf(test, test.Unit))
                .Where(static target => target.Unit.Facts.Kind == "class")
                .Select(static target => target.Unit.QualifiedName)
                .Distinct(StringComparer.Ordinal)];
        }
    }

    /// <summary>
    /// Returns the requests a test sends (in its body, set-up, fixtures or helpers) whose path reaches a unit as the handler of a
    /// route, each as <c>METHOD URL</c> once; a request whose path is built wholly at run time (<c>*</c>) is left out.
    /// </summary>
    /// <param name="test">The test.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The requests, in the order met.</returns>
    public IReadOnlyList<string> RequestsReaching(MappedTest test, MappedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(unit);
        var found = new List<string>();
        lock (_gate)
        {
            List<string>? modules = null;
            foreach (var facts in RequestSenders(test))
            {
                foreach (var call in facts.Calls.ItemsOrNone())
                {
                    var parts = call.Split('|');
                    var request = parts.Length == 3 ? parts[1] + " " + parts[2] : null;
                    if (request is null || parts[2] is "*" || found.Contains(request))
                    {
                        continue;
                    }

                    var served = LocalRouteModules(parts[0].TrimStart(s_callMarks)) ?? (modules ??= RouteModules(test));
                    if (RouteHandlers(parts[1], parts[2], served).Any(h => ReferenceEquals(h.Handler, unit) || h.Handler.QualifiedName == unit.QualifiedName))
                    {
                        found.Add(request);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Tells whether a test sends requests through a web test client: some body that may send its requests (see
    /// <see cref="RequestSendersOf"/>) holds one (<see cref="UnitFacts.WebClientMarker"/>). Answered once per test.
    /// </summary>
    /// <param name="test">The test.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool SendsRequests(MappedTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return _sendsRequests.GetOrAdd(test, static (known, map) => known.AllFacts.Any(IsWebClient) || map.RequestSendersOf(known).Any(IsWebClient), this);

        static bool IsWebClient(UnitFacts facts) => facts.Has(UnitFacts.WebClientMarker);
    }

    /// <summary>
    /// Returns the bodies that may send a test's requests: the test's own, its set-up's and fixtures', and those of the
    /// helper functions of test code they call, two calls deep.
    /// </summary>
    /// <param name="test">The test.</param>
    /// <returns>The bodies' facts, the test's own first.</returns>
    public IReadOnlyList<UnitFacts> RequestSendersOf(MappedTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        lock (_gate)
        {
            return RequestSenders(test);
        }
    }

    /// <summary>
    /// The bodies that may send a test's requests: the test's own, its set-up's and fixtures', and those of the helper
    /// functions of test code they call (<c>get_access_token(client=client)</c> posting to <c>/token</c>), two calls deep.
    /// </summary>
    private List<UnitFacts> RequestSenders(MappedTest test)
    {
        var senders = new List<UnitFacts>(test.AllFacts);
        var seen = new HashSet<UnitFacts>(senders, ReferenceEqualityComparer.Instance);
        var from = 0;
        for (var depth = 0; depth < 2; depth++)
        {
            var to = senders.Count;
            for (var i = from; i < to; i++)
            {
                foreach (var helper in HelpersOf(senders[i]))
                {
                    if (seen.Add(helper))
                    {
                        senders.Add(helper);
                    }
                }
            }

            from = to;
        }

        return senders;
    }

    /// <summary>
    /// The helper functions of test code a body calls by name, in the order of its calls: what a request may be sent
    /// through. Found once per body, since a name resolves the same for every test.
    /// </summary>
    private UnitFacts[] HelpersOf(UnitFacts facts)
    {
        if (_helpers.TryGetValue(facts, out var known))
        {
            return known;
        }

        List<UnitFacts>? helpers = null;
        foreach (var call in facts.Calls.ItemsOrNone())
        {
            var target = call.AsSpan().TrimStart(s_callMarks);
            if (target.Length > 0 && target[0] != '@' && Resolve(target.Length == call.Length ? call : target.ToString(), 0) is { Facts.Kind: "function" } helper
                && IsTestPath(helper.Path) && !(helpers ??= []).Contains(helper.Facts))
            {
                helpers.Add(helper.Facts);
            }
        }

        known = helpers is null ? [] : [.. helpers];
        _helpers[facts] = known;
        return known;
    }

    /// <summary>
    /// Tells whether a body, or a helper it calls two calls deep (as <see cref="RequestSenders"/> follows them), sends a
    /// test-client request: a test none of whose bodies does serves no routes. Found once per body.
    /// </summary>
    private bool RequestsNear(UnitFacts facts)
    {
        if (_requestsNear.TryGetValue(facts, out var known))
        {
            return known;
        }

        static bool HasRequests(UnitFacts facts) => facts.Calls is { } calls && calls.Exists(c => c.Contains('|', StringComparison.Ordinal));
        known = HasRequests(facts) || Array.Exists(HelpersOf(facts), helper => HasRequests(helper) || Array.Exists(HelpersOf(helper), HasRequests));
        _requestsNear[facts] = known;
        return known;
    }

    /// <summary>
    /// Tells whether a web framework calls the unit itself, with arguments it makes, around the requests an application of
    /// the project serves: a FastAPI dependency, a middleware class (and its <c>__call__</c>, <c>dispatch</c> and
    /// constructor), a request hook, an error handler or a start-up event, as the project's source files register them.
    /// A test reaches such a unit by sending a request, which tells nothing of the inputs or failures it tries on it.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <returns><see langword="true"/> when the project registers the unit so.</returns>
    public bool RunsAroundRequests(MappedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        lock (_gate)
        {
            return (_aroundRequests ??= FindRunAroundRequests()).Units.Contains(unit.QualifiedName);
        }
    }

    /// <summary>
    /// Tells whether an application of the project answers an exception class (or one of its bases) with an exception handler
    /// of its own (<c>@app.exception_handler(E)</c>, <c>exception_handlers={E: h}</c>, Flask's <c>errorhandler(E)</c>):
    /// a request whose code raises it gets the handler's response instead of the exception.
    /// </summary>
    /// <param name="raised">The raised class's qualified name.</param>
    /// <returns><see langword="true"/> when some source file registers a handler for it.</returns>
    public bool IsHandledByApplication(string raised)
    {
        ArgumentNullException.ThrowIfNull(raised);
        List<string> handled;
        lock (_gate)
        {
            handled = (_aroundRequests ??= FindRunAroundRequests()).Handled;
        }

        return handled.Exists(h => IsSubclassOf(raised, h));
    }

    /// <summary>
    /// Tells whether a unit is a function a command's parameter gives for shell completion (Typer's <c>autocompletion=</c>,
    /// click's <c>shell_complete=</c>): click calls it with the command line being completed, which a test passes in the
    /// environment of the process it runs, not as arguments the map reads. Its inputs and failures are the framework's,
    /// as for what runs around web requests.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <returns><see langword="true"/> when a command of the project's source files completes with it.</returns>
    public bool CompletesCommandLines(MappedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        lock (_gate)
        {
            if (_completionFunctions is null)
            {
                _completionFunctions = new HashSet<string>(StringComparer.Ordinal);
                foreach (var file in ProjectSourceFiles())
                {
                    foreach (var facts in _index.GetByPath(file)?.Units ?? [])
                    {
                        foreach (var marker in facts.Markers.ItemsOrNone())
                        {
                            if (marker.StartsWith(UnitFacts.CommandCompletionMarker, StringComparison.Ordinal)
                                && Resolve(marker[UnitFacts.CommandCompletionMarker.Length..]) is { } completes)
                            {
                                _completionFunctions.Add(completes.QualifiedName);
                            }
                        }
                    }
                }
            }

            return _completionFunctions.Contains(unit.QualifiedName);
        }
    }

    /// <summary>The project's files outside test code: those the map collected, else those its commands were read from.</summary>
    private IEnumerable<string> ProjectSourceFiles() =>
        _sourceFiles.Count > 0 || _commandFiles is null ? _sourceFiles : _commandFiles.Where(f => !_classifier.IsTestCode(f));

    /// <summary>What the project's source files register around requests (see <see cref="_aroundRequests"/>). Called under <see cref="_gate"/>.</summary>
    private (HashSet<string> Units, List<string> Handled) FindRunAroundRequests()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var handled = new List<string>();
        foreach (var file in ProjectSourceFiles())
        {
            if (_index.GetByPath(file) is not { } summary)
            {
                continue;
            }

            foreach (var entry in summary.Routes.ItemsOrNone())
            {
                if (entry.StartsWith("HOOK ", StringComparison.Ordinal) || entry.StartsWith("DEPENDS ", StringComparison.Ordinal))
                {
                    var parts = entry.Split('\t');
                    if (parts.Length > 1)
                    {
                        Add(parts[1]);
                    }
                }
                else if (entry.StartsWith("HANDLES ", StringComparison.Ordinal) && entry.IndexOf('\t', StringComparison.Ordinal) is > 8 and var tab
                    && entry[8..tab] is not ("builtins.Exception" or "builtins.BaseException"))
                {
                    // A handler of `Exception` answers in Starlette's outermost middleware, which raises the exception on
                    // after answering: the test client still raises it into the test.
                    handled.Add(entry[8..tab]);
                }
            }

            foreach (var unit in summary.Units.ItemsOrNone())
            {
                foreach (var marker in unit.Markers.ItemsOrNone())
                {
                    if (marker.StartsWith(UnitFacts.DependsMarker, StringComparison.Ordinal))
                    {
                        Add(marker[UnitFacts.DependsMarker.Length..]);
                    }
                    else if (marker.StartsWith(UnitFacts.DependsAliasMarker, StringComparison.Ordinal))
                    {
                        foreach (var (dependency, _) in AliasedDependencies(marker[UnitFacts.DependsAliasMarker.Length..]))
                        {
                            Add(dependency.QualifiedName);
                        }
                    }
                }
            }
        }

        return (found, handled);

        void Add(string name)
        {
            if (Resolve(name, 0) is not { } unit || !found.Add(unit.QualifiedName) || unit.Facts.Kind != "class")
            {
                return;
            }

            foreach (var member in FactsExtractor.MiddlewareMethods.Concat(FactsExtractor.ConstructorMethods))
            {
                if (Resolve(unit.QualifiedName + "." + member, 0) is { Facts.Kind: "method" } method)
                {
                    found.Add(method.QualifiedName);
                }
            }
        }
    }

    private RoutePrefixes PrefixesOf(List<string> modules)
    {
        if (!_routePrefixes.TryGetValue(modules, out var made))
        {
            _routePrefixes[modules] = made = new RoutePrefixes(this, modules);
        }

        return made;
    }

    private List<(MappedUnit Handler, string? Owner, bool Ambiguous)> RouteHandlers(string method, string url, List<string> modules)
    {
        var path = url.Split('?', '#')[0];
        RoutePrefixes? prefixes = null;
        var handlers = new List<(MappedUnit Handler, string? Owner, bool Ambiguous)>();

        foreach (var module in modules)
        {
            var matched = new List<(MappedUnit Handler, string? Owner)>();
            foreach (var route in (_index.Get(module)?.Routes).ItemsOrNone())
            {
                if (ReadRoute(route) is not var (routeMethod, pattern, handlerName, owner) || (routeMethod != "*" && method != "*" && routeMethod != method))
                {
                    continue;
                }

                var placed = owner is null ? [pattern] : (prefixes ??= PrefixesOf(modules)).Place(pattern, owner);
                if (placed.Exists(p => RoutePattern.Matches(p, path)) && Resolve(handlerName) is { } handler)
                {
                    matched.Add((handler, owner));
                }
            }

            // Two routes of a module that match the same path (`/users/me` and `/users/{username}`): which one serves it
            // depends on the framework's order (Starlette's is the order of declaration, Werkzeug's its own ranking), so
            // each is only possible.
            var ambiguous = matched.Select(static m => m.Handler.QualifiedName).Distinct(StringComparer.Ordinal).Skip(1).Any();
            foreach (var (handler, owner) in matched)
            {
                handlers.Add((handler, owner, ambiguous));
            }
        }

        return handlers;
    }

    /// <summary>
    /// The prefixes under which the routes of a router or blueprint are served, read from the route modules' summaries:
    /// a router's own prefix (<c>APIRouter(prefix=...)</c>, <c>Blueprint(url_prefix=...)</c>) and every inclusion of it
    /// in another (<c>include_router</c>, <c>register_blueprint</c>), followed up to the application.
    /// </summary>
    private sealed class RoutePrefixes
    {
        private readonly Dictionary<string, string> _own = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Prefix, string Parent, bool Replaces)>> _included = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _hooks = new(StringComparer.Ordinal);

        /// <summary>Initializes a new instance of the <see cref="RoutePrefixes"/> class from the route modules' summaries.</summary>
        /// <param name="map">The map whose index holds the summaries.</param>
        /// <param name="modules">The route modules.</param>
        public RoutePrefixes(TestMap map, List<string> modules)
        {
            foreach (var module in modules)
            {
                foreach (var entry in (map._index.Get(module)?.Routes).ItemsOrNone())
                {
                    var parts = entry.Split('\t');
                    var space = parts[0].IndexOf(' ', StringComparison.Ordinal);
                    if (space < 0)
                    {
                        continue;
                    }

                    var (kind, prefix) = (parts[0][..space], parts[0][(space + 1)..]);
                    if (kind == "HOOK" && prefix == "possible" && parts.Length == 3)
                    {
                        if (!_hooks.TryGetValue(parts[2], out var hooks))
                        {
                            _hooks[parts[2]] = hooks = [];
                        }

                        hooks.Add(parts[1]);
                    }
                    else if (kind == "PREFIX" && parts.Length == 2)
                    {
                        _own[parts[1]] = prefix;
                    }
                    else if (kind is "MOUNT" or "REMOUNT" && parts.Length == 3)
                    {
                        if (!_included.TryGetValue(parts[1], out var parents))
                        {
                            _included[parts[1]] = parents = [];
                        }

                        parents.Add((prefix, parts[2], kind == "REMOUNT"));
                    }
                }
            }
        }

        /// <summary>
        /// Adds what runs around the requests of the routes registered on <paramref name="owner"/>: what is registered on it
        /// and on every object it is included in, up to the application, each once, in the order met.
        /// </summary>
        /// <param name="owner">The object the routes are registered on.</param>
        /// <param name="into">Receives the registered names.</param>
        public void AddHooks(string owner, List<string> into)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { owner };
            var pending = new Queue<string>();
            pending.Enqueue(owner);
            while (pending.Count > 0 && seen.Count <= 64)
            {
                var current = pending.Dequeue();
                foreach (var hook in _hooks.GetValueOrDefault(current) ?? [])
                {
                    if (!into.Contains(hook))
                    {
                        into.Add(hook);
                    }
                }

                foreach (var (_, parent, _) in _included.GetValueOrDefault(current) ?? [])
                {
                    if (seen.Add(parent))
                    {
                        pending.Enqueue(parent);
                    }
                }
            }
        }

        /// <summary>
        /// The paths a route registered on <paramref name="owner"/> is served at: under each chain of inclusions up to an
        /// object included nowhere (the application). A prefix that is not a literal places the route nowhere.
        /// </summary>
        public List<string> Place(string path, string owner)
        {
            var placed = new List<string>();
            Place(path, owner, placed, 0);
            return placed;
        }

        private void Place(string path, string owner, List<string> placed, int depth)
        {
            _own.TryGetValue(owner, out var own);
            var parents = depth < 8 ? _included.GetValueOrDefault(owner) : null;
            if (parents is null)
            {
                if (own != "?")
                {
                    placed.Add(FactsExtractor.JoinPath(own, path));
                }

                return;
            }

            foreach (var (prefix, parent, replaces) in parents)
            {
                var local = replaces ? prefix : prefix == "?" || own == "?" ? "?" : FactsExtractor.JoinPath(prefix, own ?? string.Empty);
                if (local != "?")
                {
                    // An inclusion into an object the summaries do not name (an application made in a function) has the
                    // empty parent, which nothing includes: the chain ends there.
                    Place(FactsExtractor.JoinPath(local, path), parent, placed, depth + 1);
                }
            }
        }
    }
}
