using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Engine;

/// <summary>Everything the catalogue, the reports and <c>prodready rules</c> say about a rule.</summary>
/// <param name="Code">The code: the checklist item's prefix plus three digits (<c>PLH001</c>).</param>
/// <param name="Name">The kebab-case name of the flagged pattern (<c>todo-comment</c>).</param>
/// <param name="Category">The checklist item the rule's findings count against.</param>
/// <param name="DefaultSeverity">The severity used unless the configuration says otherwise.</param>
/// <param name="Since">The version that introduced the rule.</param>
/// <param name="Fix">Whether the rule offers automatic fixes.</param>
/// <param name="Docs">
/// The Markdown documentation: <c>## What it does</c>, <c>## Why is this bad?</c>, <c>## Example</c>
/// followed by a "Use instead:" example, and optional further sections.
/// </param>
public sealed record RuleInfo(
    string Code,
    string Name,
    ChecklistItem Category,
    Severity DefaultSeverity,
    string Since,
    FixAvailability Fix,
    string Docs)
{
    /// <summary>The section headings every rule's documentation must have, in this order.</summary>
    public static readonly IReadOnlyList<string> RequiredSections = ["## What it does", "## Why is this bad?", "## Example"];

    /// <summary>Gets the life-cycle state of the code.</summary>
    public RuleStatus Status { get; init; } = RuleStatus.Stable;

    /// <summary>Gets the first sentence-paragraph under <c>## What it does</c>, on one line.</summary>
    public string Summary
    {
        get
        {
            var lines = Docs.ReplaceLineEndings("\n").Split('\n');
            var start = Array.FindIndex(lines, l => l.Trim() == RequiredSections[0]);
            if (start < 0)
            {
                return string.Empty;
            }

            var words = new List<string>();
            for (var i = start + 1; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 && words.Count > 0)
                {
                    break;
                }

                if (line.StartsWith('#'))
                {
                    break;
                }

                if (line.Length > 0)
                {
                    words.Add(line);
                }
            }

            return string.Join(' ', words);
        }
    }

    /// <summary>Converts the entry to the descriptor reports carry.</summary>
    /// <returns>The descriptor.</returns>
    public RuleDescriptor ToDescriptor() => new(Code, Name, Category, DefaultSeverity, Summary, Docs, Since);
}
