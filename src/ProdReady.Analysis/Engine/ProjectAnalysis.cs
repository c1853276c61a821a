using System.Runtime.ExceptionServices;
using ProdReady.Analysis.Suppressions;
using ProdReady.Core.Diagnostics;
using ProdReady.Git.Changes;

namespace ProdReady.Analysis.Engine;

/// <summary>Runs the project-level checks of the enabled rules once, after every file, and filters their findings as file findings are.</summary>
internal static class ProjectAnalysis
{
    /// <summary>Runs every project-level check.</summary>
    /// <param name="registrations">The registrations of the enabled rules.</param>
    /// <param name="project">The project.</param>
    /// <param name="files">The analysed files, ordered.</param>
    /// <param name="change">The change, or <see langword="null"/> for the whole tree.</param>
    /// <param name="isEnabled">The per-file selection, or <see langword="null"/>.</param>
    /// <param name="suppressions">The <c># noqa</c> directives of the analysed files that have any.</param>
    /// <param name="computed">Receives the checklist items of the rules that ran.</param>
    /// <param name="suppressed">Counts the findings silenced by <c># noqa</c>.</param>
    /// <param name="options">How many checks may run at once, and the run's cancellation.</param>
    /// <returns>The findings that count.</returns>
    public static List<Diagnostic> Run(
        IEnumerable<RuleRegistration> registrations, ProjectContext project, IReadOnlyList<string> files, ChangeSet? change,
        Func<string, string, bool>? isEnabled, Dictionary<string, SuppressionIndex> suppressions, ISet<ChecklistItem> computed, ref int suppressed,
        ParallelOptions options)
    {
        var checks = new List<(RuleRegistration Registration, Action<ProjectRuleContext> Check)>();
        foreach (var registration in registrations)
        {
            foreach (var check in registration.ProjectChecks)
            {
                checks.Add((registration, check));
            }
        }

        if (checks.Count == 0)
        {
            return [];
        }

        // The test map, which every project check reads, is built first on this thread: built inside a check, it would
        // keep the other checks' threads waiting on it while its own parallel parts wanted them.
        try
        {
            _ = project.TestMap;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The map was built for the first check before: its failure is reported as that check's, as it was then.
            throw Failed(checks[0].Registration, e);
        }

        // The checks run side by side, each into its own list (the map's queries guard what they fill), and their findings
        // are taken in the order of the checks, so the report is the same as one check after another would make it.
        var found = new List<(RuleInfo Rule, string Path, int Line, int Column, int UnitStart, int UnitEnd, string Message)>[checks.Count];
        var failures = new ExceptionDispatchInfo?[checks.Count];
        Parallel.For(0, checks.Count, options, i =>
        {
            var (registration, check) = checks[i];
            found[i] = [];
            try
            {
                check(new ProjectRuleContext(project, files, change, found[i]));
            }
            catch (OperationCanceledException e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
            catch (Exception e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(Failed(registration, e));
            }
        });

        // The first failure in the order of the checks surfaces, as it would running them one after another.
        Array.Find(failures, failure => failure is not null)?.Throw();
        foreach (var (registration, _) in checks)
        {
            computed.Add(registration.Rule.Info.Category);
        }

        var findings = new List<Diagnostic>();
        // A test method of a mixin runs in every test class that inherits it, and is judged for each: the same finding at
        // the same place is reported once.
        var reported = new HashSet<(string Code, string Path, int Line, int Column, string Message)>();
        foreach (var (rule, path, line, column, unitStart, unitEnd, message) in found.SelectMany(checkFindings => checkFindings))
        {
            if (!reported.Add((rule.Code, path, line, column, message)))
            {
                continue;
            }

            if (isEnabled is not null && !isEnabled(rule.Code, path))
            {
                continue;
            }

            if (suppressions.TryGetValue(path, out var index) && index.IsSuppressed(rule.Code, line))
            {
                suppressed++;
                continue;
            }

            if (change is not null && (change.Find(path) is not { IsAnalyzable: true } file || !file.Touches(unitStart, unitEnd)))
            {
                continue;
            }

            findings.Add(new Diagnostic(rule.Code, message, rule.DefaultSeverity, rule.Category, new SourceLocation(path, line, column, line, column)));
        }

        return findings;
    }

    private static InvalidOperationException Failed(RuleRegistration registration, Exception e) =>
        new($"Rule {registration.Rule.Info.Code} failed on the project: {e.Message}", e);

    /// <summary>Lists the units the change touches in the analysed files outside test code, each with its tests.</summary>
    /// <param name="project">The project.</param>
    /// <param name="files">The analysed files.</param>
    /// <param name="change">The change.</param>
    /// <returns>The units, by path and line.</returns>
    public static IReadOnlyList<ChangedUnit> ChangedUnits(ProjectContext project, IReadOnlyList<string> files, ChangeSet change)
    {
        if (project.TestMap is not { } map)
        {
            return [];
        }

        var units = new List<ChangedUnit>();
        foreach (var path in files)
        {
            if (project.Tests.IsTestCode(path) || change.Find(path) is not { IsAnalyzable: true } file)
            {
                continue;
            }

            foreach (var unit in map.UnitsOf(path))
            {
                if (!file.Touches(unit.Facts.StartLine, unit.Facts.EndLine))
                {
                    continue;
                }

                var tests = map.TestsOf(unit.QualifiedName)
                    .Select(link => new ChangedUnitTest(link.Test.Id, link.WayName, link.Through ?? link.Helper))
                    .ToList();
                units.Add(new ChangedUnit(unit.QualifiedName, unit.Facts.Kind, path, unit.Facts.Line, tests));
            }
        }

        return units;
    }
}
