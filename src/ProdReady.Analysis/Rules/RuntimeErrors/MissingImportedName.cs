using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.RuntimeErrors;

/// <summary><c>RUN006 missing-imported-name</c>: <c>from &lt;project module&gt; import name</c> where the module defines no such name.</summary>
public sealed class MissingImportedName : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "RUN006",
        Name: "missing-imported-name",
        Category: ChecklistItem.RuntimeErrors,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags `from module import name` where `module` is a module of the project and binds no
            `name` at its top level: no assignment, import, definition or submodule of that name, no
            star import that could provide it, and no module-level `__getattr__` (PEP 562). The
            imported module is read from a summary cached by content hash, so the check costs no
            parse of files that did not change.

            Imports inside a `try` whose handler catches `ImportError` are optional by design and
            are not flagged.

            ## Why is this bad?
            The import raises `ImportError` when the module loads. It usually follows a rename or a
            move that missed one caller.

            ## Example
            ```python
            from app.billing import refund_order  # billing.py defines refund()
            ```

            Use instead:
            ```python
            from app.billing import refund
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
        if (context.Project.Index is not { } index || context.Project.Layout is not { } layout)
        {
            return;
        }

        foreach (var record in model.Imports)
        {
            if (!record.IsFrom || record.Name is null or "*" || record.Has(ImportContext.Guarded) || record.AbsoluteModule is not { Length: > 0 } module)
            {
                continue;
            }

            if (layout.Resolve(module, context.Path) is null || index.Defines(module, record.Name) != false)
            {
                continue;
            }

            context.Report(Info, record.Span, $"Module '{module}' of the project defines no '{record.Name}': nothing binds it at its top level and it has no submodule of that name");
        }
    }
}
