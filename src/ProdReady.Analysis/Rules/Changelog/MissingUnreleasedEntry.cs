using ProdReady.Analysis.Engine;
using ProdReady.Changelog;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Changelog;

/// <summary><c>CHL103 missing-unreleased-entry</c>: the change modifies code but adds no changelog entry under [Unreleased].</summary>
public sealed class MissingUnreleasedEntry : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "CHL103",
        Name: "missing-unreleased-entry",
        Category: ChecklistItem.Changelog,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a change that modifies checked source files but adds no entry under
            `## [Unreleased]` in the changelog. Runs only on a change (`--base`, `--staged`), not on a
            whole tree.

            ## Why is this bad?
            An entry written with the change is accurate and cheap; reconstructing it at release time
            from commit messages is neither. Keep a Changelog collects upcoming changes under
            `[Unreleased]` so that releasing is a rename.

            ## Example
            ```markdown
            ## [Unreleased]

            ## [1.0.0] - 2026-01-10
            ```

            Use instead:
            ```markdown
            ## [Unreleased]
            ### Fixed
            - Totals no longer double-count refunded items.

            ## [1.0.0] - 2026-01-10
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
        if (context.Facts.ChangelogVerdict is not { } verdict || context.Facts.ChangedSourceFiles.Count == 0)
        {
            context.MarkNotComputed();
            return;
        }

        if (!verdict.AddedEntries.Any(entry => entry.SectionKind == ChangelogSectionKind.Unreleased))
        {
            var files = context.Facts.ChangedSourceFiles;
            var named = string.Join(", ", files.Take(3)) + (files.Count > 3 ? $" and {files.Count - 3} more" : string.Empty);
            context.Report(
                Info,
                $"The change modifies code ({named}) but adds no entry under [Unreleased] in {context.Changelog!.Path}: add a bullet under the change type that fits (Added, Changed, Fixed, ...).");
        }
    }
}
