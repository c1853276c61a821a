namespace ProdReady.Analysis.Engine;

/// <summary>A file the engine could not read (deleted or unreadable since discovery), with the reason, for the report's notes.</summary>
/// <param name="Path">The path relative to the checked root, with forward slashes.</param>
/// <param name="Reason">Why it was skipped, for example the operating system's message.</param>
public sealed record UnreadableFile(string Path, string Reason);
