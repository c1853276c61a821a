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
}
