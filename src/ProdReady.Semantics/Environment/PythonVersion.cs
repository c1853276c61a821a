using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ProdReady.Semantics.Environment;

/// <summary>A Python language version at minor granularity (<c>3.11</c>), the unit the version tables use.</summary>
/// <param name="Major">The major version.</param>
/// <param name="Minor">The minor version.</param>
public readonly record struct PythonVersion(int Major, int Minor) : IComparable<PythonVersion>
{
    /// <summary>Gets the oldest version the tables cover: 3.6.</summary>
    public static PythonVersion Oldest { get; } = new(3, 6);

    /// <summary>Gets the newest version the tables cover, and the target when a project declares none: 3.13.</summary>
    public static PythonVersion Latest { get; } = new(3, 13);

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Whether <paramref name="left"/> is older.</returns>
    public static bool operator <(PythonVersion left, PythonVersion right) => left.CompareTo(right) < 0;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Whether <paramref name="left"/> is newer.</returns>
    public static bool operator >(PythonVersion left, PythonVersion right) => left.CompareTo(right) > 0;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Whether <paramref name="left"/> is older or the same.</returns>
    public static bool operator <=(PythonVersion left, PythonVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns>Whether <paramref name="left"/> is newer or the same.</returns>
    public static bool operator >=(PythonVersion left, PythonVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Parses <c>major.minor</c> (a patch or further parts, as in <c>3.11.4</c>, are ignored).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The version.</returns>
    /// <exception cref="FormatException">The text is not a version.</exception>
    public static PythonVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a Python version such as 3.11");

    /// <summary>Parses <c>major.minor</c> (a patch or further parts, as in <c>3.11.4</c>, are ignored).</summary>
    /// <param name="text">The text.</param>
    /// <param name="version">The version when the text is one.</param>
    /// <returns>Whether the text is a version.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PythonVersion version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Trim().Split('.');
        if (parts.Length < 2 || !TryNumber(parts[0], out var major) || !TryNumber(parts[1], out var minor))
        {
            return false;
        }

        for (var i = 2; i < parts.Length; i++)
        {
            if (!TryNumber(parts[i], out _))
            {
                return false;
            }
        }

        version = new PythonVersion(major, minor);
        return true;
    }

    /// <summary>
    /// The lowest minor version that a <c>requires-python</c> specifier allows, clamped to
    /// <see cref="Oldest"/>..<see cref="Latest"/>. Reads PEP 440 specifier sets (<c>&gt;=3.9</c>,
    /// <c>~=3.10</c>, <c>&gt;=3.8,&lt;4</c>, <c>==3.11.*</c>) and Poetry constraints (<c>^3.9</c>,
    /// <c>~3.9</c>, <c>3.9.*</c>, space-separated clauses, <c>||</c> alternatives). An exclusive bound
    /// on a <c>major.minor</c> version excludes that whole minor (<c>&gt;3.8</c> is 3.9): nobody
    /// supports 3.8.1 but not 3.8.0.
    /// </summary>
    /// <param name="specifier">The specifier.</param>
    /// <returns>The version, or <see langword="null"/> when the specifier cannot be read or allows no 3.x or later version.</returns>
    public static PythonVersion? FromRequiresPython(string? specifier)
    {
        if (string.IsNullOrWhiteSpace(specifier))
        {
            return null;
        }

        PythonVersion? lowest = null;
        foreach (var alternative in specifier.Split("||"))
        {
            var clauses = RequiresPythonClause.ParseAll(alternative);
            if (clauses is null)
            {
                return null;
            }

            var candidate = LowestAllowed(clauses);
            if (candidate is { } found && (lowest is null || found < lowest.Value))
            {
                lowest = found;
            }
        }

        return lowest;
    }

    /// <summary>
    /// Reads a target-version setting as tools write it: <c>py311</c> (black, ruff), <c>3.11</c> (mypy, pyright),
    /// clamped to <see cref="Oldest"/>..<see cref="Latest"/>.
    /// </summary>
    /// <param name="value">The setting's value.</param>
    /// <returns>The version, or <see langword="null"/> when the value names no Python 3 version.</returns>
    public static PythonVersion? FromTargetVersion(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.StartsWith("py", StringComparison.OrdinalIgnoreCase))
        {
            var digits = text[2..];
            if (digits.Length < 2 || digits[0] != '3' || !TryNumber(digits[1..], out var minor))
            {
                return null;
            }

            return Clamp(new PythonVersion(3, minor));
        }

        return TryParse(text, out var version) && version.Major == 3 ? Clamp(version) : null;
    }

    /// <summary>Limits a version to the range the tables cover.</summary>
    /// <param name="version">The version.</param>
    /// <returns><paramref name="version"/>, or the nearest end of <see cref="Oldest"/>..<see cref="Latest"/>.</returns>
    public static PythonVersion Clamp(PythonVersion version) =>
        version < Oldest ? Oldest : version > Latest ? Latest : version;

    /// <inheritdoc />
    public int CompareTo(PythonVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>Formats the version as <c>major.minor</c>.</summary>
    /// <returns>The text, such as <c>3.11</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    private static PythonVersion? LowestAllowed(List<RequiresPythonClause> clauses)
    {
        // Every 3.x minor, then 4.0 standing for "anything newer": the lowest one some patch of which passes.
        for (var minor = 0; minor <= RequiresPythonClause.HighestMinor; minor++)
        {
            if (RequiresPythonClause.AllowAny(clauses, 3, minor))
            {
                return Clamp(new PythonVersion(3, minor));
            }
        }

        return RequiresPythonClause.AllowAny(clauses, 4, 0) ? Latest : null;
    }

    private static bool TryNumber(string text, out int value)
    {
        value = 0;
        return text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit) &&
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
