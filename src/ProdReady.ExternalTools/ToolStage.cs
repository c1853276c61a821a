using ProdReady.Analysis;
using ProdReady.Analysis.Units;
using ProdReady.Core.Diagnostics;
using ProdReady.Git.Changes;
using ProdReady.Reporting;

namespace ProdReady.ExternalTools;

/// <summary>
/// The gate's external-tools step: runs the selected tools in the project's environment over the configured source and
/// test roots, and keeps the findings that count. In change modes a failing test always counts, while a mypy or flake8
/// finding counts when its unit (the function, class or module-level statement around it) overlaps the change.
/// </summary>
public static class ToolStage
{
    /// <summary>Runs the step.</summary>
    /// <param name="input">The tools, change, configuration and selection.</param>
    /// <param name="cancellationToken">Cancels the run; a running tool's process tree is killed first.</param>
    /// <returns>The findings, the tool results, notes and the rules that ran.</returns>
    public static async Task<ToolStageResult> RunAsync(ToolStageInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var change = input.Change;
        var notes = new List<ReportNote>();
        var tools = new List<ExternalTool>();
        foreach (var tool in input.Tools)
        {
            if (input.Selection.IsEnabled(ToolCatalog.Code(tool)))
            {
                tools.Add(tool);
            }
            else
            {
                notes.Add(new ReportNote(NoteKind.ExternalTool, null, $"{ToolCatalog.Name(tool)} did not run: its rule {ToolCatalog.Code(tool)} is not selected"));
            }
        }

        var request = new ToolRunRequest
        {
            Root = change.Root,
            Tools = tools,
            Environment = input.Environment,
            Targets = Targets(change.Root, input.Configuration),
            ExcludedNames = ExcludedNames(input.Configuration),
            Timeouts = Timeouts(input.Configuration),
        };
        var outcomes = await ExternalToolRunner.RunAsync(request, cancellationToken).ConfigureAwait(false);

        var diagnostics = new List<Diagnostic>();
        var units = new Dictionary<string, UnitMap>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            notes.AddRange(outcome.Notes.Select(n => new ReportNote(NoteKind.ExternalTool, null, n)));
            diagnostics.AddRange(outcome.Diagnostics.Where(d => Counts(d, outcome.Tool, change, input, units)));
        }

        var rules = outcomes
            .Where(o => o.Run.Status != ToolRunStatus.NotChecked)
            .Select(o => RuleCatalog.Find(ToolCatalog.Code(o.Tool))!.Info.ToDescriptor())
            .ToList();
        return new ToolStageResult(diagnostics, [.. outcomes.Select(o => o.Run)], notes, rules);
    }

    private static Dictionary<ExternalTool, TimeSpan> Timeouts(Analysis.Configuration.ProdReadyConfiguration configuration)
    {
        var limits = new Dictionary<ExternalTool, TimeSpan>();
        foreach (var (name, seconds) in configuration.ToolTimeouts)
        {
            if (ToolCatalog.TryParse(name, out var tool))
            {
                limits[tool] = TimeSpan.FromSeconds(seconds);
            }
        }

        return limits;
    }

    /// <summary>The configured source and test roots that exist, relative to the root; <c>.</c> alone when one of them is the root.</summary>
    internal static IReadOnlyList<string> Targets(string root, Analysis.Configuration.ProdReadyConfiguration configuration)
    {
        var targets = new List<string>();
        foreach (var entry in configuration.Src.Concat(configuration.Tests))
        {
            var full = configuration.Resolve(entry);
            if (!Directory.Exists(full) && !File.Exists(full))
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal))
            {
                return ["."];
            }

            if (!targets.Contains(relative, StringComparer.Ordinal))
            {
                targets.Add(relative);
            }
        }

        return targets.Count == 0 ? ["."] : targets;
    }

    /// <summary>The plain folder names of <c>exclude</c> and <c>extend-exclude</c> (patterns with wildcards or slashes are left to the tools' own settings).</summary>
    internal static IReadOnlyList<string> ExcludedNames(Analysis.Configuration.ProdReadyConfiguration configuration) =>
        [.. configuration.Exclude.Concat(configuration.ExtendExclude)
            .Where(p => p.Length > 0 && p.IndexOfAny(['/', '\\', '*', '?', '[', '!', ',', ' ']) < 0)
            .Distinct(StringComparer.Ordinal)];

    private static bool Counts(Diagnostic diagnostic, ExternalTool tool, ChangeSet change, ToolStageInput input, Dictionary<string, UnitMap> units)
    {
        if (diagnostic.Location is not { } location)
        {
            return true;
        }

        if (!input.Selection.IsEnabled(diagnostic.Code, location.Path))
        {
            return false;
        }

        // A failing test always counts: the change may have broken it without touching it.
        if (tool == ExternalTool.Pytest)
        {
            return true;
        }

        if (change.IsWholeTree)
        {
            return change.IsInScope(location.Path);
        }

        if (change.Find(location.Path) is not { IsAnalyzable: true } file)
        {
            return false;
        }

        if (file.IsWholeFile)
        {
            return true;
        }

        if (!units.TryGetValue(location.Path, out var map))
        {
            map = input.Units?.Invoke(location.Path) ?? Load(Path.Combine(change.Root, location.Path), location.Path);
            units[location.Path] = map;
        }

        var unit = map.Find(location.Line);
        return file.Touches(unit.StartLine, unit.EndLine);
    }

    private static UnitMap Load(string full, string path)
    {
        try
        {
            return path.EndsWith(".py", StringComparison.Ordinal) || path.EndsWith(".pyi", StringComparison.Ordinal)
                ? UnitMap.Build(File.ReadAllText(full), path)
                : UnitMap.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return UnitMap.Empty;
        }
    }

    /// <summary>Returns "pytest, mypy and flake8" for progress messages.</summary>
    /// <param name="tools">The tools.</param>
    /// <returns>The names joined.</returns>
    public static string Describe(IReadOnlyList<ExternalTool> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var names = tools.Select(ToolCatalog.Name).ToList();
        return names.Count <= 1 ? string.Join(string.Empty, names) : string.Join(", ", names[..^1]) + " and " + names[^1];
    }
}
