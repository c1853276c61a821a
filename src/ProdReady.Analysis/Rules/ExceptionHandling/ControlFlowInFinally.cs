using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary><c>EXC007 control-flow-in-finally</c>: <c>return</c>, <c>break</c> or <c>continue</c> inside a <c>finally</c> block.</summary>
public sealed class ControlFlowInFinally : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXC007",
        Name: "control-flow-in-finally",
        Category: ChecklistItem.ExceptionHandling,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a `return`, `break` or `continue` that leaves a `finally` block: a `return` in the
            block (not in a function defined there), or a `break` / `continue` whose loop encloses
            the `try` statement (a loop written inside the `finally` block is fine).

            Test code is checked too.

            ## Why is this bad?
            Leaving a `finally` block this way discards the exception in flight: an error raised in
            the `try` body, even `KeyboardInterrupt`, disappears without a trace, and a `return` in
            `finally` also overrides the value the `try` body returned. Python 3.14 warns about it
            (PEP 765).

            ## Example
            ```python
            def read(path):
                try:
                    return parse(path)
                finally:
                    return None
            ```

            Use instead:
            ```python
            def read(path):
                try:
                    return parse(path)
                except ParseError:
                    return None
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Return>((node, context) => Check(node, "return", context));
        registry.OnNode<Break>((node, context) => Check(node, "break", context));
        registry.OnNode<Continue>((node, context) => Check(node, "continue", context));
    }

    private void Check(StmtNode statement, string keyword, RuleContext context)
    {
        var isReturn = statement is Return;
        var ancestors = context.Ancestors;
        SyntaxNode child = statement;
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            var node = ancestors[i];
            switch (node)
            {
                case FunctionDef or AsyncFunctionDef or Lambda or ClassDef:
                    return;
                case For or AsyncFor or While when !isReturn:
                    return;
                case Try block when child is StmtNode inner && block.Finalbody.Contains(inner):
                    context.Report(Info, statement.Span, $"'{keyword}' in 'finally' discards any exception in flight: move it out of the finally block");
                    return;
                case TryStar block when child is StmtNode inner && block.Finalbody.Contains(inner):
                    context.Report(Info, statement.Span, $"'{keyword}' in 'finally' discards any exception in flight: move it out of the finally block");
                    return;
            }

            child = node;
        }
    }
}
