using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC008 extraneous-yields-section</c>: a docstring has <c>Yields:</c> but the function does not yield.</summary>
public sealed class ExtraneousYieldsSection : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC008",
        Name: "extraneous-yields-section",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags a `Yields:` section (NumPy: `Yields`; Sphinx: `:yields:`) on a function whose own body
            has no `yield` or `yield from`. Exempt: stub bodies (only `pass`, `...` or
            `raise NotImplementedError`: an abstract generator's contract), and functions annotated to
            return an iterator or generator type (`Iterator`, `Iterable`, `Generator` and their async
            forms), which hand out an iterator built elsewhere.

            ## Why is this bad?
            Callers of a function documented as a generator iterate its result; a function that returns a
            list or a value instead works by accident or not at all.

            ## Example
            ```python
            def names(users):
                """List the users' names.

                Yields:
                    Each user's name.
                """
                return [user.name for user in users]
            ```

            Use instead:
            ```python
            def names(users):
                """List the users' names.

                Returns:
                    Each user's name, in order.
                """
                return [user.name for user in users]
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => DocstringChecks.OnFunctions(registry, Check);

    private void Check(FunctionFacts function, DocstringFacts facts, RuleContext context)
    {
        if (function.Own is not { } docstring || docstring.Parsed.Find(SectionKind.Yields) is not { } section
            || function.IsGenerator || function.IsStubBody || function.ReturnsIterator)
        {
            return;
        }

        context.Report(Info, docstring.LineSpan(section.Line), $"Docstring of '{function.Name}' has a Yields section, but the function does not yield", docstring.SuppressionOffset);
    }
}
