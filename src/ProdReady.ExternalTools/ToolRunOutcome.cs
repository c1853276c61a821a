using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.ExternalTools;

/// <summary>What one tool's run gives the gate.</summary>
/// <param name="Tool">The tool.</param>
/// <param name="Run">Its result, as the checklist line shows it.</param>
/// <param name="Diagnostics">Its findings, with paths relative to the root.</param>
/// <param name="Notes">Remarks for the report ("no tests collected", "output cut after ..."), without paths.</param>
public sealed record ToolRunOutcome(ExternalTool Tool, ToolRun Run, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Notes);
