using ProdReady.Analysis.Engine;
using ProdReady.Changelog;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Changelog;

/// <summary><c>CHL105 released-section-edited</c>: the change edits a section that was already released.</summary>
public sealed class ReleasedSectionEdited : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "CHL105",
        Name: "released-section-edited",
        Category: ChecklistItem.Changelog,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a change that edits, removes or rewrites anything in a section that was already
            released (entries, headings or dates of `## [1.2.0] - ...` sections). Cutting a new release
            from `[Unreleased]` is not an edit of a released section.

            ## Why is this bad?
            Released sections are the record of what shipped. Editing them silently changes history
            that users, auditors and release notes already rely on; corrections belong in a new entry.

            ## Example
            ```markdown
            ## [1.0.0] - 2026-01-10
            ### Added
            - Export to CSV and JSON.
            ```

            Use instead:
            ```markdown
            ## [Unreleased]
            ### Fixed
            - The 1.0.0 notes omitted that JSON export is experimental.

            ## [1.0.0] - 2026-01-10
            ### Added
            - Export to CSV and JSON.
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

        foreach (var version in verdict.ChangedReleases)
        {
            context.Report(
                Info,
                $"The change edits the released section [{version}] of {context.Changelog!.Path}: restore it and record corrections under [Unreleased].",
                SourceLocation.AtFile(context.Changelog.Path));
        }
    }
}
