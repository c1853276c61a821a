using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.ExternalTools;

/// <summary><c>EXT001 failing-test</c>: a pytest test fails or errors, or a test module does not collect.</summary>
public sealed class FailingTest : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXT001",
        Name: "failing-test",
        Category: ChecklistItem.ExternalTools,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Reports each pytest test that fails or errors, and each test module that pytest cannot collect, when
            `check --run-tools` (or the `run-tools` key) runs pytest in the project's own environment.

            ## Why is this bad?
            A change is not production-ready while its test suite fails: the failing test either found a defect
            or no longer describes the code. A module that does not collect hides every test in it.

            ## Example
            ```python
            def test_total():
                assert total([1, 2]) == 4
            ```

            Use instead:
            ```python
            def test_total():
                assert total([1, 2]) == 3
            ```

            ## Known problems
            pytest runs the project's code: only `--run-tools` starts it, with a time limit (10 minutes by
            default, `tool-timeouts.pytest`), after which the whole process tree is killed and one finding
            says so. Exit code 5 (no tests collected) is a note, not a failure. In change modes a failing test
            always counts, whether or not the change touched it.
            """);

    /// <inheritdoc />
    /// <remarks>The rule has no checks of its own: its findings come from the pytest run of <c>--run-tools</c>.</remarks>
    public override void Register(RuleRegistration registry) => ArgumentNullException.ThrowIfNull(registry);
}
