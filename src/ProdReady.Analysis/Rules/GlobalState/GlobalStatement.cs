using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.GlobalState;

/// <summary><c>GLB003 global-statement</c>: a <c>global</c> statement through which a function rebinds module state.</summary>
public sealed class GlobalStatement : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "GLB003",
        Name: "global-statement",
        Category: ChecklistItem.GlobalState,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a `global` statement in a function (or method) when the function rebinds one of
            the declared names: assigns it (plainly, augmented or annotated), deletes it, or binds it
            as a loop, `with` or `except` target, an import, a `def` or a `class`. A `global`
            declaration that is only read through has no effect and is not flagged; neither is a
            `global` statement at module level.

            Test code is checked too.

            ## Why is this bad?
            A function that rebinds a module-level name changes state every other caller sees, in
            an order nobody controls: the module's behaviour depends on which function ran last,
            tests leak into each other, and threads race on the rebinding.

            ## Example
            ```python
            _client = None

            def get_client():
                global _client
                if _client is None:
                    _client = Client()
                return _client
            ```

            Use instead:
            ```python
            @functools.cache
            def get_client():
                return Client()
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Global>(Check);
    }

    private void Check(Global statement, RuleContext context)
    {
        var function = SyntaxSearch.EnclosingFunction(context.Ancestors);
        var body = function switch
        {
            FunctionDef definition => definition.Body,
            AsyncFunctionDef definition => definition.Body,
            _ => default,
        };
        if (body.IsDefault)
        {
            return;
        }

        var declared = statement.Names.ToHashSet(StringComparer.Ordinal);
        var rebound = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in SyntaxSearch.InBlock(body))
        {
            switch (node)
            {
                case Name { Ctx: ExprContext.Store or ExprContext.Del } name when declared.Contains(name.Id):
                    rebound.Add(name.Id);
                    break;
                case FunctionDef definition when declared.Contains(definition.Name):
                    rebound.Add(definition.Name);
                    break;
                case AsyncFunctionDef definition when declared.Contains(definition.Name):
                    rebound.Add(definition.Name);
                    break;
                case ClassDef definition when declared.Contains(definition.Name):
                    rebound.Add(definition.Name);
                    break;
                case ExceptHandler { Name: { } bound } when declared.Contains(bound):
                    rebound.Add(bound);
                    break;
                case Alias alias when declared.Contains(alias.Asname ?? alias.Name.Split('.')[0]):
                    rebound.Add(alias.Asname ?? alias.Name.Split('.')[0]);
                    break;
            }
        }

        if (rebound.Count > 0)
        {
            var names = string.Join("', '", rebound);
            context.Report(Info, statement.Span, $"'global' lets this function rebind module state ('{names}') that every caller shares: return the value, keep it in an object, or cache it with functools.cache");
        }
    }
}
