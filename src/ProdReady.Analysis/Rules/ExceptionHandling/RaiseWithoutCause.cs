using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary><c>EXC004 raise-without-cause</c>: a new exception raised inside an <c>except</c> clause without <c>from</c>.</summary>
public sealed class RaiseWithoutCause : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXC004",
        Name: "raise-without-cause",
        Category: ChecklistItem.ExceptionHandling,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a `raise` of a new exception inside an `except` clause (not in a function nested
            in it) that has no `from err` or `from None`. Re-raising the caught exception (a bare
            `raise`, `raise err` for `except ... as err`, or `raise err.with_traceback(tb)`) is not
            flagged, nor is raising any other plain name (`raise last_error`): an exception object
            made earlier may be the one caught before, which cannot be told.

            Test code is checked too.

            ## Why is this bad?
            Without `from`, the traceback says "During handling of the above exception, another
            exception occurred", as if the new exception were a bug in the handler. `from err`
            records that the original failure is the cause; `from None` states that it is an
            implementation detail the caller does not need.

            ## Example
            ```python
            try:
                port = int(text)
            except ValueError:
                raise ConfigError(f"port must be a number: {text!r}")
            ```

            Use instead:
            ```python
            try:
                port = int(text)
            except ValueError as err:
                raise ConfigError(f"port must be a number: {text!r}") from err
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Raise>(Check);
    }

    private void Check(Raise statement, RuleContext context)
    {
        if (statement.Exc is null || statement.Cause is not null || HandlerFacts.EnclosingHandler(context.Ancestors) is not { } handler)
        {
            return;
        }

        // A plain name raises an exception object made earlier (the caught one, or one kept from a previous attempt):
        // whether it is new cannot be told, so only a constructed exception is reported.
        if (statement.Exc is Name || (handler.Name is { } bound && statement.Exc is Call { Func: Python.Syntax.Attribute { Value: Name receiver } } && receiver.Id == bound))
        {
            return;
        }

        context.Report(Info, statement.Span, "Exception raised inside an 'except' clause without 'from': chain it with 'from err' (or 'from None' to hide the cause on purpose)");
    }
}
