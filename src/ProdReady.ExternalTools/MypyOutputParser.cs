using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ProdReady.ExternalTools;

/// <summary>
/// Reads mypy's output one line at a time: the text form of <c>--show-column-numbers --show-error-codes</c>
/// (<c>path:line:col: error: message  [code]</c>) or, from mypy 1.11 on, one JSON object per line of <c>-O json</c>.
/// Only errors become findings; notes are dropped.
/// </summary>
public static partial class MypyOutputParser
{
    /// <summary>Parses one line of text output.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The finding, or <see langword="null"/> for a note, a summary or anything else.</returns>
    public static ToolFinding? ParseTextLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = TextLine().Match(line);
        if (!match.Success || match.Groups["severity"].Value != "error")
        {
            return null;
        }

        var code = match.Groups["code"].Success ? match.Groups["code"].Value : null;
        return new ToolFinding(
            match.Groups["path"].Value,
            int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
            match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture) : 1,
            Message(match.Groups["message"].Value.TrimEnd(), code));
    }

    /// <summary>Parses one line of <c>-O json</c> output.</summary>
    /// <param name="line">The line: one JSON object with <c>file</c>, <c>line</c>, <c>column</c> (0-based), <c>message</c>, <c>code</c>, <c>severity</c>.</param>
    /// <returns>The finding, or <see langword="null"/> for a note or a line that is not such an object.</returns>
    public static ToolFinding? ParseJsonLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (String(root, "severity") != "error" || String(root, "file") is not { } file || String(root, "message") is not { } message)
            {
                return null;
            }

            var lineNumber = root.TryGetProperty("line", out var l) && l.TryGetInt32(out var n) ? n : 1;
            var column = root.TryGetProperty("column", out var c) && c.TryGetInt32(out var m) ? m + 1 : 1;
            return new ToolFinding(file, Math.Max(lineNumber, 1), Math.Max(column, 1), Message(message, String(root, "code")));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Tells whether a mypy version (from <c>mypy --version</c>, such as "mypy 1.11.2 (compiled: yes)") writes JSON with <c>-O json</c>.</summary>
    /// <param name="versionLine">The first line of <c>mypy --version</c>.</param>
    /// <returns><see langword="true"/> from version 1.11 on.</returns>
    public static bool SupportsJson(string? versionLine)
    {
        var match = VersionLine().Match(versionLine ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var major = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minor = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return major > 1 || (major == 1 && minor >= 11);
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Message(string message, string? code) =>
        code is { Length: > 0 } ? $"mypy [{code}]: {message}" : $"mypy: {message}";

    [GeneratedRegex(@"^(?<path>.+?):(?<line>\d+):(?:(?<column>\d+):)? (?<severity>error|note|warning): (?<message>.*?)(?:  \[(?<code>[a-z0-9-]+)\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TextLine();

    [GeneratedRegex(@"mypy (\d+)\.(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex VersionLine();
}
