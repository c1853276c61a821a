namespace ProdReady.Git.Changes;

/// <summary>
/// The requested scope cannot be resolved for a reason the user can fix (an unknown revision, no
/// repository, a path outside the repository). The message is written for the user; a command line
/// reports it as a usage error (exit code 2).
/// </summary>
public sealed class ChangeScopeException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ChangeScopeException"/> class.</summary>
    public ChangeScopeException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ChangeScopeException"/> class.</summary>
    /// <param name="message">What is wrong and how to fix it, for the user.</param>
    public ChangeScopeException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ChangeScopeException"/> class.</summary>
    /// <param name="message">What is wrong and how to fix it, for the user.</param>
    /// <param name="innerException">The cause.</param>
    public ChangeScopeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
