using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.GlobalState;

/// <summary><c>GLB002 unchanged-module-container</c>: a module-level mutable container that nothing changes.</summary>
public sealed class UnchangedModuleContainer : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "GLB002",
        Name: "unchanged-module-container",
        Category: ChecklistItem.GlobalState,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a module-level name bound to a mutable container (the displays and constructors
            `GLB001` knows) that nothing in the module changes, and names the immutable alternative:
            a tuple for a list, a frozenset for a set, bytes for a bytearray, a
            `types.MappingProxyType` or a `Final` annotation for a dict.

            Not flagged: `__all__` and other dunder names; a name annotated `Final` (declared
            constant) or as a read-only type (`Mapping[...]`, `Sequence[...]`, `AbstractSet[...]`,
            which type checkers enforce); the configuration modules tools read by name and may
            extend (Sphinx's `conf.py`, Django's `settings.py` or `settings` package); a
            `defaultdict` read by subscript (the read inserts the key); a container that a module-level statement fills (a table built at import
            time), that a function changes (that is `GLB001`) or rebinds through `global`; a
            container handed to code that may keep or change it (passed to a call other than
            read-only builtins such as `len`, `sorted` or `tuple`, aliased to another name or
            attribute, returned or yielded). Changes made from other modules are not seen, so a
            public table that another module fills is reported here rather than under `GLB001`.

            Not checked in test code, where module-level lists of cases feed `pytest.mark.parametrize`.

            ## Why is this bad?
            A container that is meant to stay constant but can be changed invites a caller to change
            it for every other caller; nothing in the code says it is a constant, and a later edit
            that appends to it creates shared mutable state silently.

            ## Example
            ```python
            RETRYABLE_STATUSES = [502, 503, 504]

            def should_retry(status):
                return status in RETRYABLE_STATUSES
            ```

            Use instead:
            ```python
            RETRYABLE_STATUSES = frozenset({502, 503, 504})

            def should_retry(status):
                return status in RETRYABLE_STATUSES
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
        if (context.IsTestCode || context.IsStub || IsConfigurationModule(context.Path))
        {
            return;
        }

        var state = ModuleState.For(context);
        foreach (var candidate in state.Candidates)
        {
            if (candidate.Final || state.ChangedByFunction.ContainsKey(candidate.Name) || state.ChangedAtModuleLevel.Contains(candidate.Name)
                || state.Rebound.Contains(candidate.Name) || state.Escaped.Contains(candidate.Name) || IsRebound(model, candidate.Name))
            {
                continue;
            }

            context.Report(Info, candidate.Target.Span, $"Module-level {candidate.Kind} '{candidate.Name}' is never changed: make it {MutableValues.ImmutableAlternative(candidate.Kind)}, so no caller can change it for every other");
        }
    }

    /// <summary>Tells whether the file is a configuration module a tool reads by name and whose lists it may extend: Sphinx's <c>conf.py</c>, Django's <c>settings.py</c> (or a <c>settings</c> package).</summary>
    private static bool IsConfigurationModule(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        var folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path) ?? string.Empty);
        return name is "conf.py" or "settings.py" || folder == "settings";
    }

    /// <summary>Tells whether the module binds the name more than once (a value chosen by branches, or replaced later).</summary>
    private static bool IsRebound(SemanticModel model, string name) => model.ModuleScope.BindingsOf(name).Count(b => b.BindsValue) > 1;
}
