using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC001 dynamic-code-execution</c>: <c>eval</c>, <c>exec</c> or <c>compile</c> of anything but a literal.</summary>
public sealed class DynamicCodeExecution : Rule
{
    private static readonly FrozenSet<string> s_attributes = new[] { "eval", "exec", "compile" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_functions = new[] { "builtins.eval", "builtins.exec", "builtins.compile" }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC001",
        Name: "dynamic-code-execution",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a call to the built-in `eval`, `exec` or `compile` whose code argument is not a literal string,
            through any alias (`import builtins; builtins.eval`, `run = exec`). A literal is fixed in the source
            and reviewed with it; anything else is code chosen at run time.

            Test code is not checked: tests call `eval` on their own inputs, which do not cross a trust boundary.

            ## Why is this bad?
            Whoever controls the string controls the process: `eval` and `exec` run arbitrary Python with the
            program's privileges, and no sandboxing of their globals makes them safe.

            ## Example
            ```python
            def parse_value(text):
                return eval(text)
            ```

            Use instead:
            ```python
            import ast

            def parse_value(text):
                return ast.literal_eval(text)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Call>(Check);
    }

    private void Check(Call call, RuleContext context)
    {
        if (call.Args.Length == 0 || context.IsTestCode || context.Semantic is not { } model
            || SecurityFacts.Callee(call, model, s_attributes) is not { } callee || !s_functions.Contains(callee))
        {
            return;
        }

        var code = call.Args[0];
        if (SecurityFacts.IsLiteral(code) && code is not Starred)
        {
            return;
        }

        var function = SecurityFacts.LastPart(callee);
        context.Report(Info, call.Span, $"'{function}' runs code computed at run time: parse data with ast.literal_eval or json, or dispatch through a table of functions");
    }
}
