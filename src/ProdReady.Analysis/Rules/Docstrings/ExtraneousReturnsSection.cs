using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC006 extraneous-returns-section</c>: a docstring has <c>Returns:</c> but the function returns nothing.</summary>
public sealed class ExtraneousReturnsSection : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC006",
        Name: "extraneous-returns-section",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Warning,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags a `Returns:` section (NumPy: `Returns`; Sphinx: `:returns:`) on a function that returns
            nothing: no `return <expression>` other than `None` in its own body and no return annotation
            promising a value. Properties, generators, and stub bodies (only `pass`, `...` or
            `raise NotImplementedError`, which document a contract for overriders) are exempt. A warning.

            ## Why is this bad?
            A documented return value that never comes makes callers store and test `None`, and usually
            means the body changed without the docstring.

            ## Example
            ```python
            def log_event(event):
                """Append an event to the audit log.

                Returns:
                    The log entry.
                """
                audit_log.append(event)
            ```

            Use instead:
            ```python
            def log_event(event):
                """Append an event to the audit log."""
                audit_log.append(event)
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => DocstringChecks.OnFunctions(registry, Check);

    private void Check(FunctionFacts function, DocstringFacts facts, RuleContext context)
    {
        if (function.Own is not { } docstring || docstring.Parsed.Find(SectionKind.Returns) is not { } section
            || function.IsProperty || function.IsGenerator || function.IsStubBody || function.ReturnsValue || function.AnnotatedReturn)
        {
            return;
        }

        context.Report(Info, docstring.LineSpan(section.Line), $"Docstring of '{function.Name}' has a Returns section, but the function returns nothing", docstring.SuppressionOffset);
    }
}
