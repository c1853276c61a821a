using ProdReady.Analysis.Configuration;
using ProdReady.Git.Changes;

namespace ProdReady.ExternalTools;

/// <summary>What the gate hands <see cref="ToolStage"/>: the tools asked for, the change, the configuration and the selection.</summary>
public sealed class ToolStageInput
{
    /// <summary>Gets the tools asked for (by <c>--run-tools</c> or the <c>run-tools</c> key), in the order they run.</summary>
    public required IReadOnlyList<ExternalTool> Tools { get; init; }

    /// <summary>Gets the change: its root is where the tools run; in change modes it decides which findings count.</summary>
    public required ChangeSet Change { get; init; }

    /// <summary>Gets the configuration (source and test roots, excludes, time limits).</summary>
    public required ProdReadyConfiguration Configuration { get; init; }

    /// <summary>Gets the rule selection: a tool whose code is not selected does not run, and per-file ignores apply to its findings.</summary>
    public required RuleSelection Selection { get; init; }

    /// <summary>Gets the environment lookup that chooses the interpreter.</summary>
    public required Func<string, string?> Environment { get; init; }

    /// <summary>
    /// Gets the units the rule engine recorded for a path it analysed, or <see langword="null"/>; a finding in a file the
    /// engine did not analyse is placed after parsing that file.
    /// </summary>
    public Func<string, Analysis.Units.UnitMap?>? Units { get; init; }
}
