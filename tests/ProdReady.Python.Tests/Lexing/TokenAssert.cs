using System.Text;
using ProdReady.Python.Lexing;

namespace ProdReady.Python.Tests.Lexing;

/// <summary>Renders tokens compactly and checks the invariants every token list must satisfy.</summary>
internal static class TokenAssert
{
    /// <summary>Tokenizes <paramref name="source"/>, checks the invariants and renders one "Kind 'text'" entry per token.</summary>
    public static string[] Kinds(string source)
    {
        var result = Lexer.Tokenize(source);
        CheckInvariants(result);
        var list = new List<string>();
        foreach (var token in result.Tokens)
        {
            var text = result.GetText(token).ToString();
            list.Add(token.Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndOfFile
                ? token.Kind.ToString()
                : $"{token.Kind} '{text}'");
        }

        return [.. list];
    }

    /// <summary>Renders tokens with their spans: "Kind start+length".</summary>
    public static string[] Spans(string source)
    {
        var result = Lexer.Tokenize(source);
        CheckInvariants(result);
        var list = new List<string>();
        foreach (var token in result.Tokens)
        {
            list.Add($"{token.Kind} {token.Start}+{token.Length}");
        }

        return [.. list];
    }

    /// <summary>Returns the error of <paramref name="source"/>, which must have one, after checking the invariants.</summary>
    public static TokenizeError Error(string source)
    {
        var result = Lexer.Tokenize(source);
        CheckInvariants(result);
        Assert.NotNull(result.Error);
        return result.Error;
    }

    /// <summary>
    /// Tokens are increasing and inside the text; gaps hold only whitespace, comments, continuations and line
    /// breaks; the list ends with EndOfFile (after an Error token when there is an error).
    /// </summary>
    public static void CheckInvariants(TokenizeResult result)
    {
        var text = result.Text;
        var tokens = result.Tokens;
        Assert.True(tokens.Length >= 1, "at least EndOfFile");
        Assert.Equal(TokenKind.EndOfFile, tokens[^1].Kind);
        Assert.Equal(text.Length, tokens[^1].Start);
        Assert.Equal(0, tokens[^1].Length);
        var errorIndex = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Error)
            {
                errorIndex = i;
                break;
            }
        }

        Assert.Equal(result.Error is not null, errorIndex >= 0);
        if (errorIndex >= 0)
        {
            Assert.Equal(tokens.Length - 2, errorIndex);
        }

        var checkedCount = errorIndex >= 0 ? errorIndex + 1 : tokens.Length;
        var comments = result.Comments;
        var commentIndex = 0;
        var previousEnd = 0;
        for (var i = 0; i < checkedCount; i++)
        {
            var token = tokens[i];
            Assert.True(token.Start >= previousEnd, $"token {i} ({token}) starts before the previous end {previousEnd}");
            Assert.True(token.End <= text.Length, $"token {i} ({token}) ends outside the text");
            Assert.True(token.Length > 0 || token.Kind is TokenKind.Newline or TokenKind.Dedent or TokenKind.EndOfFile or TokenKind.Error or TokenKind.Indent,
                $"token {i} ({token}) is empty");
            if (token.Kind != TokenKind.Error)
            {
                CheckGap(text, previousEnd, token.Start, comments, ref commentIndex);
            }

            previousEnd = Math.Max(previousEnd, token.End);
        }

        for (var i = 1; i < comments.Length; i++)
        {
            Assert.True(comments[i].Start >= comments[i - 1].End, "comments in order");
        }

        foreach (var comment in comments)
        {
            Assert.Equal('#', text[comment.Start]);
            Assert.True(text.AsSpan(comment.Start, comment.Length).IndexOfAny('\r', '\n') < 0, "comment without line break");
        }
    }

    private static void CheckGap(string text, int start, int end, ReadOnlySpan<ProdReady.Core.Text.TextSpan> comments, ref int commentIndex)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\f' or '\n' or '\r')
            {
                i++;
            }
            else if (c == '\\' && i + 1 < text.Length && text[i + 1] is '\n' or '\r')
            {
                i += 2;
            }
            else if (c == '#')
            {
                while (commentIndex < comments.Length && comments[commentIndex].Start < i)
                {
                    commentIndex++;
                }

                Assert.True(commentIndex < comments.Length && comments[commentIndex].Start == i, $"comment at {i} recorded");
                i = comments[commentIndex].End;
            }
            else
            {
                Assert.Fail($"unexpected '{c}' at offset {i} between tokens in {Escape(text)}");
            }
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Length > 200 ? text[..200] : text)
        {
            builder.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => c.ToString() });
        }

        return builder.ToString();
    }
}
