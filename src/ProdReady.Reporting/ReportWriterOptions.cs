namespace ProdReady.Reporting;

/// <summary>How a report is rendered, decided by the caller.</summary>
/// <param name="UseColor">Whether the text format emits ANSI colour (the CLI asks for it on a terminal without <c>NO_COLOR</c>).</param>
/// <param name="Timestamp">A time to record in the JSON, SARIF and JUnit formats, or <see langword="null"/> (the default) for none, which keeps output reproducible.</param>
public sealed record ReportWriterOptions(bool UseColor = false, DateTimeOffset? Timestamp = null)
{
    /// <summary>Gets the default options: no colour, no timestamp.</summary>
    public static ReportWriterOptions Default { get; } = new();
}
