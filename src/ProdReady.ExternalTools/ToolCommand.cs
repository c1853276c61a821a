namespace ProdReady.ExternalTools;

/// <summary>One process to run for a tool.</summary>
/// <param name="FileName">The executable (the Python interpreter).</param>
/// <param name="Arguments">The arguments, passed as a list (never through a shell).</param>
/// <param name="WorkingDirectory">The folder it runs in (the project root).</param>
/// <param name="Timeout">How long it may run before its whole process tree is killed.</param>
/// <param name="OutputLimitChars">The characters of standard output handed on at most; the rest is read and dropped.</param>
internal sealed record ToolCommand(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory, TimeSpan Timeout, long OutputLimitChars);
