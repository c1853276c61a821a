namespace ProdReady.Semantics.Environment;

/// <summary>
/// An INI file as <c>setup.cfg</c> and <c>tox.ini</c> write it (Python's <c>configparser</c> dialect):
/// <c>[section]</c> headers, <c>key = value</c> or <c>key: value</c>, values continued on indented lines,
/// whole-line <c>#</c> and <c>;</c> comments. Keys are case-insensitive; a repeated key keeps the last value.
/// </summary>
internal sealed class IniDocument
{
    private readonly Dictionary<string, Dictionary<string, string>> _sections = new(StringComparer.Ordinal);

    /// <summary>Gets the section names in file order.</summary>
    public IReadOnlyList<string> SectionNames => [.. _sections.Keys];

    /// <summary>Parses INI text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="document">The document, when the text is well formed.</param>
    /// <param name="error">The first error as <c>line: message</c>, when it is not.</param>
    /// <returns>Whether the text is well formed.</returns>
    public static bool TryParse(string text, out IniDocument document, out string? error)
    {
        document = new IniDocument();
        error = null;
        Dictionary<string, string>? section = null;
        string? key = null;
        var number = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0)
            {
                // A blank line inside a value keeps the value going (configparser's empty_lines_in_values).
                continue;
            }

            if (trimmed[0] is '#' or ';')
            {
                continue;
            }

            if (key is not null && section is not null && char.IsWhiteSpace(line[0]))
            {
                section[key] = section[key] + "\n" + trimmed;
                continue;
            }

            if (trimmed[0] == '[')
            {
                var close = trimmed.IndexOf(']', StringComparison.Ordinal);
                if (close < 0)
                {
                    error = $"{number}: section header without ']'";
                    return false;
                }

                var name = trimmed[1..close].Trim();
                if (!document._sections.TryGetValue(name, out section))
                {
                    section = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    document._sections[name] = section;
                }

                key = null;
                continue;
            }

            var separator = trimmed.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                error = $"{number}: expected 'key = value', found '{trimmed}'";
                return false;
            }

            if (section is null)
            {
                error = $"{number}: key before the first [section]";
                return false;
            }

            key = trimmed[..separator].Trim();
            section[key] = trimmed[(separator + 1)..].Trim();
        }

        return true;
    }

    /// <summary>A key's value.</summary>
    /// <param name="section">The section.</param>
    /// <param name="key">The key.</param>
    /// <returns>The value with continuation lines joined by <c>\n</c>, or <see langword="null"/>.</returns>
    public string? Get(string section, string key) =>
        _sections.TryGetValue(section, out var values) && values.TryGetValue(key, out var value) ? value : null;

    /// <summary>The keys and values of a section.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The pairs, empty when the section is missing.</returns>
    public IEnumerable<KeyValuePair<string, string>> Section(string section) =>
        _sections.TryGetValue(section, out var values) ? values : [];
}
