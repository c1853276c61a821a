using System.Globalization;

namespace ProdReady.Semantics.Environment;

/// <summary>
/// One clause of a <c>requires-python</c> specifier (<c>&gt;=3.9</c>, <c>!=3.0.*</c>, Poetry's <c>^3.9</c>),
/// evaluated against the patches of one minor version.
/// </summary>
/// <param name="Operator">The operator: PEP 440's, Poetry's <c>^</c> and <c>~</c>, or <c>==</c> for a bare version.</param>
/// <param name="Parts">The release numbers as written (at most three kept); empty for <c>*</c>.</param>
/// <param name="Wildcard">Whether the version ends in <c>.*</c> (or is <c>*</c>).</param>
internal sealed record RequiresPythonClause(string Operator, int[] Parts, bool Wildcard)
{
    /// <summary>The highest 3.x minor version tried.</summary>
    public const int HighestMinor = 99;

    private static readonly string[] s_operators = ["===", "~=", "==", "!=", "<=", ">=", "<", ">", "^", "~", "="];

    /// <summary>Parses the clauses of one alternative, separated by commas or spaces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The clauses, or <see langword="null"/> when the text is not a specifier.</returns>
    public static List<RequiresPythonClause>? ParseAll(string text)
    {
        var clauses = new List<RequiresPythonClause>();
        var position = 0;
        while (true)
        {
            while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == ','))
            {
                position++;
            }

            if (position == text.Length)
            {
                return clauses.Count == 0 ? null : clauses;
            }

            var op = s_operators.FirstOrDefault(candidate => text.AsSpan(position).StartsWith(candidate, StringComparison.Ordinal));
            position += op?.Length ?? 0;
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] != ',')
            {
                position++;
            }

            var clause = Create(op is null or "=" ? "==" : op, text[start..position]);
            if (clause is null)
            {
                return null;
            }

            clauses.Add(clause);
        }
    }

    /// <summary>Whether some patch of <paramref name="major"/>.<paramref name="minor"/> satisfies every clause.</summary>
    /// <param name="clauses">The clauses.</param>
    /// <param name="major">The major version.</param>
    /// <param name="minor">The minor version.</param>
    /// <returns>Whether the minor version is allowed.</returns>
    public static bool AllowAny(List<RequiresPythonClause> clauses, int major, int minor)
    {
        // The clauses change their answer only at the patches they name, so these candidates cover every case.
        var patches = new SortedSet<int> { 0 };
        foreach (var clause in clauses)
        {
            if (clause.Parts.Length >= 3)
            {
                patches.Add(clause.Parts[2]);
                patches.Add(clause.Parts[2] + 1);
            }
        }

        return patches.Any(patch => clauses.TrueForAll(clause => clause.Allows(major, minor, patch)));
    }

    private static RequiresPythonClause? Create(string op, string version)
    {
        if (version.StartsWith('v'))
        {
            version = version[1..];
        }

        if (version == "*")
        {
            return op is "==" ? new RequiresPythonClause(op, [], Wildcard: true) : null;
        }

        var pieces = version.Split('.');
        var parts = new List<int>();
        var wildcard = false;
        for (var i = 0; i < pieces.Length; i++)
        {
            if (pieces[i] == "*" && i == pieces.Length - 1 && i > 0)
            {
                wildcard = true;
                break;
            }

            // A pre-, post- or dev-release suffix (3.8.0rc1, 3.8.post1) ends the release numbers.
            var digits = pieces[i].TakeWhile(char.IsAsciiDigit).Count();
            if (digits is 0 or > 6)
            {
                if (i == 0)
                {
                    return null;
                }

                break;
            }

            parts.Add(int.Parse(pieces[i].AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture));
            if (digits < pieces[i].Length)
            {
                break;
            }
        }

        if (wildcard && op is not ("==" or "!="))
        {
            return null;
        }

        if (op == "~=" && parts.Count < 2)
        {
            return null;
        }

        return new RequiresPythonClause(op, [.. parts.Take(3)], wildcard);
    }

    private bool Allows(int major, int minor, int patch)
    {
        int[] version = [major, minor, patch];
        return Operator switch
        {
            "==" or "===" when Wildcard => Prefix(version, Parts.Length) == 0,
            "==" or "===" => Prefix(version, 3) == 0,
            "!=" when Wildcard => Prefix(version, Parts.Length) != 0,
            "!=" => Prefix(version, 3) != 0,
            ">=" => Prefix(version, 3) >= 0,
            "<" => Prefix(version, 3) < 0,

            // An exclusive bound on major.minor is read at minor granularity: >3.8 means 3.9 and later.
            ">" => Parts.Length <= 2 ? Prefix(version, Parts.Length) > 0 : Prefix(version, 3) > 0,
            "<=" => Parts.Length <= 2 ? Prefix(version, Parts.Length) <= 0 : Prefix(version, 3) <= 0,
            "~=" => Prefix(version, 3) >= 0 && Prefix(version, Parts.Length - 1) == 0,
            "^" => Prefix(version, 3) >= 0 && Prefix(version, 1) == 0,
            "~" => Prefix(version, 3) >= 0 && Prefix(version, Math.Min(2, Parts.Length)) == 0,
            _ => false,
        };
    }

    private int Prefix(int[] version, int length)
    {
        for (var i = 0; i < length; i++)
        {
            var part = i < Parts.Length ? Parts[i] : 0;
            if (version[i] != part)
            {
                return version[i].CompareTo(part);
            }
        }

        return 0;
    }
}
