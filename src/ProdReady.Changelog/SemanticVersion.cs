using System.Globalization;

namespace ProdReady.Changelog;

/// <summary>
/// A Semantic Versioning 2.0.0 version, ordered by SemVer precedence (build metadata is ignored
/// when comparing, pre-releases sort before their release).
/// </summary>
public sealed class SemanticVersion : IComparable<SemanticVersion>, IEquatable<SemanticVersion>
{
    private readonly string[] _preRelease;

    private SemanticVersion(long major, long minor, long patch, string[] preRelease, string build)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        _preRelease = preRelease;
        Build = build;
    }

    /// <summary>Gets the major version.</summary>
    public long Major { get; }

    /// <summary>Gets the minor version.</summary>
    public long Minor { get; }

    /// <summary>Gets the patch version.</summary>
    public long Patch { get; }

    /// <summary>Gets the dot-separated pre-release identifiers, or an empty string.</summary>
    public string PreRelease => string.Join('.', _preRelease);

    /// <summary>Gets the build metadata, or an empty string.</summary>
    public string Build { get; }

    /// <summary>Compares two versions by precedence.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Whether <paramref name="left"/> has lower precedence.</returns>
    public static bool operator <(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) < 0;

    /// <summary>Compares two versions by precedence.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Whether <paramref name="left"/> has higher precedence.</returns>
    public static bool operator >(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) > 0;

    /// <summary>Compares two versions by precedence.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Whether <paramref name="left"/> has lower or equal precedence.</returns>
    public static bool operator <=(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) <= 0;

    /// <summary>Compares two versions by precedence.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Whether <paramref name="left"/> has higher or equal precedence.</returns>
    public static bool operator >=(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) >= 0;

    /// <summary>Tests two versions for equal precedence.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Whether they have the same precedence.</returns>
    public static bool operator ==(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) == 0;

    /// <summary>Tests two versions for different precedence.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Whether their precedence differs.</returns>
    public static bool operator !=(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) != 0;

    /// <summary>Parses a strict SemVer 2.0.0 version such as <c>1.2.3-rc.1+build.5</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="version">The parsed version.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is valid SemVer.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SemanticVersion? version)
        => TryParse(text, lenient: false, out version);

    /// <summary>
    /// Parses a version leniently, the way real changelogs write them: a leading <c>v</c> and a missing
    /// minor or patch part (<c>v1.2</c> is 1.2.0) are accepted. Used for ordering, never for validation.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="version">The parsed version.</param>
    /// <returns><see langword="true"/> when a version could be read.</returns>
    public static bool TryParseLenient(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SemanticVersion? version)
        => TryParse(text, lenient: true, out version);

    /// <summary>Compares two versions (<see langword="null"/> sorts first).</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Negative, zero or positive, by precedence.</returns>
    public static int Compare(SemanticVersion? left, SemanticVersion? right)
    {
        if (ReferenceEquals(left, right))
        {
            return 0;
        }

        if (left is null)
        {
            return -1;
        }

        return right is null ? 1 : left.CompareTo(right);
    }

    /// <inheritdoc />
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var result = Major.CompareTo(other.Major);
        if (result == 0)
        {
            result = Minor.CompareTo(other.Minor);
        }

        if (result == 0)
        {
            result = Patch.CompareTo(other.Patch);
        }

        return result != 0 ? result : ComparePreRelease(_preRelease, other._preRelease);
    }

    /// <inheritdoc />
    public bool Equals(SemanticVersion? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SemanticVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, PreRelease);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
        if (_preRelease.Length > 0)
        {
            text += "-" + PreRelease;
        }

        return Build.Length > 0 ? text + "+" + Build : text;
    }

    private static bool TryParse(string? text, bool lenient, out SemanticVersion? version)
    {
        version = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var rest = text.AsSpan();
        if (lenient && rest.Length > 1 && (rest[0] == 'v' || rest[0] == 'V'))
        {
            rest = rest[1..];
        }

        var build = string.Empty;
        var plus = rest.IndexOf('+');
        if (plus >= 0)
        {
            build = rest[(plus + 1)..].ToString();
            if (!AreIdentifiers(build, numericRule: false))
            {
                return false;
            }

            rest = rest[..plus];
        }

        string[] preRelease = [];
        var dash = rest.IndexOf('-');
        if (dash >= 0)
        {
            var pre = rest[(dash + 1)..].ToString();
            if (!AreIdentifiers(pre, numericRule: true))
            {
                return false;
            }

            preRelease = pre.Split('.');
            rest = rest[..dash];
        }

        Span<long> parts = stackalloc long[3];
        var count = 0;
        foreach (var range in rest.Split('.'))
        {
            if (count == 3 || !TryParseNumber(rest[range], out parts[count]))
            {
                return false;
            }

            count++;
        }

        if (count < (lenient ? 1 : 3))
        {
            return false;
        }

        version = new SemanticVersion(parts[0], parts[1], parts[2], preRelease, build);
        return true;
    }

    private static bool TryParseNumber(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 18 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool AreIdentifiers(string text, bool numericRule)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var identifier in text.Split('.'))
        {
            if (identifier.Length == 0)
            {
                return false;
            }

            var numeric = true;
            foreach (var c in identifier)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }

                numeric &= char.IsAsciiDigit(c);
            }

            if (numericRule && numeric && identifier.Length > 1 && identifier[0] == '0')
            {
                return false;
            }
        }

        return true;
    }

    private static int ComparePreRelease(string[] left, string[] right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            // A release has higher precedence than any of its pre-releases.
            return right.Length.CompareTo(left.Length);
        }

        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumeric = long.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var l);
            var rightNumeric = long.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var r);
            var result = (leftNumeric, rightNumeric) switch
            {
                (true, true) => l.CompareTo(r),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (result != 0)
            {
                return result;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
