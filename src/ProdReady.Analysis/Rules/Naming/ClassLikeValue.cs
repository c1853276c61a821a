using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary>Tells when an assignment binds a class-like object, which PEP 8 names in CapWords wherever it is bound.</summary>
internal static class ClassLikeValue
{
    /// <summary>
    /// Tells whether a binding gives its name a type rather than a value: a type variable, <c>NewType</c>, a functional
    /// <c>NamedTuple</c>, <c>namedtuple</c>, <c>TypedDict</c> or <c>Enum</c>, a three-argument <c>type(...)</c>, a
    /// <c>TypeAlias</c>, or an alias of a class (<c>Handler = BaseHandler</c>).
    /// </summary>
    /// <param name="binding">The binding.</param>
    /// <param name="model">The file's model.</param>
    /// <returns><see langword="true"/> for a class-like binding.</returns>
    public static bool Is(Binding binding, SemanticModel model)
    {
        ExprNode? value;
        switch (binding.Node)
        {
            case Assign assign:
                value = assign.Value;
                break;
            case AnnAssign annotated:
                if (model.MatchesTyping(annotated.Annotation, "TypeAlias"))
                {
                    return true;
                }

                value = annotated.Value;
                break;
            default:
                return false;
        }

        switch (value)
        {
            case Call call:
                var callee = model.QualifiedNameOf(call.Func);
                return callee is "typing.TypeVar" or "typing_extensions.TypeVar" or "typing.ParamSpec" or "typing_extensions.ParamSpec"
                    or "typing.TypeVarTuple" or "typing_extensions.TypeVarTuple" or "typing.NewType" or "typing_extensions.NewType"
                    or "typing.NamedTuple" or "typing_extensions.NamedTuple" or "collections.namedtuple" or "typing.TypedDict"
                    or "typing_extensions.TypedDict" or "enum.Enum" or "enum.IntEnum" or "enum.StrEnum" or "enum.Flag" or "enum.IntFlag"
                    or "typing.cast" or "typing.Generic"
                    || (callee is "builtins.type" && call.Args.Length == 3);
            case Name or Python.Syntax.Attribute:
                return IsClass(value, model);
            case Subscript subscript:
                return IsClass(subscript.Value, model)
                    || model.QualifiedNameOf(subscript.Value) is { } origin && (origin.StartsWith("typing.", StringComparison.Ordinal) || origin.StartsWith("builtins.", StringComparison.Ordinal) || origin.StartsWith("collections.abc.", StringComparison.Ordinal));
            case BinOp { Op: Operator.BitOr } union:
                return IsClass(union.Left, model) || IsClass(union.Right, model);
            default:
                return false;
        }
    }

    /// <summary>
    /// Tells whether an expression names a class: a class of the file, a builtin type, or a qualified name whose last
    /// part is in CapWords (how every module names its classes).
    /// </summary>
    private static bool IsClass(ExprNode expression, SemanticModel model)
    {
        if (Resolves(expression, model) is BindingKind.ClassDefinition)
        {
            return true;
        }

        var qualified = model.QualifiedNameOf(expression);
        if (qualified is null)
        {
            return false;
        }

        var last = qualified[(qualified.LastIndexOf('.') + 1)..];
        return qualified is "builtins.dict" or "builtins.list" or "builtins.set" or "builtins.frozenset" or "builtins.tuple" or "builtins.type"
            or "builtins.str" or "builtins.bytes" or "builtins.int" or "builtins.float" or "builtins.bool" or "builtins.object" or "builtins.complex"
            or "builtins.bytearray"
            || (last.Length > 1 && char.IsUpper(last[0]) && last.Any(char.IsLower));
    }

    private static BindingKind? Resolves(ExprNode expression, SemanticModel model) =>
        expression is Name name ? model.ReferenceOf(name)?.Binding?.Kind : null;
}
