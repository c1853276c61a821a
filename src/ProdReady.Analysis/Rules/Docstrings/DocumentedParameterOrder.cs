using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC004 documented-parameter-order</c>: <c>Args:</c> lists the parameters in another order than the signature.</summary>
public sealed class DocumentedParameterOrder : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC004",
        Name: "documented-parameter-order",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Warning,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags an `Args:` section (NumPy: `Parameters`; Sphinx: `:param x:` fields) that documents the
            function's parameters in another order than the signature declares them. Entries that name no
            parameter are left to DOC003. A warning: the documentation is complete, only harder to follow.

            ## Why is this bad?
            Readers match the documentation to the signature line by line; a shuffled list makes a
            missing or stale entry easy to overlook, and usually means the signature changed without the
            docstring.

            ## Example
            ```python
            def clamp(value, low, high):
                """Limit a value to a range.

                Args:
                    low: The lower bound.
                    high: The upper bound.
                    value: The value to limit.
                """
            ```

            Use instead:
            ```python
            def clamp(value, low, high):
                """Limit a value to a range.

                Args:
                    value: The value to limit.
                    low: The lower bound.
                    high: The upper bound.
                """
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => DocstringChecks.OnFunctions(registry, Check);

    private void Check(FunctionFacts function, DocstringFacts facts, RuleContext context)
    {
        if (function.ParameterCount < 2 || function.ArgsDocstring(facts) is not { } docstring)
        {
            return;
        }

        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < function.Parameters.Count; i++)
        {
            position.TryAdd(function.Parameters[i].Name, i);
        }

        var previous = -1;
        DocstringEntry? previousEntry = null;
        foreach (var entry in docstring.Parsed.EntriesOf(SectionKind.Args))
        {
            if (!position.TryGetValue(entry.BareName, out var index))
            {
                continue;
            }

            if (index < previous && previousEntry is not null)
            {
                context.Report(Info, docstring.LineSpan(entry.Line), $"Args documents '{entry.BareName}' after '{previousEntry.BareName}'; the signature of '{function.Name}' declares it before", docstring.SuppressionOffset);
                return;
            }

            previous = index;
            previousEntry = entry;
        }
    }
}
