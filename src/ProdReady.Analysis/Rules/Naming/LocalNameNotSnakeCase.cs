using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary><c>NAM005 local-name-not-snake-case</c>: a variable of a function has upper-case letters.</summary>
public sealed class LocalNameNotSnakeCase : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "NAM005",
        Name: "local-name-not-snake-case",
        Category: ChecklistItem.Naming,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a variable bound in a function (an assignment, an annotated or augmented
            assignment, a `for` or `with` target, a walrus) whose name has an upper-case letter
            (pep8-naming's N806). Bindings that give the name a type rather than a value are named in
            CapWords and are not reported: type variables, `NewType`, functional `NamedTuple`,
            `namedtuple`, `TypedDict` and `Enum`, three-argument `type(...)`, `TypeAlias`, and aliases
            of a class (`Base = Mixin`); nor are names the function declares `global` or `nonlocal`, nor the names unittest looks up by
            name (`setUpModule = getattr(module, "setUpModule", None)`).

            Test code is held to the same standard.

            ## Why is this bad?
            PEP 8 keeps CapWords for classes and UPPER_CASE for module constants; a local named
            `Result` or `MAX` reads as a class or a module constant and sends the reader looking for
            its definition elsewhere.

            ## Example
            ```python
            def total(rows: list[Row]) -> int:
                runningTotal = 0
                for Row in rows:
                    runningTotal += Row.amount
                return runningTotal
            ```

            Use instead:
            ```python
            def total(rows: list[Row]) -> int:
                running_total = 0
                for row in rows:
                    running_total += row.amount
                return running_total
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
        var seen = new HashSet<(Scope, string)>();
        foreach (var binding in model.Bindings)
        {
            if (binding.Scope.Kind != ScopeKind.Function
                || binding.Kind is not (BindingKind.Assignment or BindingKind.AnnotatedAssignment or BindingKind.AugmentedAssignment
                    or BindingKind.LoopTarget or BindingKind.WithTarget or BindingKind.NamedExpression)
                || NamingFacts.IsSnakeCase(binding.Name) || NamingFacts.IsUnittestProtocolName(binding.Name)
                || binding.Scope.Globals.Contains(binding.Name) || binding.Scope.Nonlocals.Contains(binding.Name)
                || ClassLikeValue.Is(binding, model)
                || !seen.Add((binding.Scope, binding.Name)))
            {
                continue;
            }

            context.Report(Info, binding.Span, $"Variable '{binding.Name}' in function '{binding.Scope.Name}' is not snake_case (PEP 8)");
        }
    }
}
