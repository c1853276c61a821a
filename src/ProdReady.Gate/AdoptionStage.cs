using System.Globalization;
using ProdReady.Analysis.Baseline;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.ExternalTools;
using ProdReady.Git.Changes;
using ProdReady.Reporting;

namespace ProdReady.Gate;

/// <summary>
/// The gate's steps for adopting it on an existing codebase, after the rule engine: the external tools of
/// <c>--run-tools</c>, then the baseline (written, applied, or shrunk). Kept apart from <see cref="GateRunner"/> so that
/// the pipeline only hands over the engine's findings and receives the report's.
/// </summary>
internal sealed class AdoptionStage
{
    private readonly CliContext _context;
    private readonly IProgress<string>? _progress;

    /// <summary>Initializes a new instance of the <see cref="AdoptionStage"/> class.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <param name="progress">Receives the name of each phase as it starts, or <see langword="null"/>.</param>
    public AdoptionStage(CliContext context, IProgress<string>? progress)
    {
        _context = context;
        _progress = progress;
    }

    /// <summary>Checks the options that can be judged before anything runs, without the rule catalog.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="UsageException">An option is unusable; the message says which and why.</exception>
    public static void Validate(CheckOptions options)
    {
        var adoption = options.Adoption;
        if (adoption.WriteBaselinePath is not null && (adoption.UpdateBaseline || adoption.BaselinePath is not null))
        {
            throw new UsageException("--write-baseline records a new baseline: give it without --baseline and --update-baseline");
        }

        if ((adoption.WriteBaselinePath is not null || adoption.UpdateBaseline) && options.Paths.Count > 0)
        {
            throw new UsageException($"{(adoption.UpdateBaseline ? "--update-baseline" : "--write-baseline")} works on the whole tree: drop the paths");
        }
    }

    /// <summary>
    /// Checks the rule selectors of the command line against the rule catalog, building the catalog (every rule and its
    /// tables) when the warm-up has not yet: the caller runs it beside git rather than before it.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns><see langword="true"/> when the selectors are valid (or there are none).</returns>
    /// <exception cref="UsageException">A selector names no rule; the message says which and suggests one.</exception>
    public static bool ValidateSelectors(CheckOptions options)
    {
        var selectors = options.Adoption.Selectors;
        if (!selectors.IsEmpty && selectors.Validate(new KnownRuleCodes(Analysis.RuleCatalog.All.Select(r => r.Info.Code))) is { } problem)
        {
            throw new UsageException(problem);
        }

        return true;
    }

    /// <summary>
    /// Tells whether this run places findings in their units after the engine (a baseline written or applied, or external
    /// tools whose findings are weighed against the change), so that the engine keeps the units of its walk for it.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <param name="configuration">The configuration.</param>
    /// <returns><see langword="true"/> when the engine should keep each file's units.</returns>
    /// <exception cref="UsageException">The tool list of the command line is not valid.</exception>
    public static bool NeedsUnitMaps(CheckOptions options, ProdReadyConfiguration configuration)
    {
        var adoption = options.Adoption;
        return adoption.WriteBaselinePath is not null
            || adoption.BaselinePath is not null
            || configuration.Baseline is not null
            || ToolsToRun(adoption, configuration).Count > 0;
    }

    /// <summary>Runs the tools and the baseline over the engine's findings.</summary>
    /// <param name="options">The options.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="selection">The rule selection (configuration and command line).</param>
    /// <param name="change">The change.</param>
    /// <param name="files">The files the engine analysed, by path, so that a staged check fingerprints the index's content.</param>
    /// <param name="unitMaps">The units the engine recorded for each file it analysed (empty when it kept none).</param>
    /// <param name="diagnostics">The engine's findings.</param>
    /// <param name="ranCodes">The codes of the rules that ran and computed their item (the baseline judges only their entries).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The findings for the report, the tool results, notes, extra rules and the count the baseline hid.</returns>
    /// <exception cref="UsageException">A baseline is missing or malformed, or cannot be written.</exception>
    public async Task<AdoptionResult> RunAsync(
        CheckOptions options,
        ProdReadyConfiguration configuration,
        RuleSelection selection,
        ChangeSet change,
        IReadOnlyDictionary<string, SourceFile> files,
        IReadOnlyDictionary<string, Analysis.Units.UnitMap> unitMaps,
        IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlySet<string> ranCodes,
        CancellationToken cancellationToken)
    {
        var adoption = options.Adoption;
        // The engine filters file findings by the selection; change-level findings (CHL, PLN) are filtered here.
        var findings = diagnostics.Where(d => selection.IsEnabled(d.Code)).ToList();
        var notes = new List<ReportNote>();
        var runs = new List<ToolRun>();
        var rules = new List<RuleDescriptor>();
        var ran = new HashSet<string>(ranCodes, StringComparer.Ordinal);

        var tools = ToolsToRun(adoption, configuration);
        if (tools.Count > 0)
        {
            _progress?.Report("running " + ToolStage.Describe(tools));
            var stage = await ToolStage.RunAsync(
                new ToolStageInput
                {
                    Tools = tools,
                    Change = change,
                    Configuration = configuration,
                    Selection = selection,
                    Environment = _context.Environment,
                    Units = path => unitMaps.GetValueOrDefault(path),
                },
                cancellationToken).ConfigureAwait(false);
            findings.AddRange(stage.Diagnostics);
            notes.AddRange(stage.Notes);
            runs.AddRange(stage.Runs);
            rules.AddRange(stage.Rules);
            foreach (var (tool, run) in tools.Where(t => selection.IsEnabled(ToolCatalog.Code(t))).Zip(stage.Runs))
            {
                if (run.Status is ToolRunStatus.Passed or ToolRunStatus.Failed)
                {
                    ran.Add(ToolCatalog.Code(tool));
                }
            }
        }

        var hidden = 0;
        var fingerprinter = new FindingFingerprinter(change.Root, path => files.GetValueOrDefault(path), path => unitMaps.GetValueOrDefault(path));
        if (adoption.WriteBaselinePath is { } writePath)
        {
            if (!change.IsWholeTree)
            {
                throw new UsageException("--write-baseline records the whole tree: run it with --all");
            }

            var entries = findings.Select(fingerprinter.Fingerprint).ToList();
            Write(_context.ResolvePath(writePath), writePath, entries);
            hidden = findings.Count;
            findings.Clear();
            notes.Add(new ReportNote(NoteKind.Baseline, null, $"baseline {writePath} written with {Count(entries.Count, "finding")}; they are hidden from now on"));
        }
        else if (BaselineFileOf(adoption, configuration) is { } baseline)
        {
            _progress?.Report("applying the baseline");
            IReadOnlyList<BaselineEntry> entries;
            try
            {
                entries = BaselineFile.Read(baseline.FullPath, baseline.Display);
            }
            catch (BaselineException e)
            {
                throw new UsageException(e.Message, e);
            }

            var applied = BaselineMatcher.Apply(entries, findings, fingerprinter);
            findings = [.. applied.Kept];
            hidden = applied.Hidden;
            notes.Add(new ReportNote(NoteKind.Baseline, null, $"baseline {baseline.Display} hid {Count(applied.Hidden, "finding")}"));

            // Only the whole tree can tell paid debt from code that was not looked at, and only for rules that ran.
            var stale = change.IsWholeTree
                ? applied.Unmatched.Where(e => ran.Contains(e.Code) && selection.IsEnabled(e.Code) && (e.Path.Length == 0 || change.IsInScope(e.Path))).ToList()
                : [];
            if (adoption.UpdateBaseline)
            {
                if (!change.IsWholeTree)
                {
                    throw new UsageException("--update-baseline judges entries against the whole tree: run it with --all");
                }

                var staleSet = stale.ToHashSet();
                var keep = entries.Where(e => !staleSet.Remove(e)).ToList();
                Write(baseline.FullPath, baseline.Display, keep);
                notes.Add(new ReportNote(NoteKind.Baseline, null, $"baseline {baseline.Display} updated: {Count(stale.Count, "entry", "entries")} removed, {keep.Count.ToString(CultureInfo.InvariantCulture)} left"));
            }
            else
            {
                foreach (var entry in stale)
                {
                    var where = entry.Unit.Length == 0 ? "at module level" : $"in `{entry.Unit}`";
                    notes.Add(new ReportNote(NoteKind.Baseline, entry.Path.Length == 0 ? null : entry.Path,
                        $"baseline entry {entry.Code} {where} no longer matches a finding (the debt was paid); `--update-baseline` removes it"));
                }
            }
        }

        return new AdoptionResult(findings, runs, notes, rules, hidden);
    }

    /// <summary>The tools asked for by <c>--run-tools</c>, else by the <c>run-tools</c> key.</summary>
    private static IReadOnlyList<ExternalTool> ToolsToRun(AdoptionOptions adoption, ProdReadyConfiguration configuration)
    {
        if (adoption.RunTools is { } asked)
        {
            try
            {
                return ToolCatalog.ParseList(string.Join(',', asked));
            }
            catch (FormatException e)
            {
                throw new UsageException("--run-tools: " + e.Message, e);
            }
        }

        return configuration.RunTools.Count == 0 ? [] : ToolCatalog.ParseList(string.Join(',', configuration.RunTools));
    }

    private (string FullPath, string Display)? BaselineFileOf(AdoptionOptions adoption, ProdReadyConfiguration configuration)
    {
        if (adoption.BaselinePath is { } path)
        {
            return (_context.ResolvePath(path), path);
        }

        if (configuration.Baseline is { } configured)
        {
            return (configuration.Resolve(configured), configured);
        }

        return adoption.UpdateBaseline
            ? throw new UsageException("--update-baseline needs a baseline: give --baseline FILE or set the `baseline` key")
            : null;
    }

    private static void Write(string fullPath, string display, IEnumerable<BaselineEntry> entries)
    {
        try
        {
            BaselineFile.Write(fullPath, entries);
        }
        catch (BaselineException e)
        {
            throw new UsageException($"cannot write the baseline {display}: {e.InnerException?.Message ?? e.Message}", e);
        }
    }

    private static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
