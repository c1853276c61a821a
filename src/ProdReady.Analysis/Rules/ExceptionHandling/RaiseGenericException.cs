using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary><c>EXC005 raise-generic-exception</c>: raising <c>Exception</c> or <c>BaseException</c> itself.</summary>
public sealed class RaiseGenericException : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXC005",
        Name: "raise-generic-exception",
        Category: ChecklistItem.ExceptionHandling,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags `raise Exception(...)` and `raise BaseException(...)` (called or not, resolved
            through aliases): the class raised is the root of the hierarchy itself.

            Not checked in test code, where a generic exception is a common stand-in for
            "some failure" in fakes and mocks.

            ## Why is this bad?
            A caller cannot catch a generic `Exception` without catching every other error too, so
            it cannot handle this failure specifically; the type says nothing about what went wrong.

            ## Example
            ```python
            def withdraw(account, amount):
                if amount > account.balance:
                    raise Exception("insufficient funds")
            ```

            Use instead:
            ```python
            class InsufficientFundsError(ValueError):
                pass

            def withdraw(account, amount):
                if amount > account.balance:
                    raise InsufficientFundsError(account.id, amount)
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
        if (statement.Exc is null || context.IsTestCode || context.Semantic is not { } model)
        {
            return;
        }

        var raised = statement.Exc is Call call ? call.Func : statement.Exc;
        var name = model.QualifiedNameOf(raised);
        if (name is "builtins.Exception" or "builtins.BaseException")
        {
            context.Report(Info, raised.Span, $"'{name["builtins.".Length..]}' raised itself: raise a specific exception class (a builtin such as ValueError, or one of the project's) that callers can catch");
        }
    }
}
