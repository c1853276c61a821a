namespace ProdReady.Semantics.Environment;

/// <summary>
/// A PEP 508 requirement as written in a dependency list (<c>requests[socks]&gt;=2.0; python_version &lt; "3.8"</c>),
/// plus the pip forms that name a distribution: <c>name @ url</c>, a URL or path ending in <c>#egg=name</c>,
/// and a wheel or sdist file name.
/// </summary>
/// <param name="Name">The distribution name as written.</param>
/// <param name="Extras">The extras in brackets.</param>
/// <param name="Marker">The environment marker after <c>;</c>, or <see langword="null"/>.</param>
internal sealed record Requirement(string Name, IReadOnlyList<string> Extras, string? Marker)
{
    /// <summary>Gets the PEP 503 normalised name.</summary>
    public string NormalizedName => DistributionName.Normalize(Name);

    /// <summary>Parses one requirement.</summary>
    /// <param name="text">The requirement, without comments or pip options.</param>
    /// <param name="requirement">The requirement when the text names a distribution.</param>
    /// <returns>Whether the text is a requirement.</returns>
    public static bool TryParse(string text, out Requirement? requirement)
    {
        requirement = null;
        text = text.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var direct = at > 0 && DistributionName.IsValid(text[..at].Split('[')[0].Trim());
        if (!direct && LooksLikeLocation(text))
        {
            var fromLocation = NameFromLocation(text);
            if (fromLocation is null)
            {
                return false;
            }

            requirement = new Requirement(fromLocation, [], null);
            return true;
        }

        var position = 0;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '-' or '_' or '.'))
        {
            position++;
        }

        var name = text[..position];
        if (!DistributionName.IsValid(name))
        {
            return false;
        }

        SkipSpaces(text, ref position);
        var extras = new List<string>();
        if (position < text.Length && text[position] == '[')
        {
            var close = text.IndexOf(']', position);
            if (close < 0)
            {
                return false;
            }

            foreach (var extra in text[(position + 1)..close].Split(','))
            {
                var trimmed = extra.Trim();
                if (trimmed.Length > 0 && !DistributionName.IsValid(trimmed))
                {
                    return false;
                }

                if (trimmed.Length > 0)
                {
                    extras.Add(trimmed);
                }
            }

            position = close + 1;
            SkipSpaces(text, ref position);
        }

        string? marker = null;
        var rest = text[position..];
        if (rest.StartsWith('@'))
        {
            // name @ url: a marker follows the URL after a semicolon with whitespace on either side.
            var semicolon = MarkerSemicolon(rest);
            if (semicolon >= 0)
            {
                marker = rest[(semicolon + 1)..].Trim();
                rest = rest[..semicolon];
            }

            if (rest[1..].Trim().Length == 0)
            {
                return false;
            }
        }
        else
        {
            var semicolon = rest.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                marker = rest[(semicolon + 1)..].Trim();
                rest = rest[..semicolon];
            }

            if (!IsVersionSpecifier(rest.Trim()))
            {
                return false;
            }
        }

        requirement = new Requirement(name, extras, string.IsNullOrEmpty(marker) ? null : marker);
        return true;
    }

    /// <summary>The distribution a URL or path names: its <c>#egg=</c> fragment, else a wheel or sdist file name.</summary>
    /// <param name="location">The URL or path.</param>
    /// <returns>The name, or <see langword="null"/> when the location does not name one (a folder, a bare VCS URL).</returns>
    public static string? NameFromLocation(string location)
    {
        var egg = location.IndexOf("#egg=", StringComparison.Ordinal);
        if (egg < 0)
        {
            egg = location.IndexOf("&egg=", StringComparison.Ordinal);
        }

        if (egg >= 0)
        {
            var value = location[(egg + 5)..];
            var end = value.IndexOfAny(['&', ' ', '[']);
            value = end >= 0 ? value[..end] : value;
            return DistributionName.IsValid(value) ? value : null;
        }

        var path = location.Split('#', '?')[0].TrimEnd('/');
        var file = path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
        string? candidate = null;
        if (file.EndsWith(".whl", StringComparison.OrdinalIgnoreCase))
        {
            candidate = file.Split('-')[0];
        }
        else
        {
            foreach (var suffix in (string[])[".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".zip"])
            {
                if (file.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    var stem = file[..^suffix.Length];
                    var dash = stem.LastIndexOf('-');
                    candidate = dash > 0 ? stem[..dash] : null;
                    break;
                }
            }
        }

        return candidate is not null && DistributionName.IsValid(candidate) ? candidate : null;
    }

    private static int MarkerSemicolon(string text)
    {
        for (var i = text.IndexOf(';', StringComparison.Ordinal); i >= 0; i = text.IndexOf(';', i + 1))
        {
            if (char.IsWhiteSpace(text[i - 1]) || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool LooksLikeLocation(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith('.') || text.StartsWith('/') ||
        text.StartsWith('~') || text.Contains('\\', StringComparison.Ordinal) ||
        (text.Contains('/', StringComparison.Ordinal) && !text.Contains('@', StringComparison.Ordinal)) ||
        text.StartsWith("git+", StringComparison.OrdinalIgnoreCase) || text.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private static bool IsVersionSpecifier(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        // Old-style parenthesised specifiers: name (>=1.0).
        if (text[0] == '(')
        {
            if (text[^1] != ')')
            {
                return false;
            }

            text = text[1..^1].Trim();
        }

        foreach (var clause in text.Split(','))
        {
            var trimmed = clause.Trim();
            var op = ((string[])["===", "~=", "==", "!=", "<=", ">=", "<", ">"]).FirstOrDefault(o => trimmed.StartsWith(o, StringComparison.Ordinal));
            if (op is null)
            {
                return false;
            }

            var version = trimmed[op.Length..].Trim();
            if (version.Length == 0 || version.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' or '(' or ')' or '[' or ']' or '"' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
