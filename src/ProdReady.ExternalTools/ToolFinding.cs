namespace ProdReady.ExternalTools;

/// <summary>One problem a tool reported, before it becomes a finding of the gate.</summary>
/// <param name="Path">The file as the tool named it (relative to the root or absolute), or <see langword="null"/>.</param>
/// <param name="Line">The 1-based line (1 when the tool gave none).</param>
/// <param name="Column">The 1-based column (1 when the tool gave none).</param>
/// <param name="Message">The message, on one line.</param>
public sealed record ToolFinding(string? Path, int Line, int Column, string Message);
