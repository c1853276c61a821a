namespace ProdReady.Reporting;

/// <summary>How a report is rendered, decided by the caller.</summary>
/// <param name="UseColor">Whether the text format emits ANSI colour (the CLI asks for it on a terminal without <c>NO_COLOR</c>).</param>
/// <param name="Timestamp">A time to record in the JSON, SARIF and JUnit formats, or <see langword="null"/> (the default) for none, which keeps output reproducible.</param>
public sealed record ReportWriterOptions(bool UseColor = false, DateTimeOffset? Timestamp = null)
{
    /// <summary>Gets the default options: no colour, no timestamp.</summary>
    public static ReportWriterOptions Default { get; } = new();

    /// <summary>
    /// Decides whether text output should be coloured: only on a terminal, never when <c>NO_COLOR</c> is set to a
    /// non-empty value (https://no-color.org) or <c>TERM</c> is <c>dumb</c>.
    /// </summary>
    /// <param name="isTerminal">Whether the report goes to an interactive terminal (not a file or a pipe).</param>
    /// <param name="environment">Reads an environment variable; returns <see langword="null"/> when it is unset.</param>
    /// <returns><see langword="true"/> when colour is wanted.</returns>
    public static bool ShouldUseColor(bool isTerminal, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return isTerminal
            && string.IsNullOrEmpty(environment("NO_COLOR"))
            && !string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);
    }
}
