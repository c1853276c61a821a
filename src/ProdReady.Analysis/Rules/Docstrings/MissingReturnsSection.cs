using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC005 missing-returns-section</c>: a function returns a value but its docstring has no <c>Returns:</c>.</summary>
public sealed class MissingReturnsSection : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC005",
        Name: "missing-returns-section",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags a docstring without a `Returns:` section (NumPy: `Returns`; Sphinx: `:returns:`) on a
            function that returns a value: a `return <expression>` other than `None` in its own body (not in
            nested functions), or a return annotation other than `None`, `NoReturn` or `Never` (resolved
            through imports and aliases). `__init__`, properties (their docstring describes the attribute)
            and generators (DOC007 asks for `Yields:`) are exempt. The rule applies to public functions and
            methods.

            ## Why is this bad?
            What a function gives back is half of its contract. Without `Returns:` the caller has to read
            the body to learn what the value means, whether it can be `None`, and in which unit it is.

            ## Example
            ```python
            def balance(account) -> int:
                """Compute an account's balance."""
                return sum(entry.amount for entry in account.entries)
            ```

            Use instead:
            ```python
            def balance(account) -> int:
                """Compute an account's balance.

                Returns:
                    The balance in cents; negative when overdrawn.
                """
                return sum(entry.amount for entry in account.entries)
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => DocstringChecks.OnFunctions(registry, Check);

    private void Check(FunctionFacts function, DocstringFacts facts, RuleContext context)
    {
        if (function.Own is not { } docstring || !function.IsPublic || function.IsInit || function.IsProperty || function.IsAccessor
            || function.IsGenerator || !(function.ReturnsValue || function.AnnotatedReturn) || docstring.Parsed.Has(SectionKind.Returns))
        {
            return;
        }

        var why = function.ReturnsValue ? "returns a value" : "is annotated to return a value";
        context.Report(Info, docstring.FirstLineSpan, $"Docstring of '{function.Name}' has no Returns section, but the function {why}", docstring.SuppressionOffset);
    }
}
