using System.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules;

/// <summary>Small questions about syntax that several rules ask.</summary>
internal static class SyntaxFacts
{
    /// <summary>Returns the dotted name of a <c>Name</c> or <c>Attribute</c> chain (<c>abc.abstractmethod</c>).</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The dotted name, or <see langword="null"/> for any other expression.</returns>
    public static string? DottedName(ExprNode? expression)
    {
        var parts = new List<string>(4);
        while (expression is Python.Syntax.Attribute attribute)
        {
            parts.Add(attribute.Attr);
            expression = attribute.Value;
        }

        if (expression is not Name name)
        {
            return null;
        }

        var text = new StringBuilder(name.Id);
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            text.Append('.').Append(parts[i]);
        }

        return text.ToString();
    }

    /// <summary>Returns the last part of a dotted name (<c>abstractmethod</c> for <c>abc.abstractmethod</c>).</summary>
    /// <param name="expression">The expression; a call is looked through (<c>@decorator(...)</c>).</param>
    /// <returns>The last part, or <see langword="null"/> when the expression is not a dotted name.</returns>
    public static string? LastName(ExprNode? expression)
    {
        if (expression is Call call)
        {
            expression = call.Func;
        }

        return expression switch
        {
            Name name => name.Id,
            Python.Syntax.Attribute attribute => attribute.Attr,
            _ => null,
        };
    }

    /// <summary>Tells whether a statement is a docstring-shaped expression statement (a lone string literal).</summary>
    /// <param name="statement">The statement.</param>
    /// <returns><see langword="true"/> for a string constant used as a statement.</returns>
    public static bool IsStringStatement(StmtNode statement) =>
        statement is Expr { Value: Constant { Value: string } };
}
