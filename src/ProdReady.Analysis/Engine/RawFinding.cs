using ProdReady.Core.Text;

namespace ProdReady.Analysis.Engine;

/// <summary>A finding as a rule reports it, before suppression, the change filter and line mapping.</summary>
/// <param name="Rule">The catalogue entry of the reporting rule.</param>
/// <param name="Message">The message.</param>
/// <param name="Span">Where in the file; for a file-level finding, where to point (possibly empty).</param>
/// <param name="Line">For a finding located by line only (an undecodable file), the 1-based line; otherwise 0.</param>
/// <param name="IsFileLevel">Whether the finding is about the file as a whole: it counts when the file is in the change.</param>
/// <param name="SuppressionOffset">An offset whose line may also carry the <c># noqa</c> (the end of a multi-line string), or -1.</param>
/// <param name="Severity">The severity of this finding when the rule grades its findings, or <see langword="null"/> for the rule's default.</param>
internal readonly record struct RawFinding(RuleInfo Rule, string Message, TextSpan Span, int Line, bool IsFileLevel, int SuppressionOffset = -1, Core.Diagnostics.Severity? Severity = null);
