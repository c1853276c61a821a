using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.GlobalState;

/// <summary><c>GLB001 mutated-module-state</c>: a module-level mutable container that functions of the module change in place.</summary>
public sealed class MutatedModuleState : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "GLB001",
        Name: "mutated-module-state",
        Category: ChecklistItem.GlobalState,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a module-level name bound to a mutable container (a list, dict, set or comprehension
            display; `list()`, `dict()`, `set()`, `bytearray()`, `collections.defaultdict`, `deque`,
            `OrderedDict`, `Counter`, `array.array`, resolved through imports and aliases) that a
            function of the module changes in place: a mutating method call (`append`, `extend`,
            `update`, `setdefault`, `pop`, `clear`, `add`, `discard`, ...), an item assignment or
            deletion, or an augmented assignment, also through subscripts (`table[key].append(v)`);
            reading a missing key of a `defaultdict` inserts it, so a subscript read counts too.
            The finding names the first function that changes it.

            Mutations are collected from the functions, methods and lambdas of the same module.
            A container changed only by module-level statements (a table filled at import time) is
            not flagged. Changes made from other modules (`from config import SETTINGS` and then
            `SETTINGS[...] = ...` elsewhere), or through an alias or an argument, are not followed.

            Test code is checked too: state that one test changes leaks into the next and makes the
            suite depend on its order.

            ## Why is this bad?
            A module is imported once per process, so a module-level container is shared by every
            caller, every request and every thread. Changes made by one call leak into the next,
            results depend on the order of calls, tests contaminate each other, and concurrent
            writers race.

            ## Example
            ```python
            _seen = set()

            def first_time(key):
                if key in _seen:
                    return False
                _seen.add(key)
                return True
            ```

            Use instead:
            ```python
            class Deduplicator:
                def __init__(self):
                    self._seen = set()

                def first_time(self, key):
                    if key in self._seen:
                        return False
                    self._seen.add(key)
                    return True
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
        var state = ModuleState.For(context);
        foreach (var candidate in state.Candidates)
        {
            if (state.ChangedByFunction.TryGetValue(candidate.Name, out var change))
            {
                var line = context.Source.Lines.GetLineNumber(change.At.Span.Start);
                context.Report(Info, candidate.Target.Span, $"Module-level {candidate.Kind} '{candidate.Name}' is changed in place by function '{change.Function}' (line {line}), so every caller and thread shares it: keep it in an object passed to its users, or behind a lock if it must be shared");
            }
        }
    }
}
