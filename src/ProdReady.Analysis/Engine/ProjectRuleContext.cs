using ProdReady.Core.Diagnostics;
using ProdReady.Git.Changes;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// What a project-level rule sees once every file of a run is analysed: the project (its index and test map), the
/// analysed files and the change. Findings are filtered as file findings are: per-file selection, <c># noqa</c> on
/// the reported line, and, in a change, only units the change touches. Each check has a context of its own, used on
/// one thread; the checks of a run may run side by side, so what they share (the project, its index and test map) is
/// safe to read from several threads.
/// </summary>
public sealed class ProjectRuleContext
{
    private readonly ChangeSet? _change;
    private readonly List<(RuleInfo Rule, string Path, int Line, int Column, int UnitStart, int UnitEnd, string Message)> _findings;

    internal ProjectRuleContext(ProjectContext project, IReadOnlyList<string> files, ChangeSet? change, List<(RuleInfo, string, int, int, int, int, string)> findings)
    {
        Project = project;
        Files = files;
        _change = change;
        _findings = findings;
    }

    /// <summary>Gets what is known about the project.</summary>
    public ProjectContext Project { get; }

    /// <summary>Gets the analysed files (relative to the root), ordered by path.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Gets a value indicating whether a change is checked (not the whole tree).</summary>
    public bool IsChangeMode => _change is not null;

    /// <summary>Gets the project's test map, or <see langword="null"/> without a project index.</summary>
    public TestMap? TestMap => Project.TestMap;

    /// <summary>Tells whether the checked change touches some of a file's lines (always, for the whole tree).</summary>
    /// <param name="path">The file, relative to the root.</param>
    /// <param name="startLine">The first 1-based line.</param>
    /// <param name="endLine">The last 1-based line.</param>
    /// <returns><see langword="true"/> when the lines count.</returns>
    public bool Touches(string path, int startLine, int endLine)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _change is null || (_change.Find(path) is { IsAnalyzable: true } file && file.Touches(startLine, endLine));
    }

    /// <summary>Reports a finding about a unit.</summary>
    /// <param name="rule">The catalogue entry of the reporting rule.</param>
    /// <param name="path">The file, relative to the root.</param>
    /// <param name="line">The 1-based line to point at.</param>
    /// <param name="column">The 1-based column to point at.</param>
    /// <param name="unitStart">The unit's first line: in a change, the finding counts when the change touches the unit.</param>
    /// <param name="unitEnd">The unit's last line.</param>
    /// <param name="message">What is wrong, precisely.</param>
    public void Report(RuleInfo rule, string path, int line, int column, int unitStart, int unitEnd, string message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrEmpty(message);
        _findings.Add((rule, path, Math.Max(1, line), Math.Max(1, column), unitStart, unitEnd, message));
    }
}
