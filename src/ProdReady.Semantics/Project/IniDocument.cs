namespace ProdReady.Semantics.Project;

/// <summary>
/// An INI file read the way pytest reads <c>pytest.ini</c>, <c>tox.ini</c> and <c>setup.cfg</c> (the
/// <c>iniconfig</c> package): sections, <c>key = value</c> or <c>key: value</c> entries and indented
/// continuation lines.
/// </summary>
/// <remarks>
/// The rules, line by line:
/// <list type="bullet">
/// <item>A line whose first non-blank character is <c>#</c> or <c>;</c> is a comment, even when indented; blank
/// lines and comments do not end a value, so an indented line after them still continues it.</item>
/// <item>A line starting with <c>[</c> is a section header once anything from a <c>#</c> or <c>;</c> on is cut off
/// and it ends in <c>]</c>; the name is the text between the brackets, unstripped. Otherwise it is read as a
/// continuation line.</item>
/// <item>Any other line starting with a non-blank character is an entry, split at the first <c>=</c> unless the
/// part before it holds a <c>:</c>, else at the first <c>": "</c> (so <c>key:value</c> is an error); name and value
/// are stripped. Comments after a value are part of the value.</item>
/// <item>A line starting with whitespace continues the previous entry: its stripped text is appended after a
/// newline (or becomes the value when the value was empty).</item>
/// </list>
/// Errors, as <c>iniconfig</c> raises them: an entry before any section, a continuation with no entry before it,
/// an empty section name, a repeated section, a repeated name within a section, a line that is none of the above.
/// The first error stops the reading.
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

    /// <summary>Parses INI text.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The document; when <see cref="Error"/> is set it holds no sections.</returns>
    public static IniDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? section = null;
        string? lastName = null;
        var lineNumber = 0;
        foreach (var rawLine in SplitLines(text))
        {
            lineNumber++;
            var trimmedStart = rawLine.TrimStart();
            if (trimmedStart.Length == 0 || trimmedStart[0] is '#' or ';')
            {
                continue;
            }

            var line = rawLine.TrimEnd();
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
                    if (name.Length == 0)
                    {
                        return Failed(lineNumber, "empty section name");
                    }

                    if (sections.ContainsKey(name))
                    {
                        return Failed(lineNumber, $"duplicate section '{name}'");
                    }

                    section = new Dictionary<string, string>(StringComparer.Ordinal);
                    sections.Add(name, section);
                    lastName = null;
                    continue;
                }

                // Not a header: iniconfig reads the whole line as a continuation.
                if (!Continue(section, lastName, line.Trim()))
                {
                    return Failed(lineNumber, "unexpected value continuation");
                }

                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                if (!Continue(section, lastName, line.Trim()))
                {
                    return Failed(lineNumber, "unexpected value continuation");
                }

                continue;
            }

            if (!TrySplitEntry(line, out var key, out var value))
            {
                return Failed(lineNumber, $"unexpected line: '{line}'");
            }

            if (section is null)
            {
                return Failed(lineNumber, "no section header defined");
            }

            if (section.ContainsKey(key))
            {
                return Failed(lineNumber, $"duplicate name '{key}'");
            }

            section.Add(key, value);
            lastName = key;
        }

        return new IniDocument(sections, null);
    }

    /// <summary>Tells whether the document has a section.</summary>
    /// <param name="name">The section name, exactly as written between the brackets.</param>
    /// <returns><see langword="true"/> when the section exists.</returns>
    public bool HasSection(string name) => _sections.ContainsKey(name);

    /// <summary>Gets the entries of a section.</summary>
    /// <param name="name">The section name.</param>
    /// <returns>The entries, or <see langword="null"/> when the section does not exist.</returns>
    public IReadOnlyDictionary<string, string>? GetSection(string name) => _sections.GetValueOrDefault(name);

    private static IniDocument Failed(int line, string message) =>
        new(new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal), new IniError(line, message));

    private static bool Continue(Dictionary<string, string>? section, string? lastName, string text)
    {
        if (section is null || lastName is null)
        {
            return false;
        }

        var previous = section[lastName];
        section[lastName] = previous.Length > 0 ? previous + "\n" + text : text;
        return true;
    }

    private static bool TrySplitEntry(string line, out string key, out string value)
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

    /// <summary>Splits text at the line boundaries of Python's <c>str.splitlines</c>.</summary>
    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
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
}
