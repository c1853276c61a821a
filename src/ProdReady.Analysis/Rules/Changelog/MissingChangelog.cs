using ProdReady.Analysis.Engine;
using ProdReady.Changelog;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Changelog;

/// <summary><c>CHL101 missing-changelog</c>: the project has no changelog file.</summary>
public sealed class MissingChangelog : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "CHL101",
        Name: "missing-changelog",
        Category: ChecklistItem.Changelog,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a project without its changelog (`CHANGELOG.md` at the checked root unless configured
            otherwise).

            ## Why is this bad?
            Users and operators read the changelog to decide whether and how to upgrade. Without one,
            every change ships undocumented.

            ## Example
            ```text
            $ ls
            pyproject.toml  src/  tests/
            ```

            Use instead:
            ```text
            $ prodready changelog init
            $ ls
            CHANGELOG.md  pyproject.toml  src/  tests/
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
        if (context.Changelog is not { } changelog)
        {
            context.MarkNotComputed();
            return;
        }

        if (changelog.CurrentText is null)
        {
            context.Report(
                Info,
                $"There is no {changelog.Path}: create it in Keep a Changelog format (`prodready changelog init`) and record the change under [Unreleased].");
        }
    }
}
