namespace ProdReady.Analysis.Discovery;

/// <summary>
/// Git's glob matcher (<c>wildmatch.c</c>) over UTF-16 text: <c>*</c>, <c>?</c>, <c>[...]</c> classes with
/// ranges, negation (<c>!</c> or <c>^</c>) and POSIX names (<c>[:digit:]</c>), backslash escapes, and, in
/// path-name mode, <c>*</c> that stops at <c>/</c> and <c>**</c> that spans directories when it is a whole
/// path segment. Recursion is bounded by the number of <c>*</c> in the pattern; the "abort" results let a
/// failed star give up early, so matching stays polynomial as in git.
/// </summary>
internal static class Wildmatch
{
    private enum Result
    {
        Match,
        NoMatch,
        AbortAll,
        AbortToStarStar,
    }

    /// <summary>Matches <paramref name="text"/> against <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The glob.</param>
    /// <param name="text">The text (a path with <c>/</c> separators in path-name mode).</param>
    /// <param name="pathName">Whether <c>*</c>, <c>?</c> and classes never match <c>/</c> (git's <c>WM_PATHNAME</c>).</param>
    /// <returns><see langword="true"/> when the whole text matches.</returns>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool pathName) =>
        Match(pattern, 0, text, 0, pathName) == Result.Match;

    /// <summary>Whether <paramref name="c"/> has a meaning in a glob.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for <c>*</c>, <c>?</c>, <c>[</c> and <c>\</c>.</returns>
    public static bool IsSpecial(char c) => c is '*' or '?' or '[' or '\\';

    private static Result Match(ReadOnlySpan<char> pattern, int p, ReadOnlySpan<char> text, int t, bool pathName)
    {
        for (; p < pattern.Length; p++, t++)
        {
            var pc = pattern[p];
            if (t >= text.Length && pc != '*')
            {
                return Result.AbortAll;
            }

            switch (pc)
            {
                case '\\':
                    p++;
                    if (p >= pattern.Length || text[t] != pattern[p])
                    {
                        return Result.NoMatch;
                    }

                    continue;
                case '?':
                    if (pathName && text[t] == '/')
                    {
                        return Result.NoMatch;
                    }

                    continue;
                case '*':
                    {
                        var result = MatchStar(pattern, ref p, text, ref t, pathName, out var done);
                        if (done)
                        {
                            return result;
                        }

                        continue;
                    }

                case '[':
                    {
                        var result = MatchClass(pattern, ref p, text[t], pathName);
                        if (result != Result.Match)
                        {
                            return result;
                        }

                        continue;
                    }

                default:
                    if (text[t] != pc)
                    {
                        return Result.NoMatch;
                    }

                    continue;
            }
        }

        return t < text.Length ? Result.NoMatch : Result.Match;
    }

    /// <summary>Handles a star at <paramref name="p"/>; when <paramref name="done"/> is false the caller's loop continues.</summary>
    private static Result MatchStar(ReadOnlySpan<char> pattern, ref int p, ReadOnlySpan<char> text, ref int t, bool pathName, out bool done)
    {
        done = true;
        bool matchSlash;
        if (p + 1 < pattern.Length && pattern[p + 1] == '*')
        {
            var previous = p - 1;
            p++;
            while (p + 1 < pattern.Length && pattern[p + 1] == '*')
            {
                p++;
            }

            p++;
            var atSegmentStart = previous < 0 || pattern[previous] == '/';
            var atSegmentEnd = p >= pattern.Length || pattern[p] == '/'
                || (pattern[p] == '\\' && p + 1 < pattern.Length && pattern[p + 1] == '/');
            if (atSegmentStart && atSegmentEnd)
            {
                if (p < pattern.Length && pattern[p] == '/' && Match(pattern, p + 1, text, t, pathName) == Result.Match)
                {
                    return Result.Match;
                }

                matchSlash = true;
            }
            else
            {
                matchSlash = !pathName;
            }
        }
        else
        {
            p++;
            matchSlash = !pathName;
        }

        if (p >= pattern.Length)
        {
            // A trailing ** matches everything; a trailing * only what has no further slash.
            return !matchSlash && text[t..].Contains('/') ? Result.NoMatch : Result.Match;
        }

        if (!matchSlash && pattern[p] == '/')
        {
            // One star followed by a slash matches the rest of the current segment.
            var slash = text[t..].IndexOf('/');
            if (slash < 0)
            {
                return Result.NoMatch;
            }

            t += slash;
            done = false;
            return Result.Match;
        }

        while (t < text.Length)
        {
            if (!IsSpecial(pattern[p]))
            {
                // Fast-forward to the next occurrence of the literal that follows the star.
                var literal = pattern[p];
                while (t < text.Length && (matchSlash || text[t] != '/') && text[t] != literal)
                {
                    t++;
                }

                if (t >= text.Length)
                {
                    // The literal is nowhere in the rest of the text, so no later start (here or in an
                    // enclosing star, whose later starts only shorten the text left) can match: give up
                    // on the whole pattern. Git returns "no match" here and lets enclosing stars retry,
                    // which is exponential in the number of stars; the verdict is the same.
                    return Result.AbortAll;
                }

                if (text[t] != literal)
                {
                    return Result.NoMatch;
                }
            }

            var matched = Match(pattern, p, text, t, pathName);
            if (matched != Result.NoMatch)
            {
                if (!matchSlash || matched != Result.AbortToStarStar)
                {
                    return matched;
                }
            }
            else if (!matchSlash && text[t] == '/')
            {
                return Result.AbortToStarStar;
            }

            t++;
        }

        return Result.AbortAll;
    }

    private static Result MatchClass(ReadOnlySpan<char> pattern, ref int p, char c, bool pathName)
    {
        p++;
        if (p >= pattern.Length)
        {
            return Result.AbortAll;
        }

        var negated = pattern[p] is '!' or '^';
        if (negated)
        {
            p++;
        }

        var matched = false;
        var previous = '\0';
        var first = true;
        while (first || pattern[p] != ']')
        {
            first = false;
            if (p >= pattern.Length)
            {
                return Result.AbortAll;
            }

            var pc = pattern[p];
            if (pc == '\\')
            {
                p++;
                if (p >= pattern.Length)
                {
                    return Result.AbortAll;
                }

                pc = pattern[p];
                matched |= c == pc;
            }
            else if (pc == '-' && previous != '\0' && p + 1 < pattern.Length && pattern[p + 1] != ']')
            {
                p++;
                pc = pattern[p];
                if (pc == '\\')
                {
                    p++;
                    if (p >= pattern.Length)
                    {
                        return Result.AbortAll;
                    }

                    pc = pattern[p];
                }

                matched |= c >= previous && c <= pc;
                pc = '\0';
            }
            else if (pc == '[' && p + 1 < pattern.Length && pattern[p + 1] == ':')
            {
                var nameStart = p + 2;
                var close = pattern[nameStart..].IndexOf(']');
                if (close < 0)
                {
                    return Result.AbortAll;
                }

                var end = nameStart + close;
                if (close == 0 || pattern[end - 1] != ':')
                {
                    // No ":]" before the first ']': git reads the '[' as an ordinary member of the class.
                    matched |= c == '[';
                }
                else
                {
                    if (!TryMatchNamedClass(pattern[nameStart..(end - 1)], c, out var inClass))
                    {
                        return Result.AbortAll;
                    }

                    matched |= inClass;
                    p = end;
                    pc = '\0';
                }
            }
            else
            {
                matched |= c == pc;
            }

            previous = pc;
            p++;
            if (p >= pattern.Length)
            {
                return Result.AbortAll;
            }
        }

        return matched == negated || (pathName && c == '/') ? Result.NoMatch : Result.Match;
    }

    private static bool TryMatchNamedClass(ReadOnlySpan<char> name, char c, out bool inClass)
    {
        inClass = name switch
        {
            "alnum" => char.IsAsciiLetterOrDigit(c),
            "alpha" => char.IsAsciiLetter(c),
            "blank" => c is ' ' or '\t',
            "cntrl" => c < ' ' || c == '\x7f',
            "digit" => char.IsAsciiDigit(c),
            "graph" => c > ' ' && c < '\x7f',
            "lower" => char.IsAsciiLetterLower(c),
            "print" => c >= ' ' && c < '\x7f',
            "punct" => c > ' ' && c < '\x7f' && !char.IsAsciiLetterOrDigit(c),
            "space" => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v',
            "upper" => char.IsAsciiLetterUpper(c),
            "xdigit" => char.IsAsciiHexDigit(c),
            _ => false,
        };
        return name is "alnum" or "alpha" or "blank" or "cntrl" or "digit" or "graph"
            or "lower" or "print" or "punct" or "space" or "upper" or "xdigit";
    }
}
