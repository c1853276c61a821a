namespace ProdReady.Semantics.TestMapping;

/// <summary>A command-line run of a test that reaches a command: the words left to the command, and whether the test asserts the run failed.</summary>
/// <param name="Words">The words after those that name the command.</param>
/// <param name="ExpectedToFail">Whether the test asserts that a run failed (a usage error: an input the command rejects).</param>
public readonly record struct CommandRun(IReadOnlyList<string> Words, bool ExpectedToFail);
