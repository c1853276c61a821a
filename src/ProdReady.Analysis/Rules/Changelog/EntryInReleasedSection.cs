using ProdReady.Analysis.Engine;
using ProdReady.Changelog;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Changelog;

/// <summary><c>CHL104 entry-in-released-section</c>: the change adds an entry to an already released section.</summary>
public sealed class EntryInReleasedSection : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "CHL104",
        Name: "entry-in-released-section",
        Category: ChecklistItem.Changelog,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an entry that the change adds to a section that was already released, instead of
            under `## [Unreleased]`. Entries of a release section that the change itself creates (a
            release being cut) are not flagged.

            ## Why is this bad?
            A released section describes what shipped in that version. Adding to it afterwards rewrites
            history: the entry describes code that the released version does not contain.

            ## Example
            ```markdown
            ## [Unreleased]

            ## [1.0.0] - 2026-01-10
            ### Added
            - Export to CSV.
            - Export to JSON.
            ```

            Use instead:
            ```markdown
            ## [Unreleased]
            ### Added
            - Export to JSON.

            ## [1.0.0] - 2026-01-10
            ### Added
            - Export to CSV.
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnChange(Check);
    }

    private void Check(ChangeRuleContext context)
    {
        if (context.Facts.ChangelogVerdict is not { } verdict)
        {
            context.MarkNotComputed();
            return;
        }

        foreach (var entry in verdict.AddedEntries)
        {
            if (entry.SectionKind == ChangelogSectionKind.Release && !verdict.AddedReleases.Contains(entry.Section, StringComparer.Ordinal))
            {
                context.Report(
                    Info,
                    $"The change adds an entry to the released section [{entry.Section}]: move it under [Unreleased].",
                    SourceLocation.AtLine(context.Changelog!.Path, entry.Line));
            }
        }
    }
}
