namespace ProdReady.Analysis.Configuration;

/// <summary>
/// A configuration that cannot be used: bad TOML, an unknown key, a wrong value or an unknown rule code.
/// The message reads <c>path:line:col: reason</c> (or <c>path: reason</c> without a position); the CLI maps it to exit code 2.
/// </summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConfigurationException"/> class.</summary>
    public ConfigurationException()
        : this("", null, null, "invalid configuration")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConfigurationException"/> class.</summary>
    /// <param name="message">The reason.</param>
    public ConfigurationException(string message)
        : this("", null, null, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConfigurationException"/> class.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public ConfigurationException(string message, Exception innerException)
        : this("", null, null, message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConfigurationException"/> class.</summary>
    /// <param name="path">The configuration file.</param>
    /// <param name="line">The 1-based line, or <see langword="null"/> when the problem has no position.</param>
    /// <param name="column">The 1-based column, or <see langword="null"/>.</param>
    /// <param name="reason">What is wrong, for the user.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ConfigurationException(string path, int? line, int? column, string reason, Exception? innerException = null)
        : base(Format(path, line, column, reason), innerException)
    {
        Path = path;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Gets the configuration file.</summary>
    public string Path { get; }

    /// <summary>Gets the 1-based line of the problem, or <see langword="null"/>.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column of the problem, or <see langword="null"/>.</summary>
    public int? Column { get; }

    /// <summary>Gets what is wrong, without the position.</summary>
    public string Reason { get; }

    private static string Format(string path, int? line, int? column, string reason)
    {
        if (path.Length == 0)
        {
            return reason;
        }

        if (line is null)
        {
            return $"{path}: {reason}";
        }

        return column is null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}:{line}: {reason}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}:{line}:{column}: {reason}");
    }
}
