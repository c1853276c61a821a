namespace ProdReady.Semantics.Configuration;

/// <summary>
/// An INI file (<c>setup.cfg</c>, <c>tox.ini</c>, <c>pytest.ini</c>) read by the rules of one Python reader: sections,
/// <c>key = value</c> or <c>key: value</c> entries and indented continuation lines. <see cref="IniDialect"/> lists
/// what the two readers share and where they differ.
/// </summary>
/// <remarks>
/// Errors stop the reading at the first one. <see cref="IniDialect.IniConfig"/> reports what <c>iniconfig</c> raises:
/// an entry before any section, a continuation with no entry before it, an empty section name, a repeated section,
/// a repeated name within a section, a line that is none of the above. <see cref="IniDialect.ConfigParser"/>
/// reports an entry before any section, a header without <c>]</c> and a line that is neither header nor entry.
/// </remarks>
internal sealed class IniDocument
{
    private readonly Dictionary<string, Dictionary<string, string>> _sections;

    private IniDocument(Dictionary<string, Dictionary<string, string>> sections, IniError? error)
    {
        _sections = sections;
        Error = error;
    }

    /// <summary>Gets the first error, or <see langword="null"/> when the text is well formed.</summary>
    public IniError? Error { get; }

    /// <summary>Gets the section names in file order.</summary>
    public IReadOnlyList<string> SectionNames => [.. _sections.Keys];

    /// <summary>Parses INI text.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="dialect">The reader whose rules apply.</param>
    /// <returns>The document; when <see cref="Error"/> is set it holds no sections.</returns>
    public static IniDocument Parse(string text, IniDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(dialect);
        var lineNumber = 0;
        foreach (var rawLine in SplitLines(text, dialect))
        {
            lineNumber++;
            var line = rawLine.TrimEnd();
            var content = line.TrimStart();
            if (content.Length == 0 || content[0] is '#' or ';')
            {
                continue;
            }

            var message = dialect == IniDialect.IniConfig ? reader.ReadIniConfigLine(line) : reader.ReadConfigParserLine(line, content);
            if (message is not null)
            {
                return new IniDocument(new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal), new IniError(lineNumber, message));
            }
        }

        return new IniDocument(reader.Sections, null);
    }

    /// <summary>Tells whether the document has a section.</summary>
    /// <param name="name">The section name, as the dialect reads it from between the brackets.</param>
    /// <returns><see langword="true"/> when the section exists.</returns>
    public bool HasSection(string name) => _sections.ContainsKey(name);

    /// <summary>Gets the entries of a section.</summary>
    /// <param name="name">The section name.</param>
    /// <returns>The entries (keys as first written, looked up by the dialect's rule), or <see langword="null"/> when
    /// the section does not exist.</returns>
    public IReadOnlyDictionary<string, string>? GetSection(string name) => _sections.GetValueOrDefault(name);

    /// <summary>Gets a key's value.</summary>
    /// <param name="section">The section.</param>
    /// <param name="key">The key.</param>
    /// <returns>The value with continuation lines joined by <c>\n</c>, or <see langword="null"/>.</returns>
    public string? Get(string section, string key) =>
        _sections.TryGetValue(section, out var values) && values.TryGetValue(key, out var value) ? value : null;

    /// <summary>Splits text at the line boundaries of the dialect (see <see cref="IniDialect"/>); CRLF is one boundary.</summary>
    private static IEnumerable<string> SplitLines(string text, IniDialect dialect)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\f' or '\x85' or '\u2028' or '\u2029'
                || (dialect == IniDialect.IniConfig && c is '\v' or '\x1c' or '\x1d' or '\x1e'))
            {
                yield return text[start..i];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
                continue;
            }

            i++;
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>The sections read so far and the entry a continuation line would extend.</summary>
    private sealed class Reader(IniDialect dialect)
    {
        private Dictionary<string, string>? _section;
        private string? _lastKey;

        public Dictionary<string, Dictionary<string, string>> Sections { get; } = new(StringComparer.Ordinal);

        /// <summary>Reads a line that is not blank or a comment, as <c>configparser</c> does.</summary>
        /// <returns>The error, or <see langword="null"/>.</returns>
        public string? ReadConfigParserLine(string line, string content)
        {
            if (_lastKey is not null && char.IsWhiteSpace(line[0]))
            {
                Continue(content);
                return null;
            }

            if (content[0] == '[')
            {
                var close = content.IndexOf(']', StringComparison.Ordinal);
                if (close < 0)
                {
                    return "section header without ']'";
                }

                return OpenSection(content[1..close].Trim());
            }

            var separator = content.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                return $"expected 'key = value', found '{content}'";
            }

            return AddEntry(content[..separator].Trim(), content[(separator + 1)..].Trim());
        }

        /// <summary>Reads a line that is not blank or a comment, as <c>iniconfig</c> does.</summary>
        /// <returns>The error, or <see langword="null"/>.</returns>
        public string? ReadIniConfigLine(string line)
        {
            if (line[0] == '[')
            {
                var header = line;
                var cut = header.AsSpan().IndexOfAny('#', ';');
                if (cut >= 0)
                {
                    header = header[..cut].TrimEnd();
                }

                if (header[^1] == ']')
                {
                    var name = header[1..^1];
                    return name.Length == 0 ? "empty section name" : OpenSection(name);
                }

                // Not a header: iniconfig reads the whole line as a continuation.
                return Continue(line.Trim()) ? null : "unexpected value continuation";
            }

            if (char.IsWhiteSpace(line[0]))
            {
                return Continue(line.Trim()) ? null : "unexpected value continuation";
            }

            if (!TrySplitIniConfigEntry(line, out var key, out var value))
            {
                return $"unexpected line: '{line}'";
            }

            return AddEntry(key, value);
        }

        private static bool TrySplitIniConfigEntry(string line, out string key, out string value)
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0 && line.AsSpan(0, equals).IndexOf(':') < 0)
            {
                key = line[..equals].Trim();
                value = line[(equals + 1)..].Trim();
                return true;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon >= 0)
            {
                key = line[..colon].Trim();
                value = line[(colon + 2)..].Trim();
                return true;
            }

            key = "";
            value = "";
            return false;
        }

        private string? OpenSection(string name)
        {
            if (Sections.TryGetValue(name, out var existing))
            {
                if (dialect == IniDialect.IniConfig)
                {
                    return $"duplicate section '{name}'";
                }

                _section = existing;
            }
            else
            {
                _section = new Dictionary<string, string>(dialect == IniDialect.IniConfig ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
                Sections.Add(name, _section);
            }

            _lastKey = null;
            return null;
        }

        private string? AddEntry(string key, string value)
        {
            if (_section is null)
            {
                return dialect == IniDialect.IniConfig ? "no section header defined" : "key before the first [section]";
            }

            if (dialect == IniDialect.IniConfig && _section.ContainsKey(key))
            {
                return $"duplicate name '{key}'";
            }

            _section[key] = value;
            _lastKey = key;
            return null;
        }

        private bool Continue(string text)
        {
            if (_section is null || _lastKey is null)
            {
                return false;
            }

            var previous = _section[_lastKey];
            _section[_lastKey] = previous.Length > 0 || dialect == IniDialect.ConfigParser ? previous + "\n" + text : text;
            return true;
        }
    }
}
