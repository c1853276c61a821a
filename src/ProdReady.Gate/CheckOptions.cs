using ProdReady.Core.Diagnostics;
using ProdReady.Git.Changes;
using ProdReady.Reporting;

namespace ProdReady.Gate;

/// <summary>What <c>prodready check</c> was asked to do, after the command line has been validated.</summary>
/// <param name="Mode">Which change is checked: default, the whole tree, since a base, or the index.</param>
/// <param name="BaseRef">The base revision for <see cref="ChangeScopeMode.Base"/>.</param>
/// <param name="Paths">Files or folders that narrow the scope (relative to the working directory).</param>
/// <param name="Format">The report format.</param>
/// <param name="OutputPath">Where the report goes; <see langword="null"/> for standard output.</param>
/// <param name="FailOn">The severity that fails the gate; <see langword="null"/> for the configured one.</param>
/// <param name="NoNewSuppressions">Whether suppressions added by the change fail the gate.</param>
/// <param name="PlanPath">The architecture plan file, <c>-</c> for standard input, or <see langword="null"/>.</param>
/// <param name="ConfigPath">An explicit configuration file, or <see langword="null"/> to search for one.</param>
internal sealed record CheckOptions(
    ChangeScopeMode Mode,
    string? BaseRef,
    IReadOnlyList<string> Paths,
    ReportFormat Format,
    string? OutputPath,
    Severity? FailOn,
    bool NoNewSuppressions,
    string? PlanPath,
    string? ConfigPath)
{
    /// <summary>Gets the adoption options: external tools, baseline, command-line selectors and output switches.</summary>
    public AdoptionOptions Adoption { get; init; } = AdoptionOptions.None;
}
