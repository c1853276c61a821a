using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Gate;

/// <summary>What <see cref="AdoptionStage"/> hands back to the pipeline.</summary>
/// <param name="Diagnostics">The findings for the report: the engine's and the tools', minus those the baseline hid.</param>
/// <param name="ToolRuns">Each external tool's result, in the order they ran.</param>
/// <param name="Notes">Notes about the tools and the baseline.</param>
/// <param name="Rules">The descriptors of the external tools' rules that ran.</param>
/// <param name="HiddenByBaseline">The number of findings the baseline hid.</param>
internal sealed record AdoptionResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<ToolRun> ToolRuns,
    IReadOnlyList<ReportNote> Notes,
    IReadOnlyList<RuleDescriptor> Rules,
    int HiddenByBaseline);
