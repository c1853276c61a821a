namespace ProdReady.Reporting;

/// <summary>Renders a <see cref="GateReport"/> in one format. Output uses <c>\n</c> line endings and invariant culture.</summary>
public interface IReportWriter
{
    /// <summary>Gets the format this writer produces.</summary>
    ReportFormat Format { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; the writer does not close it.</param>
    void Write(GateReport report, TextWriter output);
}
