namespace ProdReady.ExternalTools;

/// <summary>How a tool's process ended.</summary>
/// <param name="ExitCode">The exit code, or <see langword="null"/> when it did not start or was killed.</param>
/// <param name="TimedOut">Whether it ran out of time and its process tree was killed.</param>
/// <param name="StartError">Why it could not start, or <see langword="null"/>.</param>
/// <param name="OutputCut">Whether standard output went past the limit (or a line was too long) and was cut.</param>
/// <param name="ErrorTail">The last part of standard error (at most a few kilobytes).</param>
internal sealed record ToolProcessResult(int? ExitCode, bool TimedOut, string? StartError, bool OutputCut, string ErrorTail);
