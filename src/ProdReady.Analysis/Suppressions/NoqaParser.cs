namespace ProdReady.Analysis.Suppressions;

/// <summary>
/// Finds the <c># noqa</c> directive in a comment's text. The comment text comes from the Python
/// tokenizer (it starts at the comment's <c>#</c> and ends before the line break), with its position.
/// </summary>
/// <remarks>
/// The grammar follows ruff: a <c>#</c>, optional whitespace, <c>noqa</c> in any case, then either
/// nothing that continues a word (a blanket directive; trailing explanation is allowed) or optional
/// whitespace, a colon and codes (<c>[A-Z]+[0-9]+</c>) separated by commas and/or whitespace. Codes end
/// at the first token that is not a code, so <c># noqa: PLH001 the reason</c> names <c>PLH001</c>.
/// The directive may follow other comment text (<c># type: ignore  # noqa: RUN001</c>).
/// A colon followed by no valid code (<c># noqa:</c>, <c># noqa: see above</c>) is malformed: like ruff
/// (and unlike flake8, which reads it as a blanket), it silences nothing and can be reported, so a typo
/// never hides every finding on the line.
/// </remarks>
public static class NoqaParser
{
    private const string Keyword = "noqa";

    /// <summary>Parses the directive in a comment, if there is one.</summary>
    /// <param name="commentText">The comment's text, starting at its <c>#</c>.</param>
    /// <param name="line">The 1-based line of the comment.</param>
    /// <param name="column">The column of the comment's <c>#</c>; the directive's column is offset from it in UTF-16 units.</param>
    /// <returns>The first directive in the comment, or <see langword="null"/> when it has none.</returns>
    public static NoqaDirective? Parse(ReadOnlySpan<char> commentText, int line, int column)
    {
        for (var hash = commentText.IndexOf('#'); hash >= 0; hash = NextHash(commentText, hash))
        {
            var directive = TryParseAt(commentText, hash, line, column);
            if (directive is not null)
            {
                return directive;
            }
        }

        return null;
    }

    private static int NextHash(ReadOnlySpan<char> text, int previous)
    {
        var next = text[(previous + 1)..].IndexOf('#');
        return next < 0 ? -1 : previous + 1 + next;
    }

    private static NoqaDirective? TryParseAt(ReadOnlySpan<char> text, int hash, int line, int column)
    {
        var position = SkipWhitespace(text, hash + 1);
        if (!text[position..].StartsWith(Keyword, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        position += Keyword.Length;
        if (position < text.Length && IsWordCharacter(text[position]))
        {
            return null;
        }

        var afterKeyword = position;
        var colon = SkipWhitespace(text, position);
        if (colon >= text.Length || text[colon] != ':')
        {
            return new NoqaDirective(line, column + hash, afterKeyword - hash, [], isMalformed: false);
        }

        var codes = new List<string>();
        var end = colon + 1;
        position = colon + 1;
        while (true)
        {
            position = SkipSeparators(text, position);
            var codeLength = CodeLength(text[position..]);
            if (codeLength == 0)
            {
                break;
            }

            var code = text.Slice(position, codeLength).ToString();
            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }

            position += codeLength;
            end = position;
        }

        return codes.Count == 0
            ? new NoqaDirective(line, column + hash, colon + 1 - hash, [], isMalformed: true)
            : new NoqaDirective(line, column + hash, end - hash, codes, isMalformed: false);
    }

    /// <summary>The length of a code at the start of <paramref name="text"/>, or 0 when none is there.</summary>
    private static int CodeLength(ReadOnlySpan<char> text)
    {
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetterUpper(text[letters]))
        {
            letters++;
        }

        var length = letters;
        while (length < text.Length && char.IsAsciiDigit(text[length]))
        {
            length++;
        }

        if (letters == 0 || length == letters)
        {
            return 0;
        }

        var endsCleanly = length == text.Length || text[length] is ',' or '#' || IsWhitespace(text[length]);
        return endsCleanly ? length : 0;
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && IsWhitespace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && (text[position] == ',' || IsWhitespace(text[position])))
        {
            position++;
        }

        return position;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f';

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}
