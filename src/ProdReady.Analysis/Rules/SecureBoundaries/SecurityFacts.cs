using System.Numerics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary>Questions the secure-boundary rules share: what a call resolves to, its arguments, literal values, local objects.</summary>
internal static class SecurityFacts
{
    /// <summary>
    /// Returns the qualified name a call's callee resolves to, or <see langword="null"/>. An attribute callee is resolved
    /// only when its last part is one of <paramref name="attributes"/>, a cheap guard before the model is asked; a plain
    /// name is always resolved (an alias such as <c>from os import system as run</c> keeps nothing of the original text).
    /// </summary>
    /// <param name="call">The call.</param>
    /// <param name="model">The file's model.</param>
    /// <param name="attributes">The last parts the rule cares about.</param>
    /// <returns>The qualified name.</returns>
    public static string? Callee(Call call, SemanticModel model, IReadOnlySet<string> attributes) => call.Func switch
    {
        Name name => model.QualifiedNameOf(name),
        Python.Syntax.Attribute attribute when attributes.Contains(attribute.Attr) => model.QualifiedNameOf(attribute),
        _ => null,
    };

    /// <summary>Returns the last part of a qualified name (<c>run</c> of <c>subprocess.run</c>).</summary>
    /// <param name="qualified">The qualified name.</param>
    /// <returns>The last part.</returns>
    public static string LastPart(string qualified)
    {
        var dot = qualified.LastIndexOf('.');
        return dot < 0 ? qualified : qualified[(dot + 1)..];
    }

    /// <summary>Returns the keyword argument of that name, or <see langword="null"/>.</summary>
    /// <param name="call">The call.</param>
    /// <param name="name">The keyword.</param>
    /// <returns>The keyword's value.</returns>
    public static ExprNode? Keyword(Call call, string name)
    {
        foreach (var keyword in call.Keywords)
        {
            if (string.Equals(keyword.Arg, name, StringComparison.Ordinal))
            {
                return keyword.Value;
            }
        }

        return null;
    }

    /// <summary>Tells whether the call passes <c>**mapping</c>, which may carry any keyword.</summary>
    /// <param name="call">The call.</param>
    /// <returns><see langword="true"/> when a keyword has no name.</returns>
    public static bool HasDoubleStar(Call call) => call.Keywords.Any(keyword => keyword.Arg is null);

    /// <summary>Tells whether the call passes <c>*args</c> before or at a position.</summary>
    /// <param name="call">The call.</param>
    /// <returns><see langword="true"/> when a positional argument is starred.</returns>
    public static bool HasStarred(Call call) => call.Args.Any(argument => argument is Starred);

    /// <summary>Returns the argument at a position or with a keyword, whichever the call uses.</summary>
    /// <param name="call">The call.</param>
    /// <param name="position">The 0-based position.</param>
    /// <param name="keyword">The keyword name, or <see langword="null"/> for a positional-only parameter.</param>
    /// <returns>The argument, or <see langword="null"/>.</returns>
    public static ExprNode? Argument(Call call, int position, string? keyword)
    {
        for (var i = 0; i < call.Args.Length && i <= position; i++)
        {
            if (call.Args[i] is Starred)
            {
                return null;
            }

            if (i == position)
            {
                return call.Args[i];
            }
        }

        return keyword is null ? null : Keyword(call, keyword);
    }

    /// <summary>Tells whether an expression is the constant <see langword="true"/> or <see langword="false"/>.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="value">The value looked for.</param>
    /// <returns><see langword="true"/> when it is that constant.</returns>
    public static bool IsBool(ExprNode? expression, bool value) => expression is Constant { Value: bool flag } && flag == value;

    /// <summary>Tells whether an expression is the constant <see langword="None"/>.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns><see langword="true"/> for <c>None</c>.</returns>
    public static bool IsNone(ExprNode? expression) => expression is Constant { Value: null };

    /// <summary>Returns the value of a string constant, or <see langword="null"/>.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The string.</returns>
    public static string? StringValue(ExprNode? expression) => expression is Constant { Value: string text } ? text : null;

    /// <summary>Returns the value of an integer constant, or <see langword="null"/>.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The integer.</returns>
    public static BigInteger? IntegerValue(ExprNode? expression) => expression switch
    {
        Constant { Value: long value } => value,
        Constant { Value: int value } => value,
        Constant { Value: BigInteger value } => value,
        _ => null,
    };

    /// <summary>
    /// Tells whether an expression's value is fixed in the source: a constant, an f-string without replacement fields,
    /// or literal parts joined by <c>+</c>, <c>%</c> or inside a tuple or list.
    /// </summary>
    /// <param name="expression">The expression.</param>
    /// <returns><see langword="true"/> for a literal.</returns>
    public static bool IsLiteral(ExprNode? expression) => expression switch
    {
        Constant => true,
        JoinedStr joined => joined.Values.All(part => part is Constant),
        BinOp { Op: Operator.Add or Operator.Mod } binary => IsLiteral(binary.Left) && IsLiteral(binary.Right),
        Python.Syntax.Tuple tuple => tuple.Elts.All(IsLiteral),
        List list => list.Elts.All(IsLiteral),
        _ => false,
    };

    /// <summary>
    /// Tells whether an expression builds a string from values by formatting: an f-string with replacement fields,
    /// <c>%</c> or <c>+</c> with a string literal on one side, or <c>"...".format(...)</c>.
    /// </summary>
    /// <param name="expression">The expression.</param>
    /// <returns><see langword="true"/> for a string built by formatting.</returns>
    public static bool IsFormattedString(ExprNode? expression) => expression switch
    {
        JoinedStr joined => joined.Values.Any(part => part is FormattedValue),
        BinOp { Op: Operator.Mod, Left: var left } binary => IsStringish(left) && !IsLiteral(binary.Right),
        BinOp { Op: Operator.Add } binary => (IsStringish(binary.Left) || IsStringish(binary.Right) || IsFormattedString(binary.Left) || IsFormattedString(binary.Right))
            && !(IsLiteral(binary.Left) && IsLiteral(binary.Right)),
        Call { Func: Python.Syntax.Attribute { Attr: "format", Value: var receiver } } call => IsStringish(receiver) && call.Args.Length + call.Keywords.Length > 0,
        _ => false,
    };

    /// <summary>Returns the expression a local name was last assigned in its own function, when that is one plain assignment.</summary>
    /// <param name="expression">A name read.</param>
    /// <param name="model">The file's model.</param>
    /// <returns>The assigned value, or <see langword="null"/>.</returns>
    public static ExprNode? AssignedValue(ExprNode? expression, SemanticModel model)
    {
        if (expression is not Name name || model.ReferenceOf(name)?.Binding is not { } binding)
        {
            return null;
        }

        return binding switch
        {
            { Kind: BindingKind.Assignment, Node: Assign { Targets: [Name], Value: var value } } => value,
            { Kind: BindingKind.AnnotatedAssignment, Node: AnnAssign { Target: Name, Value: { } value } } => value,
            { Kind: BindingKind.WithTarget, Node: WithItem { OptionalVars: Name, ContextExpr: var context } } => context,
            _ => null,
        };
    }

    /// <summary>
    /// Tells whether an object expression was created by a call to one of <paramref name="factories"/>: directly
    /// (<c>requests.Session().get</c>), through a local name assigned from such a call or bound by <c>with ... as</c>,
    /// or through a parameter annotated with one of <paramref name="types"/>.
    /// </summary>
    /// <param name="receiver">The object expression.</param>
    /// <param name="model">The file's model.</param>
    /// <param name="factories">Qualified names of the calls that create the object.</param>
    /// <param name="types">Qualified names of the object's classes, for annotated parameters.</param>
    /// <returns>The factory's qualified name, or <see langword="null"/>.</returns>
    public static string? CreatedBy(ExprNode receiver, SemanticModel model, IReadOnlySet<string> factories, IReadOnlySet<string> types)
    {
        if (receiver is Call created)
        {
            return model.QualifiedNameOf(created.Func) is { } name && factories.Contains(name) ? name : null;
        }

        if (receiver is not Name local || model.ReferenceOf(local)?.Binding is not { } binding)
        {
            return null;
        }

        if (binding is { Kind: BindingKind.Parameter, Node: Arg { Annotation: { } annotation } })
        {
            var type = model.QualifiedNameOf(annotation is Constant ? null : annotation);
            return type is not null && types.Contains(type) ? type : null;
        }

        return AssignedValue(local, model) is Call call && model.QualifiedNameOf(call.Func) is { } factory && factories.Contains(factory) ? factory : null;
    }

    /// <summary>Returns the 1-based line of an offset.</summary>
    /// <param name="model">The file's model.</param>
    /// <param name="offset">The offset.</param>
    /// <returns>The line.</returns>
    public static int LineOf(SemanticModel model, int offset) => model.Source.Lines.GetLineNumber(offset);

    private static bool IsStringish(ExprNode expression) => expression is Constant { Value: string } or JoinedStr;
}
