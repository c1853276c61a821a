namespace ProdReady.Semantics.Project;

/// <summary>
/// Python's <c>fnmatch.fnmatchcase</c>: <c>*</c> matches any run of characters (slashes included),
/// <c>?</c> any one character, <c>[seq]</c> one character of the set and <c>[!seq]</c> one character outside it.
/// </summary>
/// <remarks>
/// The set rules follow <c>fnmatch.translate</c> exactly: a <c>]</c> right after <c>[</c> or <c>[!</c> is a member;
/// a <c>[</c> with no closing <c>]</c> is a literal <c>[</c>; <c>a-z</c> is a range (a leading or trailing
/// <c>-</c> is literal, a range whose ends are reversed matches nothing); <c>^</c> does not negate; an empty
/// set matches nothing and an empty negated set matches any character. There is no escape character: a
/// backslash is literal everywhere, and <c>[*]</c>, <c>[?]</c> and <c>[[]</c> match the literal characters.
/// </remarks>
internal static class Fnmatch
{
    /// <summary>Tells whether a pattern uses any of the characters that make <c>fnmatch</c> differ from equality.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns><see langword="true"/> when the pattern holds <c>*</c>, <c>?</c> or <c>[</c>.</returns>
    public static bool HasGlobCharacters(string pattern) => pattern.AsSpan().IndexOfAny('*', '?', '[') >= 0;

    /// <summary>Matches a whole name against a pattern.</summary>
    /// <param name="name">The name (or path) to test.</param>
    /// <param name="pattern">The <c>fnmatch</c> pattern.</param>
    /// <param name="ignoreCase">Whether to compare letters case-insensitively (what <c>fnmatch.fnmatch</c> does on Windows).</param>
    /// <returns><see langword="true"/> when the pattern matches all of <paramref name="name"/>.</returns>
    public static bool IsMatch(string name, string pattern, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(pattern);

        // Classic single-backtrack matching: every '*' matches any character, so on a mismatch it is enough to
        // let the most recent star swallow one more character.
        var n = 0;
        var p = 0;
        var starPattern = -1;
        var starName = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length)
            {
                var c = pattern[p];
                if (c == '*')
                {
                    starPattern = ++p;
                    starName = n;
                    continue;
                }

                if (c == '?')
                {
                    p++;
                    n++;
                    continue;
                }

                if (c == '[' && TryMatchSet(pattern, p, name[n], ignoreCase, out var matched, out var next))
                {
                    if (matched)
                    {
                        p = next;
                        n++;
                        continue;
                    }
                }
                else if (Same(c, name[n], ignoreCase))
                {
                    p++;
                    n++;
                    continue;
                }
            }

            if (starPattern < 0)
            {
                return false;
            }

            p = starPattern;
            n = ++starName;
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>Reads the set starting at <paramref name="open"/> and tests one character against it.</summary>
    /// <returns><see langword="false"/> when the <c>[</c> has no closing <c>]</c> and is therefore a literal.</returns>
    private static bool TryMatchSet(string pattern, int open, char value, bool ignoreCase, out bool matched, out int next)
    {
        var start = open + 1;
        var j = start;
        var negated = j < pattern.Length && pattern[j] == '!';
        if (negated)
        {
            j++;
        }

        var first = j;
        if (j < pattern.Length && pattern[j] == ']')
        {
            j++;
        }

        while (j < pattern.Length && pattern[j] != ']')
        {
            j++;
        }

        if (j >= pattern.Length)
        {
            matched = false;
            next = open;
            return false;
        }

        next = j + 1;
        var member = false;
        var i = first;
        while (i < j)
        {
            var low = pattern[i];
            if (i + 2 < j && pattern[i + 1] == '-')
            {
                var high = pattern[i + 2];
                member |= InRange(value, low, high, ignoreCase);
                i += 3;
            }
            else
            {
                member |= Same(low, value, ignoreCase);
                i++;
            }
        }

        matched = member != negated;
        return true;
    }

    private static bool InRange(char value, char low, char high, bool ignoreCase)
    {
        if (low <= value && value <= high)
        {
            return true;
        }

        if (!ignoreCase)
        {
            return false;
        }

        // Windows' fnmatch lower-cases both the name and the pattern (os.path.normcase) before matching.
        var lowered = char.ToLowerInvariant(value);
        return char.ToLowerInvariant(low) <= lowered && lowered <= char.ToLowerInvariant(high);
    }

    private static bool Same(char left, char right, bool ignoreCase) =>
        left == right || (ignoreCase && char.ToLowerInvariant(left) == char.ToLowerInvariant(right));
}
