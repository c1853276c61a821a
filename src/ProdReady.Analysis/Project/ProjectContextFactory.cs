using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Semantics.Environment;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Project;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Analysis.Project;

/// <summary>
/// Gathers what the rules know about a project from its files, without running anything: the target version
/// (<c>target-version</c>, else the lowest <c>requires-python</c> allows, else the latest supported), the module
/// layout, pytest's collection settings, the declared dependencies and the on-demand module index.
/// </summary>
public static class ProjectContextFactory
{
    /// <summary>
    /// Tidies a project's cache once a run is over and its writes are flushed (see <see cref="CacheHousekeeping"/>): the
    /// summaries kept are those of the files the test map checked on disk and those the run used; a run without the
    /// map's record knows too little of the files to drop any.
    /// </summary>
    /// <param name="root">The project root.</param>
    /// <param name="project">The run's project context.</param>
    /// <param name="utcNow">The time now, in UTC.</param>
    /// <returns>What was done.</returns>
    public static CacheHousekeepingResult TidyCache(string root, ProjectContext project, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(project);
        return CacheHousekeeping.Run(root, [Discovery.PythonPathCache.FolderName], () => LiveSummaries(project), utcNow);
    }

    /// <summary>The summaries a project's cache keeps: those of the files the test map checked on disk, and those the run used.</summary>
    private static HashSet<string>? LiveSummaries(ProjectContext project)
    {
        if (project.TestMapStore?.CurrentSummaryHashes is not { } current || project.Index is not { } index)
        {
            return null;
        }

        var live = new HashSet<string>(current, StringComparer.Ordinal);
        live.UnionWith(index.SummaryHashesInUse());
        return live;
    }

    /// <summary>Builds the project context of a checked root.</summary>
    /// <param name="root">The project root (the configuration's folder, or the checked root).</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="pythonFiles">Every Python file of the project, relative to <paramref name="root"/>, with forward slashes.</param>
    /// <param name="virtualEnvironment">The <c>VIRTUAL_ENV</c> of the caller's environment, or <see langword="null"/>.</param>
    /// <param name="useCache">Whether the module index reads and writes its on-disk cache.</param>
    /// <param name="collectTestFacts">Whether module summaries record what each function calls: needed only by the test map.</param>
    /// <param name="testMapFocus">The files whose units the test map is asked about (a change), or <see langword="null"/> for the whole map.</param>
    /// <returns>The context.</returns>
    public static ProjectContext Create(string root, ProdReadyConfiguration configuration, IEnumerable<string> pythonFiles, string? virtualEnvironment = null, bool useCache = true, bool collectTestFacts = true, IReadOnlyCollection<string>? testMapFocus = null) =>
        Create(Prepare(root, configuration, pythonFiles), virtualEnvironment, useCache, collectTestFacts, testMapFocus);

    /// <summary>
    /// Reads what the project context takes from the tree alone: the declared dependencies, the target version, pytest's
    /// settings and the module layout. A change's check prepares it while git computes the change, and when its rules
    /// will build the test map, starts reading the map's record on a thread of its own (megabytes on a large project),
    /// so that it is read while the layout is built and git runs.
    /// </summary>
    /// <param name="root">The project root (the configuration's folder, or the checked root).</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="pythonFiles">Every Python file of the project, relative to <paramref name="root"/>, with forward slashes.</param>
    /// <param name="readTestMapAhead">Whether to start reading the test map's record now.</param>
    /// <returns>The setup, for <see cref="Create(ProjectSetup, string?, bool, bool, IReadOnlyCollection{string}?, bool, bool, bool)"/>.</returns>
    public static ProjectSetup Prepare(string root, ProdReadyConfiguration configuration, IEnumerable<string> pythonFiles, bool readTestMapAhead = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(pythonFiles);
        var runStart = DateTime.UtcNow;
        var dependencies = new DeclaredDependencies(root);
        var version = PythonVersion.FromTargetVersion(configuration.TargetVersion)
            ?? PythonVersion.FromRequiresPython(dependencies.RequiresPython)
            ?? PythonVersion.Latest;
        var pytest = PytestSettings.Load(root);
        var members = WorkspaceMembers.Find(root, dependencies.WorkspaceMemberGlobs, dependencies.WorkspaceExcludeGlobs);
        var store = readTestMapAhead ? new TestMapStore(root, SettingsOf(version, pytest, configuration, members), runStart) : null;
        store?.StartReading();
        var files = pythonFiles.ToList();
        return new ProjectSetup(root, configuration, runStart, dependencies, version, pytest, files, new ProjectLayout(root, files, configuration.Src, members))
        {
            TestMapStore = store,
            WorkspaceMembers = members,
        };
    }

    /// <summary>Builds the project context from a prepared setup.</summary>
    /// <param name="setup">What <see cref="Prepare"/> read of the tree.</param>
    /// <param name="virtualEnvironment">The <c>VIRTUAL_ENV</c> of the caller's environment, or <see langword="null"/>.</param>
    /// <param name="useCache">Whether the module index reads and writes its on-disk cache.</param>
    /// <param name="collectTestFacts">Whether module summaries record what each function calls: needed only by the test map.</param>
    /// <param name="testMapFocus">The files whose units the test map is asked about (a change), or <see langword="null"/> for the whole map.</param>
    /// <param name="recordTestMap">
    /// Whether the test map may write its record: not when the run analyses contents other than the files on disk (a
    /// staged check), whose summaries the record would pair with the stamps of the files on disk.
    /// </param>
    /// <param name="recordInBackground">
    /// Whether the test map's record is made and written on a thread of its own while the run goes on; the caller then
    /// awaits <see cref="TestMapStore.FlushAsync"/> before it ends.
    /// </param>
    /// <param name="deferSummaryWrites">
    /// Whether the summaries of analysed files are written while the map is followed rather than as they are made
    /// (<see cref="ProjectIndex.DefersCacheWrites"/>); the caller then awaits <see cref="ProjectIndex.FlushDeferredWritesAsync"/>
    /// before it ends.
    /// </param>
    /// <returns>The context.</returns>
    public static ProjectContext Create(ProjectSetup setup, string? virtualEnvironment = null, bool useCache = true, bool collectTestFacts = true, IReadOnlyCollection<string>? testMapFocus = null, bool recordTestMap = true, bool recordInBackground = false, bool deferSummaryWrites = false)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var configuration = setup.Configuration;
        var availability = new Lazy<ImportAvailability>(() => new ImportAvailability(setup.Dependencies, virtualEnvironment));
        var tests = new TestCodeClassifier(setup.Pytest, configuration.Tests);
        ProjectContext? context = null;
        // The coverage configuration says which files the test rules judge, and its exclusion expressions are read by the
        // test map's facts: read only when those are collected.
        var coverage = collectTestFacts ? CoverageScope.Load(setup.Root, setup.Pytest.AddOpts, name => setup.Layout.Resolve(name)) : CoverageScope.Everything;
        var index = new ProjectIndex(setup.Root, setup.Layout, path => context!.OptionsFor(path), useCache, collectTestFacts)
        {
            DefersCacheWrites = deferSummaryWrites,
            CoverageExclusions = coverage.ExclusionPatterns,
        };
        context = new ProjectContext(setup.Version, setup.Layout, tests, availability, index, setup.Root, setup.Files)
        {
            AllowStarArgAny = configuration.AllowStarArgAny,
            Docstrings = new DocstringSettings(configuration.DocstringConvention, configuration.InheritDocstrings),
            TestMapFocus = testMapFocus,
            Coverage = coverage,
            TestMapStore = collectTestFacts && useCache ? setup.TakeTestMapStore() ?? new TestMapStore(setup.Root, SettingsOf(setup.Version, setup.Pytest, configuration, setup.WorkspaceMembers), setup.RunStart) : null,
        };
        if (context.TestMapStore is { } store)
        {
            store.ReadOnly = !recordTestMap;
            store.WritesInBackground = recordInBackground;
        }

        // A map starts from the record (a whole map, from the links beside it too): they are read on a thread of their own
        // while the files are analysed (unless the setup started reading the record already).
        context.TestMapStore?.StartReading();
        if (testMapFocus is null)
        {
            context.TestMapStore?.StartReadingLinks();
        }

        return context;
    }

    /// <summary>Describes the settings besides the files that decide the test map, for its record's key.</summary>
    private static string SettingsOf(PythonVersion version, PytestSettings pytest, ProdReadyConfiguration configuration, IReadOnlyList<string> workspaceMembers) =>
        string.Join(
            '\u0001',
            version.ToString(),
            string.Join('\n', pytest.TestPaths),
            string.Join('\n', pytest.PythonFiles),
            string.Join('\n', pytest.PythonClasses),
            string.Join('\n', pytest.PythonFunctions),
            string.Join('\n', pytest.NoRecurseDirs),
            string.Join('\n', configuration.Tests),
            string.Join('\n', configuration.Src),
            string.Join('\n', workspaceMembers));
}
