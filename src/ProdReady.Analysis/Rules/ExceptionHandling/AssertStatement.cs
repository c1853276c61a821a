using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary><c>EXC006 assert-statement</c>: an <c>assert</c> statement used as a runtime check in shipped code.</summary>
public sealed class AssertStatement : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXC006",
        Name: "assert-statement",
        Category: ChecklistItem.ExceptionHandling,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an `assert` statement in shipped code. `typing.assert_never(...)` and
            `typing.assert_type(...)` are calls, not `assert` statements, and are fine.

            Not checked in test code (pytest's collection rules, `conftest.py`, the test roots),
            where `assert` is how tests check, nor in `.pyi` stubs, nor under `if TYPE_CHECKING:`,
            where it never runs and only informs the type checker.

            ## Why is this bad?
            `python -O` (and `PYTHONOPTIMIZE`) removes every `assert`, so a check written as an
            assertion vanishes in optimised deployments; when it does fire, it raises a bare
            `AssertionError` that callers cannot tell from a bug.

            ## Example
            ```python
            def transfer(amount):
                assert amount > 0, "amount must be positive"
            ```

            Use instead:
            ```python
            def transfer(amount):
                if amount <= 0:
                    raise ValueError(f"amount must be positive, got {amount}")
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Assert>(Check);
    }

    private void Check(Assert statement, RuleContext context)
    {
        if (context.IsTestCode || context.IsStub || context.Semantic is not { } model
            || context.Ancestors.Any(a => a is If branch && model.MatchesTyping(branch.Test, "TYPE_CHECKING")))
        {
            return;
        }

        context.Report(Info, new TextSpan(statement.Span.Start, Math.Min(6, statement.Span.Length)), "'assert' is removed under python -O: raise a specific exception for a runtime check");
    }
}
