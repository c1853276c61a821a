using System.Collections.Immutable;
using ProdReady.Core.Text;
using ProdReady.Python.Lexing;
using ProdReady.Python.Syntax;
using Attribute = ProdReady.Python.Syntax.Attribute;
using Tuple = ProdReady.Python.Syntax.Tuple;

namespace ProdReady.Python.Parsing;

/// <summary>Parameters of <c>def</c> and <c>lambda</c>, and PEP 695 type parameters.</summary>
internal sealed partial class Parser
{
    /// <summary>Parses a parameter list up to (not including) <paramref name="closing"/>.</summary>
    private Arguments ParseParameters(TokenKind closing, bool allowAnnotations)
    {
        var start = Current.Start;
        List<Arg>? posonly = null;
        List<Arg>? args = null;
        List<ExprNode>? defaults = null;
        Arg? vararg = null;
        List<Arg>? kwonly = null;
        List<ExprNode?>? kwDefaults = null;
        Arg? kwarg = null;
        var sawStar = false;
        var sawSlash = false;
        while (Kind != closing)
        {
            if (kwarg is not null)
            {
                throw Error("arguments cannot follow var-keyword argument");
            }

            if (Kind == TokenKind.Slash)
            {
                var slash = Advance();
                if (sawSlash)
                {
                    throw ErrorAt("/ may appear only once", slash.Span);
                }

                if (sawStar)
                {
                    throw ErrorAt("/ must be ahead of *", slash.Span);
                }

                if (args is null)
                {
                    throw ErrorAt("at least one argument must precede /", slash.Span);
                }

                sawSlash = true;
                posonly = args;
                args = null;
            }
            else if (Kind == TokenKind.Star)
            {
                var star = Advance();
                if (sawStar)
                {
                    throw ErrorAt("* argument may appear only once", star.Span);
                }

                sawStar = true;
                if (Kind == TokenKind.Name)
                {
                    vararg = ParseParameter(allowAnnotations, allowStarAnnotation: true);
                }
                else if (Kind == closing || (Kind == TokenKind.Comma && PeekKind(1) == closing))
                {
                    throw ErrorAt("named arguments must follow bare *", star.Span);
                }
                else if (Kind != TokenKind.Comma)
                {
                    throw InvalidSyntax();
                }
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                kwarg = ParseParameter(allowAnnotations, allowStarAnnotation: false);
                if (Kind == TokenKind.Equal)
                {
                    throw Error("var-keyword argument cannot have default value");
                }
            }
            else if (Kind == TokenKind.Name)
            {
                var parameter = ParseParameter(allowAnnotations, allowStarAnnotation: false);
                ExprNode? value = null;
                if (Eat(TokenKind.Equal))
                {
                    if (!StartsExpression(Kind) || Kind == TokenKind.Star)
                    {
                        throw ErrorAt("expected default value expression", _tokens[_pos - 1].Span);
                    }

                    value = ParseExpression();
                }

                if (sawStar)
                {
                    (kwonly ??= new List<Arg>(2)).Add(parameter);
                    (kwDefaults ??= new List<ExprNode?>(2)).Add(value);
                }
                else
                {
                    if (value is not null)
                    {
                        (defaults ??= RentExprs()).Add(value);
                    }
                    else if (defaults is not null)
                    {
                        throw ErrorAt("parameter without a default follows parameter with a default", parameter.Span);
                    }

                    (args ??= new List<Arg>(4)).Add(parameter);
                }
            }
            else
            {
                throw InvalidSyntax();
            }

            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }

        if (sawStar && vararg is null && kwonly is null)
        {
            throw Error("named arguments must follow bare *");
        }

        return new Arguments(
            TextSpan.FromBounds(start, Math.Max(start, PrevEnd)),
            posonly is null ? [] : ToArray(posonly),
            args is null ? [] : ToArray(args),
            vararg,
            kwonly is null ? [] : ToArray(kwonly),
            kwDefaults is null ? [] : ToArray(kwDefaults),
            kwarg,
            defaults is null ? [] : ToArray(defaults));
    }

    private Arg ParseParameter(bool allowAnnotations, bool allowStarAnnotation)
    {
        var nameToken = Expect(TokenKind.Name);
        ExprNode? annotation = null;
        if (allowAnnotations && Eat(TokenKind.Colon))
        {
            if (allowStarAnnotation && Kind == TokenKind.Star)
            {
                annotation = ParseStarExpression();
            }
            else
            {
                annotation = ParseExpression();
            }
        }

        return new Arg(SpanFrom(nameToken.Start), NameText(nameToken), annotation, null);
    }

    /// <summary><c>type_params</c>: <c>'[' type_param (',' type_param)* [','] ']'</c>.</summary>
    private ImmutableArray<TypeParamNode> ParseTypeParams()
    {
        var open = Advance();
        var items = new List<TypeParamNode>(2);
        while (Kind != TokenKind.RightSquare)
        {
            var start = Current.Start;
            if (Eat(TokenKind.Star))
            {
                var name = NameText(Expect(TokenKind.Name));
                if (Kind == TokenKind.Colon)
                {
                    throw Error("cannot use bound with TypeVarTuple");
                }

                ExprNode? value = null;
                if (Eat(TokenKind.Equal))
                {
                    value = ParseStarExpression();
                }

                items.Add(new TypeVarTuple(SpanFrom(start), name, value));
            }
            else if (Eat(TokenKind.DoubleStar))
            {
                var name = NameText(Expect(TokenKind.Name));
                if (Kind == TokenKind.Colon)
                {
                    throw Error("cannot use bound with ParamSpec");
                }

                ExprNode? value = null;
                if (Eat(TokenKind.Equal))
                {
                    value = ParseExpression();
                }

                items.Add(new ParamSpec(SpanFrom(start), name, value));
            }
            else
            {
                var name = NameText(Expect(TokenKind.Name));
                ExprNode? bound = null;
                ExprNode? value = null;
                if (Eat(TokenKind.Colon))
                {
                    bound = ParseExpression();
                }

                if (Eat(TokenKind.Equal))
                {
                    value = ParseExpression();
                }

                items.Add(new TypeVar(SpanFrom(start), name, bound, value));
            }

            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }

        if (items.Count == 0)
        {
            throw Error("Type parameter list cannot be empty");
        }

        ExpectClosing(TokenKind.RightSquare, open, commaHint: false);
        return ToArray(items);
    }
}
