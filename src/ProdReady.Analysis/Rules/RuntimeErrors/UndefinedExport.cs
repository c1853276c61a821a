using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.RuntimeErrors;

/// <summary><c>RUN003 undefined-export</c>: <c>__all__</c> lists a name the module does not define.</summary>
public sealed class UndefinedExport : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "RUN003",
        Name: "undefined-export",
        Category: ChecklistItem.RuntimeErrors,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a string in a module's `__all__` that names nothing the module binds at its top level
            (assignments, imports, definitions, names a function declares `global` and assigns).

            Not flagged: modules with a `from ... import *` (the model cannot see those names), a
            module-level `__getattr__` (PEP 562), or writes to their own globals the model cannot follow
            (`globals().update(...)`, `@enum.global_enum`, `exec` into the module), and, in a package's `__init__`, names of the package's
            own submodules (`from package import *` imports those).

            ## Why is this bad?
            `from module import *` raises `AttributeError` on the missing name, and documentation
            tools and type checkers treat the module's public API as broken.

            ## Example
            ```python
            __all__ = ["parse", "dump"]

            def parse(text): ...
            ```

            Use instead:
            ```python
            __all__ = ["parse"]

            def parse(text): ...
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
        if (model.All is not { } all || model.ModuleScope.HasStarImport || model.HasModuleGetattr || model.HasDynamicGlobals)
        {
            return;
        }

        var layout = context.Project.Layout;
        foreach (var (name, span) in all.Names)
        {
            if (model.ModuleScope.Lookup(name) is not null)
            {
                continue;
            }

            if (model.Options.IsPackage)
            {
                // A package's __all__ may list its submodules; without the layout that cannot be told.
                if (layout is null || layout.ModuleExists(model.ModuleName + "." + name))
                {
                    continue;
                }
            }

            context.Report(Info, span, $"'{name}' is listed in __all__ but the module does not define it");
        }
    }
}
