namespace ProdReady.Analysis.Baseline;

/// <summary>A baseline file is missing, unreadable or malformed; the message names the file and the reason.</summary>
public sealed class BaselineException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="BaselineException"/> class.</summary>
    public BaselineException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BaselineException"/> class.</summary>
    /// <param name="message">The message.</param>
    public BaselineException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BaselineException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BaselineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
