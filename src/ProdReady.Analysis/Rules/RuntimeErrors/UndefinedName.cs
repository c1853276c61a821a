using System.Globalization;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.RuntimeErrors;

/// <summary><c>RUN002 undefined-name</c>: a name is read that no scope the read can see binds.</summary>
public sealed class UndefinedName : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "RUN002",
        Name: "undefined-name",
        Category: ChecklistItem.RuntimeErrors,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a name that is read where no binding can be seen: not in the function, not in an
            enclosing function, not at module level, not a builtin of the target Python version
            (`requires-python` or `target-version`) and not a name every module has (`__name__`,
            `__file__`, ...). Names resolve by Python's own rules: a class body is invisible from the
            methods and comprehensions inside it, module-level code sees only what is bound above it,
            function bodies and deferred annotations (string annotations, every annotation under
            `from __future__ import annotations`) see the whole module.

            Not flagged: reads inside a `try` whose handler catches `NameError`, and any name when a
            `from module import *` could have defined it, or the module writes its own globals in a way
            the model cannot follow (`globals().update(...)`, `globals()[name] = ...`, `exec` into the
            module, `@enum.global_enum`): those names cannot be known statically.

            ## Why is this bad?
            The read raises `NameError` when it runs. Often it is a typo, a missing import, or a name
            removed by a refactoring that the tests did not reach.

            ## Example
            ```python
            def total(prices):
                return sum(price * quantitty for price, quantity in prices)
            ```

            Use instead:
            ```python
            def total(prices):
                return sum(price * quantity for price, quantity in prices)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnModel(Check, completeParseOnly: true);
    }

    private void Check(SemanticModel model, RuleContext context)
    {
        foreach (var reference in model.References)
        {
            if (reference.Resolution != ResolutionKind.Undefined || reference.Has(ReferenceFlags.NameErrorGuarded))
            {
                continue;
            }

            context.Report(Info, reference.Span, Message(model, reference));
        }
    }

    private static string Message(SemanticModel model, Reference reference)
    {
        var what = reference.Has(ReferenceFlags.Deletion) ? "deleted" : "read";
        var later = model.ModuleScope.Lookup(reference.Name);
        if (later is not null && reference.Scope.Kind is ScopeKind.Module or ScopeKind.Class)
        {
            var line = model.Source.Lines.GetPosition(later.Span.Start).Line;
            return string.Create(CultureInfo.InvariantCulture, $"Undefined name '{reference.Name}' {what} here: it is bound only later, at line {line}");
        }

        if (reference.Scope.Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension && ClassAttribute(reference) is { } owner)
        {
            return $"Undefined name '{reference.Name}': class '{owner}' binds it, but a class body is not visible from the functions and comprehensions inside it (use '{owner}.{reference.Name}' or 'self.{reference.Name}')";
        }

        return $"Undefined name '{reference.Name}' {what} here: no scope binds it and it is not a builtin";
    }

    private static string? ClassAttribute(Reference reference)
    {
        for (var scope = reference.Scope.Parent; scope is not null; scope = scope.Parent)
        {
            if (scope.Kind == ScopeKind.Class && scope.Binds(reference.Name))
            {
                return scope.Name;
            }
        }

        return null;
    }
}
