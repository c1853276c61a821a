using ProdReady.Analysis.Engine;
using ProdReady.Changelog;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Changelog;

/// <summary><c>CHL102 invalid-changelog</c>: the changelog breaks Keep a Changelog (an error of the changelog linter).</summary>
public sealed class InvalidChangelog : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "CHL102",
        Name: "invalid-changelog",
        Category: ChecklistItem.Changelog,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a changelog that is not valid Keep a Changelog 1.1.0: every error-severity finding of
            the changelog linter (`prodready changelog lint`), such as a missing `## [Unreleased]`
            section (`CHL002`), releases out of order (`CHL006`) or a date in the future (`CHL008`),
            becomes a finding of this rule that names the linter's code. Warning-severity lint findings
            are left to `prodready changelog lint`.

            ## Why is this bad?
            Tools and people find upcoming changes under `[Unreleased]` and releases newest first. A
            changelog that breaks the format hides entries from release tooling and from readers.

            ## Example
            ```markdown
            # Changelog
            ## [1.0.0] - 2026-01-10
            ### Added
            - Export to CSV.
            ```

            Use instead:
            ```markdown
            # Changelog
            ## [Unreleased]

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
        if (context.Changelog?.CurrentText is null)
        {
            context.MarkNotComputed();
            return;
        }

        foreach (var lint in context.Facts.ChangelogLint)
        {
            if (lint.Severity == Severity.Error)
            {
                context.Report(Info, $"{context.Changelog.Path} is not valid Keep a Changelog: {lint.Code} {lint.Message}", lint.Location);
            }
        }
    }
}
