using System.Globalization;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.RuntimeErrors;

/// <summary><c>RUN004 unbound-local</c>: a function reads one of its local variables where no path has assigned it yet.</summary>
public sealed class UnboundLocal : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "RUN004",
        Name: "unbound-local",
        Category: ChecklistItem.RuntimeErrors,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a read of a function's local variable (a name the function assigns somewhere, so
            Python compiles every use of it in the function as local) at a point that no path through
            the function can reach with the variable assigned: before its first assignment, and not
            inside a loop that assigns it later.

            A class body or comprehension runs where it is defined, so it is flagged the same way when
            it reads a variable that the enclosing function assigns only further down (a class body
            that names its own class, for one): CPython raises `NameError` ("cannot access free
            variable"). A `while` loop's test is read before its body first runs.

            Only certain cases are flagged: a read after a conditional assignment, or in a loop that
            assigns the name on a later iteration, may be fine and is left alone.

            ## Why is this bad?
            The read raises `UnboundLocalError`. The usual cause is an assignment further down that
            turns a global or enclosing variable into a local one for the whole function.

            ## Example
            ```python
            counter = 0

            def bump():
                counter = counter + 1
            ```

            Use instead:
            ```python
            counter = 0

            def bump():
                global counter
                counter = counter + 1
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
            if (reference.Resolution != ResolutionKind.Unbound)
            {
                continue;
            }

            var function = reference.Scope.Name;
            if (reference.Binding is { } owner && !ReferenceEquals(owner.Scope, reference.Scope))
            {
                var where = reference.Scope.Kind == ScopeKind.Class ? $"the body of class '{function}'" : "a comprehension";
                context.Report(Info, reference.Span, string.Create(CultureInfo.InvariantCulture, $"Variable '{reference.Name}' of '{owner.Scope.Name}' is read in {where} before '{owner.Scope.Name}' assigns it at line {model.Source.Lines.GetPosition(owner.Span.Start).Line}: the body runs where it is defined, so the read raises NameError"));
                continue;
            }

            var message = reference.Binding is { } first
                ? string.Create(CultureInfo.InvariantCulture, $"Local variable '{reference.Name}' is read before any assignment: the assignment at line {model.Source.Lines.GetPosition(first.Span.Start).Line} makes it local to '{function}'")
                : $"Local variable '{reference.Name}' of '{function}' is read but never assigned a value";
            if (Shadowed(model, reference) is { } outer)
            {
                message += $", hiding the {outer} '{reference.Name}'";
            }

            context.Report(Info, reference.Span, message);
        }
    }

    private static string? Shadowed(SemanticModel model, Reference reference)
    {
        for (var scope = reference.Scope.Parent; scope is not null; scope = scope.Parent)
        {
            if (scope.Kind is ScopeKind.Function or ScopeKind.Lambda && scope.Lookup(reference.Name) is not null)
            {
                return "enclosing variable";
            }
        }

        if (model.ModuleScope.Lookup(reference.Name) is not null)
        {
            return "global";
        }

        return model.Options.IsBuiltin(reference.Name) ? "builtin" : null;
    }
}
