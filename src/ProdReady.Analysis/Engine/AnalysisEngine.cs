using System.Collections.Concurrent;
using ProdReady.Analysis.Units;
using ProdReady.Core.Diagnostics;
using ProdReady.Git.Changes;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// The rule engine: analyses files in parallel (one walk per tree dispatching every enabled rule), applies
/// <c># noqa</c>, the per-file selection and the change filter, then runs the change-level rules once, and
/// returns the findings in a deterministic order. Thread-safe; one instance can serve many runs.
/// </summary>
public sealed class AnalysisEngine
{
    /// <summary>How many files one thread analyses inside each other's rules before the index parses a module itself.</summary>
    private const int MaxInlineDepth = 8;

    private readonly DispatchTable _table;

    /// <summary>Initializes a new instance of the <see cref="AnalysisEngine"/> class.</summary>
    /// <param name="rules">The enabled rules (after <c>select</c>/<c>ignore</c>); removed rules are left out.</param>
    public AnalysisEngine(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules.Where(r => r.Info.Status != RuleStatus.Removed).DistinctBy(r => r.Info.Code).OrderBy(r => r.Info.Code, StringComparer.Ordinal)];
        _table = new DispatchTable(Rules);
    }

    /// <summary>Gets the enabled rules, ordered by code.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Analyses <paramref name="input"/>.</summary>
    /// <param name="input">The files, the change, the plan and the per-file selection.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The findings that count, the computed checklist items and what was skipped.</returns>
    /// <exception cref="InvalidOperationException">A rule failed; the message names the rule and the file.</exception>
    public AnalysisResult Analyze(AnalysisInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var change = input.Change is { IsWholeTree: false } scoped ? scoped : null;
        var collectAddedUnits = change is not null && Rules.Any(r => r.Info.Category == ChecklistItem.Changelog);
        var files = input.Files;

        // Rules switched off by the configuration cost nothing: their file-level checks are left out of this run's
        // dispatch (every finding they made would be dropped by the per-path selection below anyway).
        var table = input.IsRuleEnabled is { } isRuleEnabled && Rules.Any(r => !isRuleEnabled(r.Info.Code))
            ? new DispatchTable(Rules.Where(r => isRuleEnabled(r.Info.Code)))
            : _table;
        var results = new FileResult?[files.Count];
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = input.MaxDegreeOfParallelism > 0 ? input.MaxDegreeOfParallelism : Environment.ProcessorCount,
        };

        // Each file is claimed once: by the loop below, or earlier by the project index when another file's rule asks
        // about its module (it is then analysed at once on the asking thread, so no file is parsed twice).
        var claimed = new int[files.Count];
        var modelReady = new TaskCompletionSource[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            modelReady[i] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        void Run(int i)
        {
            try
            {
                var file = files[i];
                ChangedFile? fileChange = null;
                if (change is not null)
                {
                    fileChange = change.Find(file.Path);
                    if (fileChange is null || !fileChange.IsAnalyzable)
                    {
                        return;
                    }
                }

                results[i] = FileAnalyzer.Analyze(file, table, fileChange, input.IsEnabledForPath, collectAddedUnits, input.Project, () => modelReady[i].TrySetResult(), input.KeepUnitMaps);
            }
            finally
            {
                modelReady[i].TrySetResult();
            }
        }

        using var inlineDepth = new ThreadLocal<int>();
        var byPath = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            byPath.TryAdd(files[i].Path, i);
        }

        bool AnalyzeNow(string path)
        {
            if (!byPath.TryGetValue(path, out var i))
            {
                return false;
            }

            if (Volatile.Read(ref claimed[i]) == 0 && inlineDepth.Value < MaxInlineDepth && Interlocked.CompareExchange(ref claimed[i], 1, 0) == 0)
            {
                inlineDepth.Value++;
                try
                {
                    Run(i);
                }
                finally
                {
                    inlineDepth.Value--;
                }

                return true;
            }

            if (Volatile.Read(ref claimed[i]) == 0)
            {
                // Too deep a chain of imports to analyse inline: the index reads the module itself.
                return false;
            }

            // Claimed by another thread: its model is published before any of its rules can ask about this file.
            modelReady[i].Task.Wait(cancellationToken);
            return true;
        }

        using var attached = input.Project?.Index?.Attach(AnalyzeNow);

        // Dynamic partitioning: file sizes vary by orders of magnitude, so workers take one file at a time.
        var partitioner = Partitioner.Create(0, Math.Max(1, files.Count), 1);
        Parallel.ForEach(partitioner, options, range =>
        {
            for (var i = range.Item1; i < Math.Min(range.Item2, files.Count); i++)
            {
                if (Interlocked.CompareExchange(ref claimed[i], 1, 0) == 0)
                {
                    Run(i);
                }
            }
        });

        var fileFindings = 0;
        foreach (var result in results)
        {
            fileFindings += result?.Diagnostics.Count ?? 0;
        }

        var diagnostics = new List<(Diagnostic Diagnostic, int Ordinal)>(fileFindings);
        var withFindings = new List<int>();
        var skipped = new List<UnreadableFile>();
        var suppressions = new List<FileSuppression>();
        var addedUnits = new List<string>();
        var changedSourceFiles = new List<string>();
        var unitMaps = new Dictionary<string, UnitMap>(StringComparer.Ordinal);
        var analyzed = 0;
        var suppressed = 0;
        var fileSuppressions = new Dictionary<string, Suppressions.SuppressionIndex>(StringComparer.Ordinal);
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i] is not { } result)
            {
                continue;
            }

            if (result.Skipped is not null)
            {
                skipped.Add(result.Skipped);
                continue;
            }

            analyzed++;
            changedSourceFiles.Add(files[i].Path);
            if (result.UnitMap is { } unitMap)
            {
                unitMaps.TryAdd(files[i].Path, unitMap);
            }

            if (result.Diagnostics.Count > 0)
            {
                withFindings.Add(i);
            }

            suppressions.AddRange(result.NewSuppressions);
            if (result.Suppressions is { } index)
            {
                fileSuppressions[files[i].Path] = index;
            }

            addedUnits.AddRange(result.AddedPublicUnits);
            suppressed += result.SuppressedCount;
        }

        // Each file's findings come sorted (see FileAnalyzer); every finding of a file carries its path, so the files in
        // ordinal path order concatenate into the report's order. Two inputs with one path (the engine does not forbid
        // them) interleave by line instead: then every finding is sorted, as the tie order of file order requires.
        withFindings.Sort((a, b) => string.CompareOrdinal(files[a].Path, files[b].Path) is var c and not 0 ? c : a.CompareTo(b));
        var sharedPath = false;
        for (var k = 1; k < withFindings.Count && !sharedPath; k++)
        {
            sharedPath = string.Equals(files[withFindings[k - 1]].Path, files[withFindings[k]].Path, StringComparison.Ordinal);
        }

        if (sharedPath)
        {
            withFindings.Sort();
        }

        foreach (var i in withFindings)
        {
            foreach (var diagnostic in results[i]!.Diagnostics)
            {
                diagnostics.Add((diagnostic, diagnostics.Count));
            }
        }

        var fromFiles = sharedPath ? 0 : diagnostics.Count;
        var computed = new HashSet<ChecklistItem>();
        if (analyzed > 0)
        {
            foreach (var registration in _table.Registrations.Where(r => r.IsFileRule))
            {
                computed.Add(registration.Rule.Info.Category);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<ChangedUnit> changedUnits = [];
        // The project-wide rules (the test map's) run only when enabled: the map is the costliest thing a run can build.
        if (analyzed > 0 && table.HasProjectChecks && input.Project is { } project)
        {
            var analysedFiles = changedSourceFiles.Order(StringComparer.Ordinal).ToList();
            foreach (var diagnostic in ProjectAnalysis.Run(table.Registrations, project, analysedFiles, change, input.IsEnabledForPath, fileSuppressions, computed, ref suppressed, options))
            {
                diagnostics.Add((diagnostic, diagnostics.Count));
            }

            if (change is not null)
            {
                changedUnits = ProjectAnalysis.ChangedUnits(project, analysedFiles, change);
            }
        }

        var facts = new ChangeFacts
        {
            IsChangeMode = change is not null,
            IsEmptyChange = change is { Files.Count: 0 },
            Plan = input.Plan,
            Changelog = input.Changelog,
            Clock = input.Clock ?? TimeProvider.System,
            ChangedSourceFiles = change is null ? [] : [.. changedSourceFiles.Order(StringComparer.Ordinal)],
            AddedPublicUnits = [.. addedUnits.Order(StringComparer.Ordinal)],
        };
        var changeFindings = ChangeAnalysis.Run(_table.Registrations, facts, computed);
        foreach (var diagnostic in changeFindings)
        {
            diagnostics.Add((diagnostic, diagnostics.Count));
        }

        // The report's own order, so that the report finds them ordered and does not sort them again: the files' findings
        // are in order already, and the few project and change findings after them are sorted and merged in.
        return new AnalysisResult(
            ReportOrder.Merge(diagnostics, fromFiles),
            computed,
            analyzed,
            [.. skipped.OrderBy(s => s.Path, StringComparer.Ordinal)],
            [.. suppressions.OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Directive.Line)],
            suppressed,
            unitMaps,
            changedUnits);
    }
}
