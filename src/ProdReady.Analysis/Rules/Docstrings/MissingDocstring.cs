using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC001 missing-docstring</c>: a public module, class, function or method has no docstring.</summary>
public sealed class MissingDocstring : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC001",
        Name: "missing-docstring",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags a public module, class, function or method without a docstring.

            Public means: no leading underscore, listed in `__all__` when the module declares one, not nested
            in a function, every enclosing class public, and the module neither private (a path segment with a
            leading underscore, such as `_internal/cache.py`) nor test code (pytest's collection rules,
            `conftest.py`, the test roots). Test functions therefore need no docstring. An empty module
            (an `__init__.py` with no statements) needs none either.

            Not flagged:
            - `__init__`, which is documented either on the class (Google convention) or on itself; an
              undocumented class is reported once, on the class;
            - other special methods (`__repr__`, `__eq__`, ...), property setters and deleters, and
              `@overload` signatures;
            - a method that overrides a documented method of a base class of the file or of the project,
              and a method marked `@override` (resolved through imports and aliases): it inherits the base's
              docstring. A method of a class with a base the model cannot see into (a standard-library or
              third-party class, other than the builtin exceptions) may override a documented method
              there, and is not reported either. `inherit-docstrings = false` in the configuration turns
              all of this off.

            ## Why is this bad?
            The docstring is the contract a caller reads: what the function does, what it takes and what it
            gives back. Without one, every reader has to reverse-engineer the body, and tools that render
            help and API documentation show nothing.

            ## Example
            ```python
            def settle(invoice, amount):
                return ledger.post(invoice.account, amount)
            ```

            Use instead:
            ```python
            def settle(invoice, amount):
                """Post a payment against an invoice.

                Args:
                    invoice: The invoice being paid.
                    amount: The amount received, in the invoice's currency.

                Returns:
                    The ledger entry of the payment.
                """
                return ledger.post(invoice.account, amount)
            ```

            ## Known problems
            A new public method of a subclass of a standard-library or third-party class is not reported,
            because it cannot be told from an override of a method of that class.
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnModel(CheckModule);
        registry.OnNode<ClassDef>(CheckClass);
        registry.OnNode<FunctionDef>((function, context) => CheckFunction(function, context));
        registry.OnNode<AsyncFunctionDef>((function, context) => CheckFunction(function, context));
    }

    private void CheckModule(SemanticModel model, RuleContext context)
    {
        if (DocstringFacts.For(context) is not { } facts || facts.ModuleIsPrivate || model.Module.Body.IsDefaultOrEmpty
            || facts.DocstringOf(model.Module) is not null)
        {
            return;
        }

        var what = context.Path.EndsWith("__init__.py", StringComparison.Ordinal) ? "package" : "module";
        context.Report(Info, new TextSpan(0, 0), $"Public {what} has no docstring");
    }

    private void CheckClass(ClassDef type, RuleContext context)
    {
        if (DocstringFacts.For(context) is not { } facts || !facts.IsPublic(type) || facts.DocstringOf(type) is not null)
        {
            return;
        }

        context.Report(Info, facts.Model.BindingOf(type)?.Span ?? type.Span, $"Public class '{type.Name}' has no docstring");
    }

    private void CheckFunction(StmtNode node, RuleContext context)
    {
        if (DocstringFacts.For(context) is not { } facts)
        {
            return;
        }

        var function = facts.Function(node);
        if (!function.IsPublic || function.Own is not null || function.IsOverload || function.IsAccessor
            || DocstringFacts.IsDunder(function.Name) || facts.InheritsDocstring(function))
        {
            return;
        }

        var what = function.Owner is null ? $"function '{function.Name}'" : $"method '{function.Owner.Name}.{function.Name}'";
        context.Report(Info, facts.Model.BindingOf(node)?.Span ?? node.Span, $"Public {what} has no docstring");
    }
}
