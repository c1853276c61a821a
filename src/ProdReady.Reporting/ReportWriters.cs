using System.Diagnostics.CodeAnalysis;

namespace ProdReady.Reporting;

/// <summary>Picks a <see cref="IReportWriter"/> by format or by the name given to <c>--format</c>.</summary>
public static class ReportWriters
{
    private static readonly (string Name, ReportFormat Format)[] s_names =
    [
        ("text", ReportFormat.Text),
        ("json", ReportFormat.Json),
        ("sarif", ReportFormat.Sarif),
        ("junit", ReportFormat.JUnit),
        ("markdown", ReportFormat.Markdown),
        ("github", ReportFormat.GitHub),
        ("gitlab", ReportFormat.GitLab),
    ];

    /// <summary>Gets the format names <c>--format</c> accepts, in documentation order.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = Array.AsReadOnly(s_names.Select(n => n.Name).ToArray());

    /// <summary>Parses a format name (case-insensitive, for example <c>sarif</c>).</summary>
    /// <param name="name">The name given on the command line.</param>
    /// <param name="format">The format, when the name is known.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> names a format.</returns>
    public static bool TryParseFormat([NotNullWhen(true)] string? name, out ReportFormat format)
    {
        foreach (var (known, value) in s_names)
        {
            if (string.Equals(known, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = value;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Returns the name <c>--format</c> uses for <paramref name="format"/>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The lower-case name, for example <c>junit</c>.</returns>
    public static string NameOf(ReportFormat format)
    {
        foreach (var (name, value) in s_names)
        {
            if (value == format)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
    }

    /// <summary>
    /// Tells whether <paramref name="format"/> is read by programs rather than people. Only <see cref="ReportFormat.Text"/>
    /// is for people; progress output and colour belong to it alone.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <returns><see langword="true"/> for every format except text.</returns>
    public static bool IsMachineReadable(ReportFormat format) => format != ReportFormat.Text;

    /// <summary>Creates the writer of <paramref name="format"/>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="options">Rendering options, or <see langword="null"/> for <see cref="ReportWriterOptions.Default"/>.</param>
    /// <returns>The writer.</returns>
    public static IReportWriter Create(ReportFormat format, ReportWriterOptions? options = null)
    {
        options ??= ReportWriterOptions.Default;
        return format switch
        {
            ReportFormat.Text => new TextReportWriter(options.UseColor),
            ReportFormat.Json => new JsonReportWriter(options.Timestamp),
            ReportFormat.Sarif => new SarifReportWriter(options.Timestamp),
            ReportFormat.JUnit => new JUnitReportWriter(options.Timestamp),
            ReportFormat.Markdown => new MarkdownReportWriter(),
            ReportFormat.GitHub => new GitHubReportWriter(),
            ReportFormat.GitLab => new GitLabReportWriter(),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }

    /// <summary>Creates the writer for a <c>--format</c> name.</summary>
    /// <param name="formatName">The name, for example <c>json</c>.</param>
    /// <param name="options">Rendering options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentException">The name is not a known format; the message lists the known ones.</exception>
    public static IReportWriter Create(string formatName, ReportWriterOptions? options = null) =>
        TryParseFormat(formatName, out var format)
            ? Create(format, options)
            : throw new ArgumentException(
                $"Unknown report format '{formatName}'; expected one of: {string.Join(", ", FormatNames)}.",
                nameof(formatName));

    /// <summary>Renders <paramref name="report"/> to a string with <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    /// <returns>The rendered report.</returns>
    public static string Render(this IReportWriter writer, GateReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.Write(report, output);
        return output.ToString();
    }
}
