using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TypeHints;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary><c>NAM003 parameter-name-not-snake-case</c>: a parameter name has upper-case letters.</summary>
public sealed class ParameterNameNotSnakeCase : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "NAM003",
        Name: "parameter-name-not-snake-case",
        Category: ChecklistItem.Naming,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a parameter of a function or method whose name has an upper-case letter
            (pep8-naming's N803), of every kind. The parameters of a method that overrides a base
            method (by the semantic model's override facts, as in `NAM002`), or of a method of a
            class whose base the model cannot see into, are not reported: callers pass them by the
            base's names.

            Test code is held to the same standard.

            ## Why is this bad?
            Parameter names are part of a function's interface: callers write them in keyword
            arguments. PEP 8 names them in lowercase with underscores, like other variables.

            ## Example
            ```python
            def resize(image: Image, newWidth: int) -> Image:
                ...
            ```

            Use instead:
            ```python
            def resize(image: Image, new_width: int) -> Image:
                ...
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<FunctionDef>(Check);
        registry.OnNode<AsyncFunctionDef>(Check);
    }

    private void Check(StmtNode function, RuleContext context)
    {
        if (FunctionFacts.Parts(function) is not { } parts || context.Semantic is not { } model)
        {
            return;
        }

        var checkedOverride = false;
        foreach (var (arg, _) in parts.Args.Parameters)
        {
            if (NamingFacts.IsSnakeCase(arg.Name))
            {
                continue;
            }

            if (!checkedOverride)
            {
                checkedOverride = true;
                if (FunctionFacts.OwnerClass(function, model) is { } owner && NamingFacts.Overrides(owner, parts.Name, parts.Decorators, model, context.Project) != false)
                {
                    return;
                }
            }

            context.Report(Info, FunctionFacts.NameSpan(arg), $"Parameter name '{arg.Name}' of '{parts.Name}' is not snake_case (PEP 8)");
        }
    }
}
