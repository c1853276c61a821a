using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.RuntimeErrors;

/// <summary><c>RUN001 syntax-error</c>: the file does not decode or does not parse.</summary>
public sealed class SyntaxError : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "RUN001",
        Name: "syntax-error",
        Category: ChecklistItem.RuntimeErrors,
        DefaultSeverity: Severity.Error,
        Since: "0.1.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a file that Python cannot compile: a syntax, indentation or tab error at the position
            CPython reports (the first error, as CPython stops there), or bytes that do not decode in
            the file's encoding (UTF-8 unless a PEP 263 `coding:` line says otherwise).

            ## Why is this bad?
            A module that does not compile fails on import, taking down every module that imports it.
            The rest of the file is analysed only up to the error, so other findings may be missing.

            ## Example
            ```python
            def total(prices)
                return sum(prices)
            ```

            Use instead:
            ```python
            def total(prices):
                return sum(prices)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnFile(Check);
    }

    private void Check(RuleContext context)
    {
        if (context.DecodeError is { } decodeError)
        {
            context.ReportFileAtLine(Info, $"The file cannot be decoded: {decodeError.Message}", decodeError.Line);
            return;
        }

        if (context.Parse is { Errors: [var error, ..] })
        {
            context.ReportFile(Info, $"{error.Type}: {error.Message}", error.Span);
        }
    }
}
