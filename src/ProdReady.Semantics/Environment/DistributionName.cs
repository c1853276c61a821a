using System.Text;

namespace ProdReady.Semantics.Environment;

/// <summary>Distribution (project) names: PEP 503 normalisation and the import names a name suggests.</summary>
internal static class DistributionName
{
    /// <summary>Normalises a name per PEP 503: lower case, each run of <c>-</c>, <c>_</c> and <c>.</c> one <c>-</c>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The normalised name.</returns>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var separator = false;
        foreach (var c in name.Trim())
        {
            if (c is '-' or '_' or '.')
            {
                separator = true;
                continue;
            }

            if (separator && builder.Length > 0)
            {
                builder.Append('-');
            }

            separator = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Whether a text is a valid PEP 508 name: ASCII letters and digits, with <c>-</c>, <c>_</c>, <c>.</c> inside.</summary>
    /// <param name="name">The text.</param>
    /// <returns>Whether it is a name.</returns>
    public static bool IsValid(ReadOnlySpan<char> name) =>
        name.Length > 0 && char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1]) &&
        !name.ContainsAnyExcept(s_nameCharacters);

    /// <summary>The import names a distribution installs when no table or installed metadata says otherwise:
    /// the normalised name with <c>-</c> as <c>_</c> (<c>typing-extensions</c>: <c>typing_extensions</c>) and the
    /// name lowercased as written (<c>zope.interface</c>).</summary>
    /// <param name="name">The distribution name, as written or normalised.</param>
    /// <returns>One or two import names.</returns>
    public static IEnumerable<string> DefaultImportNames(string name)
    {
        var normalized = Normalize(name).Replace('-', '_');
        yield return normalized;
        var lowered = name.Trim().ToLowerInvariant();
        if (!string.Equals(lowered, normalized, StringComparison.Ordinal) && lowered.Split('.').All(IsIdentifier))
        {
            yield return lowered;
        }
    }

    /// <summary>Whether a text is an ASCII Python identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is one.</returns>
    public static bool IsIdentifier(string text) =>
        text.Length > 0 && !char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static readonly System.Buffers.SearchValues<char> s_nameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");
}
