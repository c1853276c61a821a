using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.ExternalTools;

/// <summary><c>EXT003 flake8-violation</c>: flake8 reports a violation.</summary>
public sealed class Flake8Violation : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXT003",
        Name: "flake8-violation",
        Category: ChecklistItem.ExternalTools,
        DefaultSeverity: Severity.Warning,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Reports each violation flake8 finds, with flake8's code (`E501`, `F401`, ...) in the message, when
            `check --run-tools` (or the `run-tools` key) runs flake8 in the project's own environment, with the
            project's flake8 configuration and plugins.

            ## Why is this bad?
            The standard assumes CI runs flake8: a change that fails it fails the pipeline after review instead
            of before it.

            ## Example
            ```python
            import os
            def name(): return "demo"
            ```

            Use instead:
            ```python
            def name() -> str:
                return "demo"
            ```

            ## Known problems
            flake8 runs with a time limit (5 minutes by default, `tool-timeouts.flake8`). Its own `# noqa`
            comments apply inside flake8. In change modes a violation counts when the function, class or
            module-level statement around it overlaps the change.
            """);

    /// <inheritdoc />
    /// <remarks>The rule has no checks of its own: its findings come from the flake8 run of <c>--run-tools</c>.</remarks>
    public override void Register(RuleRegistration registry) => ArgumentNullException.ThrowIfNull(registry);
}
