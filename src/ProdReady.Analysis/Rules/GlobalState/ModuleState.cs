using System.Collections.Frozen;
using System.Collections.Immutable;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.GlobalState;

/// <summary>
/// The module-level mutable containers of a file and what the file does with them: which functions change them in place,
/// which module-level statements change them, which functions rebind them through <c>global</c>, and which ones escape
/// (passed to a call that may keep or change them, aliased, returned).
/// </summary>
internal sealed class ModuleState
{
    /// <summary>Builtins and standard functions that only read the container they are given.</summary>
    private static readonly FrozenSet<string> s_readOnlyCalls = new[]
    {
        "builtins.len", "builtins.sorted", "builtins.list", "builtins.tuple", "builtins.set", "builtins.frozenset", "builtins.dict",
        "builtins.iter", "builtins.enumerate", "builtins.zip", "builtins.isinstance", "builtins.any", "builtins.all", "builtins.min",
        "builtins.max", "builtins.sum", "builtins.map", "builtins.filter", "builtins.reversed", "builtins.print", "builtins.repr",
        "builtins.str", "builtins.bool", "builtins.hash", "builtins.format", "builtins.bytes", "copy.copy", "copy.deepcopy",
        "types.MappingProxyType", "itertools.chain", "itertools.product", "functools.reduce",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Abstract collection types that offer no mutating method.</summary>
    private static readonly FrozenSet<string> s_readOnlyTypes = new[]
    {
        "Mapping", "Sequence", "AbstractSet", "Collection", "Iterable", "Container", "FrozenSet", "Reversible",
    }.ToFrozenSet(StringComparer.Ordinal);

    private ModuleState()
    {
    }

    /// <summary>Gets the module-level names bound to a mutable container, in source order (the first binding of each name).</summary>
    public List<Candidate> Candidates { get; } = [];

    /// <summary>Gets, by name, the first function that changes the container in place and where.</summary>
    public Dictionary<string, (string Function, ExprNode At)> ChangedByFunction { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the names whose container a module-level statement changes (a table filled at import time).</summary>
    public HashSet<string> ChangedAtModuleLevel { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the names a function rebinds through <c>global</c>.</summary>
    public HashSet<string> Rebound { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the names whose container is handed to code that may keep or change it.</summary>
    public HashSet<string> Escaped { get; } = new(StringComparer.Ordinal);

    /// <summary>Returns the state of a file's module, analysed once per file for the rules that read it (GLB001 and GLB002).</summary>
    /// <param name="context">The file's context, which holds the model and keeps the analysis.</param>
    /// <returns>The state.</returns>
    public static ModuleState For(Engine.RuleContext context) => context.Shared(static c => Analyze(c.Semantic!));

    /// <summary>Analyses a module.</summary>
    /// <param name="model">The module's model.</param>
    /// <returns>The facts.</returns>
    public static ModuleState Analyze(SemanticModel model)
    {
        var state = new ModuleState();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        state.CollectCandidates(model.Module.Body, model, seen);
        if (state.Candidates.Count > 0)
        {
            state.Scan(model, seen);
        }

        return state;
    }

    /// <summary>Tells whether a name is a dunder (<c>__all__</c>, <c>__path__</c>), which the runtime or tools own.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for <c>__x__</c>.</returns>
    public static bool IsDunder(string name) => name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);

    private void CollectCandidates(ImmutableArray<StmtNode> body, SemanticModel model, HashSet<string> seen)
    {
        foreach (var statement in body)
        {
            switch (statement)
            {
                case Assign { Targets: [Name target], Value: var value }:
                    Add(target, value, null, statement, model, seen);
                    break;
                case AnnAssign { Target: Name target, Value: { } value, Annotation: var annotation }:
                    Add(target, value, annotation, statement, model, seen);
                    break;
                case If branch:
                    CollectCandidates(branch.Body, model, seen);
                    CollectCandidates(branch.Orelse, model, seen);
                    break;
                case Try block:
                    CollectCandidates(block.Body, model, seen);
                    foreach (var handler in block.Handlers.OfType<ExceptHandler>())
                    {
                        CollectCandidates(handler.Body, model, seen);
                    }

                    CollectCandidates(block.Orelse, model, seen);
                    break;
                case With block:
                    CollectCandidates(block.Body, model, seen);
                    break;
            }
        }
    }

    private void Add(Name target, ExprNode value, ExprNode? annotation, StmtNode statement, SemanticModel model, HashSet<string> seen)
    {
        if (IsDunder(target.Id) || MutableValues.KindOf(value, model) is not { } kind || !seen.Add(target.Id))
        {
            return;
        }

        var origin = annotation is Subscript subscript ? subscript.Value : annotation;
        var final = origin is not null && (model.MatchesTyping(origin, "Final") || IsReadOnlyType(origin, model));
        Candidates.Add(new Candidate(target.Id, kind, target, statement, final));
    }

    /// <summary>Tells whether an annotation declares a read-only view (<c>Mapping</c>, <c>Sequence</c>, <c>AbstractSet</c>...), which type checkers enforce.</summary>
    private static bool IsReadOnlyType(ExprNode annotation, SemanticModel model)
    {
        var name = model.QualifiedNameOf(annotation);
        if (name is null)
        {
            return false;
        }

        var dot = name.LastIndexOf('.');
        return dot > 0 && name[..dot] is "typing" or "typing_extensions" or "collections.abc" && s_readOnlyTypes.Contains(name[(dot + 1)..]);
    }

    private void Scan(SemanticModel model, HashSet<string> names)
    {
        var stack = new Stack<(SyntaxNode Node, SyntaxNode? Function)>(64);
        var children = new List<SyntaxNode>(8);
        var changed = new List<ExprNode>(2);
        var defaultDicts = Candidates.Where(c => c.Kind == "defaultdict").Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        stack.Push((model.Module, null));
        while (stack.Count > 0)
        {
            var (node, function) = stack.Pop();
            changed.Clear();
            MutableValues.CollectChanged(node, changed);
            if (node.NodeKind == NodeKind.Subscript && node is Subscript { Ctx: ExprContext.Load, Value: Name read } && defaultDicts.Contains(read.Id))
            {
                // Reading a missing key of a defaultdict inserts it.
                changed.Add(read);
            }

            foreach (var expression in changed)
            {
                if (expression is Name name && names.Contains(name.Id) && IsModuleName(name, function, model))
                {
                    if (function is null)
                    {
                        ChangedAtModuleLevel.Add(name.Id);
                    }
                    else
                    {
                        ChangedByFunction.TryAdd(name.Id, (FunctionName(function), expression));
                    }
                }
            }

            NoteEscapes(node, function, names, model);
            children.Clear();
            node.AddChildren(children);
            var inner = node.NodeKind is NodeKind.FunctionDef or NodeKind.AsyncFunctionDef or NodeKind.Lambda ? node : function;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], inner));
            }
        }
    }

    private void NoteEscapes(SyntaxNode node, SyntaxNode? function, HashSet<string> names, SemanticModel model)
    {
        // Asked of every node of a module: the kind first, so that the nodes that pass nothing on cost no type test.
        if (node.NodeKind is not (NodeKind.Call or NodeKind.Assign or NodeKind.AnnAssign or NodeKind.Return or NodeKind.Yield or NodeKind.YieldFrom)
            && (node.NodeKind != NodeKind.Name || function is null))
        {
            return;
        }

        switch (node)
        {
            case Call call:
                // The callee is resolved only when an argument names a candidate: most calls pass none.
                if (!PassesCandidate(call, names) || call.Func is Python.Syntax.Attribute { Value: Constant }
                    || (model.QualifiedNameOf(call.Func) is { } callee && s_readOnlyCalls.Contains(callee)))
                {
                    return;
                }

                foreach (var argument in call.Args)
                {
                    Escape(argument is Starred starred ? starred.Value : argument, function, names, model);
                }

                foreach (var keyword in call.Keywords)
                {
                    Escape(keyword.Value, function, names, model);
                }

                break;
            case Assign assign:
                Escape(assign.Value, function, names, model);
                break;
            case AnnAssign { Value: { } value }:
                Escape(value, function, names, model);
                break;
            case Return { Value: { } value }:
                Escape(value, function, names, model);
                break;
            case Yield { Value: { } value }:
                Escape(value, function, names, model);
                break;
            case YieldFrom yieldFrom:
                Escape(yieldFrom.Value, function, names, model);
                break;
            case Name { Ctx: ExprContext.Store or ExprContext.Del } name when function is not null && names.Contains(name.Id)
                && model.ScopeOf(function) is { } scope && scope.Globals.Contains(name.Id):
                Rebound.Add(name.Id);
                break;
        }
    }

    private static bool PassesCandidate(Call call, HashSet<string> names)
    {
        foreach (var argument in call.Args)
        {
            if ((argument is Starred starred ? starred.Value : argument) is Name name && names.Contains(name.Id))
            {
                return true;
            }
        }

        foreach (var keyword in call.Keywords)
        {
            if (keyword.Value is Name name && names.Contains(name.Id))
            {
                return true;
            }
        }

        return false;
    }

    private void Escape(ExprNode value, SyntaxNode? function, HashSet<string> names, SemanticModel model)
    {
        if (value is Name name && names.Contains(name.Id) && IsModuleName(name, function, model))
        {
            Escaped.Add(name.Id);
        }
    }

    private static bool IsModuleName(Name name, SyntaxNode? function, SemanticModel model)
    {
        if (model.ReferenceOf(name) is { } reference)
        {
            return reference.Binding is { } binding && ReferenceEquals(binding.Scope, model.ModuleScope);
        }

        // A store (augmented assignment) is no read: it reaches the module only through a global declaration.
        return function is null || (model.ScopeOf(function) is { } scope && scope.Globals.Contains(name.Id));
    }

    private static string FunctionName(SyntaxNode function) => function switch
    {
        FunctionDef definition => definition.Name,
        AsyncFunctionDef definition => definition.Name,
        _ => "<lambda>",
    };

    /// <summary>A module-level name bound to a mutable container.</summary>
    /// <param name="Name">The name.</param>
    /// <param name="Kind">The container's kind (<c>list</c>, <c>dict</c>...).</param>
    /// <param name="Target">The assignment's target.</param>
    /// <param name="Statement">The assignment.</param>
    /// <param name="Final">Whether it is annotated <c>Final</c> or as a read-only type (<c>Mapping[...]</c>, <c>Sequence[...]</c>).</param>
    internal sealed record Candidate(string Name, string Kind, Name Target, StmtNode Statement, bool Final);
}
