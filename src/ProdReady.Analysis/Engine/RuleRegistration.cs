using System.Runtime.CompilerServices;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// Collects the events one rule subscribes to; the engine merges the registrations of every enabled rule
/// into one dispatch table and walks each tree once.
/// </summary>
public sealed class RuleRegistration
{
    private readonly List<Action<ChangeRuleContext>> _changeChecks = [];
    private readonly List<Action<ProjectRuleContext>> _projectChecks = [];
    private readonly List<Action<RuleContext>> _fileChecks = [];
    private readonly List<Action<TextSpan, RuleContext>> _commentChecks = [];
    private readonly List<(NodeKind Kind, Action<SyntaxNode, RuleContext> Check)> _nodeChecks = [];

    internal RuleRegistration(Rule rule)
    {
        Rule = rule;
    }

    internal Rule Rule { get; }

    internal IReadOnlyList<Action<ChangeRuleContext>> ChangeChecks => _changeChecks;

    internal IReadOnlyList<Action<RuleContext>> FileChecks => _fileChecks;

    internal IReadOnlyList<Action<ProjectRuleContext>> ProjectChecks => _projectChecks;

    internal IReadOnlyList<Action<TextSpan, RuleContext>> CommentChecks => _commentChecks;

    internal IReadOnlyList<(NodeKind Kind, Action<SyntaxNode, RuleContext> Check)> NodeChecks => _nodeChecks;

    /// <summary>Gets a value indicating whether the rule looks at files (not only at the change as a whole).</summary>
    internal bool IsFileRule => _fileChecks.Count + _commentChecks.Count + _nodeChecks.Count > 0;

    /// <summary>Subscribes to every node of kind <typeparamref name="T"/>, visited once per file in one walk.</summary>
    /// <typeparam name="T">A concrete (sealed) node class such as <see cref="FunctionDef"/>.</typeparam>
    /// <param name="check">The check; <see cref="RuleContext.Ancestors"/> holds the node's ancestors.</param>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is an abstract node class.</exception>
    public void OnNode<T>(Action<T, RuleContext> check)
        where T : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(check);
        var kind = NodeKindOf<T>.Value;
        if (kind == NodeKind.None)
        {
            throw new ArgumentException($"{typeof(T).Name} is not a concrete node class; subscribe to each concrete kind.", nameof(check));
        }

        // The table calls this only with nodes of the kind, and a kind is exactly one sealed class (NodeKindOf): the
        // reinterpretation is sound and spares a checked cast, which in this shared generic code is a dictionary lookup
        // and a call into the runtime for every node of every subscribed rule.
        _nodeChecks.Add((kind, (node, context) => check(Unsafe.As<T>(node), context)));
    }

    /// <summary>Subscribes to every comment of a file (the span runs from its <c>#</c> to the end of its line).</summary>
    /// <param name="check">The check.</param>
    public void OnComment(Action<TextSpan, RuleContext> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _commentChecks.Add(check);
    }

    /// <summary>Subscribes to each file as a whole: called once per file, whether or not it decodes and parses.</summary>
    /// <param name="check">The check.</param>
    public void OnFile(Action<RuleContext> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _fileChecks.Add(check);
    }

    /// <summary>
    /// Subscribes to each file's semantic model: called once per file whose text decoded, with the model every rule of
    /// the file shares (built on first use).
    /// </summary>
    /// <param name="check">The check.</param>
    /// <param name="completeParseOnly">Whether to skip files that do not parse: a partial tree leaves names unbound that the rest of the file binds.</param>
    public void OnModel(Action<Semantics.Model.SemanticModel, RuleContext> check, bool completeParseOnly = false)
    {
        ArgumentNullException.ThrowIfNull(check);
        _fileChecks.Add(context =>
        {
            if ((!completeParseOnly || context.Parse is { Success: true }) && context.Semantic is { } model)
            {
                check(model, context);
            }
        });
    }

    /// <summary>
    /// Subscribes to the project once every file is analysed: called once per run in which some file was analysed,
    /// with the project index and test map (for rules about units and the tests that reach them).
    /// </summary>
    /// <param name="check">The check.</param>
    public void OnProject(Action<ProjectRuleContext> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _projectChecks.Add(check);
    }

    /// <summary>Subscribes to the change as a whole: called once per run, after every file.</summary>
    /// <param name="check">The check.</param>
    public void OnChange(Action<ChangeRuleContext> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _changeChecks.Add(check);
    }
}
