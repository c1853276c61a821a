using System.Buffers;
using System.Text.RegularExpressions;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.Placeholders;

/// <summary><c>PLH003 placeholder-text</c>: a comment or string holds placeholder text such as "your code here".</summary>
public sealed partial class PlaceholderText : Rule
{
    // Every phrase contains one of these words; a vectorized search for them skips the regex for almost
    // every comment and string (the corpus benchmark spends most of this rule's time on strings).
    private static readonly SearchValues<string> s_anchors =
        SearchValues.Create(["code", "implement", "fill", "lorem", "replace", "tbd"], StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "PLH003",
        Name: "placeholder-text",
        Category: ChecklistItem.Placeholders,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags placeholder text in a comment or a string literal (docstrings and f-string text
            included): "your code here", "your code goes here", "insert code here", "add code here",
            "code goes here", "implement me", "fill me in", "fill this in", "lorem ipsum",
            "not yet implemented", "not implemented yet",
            "replace me", "placeholder implementation", "dummy implementation", "stub implementation"
            (any case, words separated by any whitespace), and `TBD` as a whole upper-case word.

            Test code is not checked (pytest's collection rules, `conftest.py` and the test roots
            decide what is test code): filler text such as "lorem ipsum" is legitimate test data there.

            ## Why is this bad?
            Placeholder text is a scaffold that was never replaced: generated or copied code that
            still waits for its real content, a docstring that documents nothing, or a message that
            users will see.

            ## Example
            ```python
            def parse(line):
                """Parse a line. Implement me."""
                return line.split(",")
            ```

            Use instead:
            ```python
            def parse(line):
                """Split a CSV line into its fields."""
                return line.split(",")
            ```

            ## Known problems
            The list is short on purpose. "placeholder" alone (SQL parameter placeholders, HTML
            `placeholder=` attributes), "fill in" alone ("fill in the form"), and "implement this" or
            "to be implemented" (documentation of abstract methods: "subclasses implement this") are
            common in working code and are not flagged.
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnComment(CheckComment);
        registry.OnNode<Constant>(CheckString);
    }

    private void CheckComment(TextSpan comment, RuleContext context)
    {
        if (!context.IsTestCode)
        {
            Find(context.Source.Slice(comment), comment.Start, context, "comment", comment.Start);
        }
    }

    private void CheckString(Constant constant, RuleContext context)
    {
        if (constant.Value is not string value || value.Length < 3 || value.AsSpan().IndexOfAny(s_anchors) < 0 || context.IsTestCode)
        {
            return;
        }

        // Find the phrase in the literal's source when it is written there as is; otherwise (escapes,
        // line continuations) point at the whole literal.
        if (Phrase().IsMatch(value))
        {
            var end = Math.Max(constant.Span.Start, constant.Span.End - 1);
            if (!Find(context.Source.Slice(constant.Span), constant.Span.Start, context, "string", end))
            {
                var match = Phrase().Match(value);
                context.Report(Info, constant.Span, Message(match.Value, "string"), end);
            }
        }
    }

    private bool Find(ReadOnlySpan<char> text, int offset, RuleContext context, string where, int suppressionOffset)
    {
        if (text.IndexOfAny(s_anchors) < 0)
        {
            return false;
        }

        foreach (var match in Phrase().EnumerateMatches(text))
        {
            var phrase = text.Slice(match.Index, match.Length).ToString();
            context.Report(Info, new TextSpan(offset + match.Index, match.Length), Message(phrase, where), suppressionOffset);
            return true;
        }

        return false;
    }

    /// <summary>Tells whether a text is nothing but one placeholder phrase ("implement me", "TBD", ...).</summary>
    /// <param name="text">The text, trimmed.</param>
    /// <returns><see langword="true"/> when the whole text is a placeholder phrase.</returns>
    internal static bool IsPlaceholderPhrase(string text) => Phrase().Match(text) is { Success: true, Index: 0 } match && match.Length == text.Length;

    private static string Message(string phrase, string where) =>
        $"Placeholder text \"{string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}\" in a {where}: replace it with the real content.";

    [GeneratedRegex(
        @"(?<![\w])((?i:your\s+code\s+(goes\s+)?here|insert\s+code\s+here|add\s+code\s+here|code\s+goes\s+here|implement\s+me|fill\s+(me|this)\s+in|lorem\s+ipsum|not\s+yet\s+implemented|not\s+implemented\s+yet|replace\s+me|(placeholder|dummy|stub)\s+implementation)|TBD)(?![\w])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
