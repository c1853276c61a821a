namespace ProdReady.Cli;

/// <summary>The process exit codes of <c>prodready</c>, a stable public contract.</summary>
public static class ExitCodes
{
    /// <summary>The gate passes (or the command succeeded).</summary>
    public const int Success = 0;

    /// <summary>The gate fails: there are findings at or above the fail-on severity.</summary>
    public const int Failure = 1;

    /// <summary>Usage or configuration error; the message says which file, line and why.</summary>
    public const int UsageError = 2;

    /// <summary>Internal error: a defect in ProdReady itself.</summary>
    public const int InternalError = 3;
}
