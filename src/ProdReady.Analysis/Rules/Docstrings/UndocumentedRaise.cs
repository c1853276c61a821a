using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC009 undocumented-raise</c>: the body raises an exception its docstring's <c>Raises:</c> does not list.</summary>
public sealed class UndocumentedRaise : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC009",
        Name: "undocumented-raise",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags an exception that a function raises explicitly and its docstring's `Raises:` section
            (NumPy: `Raises`; Sphinx: `:raises E:`) does not list. Counted: `raise X` and `raise X(...)`
            where `X` resolves, through imports and aliases, to an exception class: a builtin one, a class of
            the file or of the project (read through the project index), or a class of another module whose
            name ends in `Error`, `Exception`, `Warning`, `Exit` or `Interrupt`. Not counted: a bare `raise`,
            raises in nested functions, a raise caught by an enclosing `try` of the same function (the
            handler's class, or a base of the raised class), instances held in variables, and
            `NotImplementedError` (the contract of an abstract method, which PLH002 judges). A documented
            base class covers its subclasses (`OSError` covers `FileNotFoundError`). The rule applies to
            public functions and methods, and to any function whose docstring has a `Raises:` section.

            ## Why is this bad?
            A caller can only handle the errors it knows about. An exception missing from `Raises:` surfaces
            as a crash in production instead of a handled case.

            ## Example
            ```python
            def withdraw(account, amount):
                """Take money from an account."""
                if amount > account.balance:
                    raise InsufficientFunds(account.id)
                account.balance -= amount
            ```

            Use instead:
            ```python
            def withdraw(account, amount):
                """Take money from an account.

                Raises:
                    InsufficientFunds: If the balance does not cover the amount.
                """
                if amount > account.balance:
                    raise InsufficientFunds(account.id)
                account.balance -= amount
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => DocstringChecks.OnFunctions(registry, Check);

    private void Check(FunctionFacts function, DocstringFacts facts, RuleContext context)
    {
        if (function.Own is not { } docstring || function.Raised.Count == 0 || !DocstringChecks.Applies(function, docstring.Parsed, SectionKind.Raises))
        {
            return;
        }

        var documented = docstring.Parsed.EntriesOf(SectionKind.Raises).Select(e => DocstringChecks.LastPart(e.Name)).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (exception, at) in function.Raised)
        {
            if (exception.Name == "NotImplementedError" || documented.Any(exception.IsCoveredBy) || !reported.Add(exception.Name))
            {
                continue;
            }

            context.Report(Info, at.Span, $"'{function.Name}' raises {exception.Name}, which its docstring's Raises section does not list");
        }
    }
}
