namespace ProdReady.Analysis.Discovery;

/// <summary>What discovery found: the files to analyse and the notes for the files it skipped, both sorted by path (ordinal).</summary>
/// <param name="Files">The Python files to analyse.</param>
/// <param name="Skipped">The Python files skipped, with the reason.</param>
public sealed record DiscoveryResult(IReadOnlyList<DiscoveredFile> Files, IReadOnlyList<SkippedFile> Skipped);
