using ProdReady.Core.Text;
using ProdReady.Python;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.TypeHints;

/// <summary>One type named in an annotation: what it resolves to, where to point, and whether it was given type arguments.</summary>
/// <param name="Qualified">The qualified name through the semantic model, or <see langword="null"/> when it names nothing the model knows.</param>
/// <param name="Span">Where to report: the name itself, or the whole string literal for a name inside a string annotation.</param>
/// <param name="Subscripted">Whether the name is the origin of a subscript (<c>list[int]</c>).</param>
internal readonly record struct AnnotatedType(string? Qualified, TextSpan Span, bool Subscripted);

/// <summary>
/// Walks a type annotation and reports every type it names, nested positions included: subscript arguments, <c>X | Y</c>,
/// <c>Callable</c>'s parameter list, string annotations (parsed and resolved as the model resolved them) and strings
/// nested in them. The arguments of <c>Literal[...]</c> are values and are skipped, and so is the metadata of
/// <c>Annotated[T, ...]</c>.
/// </summary>
internal static class AnnotationWalker
{
    private const int MaxDepth = 64;

    /// <summary>Walks an annotation.</summary>
    /// <param name="annotation">The annotation expression of this file's tree.</param>
    /// <param name="model">The file's model.</param>
    /// <param name="visit">Called for each named type, outermost first.</param>
    public static void Walk(ExprNode annotation, SemanticModel model, Action<AnnotatedType> visit)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(visit);
        Walk(annotation, model, visit, null, 0);
    }

    /// <summary>Resolves the top of an annotation (looking into a string annotation) to its qualified name.</summary>
    /// <param name="annotation">The annotation.</param>
    /// <param name="model">The file's model.</param>
    /// <returns>The qualified name of the outermost type, or <see langword="null"/>.</returns>
    public static string? TopName(ExprNode annotation, SemanticModel model)
    {
        string? top = null;
        var first = true;
        Walk(annotation, model, type =>
        {
            if (first)
            {
                top = type.Subscripted ? null : type.Qualified;
                first = false;
            }
        });
        return annotation is BinOp ? null : top;
    }

    private static void Walk(ExprNode expression, SemanticModel model, Action<AnnotatedType> visit, Constant? literal, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (expression)
        {
            case Constant { Value: string text } constant:
                if ((model.StringAnnotationOf(constant) ?? Parse(text)) is { } parsed)
                {
                    Walk(parsed, model, visit, literal ?? constant, depth + 1);
                }

                break;
            case Subscript subscript:
                var origin = Resolve(subscript.Value, model, literal);
                visit(new AnnotatedType(origin, literal?.Span ?? subscript.Value.Span, Subscripted: true));
                if (origin is "typing.Literal" or "typing_extensions.Literal")
                {
                    break;
                }

                var arguments = subscript.Slice is Python.Syntax.Tuple group ? group.Elts : [subscript.Slice];
                if (origin is "typing.Annotated" or "typing_extensions.Annotated")
                {
                    arguments = arguments.Length > 0 ? [arguments[0]] : [];
                }

                foreach (var argument in arguments)
                {
                    Walk(argument, model, visit, literal, depth + 1);
                }

                break;
            case Name or Python.Syntax.Attribute:
                visit(new AnnotatedType(Resolve(expression, model, literal), literal?.Span ?? expression.Span, Subscripted: false));
                break;
            case BinOp union:
                Walk(union.Left, model, visit, literal, depth + 1);
                Walk(union.Right, model, visit, literal, depth + 1);
                break;
            case List list:
                foreach (var element in list.Elts)
                {
                    Walk(element, model, visit, literal, depth + 1);
                }

                break;
            case Python.Syntax.Tuple tuple:
                foreach (var element in tuple.Elts)
                {
                    Walk(element, model, visit, literal, depth + 1);
                }

                break;
            case Starred starred:
                Walk(starred.Value, model, visit, literal, depth + 1);
                break;
        }
    }

    private static string? Resolve(ExprNode expression, SemanticModel model, Constant? literal) =>
        literal is null ? model.QualifiedNameOf(expression) : model.QualifiedNameInString(expression, literal);

    /// <summary>Parses a string the model did not read as an annotation the way the model reads one (in parentheses, so it may span lines).</summary>
    private static ExprNode? Parse(string text)
    {
        if (text.Length == 0 || text.Length > 4096)
        {
            return null;
        }

        var parse = PythonParser.Parse(new SourceText("(" + text + "\n)"));
        return parse.Success && parse.Module.Body is [Expr { Value: var expression }] ? expression : null;
    }
}
