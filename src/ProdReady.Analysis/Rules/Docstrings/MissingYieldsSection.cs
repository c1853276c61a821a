using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC007 missing-yields-section</c>: a generator's docstring has no <c>Yields:</c>.</summary>
public sealed class MissingYieldsSection : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC007",
        Name: "missing-yields-section",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags a generator (a function whose own body has `yield` or `yield from`) whose docstring has no
            `Yields:` section (NumPy: `Yields`; Sphinx: `:yields:`). A generator that only ever yields
            `None` (a bare `yield`, as in a `@contextmanager` with nothing to bind) yields nothing worth
            documenting and is exempt. The rule applies to public functions and methods.

            ## Why is this bad?
            Callers iterate a generator for its values; without `Yields:` they learn what those values are
            only from the body.

            ## Example
            ```python
            def chunks(data, size):
                """Split data into pieces."""
                for start in range(0, len(data), size):
                    yield data[start:start + size]
            ```

            Use instead:
            ```python
            def chunks(data, size):
                """Split data into pieces.

                Yields:
                    Consecutive slices of `data`, each `size` long but the last.
                """
                for start in range(0, len(data), size):
                    yield data[start:start + size]
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => DocstringChecks.OnFunctions(registry, Check);

    private void Check(FunctionFacts function, DocstringFacts facts, RuleContext context)
    {
        if (function.Own is not { } docstring || !function.IsPublic || !function.IsGenerator || !function.YieldsValue
            || docstring.Parsed.Has(SectionKind.Yields))
        {
            return;
        }

        context.Report(Info, docstring.FirstLineSpan, $"Docstring of generator '{function.Name}' has no Yields section", docstring.SuppressionOffset);
    }
}
