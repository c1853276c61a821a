using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary><c>NAM006 mixed-case-name</c>: a module variable or class attribute is named in mixedCase.</summary>
public sealed class MixedCaseName : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "NAM006",
        Name: "mixed-case-name",
        Category: ChecklistItem.Naming,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a module variable or a class attribute named in mixedCase (a lower-case first
            letter and an upper-case letter right after a lower-case one, leading underscores
            aside), as pep8-naming's N815 and N816 do; snake_case with an acronym
            (`requires_IEEE_754`) is not mixedCase. CapWords (a class alias) and UPPER_CASE (a constant) are PEP 8 names at
            these levels and are not reported, nor are bindings that give the name a type (type
            variables, functional `NamedTuple` or `TypedDict`, aliases of a class), the keys of a
            `TypedDict` class, class attributes that override a base class's (by the semantic
            model's override facts), and the names unittest looks up by name (`maxDiff`,
            `longMessage`, `failureException`, `tearDown = setUp`).

            Test code is held to the same standard.

            ## Why is this bad?
            PEP 8 names variables in snake_case and constants in UPPER_CASE; mixedCase at module or
            class level is neither, and tells the reader nothing about whether the name may change.

            ## Example
            ```python
            defaultTimeout = 30

            class Client:
                retryCount = 3
            ```

            Use instead:
            ```python
            DEFAULT_TIMEOUT = 30

            class Client:
                retry_count = 3
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
            if (binding.Scope.Kind is not (ScopeKind.Module or ScopeKind.Class)
                || binding.Kind is not (BindingKind.Assignment or BindingKind.AnnotatedAssignment or BindingKind.Annotation
                    or BindingKind.AugmentedAssignment or BindingKind.LoopTarget or BindingKind.WithTarget or BindingKind.NamedExpression)
                || !NamingFacts.IsMixedCase(binding.Name) || NamingFacts.IsUnittestProtocolName(binding.Name)
                || ClassLikeValue.Is(binding, model)
                || !seen.Add((binding.Scope, binding.Name)))
            {
                continue;
            }

            if (binding.Scope is { Kind: ScopeKind.Class, Node: ClassDef owner }
                && (model.ClassOf(owner).Is(ClassKind.TypedDict)
                    || NamingFacts.Overrides(owner, binding.Name, [], model, context.Project) != false))
            {
                continue;
            }

            var where = binding.Scope.Kind == ScopeKind.Module ? "module" : "class";
            context.Report(Info, binding.Span, $"Variable '{binding.Name}' in {where} scope is named in mixedCase: use snake_case, or UPPER_CASE for a constant (PEP 8)");
        }
    }
}
