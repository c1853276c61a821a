using System.Globalization;
using System.Text.RegularExpressions;

namespace ProdReady.ExternalTools;

/// <summary>Reads flake8's default format, <c>path:row:col: CODE text</c>, one line at a time.</summary>
public static partial class Flake8OutputParser
{
    /// <summary>Parses one line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The finding, or <see langword="null"/> for a line of another shape.</returns>
    public static ToolFinding? ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = Line().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var path = match.Groups["path"].Value;
        if (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return new ToolFinding(
            path,
            Math.Max(1, int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture)),
            Math.Max(1, int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture)),
            $"flake8 {match.Groups["code"].Value}: {match.Groups["message"].Value.Trim()}");
    }

    [GeneratedRegex(@"^(?<path>.+?):(?<line>\d+):(?<column>\d+): (?<code>[A-Z]+[0-9]+) (?<message>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
