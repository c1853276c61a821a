namespace ProdReady.Git;

/// <summary>A git command failed: it could not start, timed out, or exited with an unexpected code.</summary>
public sealed class GitException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="GitException"/> class.</summary>
    public GitException()
    {
        Command = string.Empty;
        StandardError = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="GitException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    public GitException(string message)
        : base(message)
    {
        Command = string.Empty;
        StandardError = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="GitException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public GitException(string message, Exception innerException)
        : base(message, innerException)
    {
        Command = string.Empty;
        StandardError = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="GitException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="command">The command line that failed, for the report.</param>
    /// <param name="exitCode">The exit code, or <see langword="null"/> when git did not exit by itself.</param>
    /// <param name="standardError">What git printed on standard error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public GitException(string message, string command, int? exitCode, string standardError, Exception? innerException = null)
        : base(message, innerException)
    {
        Command = command;
        ExitCode = exitCode;
        StandardError = standardError;
    }

    /// <summary>Gets the command line that failed (arguments joined by spaces, for display only).</summary>
    public string Command { get; }

    /// <summary>Gets the exit code, or <see langword="null"/> when git did not start, timed out or was killed.</summary>
    public int? ExitCode { get; }

    /// <summary>Gets what git printed on standard error.</summary>
    public string StandardError { get; }
}
