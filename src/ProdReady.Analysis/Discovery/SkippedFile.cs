namespace ProdReady.Analysis.Discovery;

/// <summary>A file that discovery did not hand to analysis, with the note the report shows.</summary>
/// <param name="Path">The path relative to the checked root with <c>/</c> separators (as given, for a path outside the root).</param>
/// <param name="Reason">Why it was skipped.</param>
/// <param name="Message">The note, for the report (<c>binary file (NUL byte in the first 8 KiB)</c>).</param>
public sealed record SkippedFile(string Path, SkipReason Reason, string Message);
