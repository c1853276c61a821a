using System.Text;
using ProdReady.Analysis.Configuration;
using Tomlyn.Parsing;

namespace ProdReady.Analysis.Init;

/// <summary>
/// Writes the configuration <c>prodready init</c> chose: a <c>[tool.prodready]</c> table appended to
/// <c>pyproject.toml</c> (every existing byte kept, comments and formatting included, in the file's own line ends), or
/// a <c>prodready.toml</c> where there is no <c>pyproject.toml</c>. Never overwrites an existing configuration.
/// </summary>
public static class InitConfigurationWriter
{
    /// <summary>Renders the settings as <c>key = value</c> lines, in a fixed order.</summary>
    /// <param name="survey">What was found.</param>
    /// <param name="baseline">The baseline file to record, or <see langword="null"/>.</param>
    /// <returns>The lines, each ending in <c>\n</c>.</returns>
    public static string Settings(ProjectSurvey survey, string? baseline)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var text = new StringBuilder();
        text.Append("src = ").Append(Array(survey.Src)).Append('\n');
        if (survey.Tests.Count > 0)
        {
            text.Append("tests = ").Append(Array(survey.Tests)).Append('\n');
        }

        if (survey.TargetVersion is { } version)
        {
            text.Append("target-version = ").Append(Quote(version)).Append('\n');
        }

        text.Append("docstring-convention = ").Append(Quote(survey.Docstrings.Convention)).Append('\n');
        if (baseline is not null)
        {
            text.Append("baseline = ").Append(Quote(baseline)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Tells why a project's configuration must be left alone, if it must.</summary>
    /// <param name="root">The project root.</param>
    /// <returns>The reason, or <see langword="null"/> when <c>init</c> may write.</returns>
    public static string? ExistingConfiguration(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        if (File.Exists(Path.Combine(root, ConfigurationLoader.ProdReadyFileName)))
        {
            return $"{ConfigurationLoader.ProdReadyFileName} already exists; it is left alone";
        }

        var pyproject = Path.Combine(root, ConfigurationLoader.PyprojectFileName);
        if (!File.Exists(pyproject))
        {
            return null;
        }

        var text = File.ReadAllText(pyproject);
        var document = SyntaxParser.Parse(text, pyproject);
        if (Semantics.Configuration.TomlSyntax.FirstError(document) is { } error)
        {
            return $"{ConfigurationLoader.PyprojectFileName}:{error.Span.Start.Line + 1}:{error.Span.Start.Column + 1}: invalid TOML ({error.Message}); fix it first";
        }

        var tool = TomlTree.FromDocument(document).Find("tool");
        if (tool?.Table?.Find("prodready") is not null)
        {
            return $"{ConfigurationLoader.PyprojectFileName} already has a [tool.prodready] table; it is left alone";
        }

        // `tool = { ... }` (an inline table) or `tool = 1` cannot take a [tool.prodready] header after it.
        var extended = SyntaxParser.Parse(text + "\n[tool.prodready]\n", pyproject);
        return tool is { Table: null } || Semantics.Configuration.TomlSyntax.FirstError(extended) is not null
            ? $"{ConfigurationLoader.PyprojectFileName} defines `tool` as a value, so [tool.prodready] cannot be added"
            : null;
    }

    /// <summary>
    /// Returns what to append to a <c>pyproject.toml</c> to add a <c>[tool.prodready]</c> table: a line end when the file
    /// does not end with one, a blank line, and the table, in the file's own line ends. Appending (to the bytes) keeps
    /// every byte of the file as it was.
    /// </summary>
    /// <param name="pyproject">The file's text.</param>
    /// <param name="settings">The <c>key = value</c> lines of <see cref="Settings"/>.</param>
    /// <returns>The text to append.</returns>
    public static string TableToAppend(string pyproject, string settings)
    {
        ArgumentNullException.ThrowIfNull(pyproject);
        ArgumentNullException.ThrowIfNull(settings);
        var newline = pyproject.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var text = new StringBuilder();
        if (pyproject.Length > 0 && !pyproject.EndsWith('\n'))
        {
            text.Append(newline);
        }

        if (pyproject.Length > 0)
        {
            text.Append(newline);
        }

        text.Append("[tool.prodready]").Append(newline).Append(settings.Replace("\n", newline, StringComparison.Ordinal));
        return text.ToString();
    }

    private static string Array(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
