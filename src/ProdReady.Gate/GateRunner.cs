using ProdReady.Analysis;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;
using ProdReady.Analysis.Project;
using ProdReady.Analysis.Engine;
using ProdReady.Git;
using ProdReady.Git.Changes;
using ProdReady.Git.Diff;
using ProdReady.Reporting;

namespace ProdReady.Gate;

/// <summary>
/// The gate pipeline: resolve the change, load the configuration, discover the files, run the rule
/// engine once over them, and build the report. Everything outside the process goes through
/// <see cref="CliContext"/> and <see cref="IGitClient"/>, so the pipeline runs in-process in tests.
/// </summary>
internal sealed class GateRunner
{
    private readonly CliContext _context;
    private readonly IGitClient _git;
    private readonly IProgress<string>? _progress;

    /// <summary>Initializes a new instance of the <see cref="GateRunner"/> class.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <param name="git">The git client.</param>
    /// <param name="progress">Receives the name of each phase as it starts, or <see langword="null"/>.</param>
    public GateRunner(CliContext context, IGitClient git, IProgress<string>? progress = null)
    {
        _context = context;
        _git = git;
        _progress = progress;
    }

    /// <summary>Runs the gate and returns its report.</summary>
    /// <param name="options">The validated options.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="UsageException">The scope, the configuration or the plan file is unusable.</exception>
    public async Task<GateReport> RunAsync(CheckOptions options, CancellationToken cancellationToken)
    {
        AdoptionStage.Validate(options);

        // Selectors given on the command line are judged against the rule catalog, which the warm-up builds beside git:
        // judged on a thread of their own, they keep the catalog off the way to git's first process. Their verdict is
        // awaited before anything git reports surfaces, so a usage error still comes first.
        var selectorsJudged = options.Adoption.Selectors.IsEmpty
            ? Task.FromResult(true)
            : Background(() => AdoptionStage.ValidateSelectors(options), CancellationToken.None);

        // What does not depend on the change warms up on a second thread while git works (see EngineWarmUp). It and the
        // tree's early setup below run on threads of their own: on the thread pool they would hold the threads that git's
        // completions resume on, and the pool adds threads only every half second.
        var warmUp = _context.EngineWarmUp ?? Background(() => EngineWarmUp.Run(cancellationToken), cancellationToken);
        _progress?.Report("resolving the change");
        var resolver = new ChangeScopeResolver(_git);
        var request = new ChangeScopeRequest(options.Mode, _context.WorkingDirectory, options.BaseRef, options.Paths);
        var explicitConfig = options.ConfigPath is null ? null : _context.ResolvePath(options.ConfigPath);
        ChangeSet change;
        Task<TreeSetup>? early = null;
        using var earlyCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var location = await resolver.LocateAsync(request, cancellationToken).ConfigureAwait(false);
            if (location is not null && options.Mode != ChangeScopeMode.All)
            {
                // The configuration, the tree's Python paths and the module layout depend on the root alone: they are
                // read while git computes the change, whose processes leave the processor idle.
                early = Background(() => TreeSetup.Read(location.Root, explicitConfig, options.Adoption.Selectors, prepareProject: true, earlyCancel.Token), earlyCancel.Token);
            }

            change = await resolver.ResolveAsync(request, location, cancellationToken).ConfigureAwait(false);
        }
        catch (ChangeScopeException e)
        {
            await AbandonAsync(early, earlyCancel).ConfigureAwait(false);
            await selectorsJudged.ConfigureAwait(false);
            throw new UsageException(e.Message, e);
        }
        catch (Exception)
        {
            await AbandonAsync(early, earlyCancel).ConfigureAwait(false);
            await selectorsJudged.ConfigureAwait(false);
            throw;
        }

        try
        {
            await selectorsJudged.ConfigureAwait(false);
        }
        catch (UsageException)
        {
            await AbandonAsync(early, earlyCancel).ConfigureAwait(false);
            throw;
        }

        TreeSetup setup;
        try
        {
            if (early is not null && !change.IsWholeTree)
            {
                setup = await early.ConfigureAwait(false);
            }
            else
            {
                await AbandonAsync(early, earlyCancel).ConfigureAwait(false);
                setup = TreeSetup.Read(change.Root, explicitConfig, options.Adoption.Selectors, prepareProject: false, cancellationToken);
            }
        }
        catch (ConfigurationException e)
        {
            throw new UsageException(e.Message, e);
        }

        var rules = RuleCatalog.Active;
        var configuration = setup.Configuration;

        var selection = new RuleSelection(configuration, change.Root, options.Adoption.Selectors);

        _progress?.Report("discovering files");
        var discovery = change.IsWholeTree
            ? SourceDiscovery.Discover(change.Root, configuration)
            : SourceDiscovery.Discover(change.Root, configuration, change.Files.Where(f => f.Status != FileChangeStatus.Deleted).Select(f => f.Path));

        // A file git diffs as binary (a NUL byte, or a binary attribute in .gitattributes) has no changed
        // lines to check: it is skipped, with a note, rather than dropped without a word.
        var binaryInGit = discovery.Files
            .Where(f => !change.IsWholeTree && change.Find(f.Path) is { IsBinary: true })
            .Select(f => new SkippedFile(f.Path, SkipReason.Binary, "binary in git's diff (a NUL byte, or a binary attribute in .gitattributes)"))
            .ToList();
        var discovered = discovery.Files
            .Where(f => change.IsInScope(f.Path) && binaryInGit.TrueForAll(b => b.Path != f.Path))
            .ToList();

        var files = new SourceFile[discovered.Count];
        var skippedInIndex = new SkippedFile?[discovered.Count];
        if (change.Scope == ChangeScope.Staged)
        {
            // The index content, as bytes (the file's own encoding applies), checked as discovery checks
            // files on disk: what is skipped is what the commit will hold. One git process reads them all.
            var contents = await resolver.ReadChangedBytesAsync(change, discovered.Select(f => f.Path).ToList(), cancellationToken).ConfigureAwait(false);
            for (var index = 0; index < files.Length; index++)
            {
                var path = discovered[index].Path;
                var bytes = contents[index] ?? [];
                skippedInIndex[index] = SourceDiscovery.CheckContent(path, bytes, configuration);
                files[index] = SourceFile.FromBytes(path, bytes);
            }

            files = files.Where((_, index) => skippedInIndex[index] is null).ToArray();
        }
        else
        {
            for (var index = 0; index < files.Length; index++)
            {
                files[index] = SourceFile.FromDisk(discovered[index].Path, discovered[index].FullPath);
            }
        }

        // The plan and the changelog come from git processes, which leave the processor idle while they run: both are
        // started now, and the project's layout is built meanwhile.
        var planRead = ReadPlanAsync(options, resolver, change, cancellationToken);
        var changelogRead = ReadChangelogAsync(configuration, resolver, change, cancellationToken);
        ProjectContext project;
        try
        {
            // The project's layout needs every Python file's path (not its content): a one-file change still knows which
            // module each import reaches; module summaries are then read on demand, from the cache when unchanged.
            // Summaries record what each function calls only when a rule of the test map runs: that is most of their cost.
            var needsTestMap = NeedsTestMap(selection);
            // A change asks the test map only about its own files' units: the map then follows only the code that leads there.
            var focus = change.IsWholeTree ? null : files.Select(f => f.Path).ToList();
            // A change's setup was prepared while git ran; the whole tree is laid out from what discovery found.
            var prepared = setup.Project ?? ProjectContextFactory.Prepare(change.Root, configuration, SourceDiscovery.LayoutPaths(discovery));
            project = ProjectContextFactory.Create(prepared, _context.Environment("VIRTUAL_ENV"), collectTestFacts: needsTestMap, testMapFocus: focus, recordTestMap: change.Scope != ChangeScope.Staged, recordInBackground: true, deferSummaryWrites: true);
        }
        catch (Exception)
        {
            // Neither read is left running unobserved: they end first, and the layout's failure is the one reported.
            await Task.WhenAll(planRead, changelogRead).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        var plan = await planRead.ConfigureAwait(false);
        var changelog = await changelogRead.ConfigureAwait(false);

        _progress?.Report($"analysing {files.Length} file{(files.Length == 1 ? "" : "s")}");
        // The analysis does not wait for the warm-up: when the warm-up is still running, the two share the remaining first-use
        // work (whichever thread reaches a type or method first prepares it), and a processor git no longer needs is used.
        var engine = new AnalysisEngine(rules);
        var result = engine.Analyze(
            new AnalysisInput
            {
                Files = files,
                Change = change,
                Plan = plan,
                Changelog = changelog,
                IsEnabledForPath = selection.IsEnabled,
                IsRuleEnabled = selection.IsEnabled,
                Project = project,
                KeepUnitMaps = AdoptionStage.NeedsUnitMaps(options, configuration),
            },
            cancellationToken);

        // A warm-up that has ended is observed, so that a failure of it is reported rather than lost; one still running only
        // prepares code the analysis no longer needs, and is left to end on its own thread rather than delay the report.
        if (warmUp.IsCompleted)
        {
            await warmUp.ConfigureAwait(false);
        }

        var notes = new List<ReportNote>();
        foreach (var skipped in discovery.Skipped.Concat(binaryInGit).Concat(skippedInIndex.OfType<SkippedFile>()))
        {
            notes.Add(ToNote(skipped));
        }

        foreach (var unreadable in result.UnreadableFiles)
        {
            notes.Add(new ReportNote(NoteKind.SkippedUndecodable, unreadable.Path, "skipped: " + unreadable.Reason));
        }

        if (configuration.SourcePath is { } source)
        {
            notes.Add(ReportNote.Configuration("configuration read from " + RelativeToRoot(change.Root, source), null));
        }

        // Only rules whose checklist item the engine actually computed count: in whole-tree mode, say,
        // the change-level plan and changelog rules do not run, and the checklist must not claim them.
        var enabled = engine.Rules
            .Where(r => selection.IsEnabled(r.Info.Code) && result.ComputedItems.Contains(r.Info.Category))
            .Select(r => r.Info.ToDescriptor())
            .ToList();
        var adoption = await new AdoptionStage(_context, _progress).RunAsync(
            options,
            configuration,
            selection,
            change,
            files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            result.UnitMaps,
            result.Diagnostics,
            enabled.Select(r => r.Code).ToHashSet(StringComparer.Ordinal),
            cancellationToken).ConfigureAwait(false);
        notes.AddRange(adoption.Notes);
        var newSuppressions = result.NewSuppressions
            .Select(s => new NewSuppression(s.Path, s.Directive.Line, s.Directive.Codes));

        // The test map's record and the files' summaries were written beside the rules and the report's preparation; the
        // run ends once they are.
        if (project.TestMapStore is { } store)
        {
            await store.FlushAsync().ConfigureAwait(false);
        }

        if (project.Index is { } moduleIndex)
        {
            await moduleIndex.FlushDeferredWritesAsync().ConfigureAwait(false);
        }

        // At most once a day: the folders of older cache formats and the summaries of contents no file has any more go.
        ProjectContextFactory.TidyCache(change.Root, project, DateTime.UtcNow);

        return new GateReport(
            ToolIdentity.Current,
            change.Description,
            change.Root,
            new GatePolicy(options.FailOn ?? configuration.FailOn, options.NoNewSuppressions),
            enabled.Concat(adoption.Rules),
            adoption.Diagnostics,
            result.FilesAnalyzed,
            notes,
            newSuppressions,
            adoption.ToolRuns,
            adoption.HiddenByBaseline,
            result.ChangedUnits);
    }

    /// <summary>
    /// Starts the analysis engine's warm-up on a thread of its own, for a process that is about to run a check: started before
    /// the command line is parsed, it overlaps the parsing as well as git (pass it as <see cref="CliContext.EngineWarmUp"/>).
    /// </summary>
    /// <returns>The warm-up; it reads and writes nothing outside the process.</returns>
    public static Task StartWarmUp() => Background(() => EngineWarmUp.Run(CancellationToken.None), CancellationToken.None);

    /// <summary>Tells whether a rule of the test map (tests written, edge cases) runs under a selection.</summary>
    private static bool NeedsTestMap(RuleSelection selection) =>
        RuleCatalog.Active.Any(r => r.Info.Category is Core.Diagnostics.ChecklistItem.TestsWritten or Core.Diagnostics.ChecklistItem.EdgeCases && selection.IsEnabled(r.Info.Code));

    /// <summary>Runs work on a thread of its own, outside the thread pool.</summary>
    private static Task<T> Background<T>(Func<T> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Stops the early setup, whose result will not be used, and waits for it to end (it stops between directories).</summary>
    private static async Task AbandonAsync(Task? task, CancellationTokenSource cancel)
    {
        if (task is not null)
        {
            await cancel.CancelAsync().ConfigureAwait(false);
            await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static ReportNote ToNote(SkippedFile skipped) => new(
        skipped.Reason switch
        {
            SkipReason.Binary => NoteKind.SkippedBinary,
            SkipReason.TooLarge => NoteKind.SkippedTooLarge,
            _ => NoteKind.SkippedUndecodable,
        },
        skipped.Path,
        "skipped: " + skipped.Message);

    private static string RelativeToRoot(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');

    private async Task<PlanInput?> ReadPlanAsync(CheckOptions options, ChangeScopeResolver resolver, ChangeSet change, CancellationToken cancellationToken)
    {
        if (options.PlanPath is { } planPath)
        {
            if (planPath == "-")
            {
                return PlanInput.FromFile(await _context.Input.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
            }

            var full = _context.ResolvePath(planPath);
            try
            {
                return PlanInput.FromFile(await File.ReadAllTextAsync(full, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot read the plan file {planPath}: {e.Message}", e);
            }
        }

        if (PlanFromGitHubEvent() is { } pullRequestPlan)
        {
            return pullRequestPlan;
        }

        if (!change.IsGitRepository || change.IsWholeTree)
        {
            return null;
        }

        var messages = await resolver.GetCommitMessagesAsync(change, cancellationToken).ConfigureAwait(false);
        return messages.Count > 0 ? PlanInput.FromCommitMessages(messages) : null;
    }

    /// <summary>Reads the plan from the GitHub Actions pull request event, when running in one.</summary>
    private PlanInput? PlanFromGitHubEvent()
    {
        if (!string.Equals(_context.Environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase)
            || _context.Environment("GITHUB_EVENT_PATH") is not { Length: > 0 } eventPath
            || !File.Exists(eventPath))
        {
            return null;
        }

        try
        {
            return PlanInput.FromGitHubEvent(File.ReadAllText(eventPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the GitHub event payload {eventPath}: {e.Message}", e);
        }
    }

    private static async Task<ChangelogInput> ReadChangelogAsync(
        ProdReadyConfiguration configuration,
        ChangeScopeResolver resolver,
        ChangeSet change,
        CancellationToken cancellationToken)
    {
        var full = configuration.Resolve(configuration.Changelog);
        var relative = RelativeToRoot(change.Root, full);
        string? current;
        if (change.Scope == ChangeScope.Staged)
        {
            current = await resolver.ReadChangedContentAsync(change, relative, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            current = File.Exists(full) ? await File.ReadAllTextAsync(full, cancellationToken).ConfigureAwait(false) : null;
        }

        var baseText = change.IsWholeTree || !change.IsGitRepository
            ? null
            : await resolver.ReadBaseContentAsync(change, relative, cancellationToken).ConfigureAwait(false);
        return new ChangelogInput(relative, current, baseText);
    }

    /// <summary>What a run reads of the tree before its files: the configuration and, for a change, the project's setup.</summary>
    /// <param name="Configuration">The configuration.</param>
    /// <param name="Project">The project's setup over every Python path of the tree, or <see langword="null"/> when not read yet.</param>
    private sealed record TreeSetup(ProdReadyConfiguration Configuration, ProjectSetup? Project)
    {
        /// <summary>Loads the configuration of a root and, when asked, the project's setup over the tree's Python paths.</summary>
        /// <param name="root">The repository's or tree's root.</param>
        /// <param name="explicitConfig">The configuration file the user named, or <see langword="null"/>.</param>
        /// <param name="selectors">The rule selectors of the command line: when the test map's rules run, its record is read ahead.</param>
        /// <param name="prepareProject">Whether to walk the tree for its Python paths and prepare the project's setup.</param>
        /// <param name="cancellationToken">Stops the walk between directories.</param>
        /// <returns>The setup.</returns>
        /// <exception cref="ConfigurationException">The configuration is unusable.</exception>
        /// <exception cref="OperationCanceledException">The setup was abandoned.</exception>
        public static TreeSetup Read(string root, string? explicitConfig, SelectionOverrides selectors, bool prepareProject, CancellationToken cancellationToken)
        {
            var known = new KnownRuleCodes(RuleCatalog.Active.Select(r => r.Info.Code));
            var configuration = ConfigurationLoader.Load(root, explicitConfig, known.IsKnownSelector);
            if (!prepareProject)
            {
                return new TreeSetup(configuration, null);
            }

            var paths = SourceDiscovery.ListPythonPaths(root, configuration, useCache: true, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            var readTestMapAhead = NeedsTestMap(new RuleSelection(configuration, root, selectors));
            return new TreeSetup(configuration, ProjectContextFactory.Prepare(root, configuration, paths, readTestMapAhead));
        }
    }
}
