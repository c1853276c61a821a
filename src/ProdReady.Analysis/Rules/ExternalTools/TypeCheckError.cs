using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.ExternalTools;

/// <summary><c>EXT002 type-check-error</c>: mypy reports an error.</summary>
public sealed class TypeCheckError : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXT002",
        Name: "type-check-error",
        Category: ChecklistItem.ExternalTools,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Reports each error of mypy, with mypy's error code in the message, when `check --run-tools` (or the
            `run-tools` key) runs mypy in the project's own environment. The project's mypy configuration
            applies (`mypy.ini`, `.mypy.ini`, `[tool.mypy]` in `pyproject.toml`, `[mypy]` in `setup.cfg`);
            without one, mypy runs with `--strict`.

            ## Why is this bad?
            A type error is a call, an attribute or a return that does not fit what the code declares: at best
            dead weight in the annotations, at worst an exception in production.

            ## Example
            ```python
            def port(text: str) -> int:
                return text
            ```

            Use instead:
            ```python
            def port(text: str) -> int:
                return int(text)
            ```

            ## Known problems
            mypy runs with a time limit (5 minutes by default, `tool-timeouts.mypy`). In change modes an error
            counts when the function, class or module-level statement around it overlaps the change.
            """);

    /// <inheritdoc />
    /// <remarks>The rule has no checks of its own: its findings come from the mypy run of <c>--run-tools</c>.</remarks>
    public override void Register(RuleRegistration registry) => ArgumentNullException.ThrowIfNull(registry);
}
