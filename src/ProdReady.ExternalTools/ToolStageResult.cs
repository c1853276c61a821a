using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.ExternalTools;

/// <summary>What the tools add to the gate's report.</summary>
/// <param name="Diagnostics">The findings that count (after the change filter and per-file ignores).</param>
/// <param name="Runs">Each tool's result for the checklist line, in the order they ran.</param>
/// <param name="Notes">Notes for the report.</param>
/// <param name="Rules">The descriptors of the rules of the tools that ran, to list with the enabled rules.</param>
public sealed record ToolStageResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ToolRun> Runs, IReadOnlyList<ReportNote> Notes, IReadOnlyList<RuleDescriptor> Rules);
