using System.Buffers;
using System.Text.RegularExpressions;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;

namespace ProdReady.Analysis.Rules.Placeholders;

/// <summary><c>PLH001 todo-comment</c>: a comment holds a <c>TODO</c>, <c>FIXME</c>, <c>XXX</c> or <c>HACK</c> tag.</summary>
public sealed partial class TodoComment : Rule
{
    private static readonly SearchValues<char> s_tagInitials = SearchValues.Create("TFXH");

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "PLH001",
        Name: "todo-comment",
        Category: ChecklistItem.Placeholders,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a comment that holds a `TODO`, `FIXME`, `XXX` or `HACK` tag. Tags are matched as
            whole upper-case words (`TODO:`, `TODO(alice)`, `# FIXME` all count; `todo_list`, `Todo` and
            `XXXL` do not), and only in comments: strings are left to `PLH003`.

            ## Why is this bad?
            A tag marks work that is not done. Shipping it means shipping a known gap that nobody
            tracks; production-ready code either does the work or records it in the issue tracker.

            ## Example
            ```python
            def total(prices):
                # TODO: handle discounts
                return sum(prices)
            ```

            Use instead:
            ```python
            def total(prices, discount=0.0):
                return sum(prices) * (1.0 - discount)
            ```

            ## Known problems
            Upper-case matching is deliberate (flake8-todos and ruff's `FIX` rules match regardless of
            case): prose such as "a hack" or "xxx-large" is not a tag.
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnComment(Check);
    }

    private void Check(TextSpan comment, RuleContext context)
    {
        var text = context.Source.Slice(comment);
        if (text.IndexOfAny(s_tagInitials) < 0)
        {
            return;
        }

        foreach (var match in Tag().EnumerateMatches(text))
        {
            var tag = text.Slice(match.Index, match.Length).ToString();
            context.Report(
                Info,
                new TextSpan(comment.Start + match.Index, match.Length),
                $"{tag} comment: do the work or track it in an issue, then remove the comment.");
            return;
        }
    }

    /// <summary>Tells whether a text opens with a tag (<c>TODO</c>, <c>FIXME</c>, <c>XXX</c>, <c>HACK</c>), in any case.</summary>
    /// <param name="text">The text, trimmed.</param>
    /// <returns><see langword="true"/> when its first word is a tag.</returns>
    internal static bool StartsWithTag(string text) => Tag().Match(text.ToUpperInvariant()) is { Success: true, Index: 0 };

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(TODO|FIXME|XXX|HACK)(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
