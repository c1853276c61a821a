namespace ProdReady.Semantics.TestMapping;

/// <summary>What a test reads of the result of a command it runs with a command-line test runner.</summary>
[Flags]
public enum CommandOutcome
{
    /// <summary>The test reads no runner result.</summary>
    None = 0,

    /// <summary>The exit code or the output (where a command's usage errors end up).</summary>
    ExitCodeOrOutput = 1,

    /// <summary>The exception the runner caught.</summary>
    Exception = 2,

    /// <summary>
    /// The test runs a command with the runner, whatever it reads of the result: a command that ends with click's or
    /// Typer's <c>Exit</c> (a normal end, exit code 0 unless given another) is checked by what the test asserts of the run.
    /// </summary>
    Ran = 4,
}
