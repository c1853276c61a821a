using ProdReady.Analysis.Engine;
using ProdReady.Changelog;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Changelog;

/// <summary><c>CHL106 change-type-mismatch</c>: the new changelog entries do not fit the change (new public API without an Added entry).</summary>
public sealed class ChangeTypeMismatch : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "CHL106",
        Name: "change-type-mismatch",
        Category: ChecklistItem.Changelog,
        DefaultSeverity: Severity.Warning,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a change whose new `[Unreleased]` entries do not fit what the code change does: the
            change adds public functions, classes, methods or modules, but none of its new entries is
            under `### Added` (for example only `### Fixed`). A unit counts as added when every line
            of it is new in the change; a module counts when its file is new, public (no leading
            underscore) and not a test.

            ## Why is this bad?
            Readers decide from the change type whether an upgrade brings new API. New API recorded
            only as a fix is invisible to the people who would use it, and semantic versioning
            depends on it (new API is a minor release, a fix a patch).

            ## Example
            ```markdown
            ## [Unreleased]
            ### Fixed
            - Export handles empty tables.
            ```

            Use instead:
            ```markdown
            ## [Unreleased]
            ### Added
            - `export_json()` writes a table as JSON.
            ### Fixed
            - Export handles empty tables.
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

        var entries = verdict.AddedEntries.Where(entry => entry.SectionKind == ChangelogSectionKind.Unreleased).ToList();
        var units = context.Facts.AddedPublicUnits;
        if (entries.Count == 0 || units.Count == 0 || entries.Any(entry => entry.ChangeType == ChangeType.Added))
        {
            return;
        }

        var types = string.Join(", ", entries.Select(entry => entry.Subsection ?? "no change type").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var named = string.Join(", ", units.Take(3)) + (units.Count > 3 ? $" and {units.Count - 3} more" : string.Empty);
        context.Report(
            Info,
            $"The change adds public API ({named}) but its new changelog entries are only {types}: add an entry under ### Added.",
            SourceLocation.AtLine(context.Changelog!.Path, entries[0].Line));
    }
}
