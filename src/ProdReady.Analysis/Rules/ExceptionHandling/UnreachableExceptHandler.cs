using System.Collections.Immutable;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary><c>EXC009 unreachable-except-handler</c>: a handler for a class already caught by an earlier handler of the same <c>try</c>.</summary>
public sealed class UnreachableExceptHandler : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXC009",
        Name: "unreachable-except-handler",
        Category: ChecklistItem.ExceptionHandling,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an exception class in an `except` clause that an earlier clause of the same `try`
            already catches: the same class, an alias of it (`IOError` after `OSError`,
            `socket.timeout` after `TimeoutError`), or a subclass of it. The hierarchy is known for
            the builtin exceptions and a few standard ones (`json.JSONDecodeError`,
            `subprocess.CalledProcessError`), and followed through the bases of the file's own
            classes and the project's other modules.

            Test code is checked too.

            ## Why is this bad?
            Python tries handlers in order and runs the first that matches, so the later handler is
            dead code: the special handling it was written for never happens.

            ## Example
            ```python
            try:
                data = path.read_text()
            except OSError:
                data = ""
            except FileNotFoundError:
                data = DEFAULT
            ```

            Use instead:
            ```python
            try:
                data = path.read_text()
            except FileNotFoundError:
                data = DEFAULT
            except OSError:
                data = ""
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Try>((node, context) => Check(node.Handlers, context));
        registry.OnNode<TryStar>((node, context) => Check(node.Handlers, context));
    }

    private void Check(ImmutableArray<ExceptHandlerNode> handlers, RuleContext context)
    {
        if (handlers.Length < 2 || context.Semantic is not { } model)
        {
            return;
        }

        var caught = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var handler in handlers.OfType<ExceptHandler>())
        {
            if (handler.Type is null)
            {
                return;
            }

            var types = handler.Type is Python.Syntax.Tuple tuple ? tuple.Elts : [handler.Type];
            var added = new List<(string Name, string Shown)>();
            foreach (var type in types)
            {
                var lineage = ExceptionHierarchy.Lineage(type, model, context.Project.Index);
                if (lineage.Count == 0)
                {
                    continue;
                }

                var shown = SyntaxFacts.DottedName(type) ?? lineage[0];
                var earlier = lineage.FirstOrDefault(caught.ContainsKey);
                if (earlier is not null)
                {
                    var by = caught[earlier];
                    var relation = earlier == lineage[0] ? "the same class" : "a base class";
                    context.Report(Info, type.Span, $"'{shown}' is never caught here: an earlier handler catches '{by}', {relation}; move this handler first or remove it");
                    continue;
                }

                added.Add((lineage[0], shown));
            }

            foreach (var (name, shown) in added)
            {
                caught.TryAdd(name, shown);
            }
        }
    }
}
