using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TypeHints;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Environment;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary><c>NAM010 builtin-shadowing</c>: a variable, parameter or attribute takes the name of a builtin.</summary>
public sealed class BuiltinShadowing : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "NAM010",
        Name: "builtin-shadowing",
        Category: ChecklistItem.Naming,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a name that shadows a builtin of the target Python version (`list`, `id`, `type`,
            `input`, `format`, ...):
            - a variable of a module or function: an assignment, a `for`, `with` or `except` target,
              a walrus, a `def` or a `class` (flake8-builtins' A001);
            - a parameter of a function (A002), unless the method overrides a base method (by the
              semantic model's override facts, as in `NAM002`) and so takes the base's names;
            - a class attribute or method that an annotation of the class body then names, where the
              builtin was meant (`def list(self)` followed by `def names(self) -> list[str]` in the
              same class: the annotation now names the method) (A003).

            Names with a leading underscore are not builtins' names and are never reported.

            Test code is held to the same standard.

            ## Why is this bad?
            Inside the scope, the builtin is gone: `list(items)` calls whatever `list` now is, and
            the failure (`TypeError: 'str' object is not callable`) appears far from the assignment
            that caused it, often only on one path.

            ## Example
            ```python
            def tally(input: str) -> int:
                list = input.split()
                return len(list)
            ```

            Use instead:
            ```python
            def tally(text: str) -> int:
                words = text.split()
                return len(words)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnModel(Check);
    }

    private void Check(SemanticModel model, RuleContext context)
    {
        var builtins = StandardLibrary.Builtins(context.Project.TargetVersion);
        var seen = new HashSet<(Scope, string)>();
        foreach (var binding in model.Bindings)
        {
            if (binding.Name.StartsWith('_') || !builtins.Contains(binding.Name) || seen.Contains((binding.Scope, binding.Name)))
            {
                continue;
            }

            // One finding per name and scope, at the binding that first shadows it: a parameter, else the first binding.
            seen.Add((binding.Scope, binding.Name));
            if (binding.Kind != BindingKind.Parameter && binding.Scope.BindingsOf(binding.Name).Any(b => b.Kind == BindingKind.Parameter))
            {
                continue;
            }

            switch (binding.Scope.Kind)
            {
                case ScopeKind.Module or ScopeKind.Function when binding.Kind is BindingKind.Assignment or BindingKind.AnnotatedAssignment
                    or BindingKind.AugmentedAssignment or BindingKind.LoopTarget or BindingKind.WithTarget or BindingKind.ExceptionHandler
                    or BindingKind.NamedExpression or BindingKind.FunctionDefinition or BindingKind.ClassDefinition:
                    var what = binding.Kind switch
                    {
                        BindingKind.FunctionDefinition => "Function",
                        BindingKind.ClassDefinition => "Class",
                        _ => "Variable",
                    };
                    context.Report(Info, SpanOf(binding, context), $"{what} '{binding.Name}' shadows the builtin of that name in this {Where(binding.Scope)}");
                    break;
                case ScopeKind.Function when binding.Kind is BindingKind.Parameter && binding.Scope.Node is FunctionDef or AsyncFunctionDef:
                    if (IsOverride(binding.Scope.Node, model, context))
                    {
                        break;
                    }

                    context.Report(Info, binding.Node is Arg arg ? FunctionFacts.NameSpan(arg) : binding.Span, $"Parameter '{binding.Name}' shadows the builtin of that name in '{binding.Scope.Name}'");
                    break;
                case ScopeKind.Class when binding.BindsValue && model.ReferencesTo(binding).Any(r => (r.Flags & ReferenceFlags.Annotation) != 0):
                    context.Report(Info, SpanOf(binding, context), $"Attribute '{binding.Name}' shadows the builtin of that name, and an annotation of the class body names it where the builtin was meant");
                    break;
            }
        }
    }

    private static string Where(Scope scope) => scope.Kind == ScopeKind.Module ? "module" : "function";

    private static ProdReady.Core.Text.TextSpan SpanOf(Binding binding, RuleContext context) => binding.Node switch
    {
        FunctionDef function => FunctionFacts.NameSpan(context.Source, function, function.Name, function.DecoratorList),
        AsyncFunctionDef function => FunctionFacts.NameSpan(context.Source, function, function.Name, function.DecoratorList),
        ClassDef type => FunctionFacts.NameSpan(context.Source, type, type.Name, type.DecoratorList),
        _ => binding.Span,
    };

    private static bool IsOverride(SyntaxNode function, SemanticModel model, RuleContext context) =>
        function is StmtNode statement && FunctionFacts.Parts(statement) is { } parts && FunctionFacts.OwnerClass(statement, model) is { } owner
        && NamingFacts.Overrides(owner, parts.Name, parts.Decorators, model, context.Project) != false;
}
