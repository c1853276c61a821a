using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// The single walk over one tree: dispatches every subscribed check by node kind, keeps the ancestor
/// stack for the checks, and records the units (functions, classes, module-level statements) that the
/// change filter and the changelog rules need. Iterative (no recursion), so any depth is safe.
/// </summary>
internal sealed class FileWalker : SyntaxWalker
{
    private readonly DispatchTable _table;
    private readonly RuleContext _context;
    private readonly List<SyntaxNode> _ancestors;
    private readonly bool _recordUnits;

    /// <summary>Initializes a new instance of the <see cref="FileWalker"/> class.</summary>
    /// <param name="table">The checks to dispatch.</param>
    /// <param name="context">The file's context; its ancestor list is <paramref name="ancestors"/>.</param>
    /// <param name="ancestors">The ancestor stack shared with <paramref name="context"/>.</param>
    /// <param name="recordUnits">Whether to record units (needed in a change, not for a whole tree).</param>
    public FileWalker(DispatchTable table, RuleContext context, List<SyntaxNode> ancestors, bool recordUnits)
    {
        _table = table;
        _context = context;
        _ancestors = ancestors;
        _recordUnits = recordUnits;
    }

    /// <summary>Gets the spans of the units met, decorators included.</summary>
    public List<TextSpan> Units { get; } = [];

    /// <summary>Gets the same units by line, with the dotted names of their enclosing functions and classes.</summary>
    public List<Units.CodeUnit> QualifiedUnits { get; } = [];

    /// <summary>Gets the public module-level functions and classes and the public methods of module-level classes.</summary>
    public List<PublicUnit> PublicUnits { get; } = [];

    /// <inheritdoc />
    protected override bool Enter(SyntaxNode node)
    {
        var checks = _table.NodeChecks[(int)node.NodeKind];
        foreach (var (rule, check) in checks)
        {
            try
            {
                check(node, _context);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new InvalidOperationException(
                    $"Rule {rule.Code} failed on {_context.Path} at offset {node.Span.Start}: {e.Message}", e);
            }
        }

        if (_recordUnits)
        {
            RecordUnit(node);
        }

        _ancestors.Add(node);
        return true;
    }

    /// <inheritdoc />
    protected override void Leave(SyntaxNode node) => _ancestors.RemoveAt(_ancestors.Count - 1);

    private void RecordUnit(SyntaxNode node)
    {
        var parent = _ancestors.Count > 0 ? _ancestors[^1] : null;
        switch (node)
        {
            case FunctionDef function:
                RecordDefinition(function.Name, WithDecorators(function.Span, function.DecoratorList), parent);
                break;
            case AsyncFunctionDef function:
                RecordDefinition(function.Name, WithDecorators(function.Span, function.DecoratorList), parent);
                break;
            case ClassDef type:
                RecordDefinition(type.Name, WithDecorators(type.Span, type.DecoratorList), parent, isClass: true);
                break;
            case StmtNode when parent is Module:
                Units.Add(node.Span);
                QualifiedUnits.Add(new Units.CodeUnit(string.Empty, FirstLine(node.Span), LastLine(node.Span)));
                break;
        }
    }

    private void RecordDefinition(string name, TextSpan span, SyntaxNode? parent, bool isClass = false)
    {
        Units.Add(span);
        QualifiedUnits.Add(new Units.CodeUnit(QualifiedName(name), FirstLine(span), LastLine(span)));
        if (name.StartsWith('_'))
        {
            return;
        }

        if (parent is Module)
        {
            PublicUnits.Add(new PublicUnit(_context.Path, name, isClass ? "class" : "function", span));
        }
        else if (parent is ClassDef owner && !isClass && _ancestors.Count == 2 && _ancestors[0] is Module && !owner.Name.StartsWith('_'))
        {
            PublicUnits.Add(new PublicUnit(_context.Path, owner.Name + "." + name, "method", span));
        }
    }

    /// <summary>The dotted names of the functions and classes around the walk's position, then <paramref name="name"/>.</summary>
    private string QualifiedName(string name)
    {
        System.Text.StringBuilder? builder = null;
        foreach (var ancestor in _ancestors)
        {
            var part = ancestor switch
            {
                FunctionDef f => f.Name,
                AsyncFunctionDef f => f.Name,
                ClassDef c => c.Name,
                _ => null,
            };
            if (part is not null)
            {
                (builder ??= new System.Text.StringBuilder()).Append(part).Append('.');
            }
        }

        return builder is null ? name : builder.Append(name).ToString();
    }

    private int FirstLine(TextSpan span) => _context.Source.Lines.GetLineNumber(span.Start);

    private int LastLine(TextSpan span) => _context.Source.Lines.GetLineNumber(span.IsEmpty ? span.Start : span.End - 1);

    private static TextSpan WithDecorators(TextSpan span, System.Collections.Immutable.ImmutableArray<ExprNode> decorators)
    {
        foreach (var decorator in decorators)
        {
            span = span.Union(decorator.Span);
        }

        return span;
    }
}
