using System.Collections.Immutable;
using ProdReady.Core.Text;
using ProdReady.Python.Lexing;
using ProdReady.Python.Syntax;
using Attribute = ProdReady.Python.Syntax.Attribute;
using Tuple = ProdReady.Python.Syntax.Tuple;

namespace ProdReady.Python.Parsing;

/// <summary>The <c>match</c> statement and its patterns (PEP 634).</summary>
internal sealed partial class Parser
{
    /// <summary>Tries the soft keyword <c>match</c>; returns <see langword="null"/> (position unchanged) when it is a plain name.</summary>
    private Match? TryParseMatch()
    {
        var save = _pos;
        var matchToken = Advance();
        if (!StartsExpression(Kind))
        {
            _pos = save;
            return null;
        }

        ExprNode subject;
        try
        {
            subject = ParseMatchSubject();
        }
        catch (SyntaxErrorSignal)
        {
            _pendingPrimary = null;
            _pos = save;
            return null;
        }

        if (Kind != TokenKind.Colon)
        {
            _pos = save;
            return null;
        }

        Advance();
        if (Kind != TokenKind.Newline)
        {
            throw InvalidSyntax();
        }

        Advance();
        if (Kind != TokenKind.Indent)
        {
            throw ErrorAt($"expected an indented block after 'match' statement on line {LineOf(matchToken.Start)}", MissingBlockSpan(), PythonErrorType.IndentationError);
        }

        Advance();
        var cases = new List<MatchCase>(4);
        EnterNesting();
        try
        {
            while (AtSoftKeyword("case"))
            {
                cases.Add(ParseCase());
            }
        }
        finally
        {
            LeaveNesting();
        }

        if (cases.Count == 0 || (Kind != TokenKind.Dedent && Kind != TokenKind.EndOfFile))
        {
            throw InvalidSyntax();
        }

        Eat(TokenKind.Dedent);
        return new Match(TextSpan.FromBounds(matchToken.Start, LastSignificantEnd()), subject, ToArray(cases));
    }

    private ExprNode ParseMatchSubject()
    {
        var start = Current.Start;
        var first = ParseStarNamedExpression();
        if (Kind != TokenKind.Comma)
        {
            if (first is Starred)
            {
                throw InvalidSyntax();
            }

            return first;
        }

        var items = RentExprs(first);
        while (Eat(TokenKind.Comma))
        {
            if (!StartsExpression(Kind))
            {
                break;
            }

            items.Add(ParseStarNamedExpression());
        }

        return new Tuple(SpanFrom(start), ToArray(items), ExprContext.Load);
    }

    private MatchCase ParseCase()
    {
        var caseToken = Advance();
        var start = Current.Start;
        var first = ParseMaybeStarPattern();
        PatternNode pattern = first;
        if (Kind == TokenKind.Comma)
        {
            var items = new List<PatternNode>(4) { first };
            while (Eat(TokenKind.Comma))
            {
                if (Kind is TokenKind.Colon or TokenKind.If)
                {
                    break;
                }

                items.Add(ParseMaybeStarPattern());
            }

            pattern = new MatchSequence(SpanFrom(start), ToArray(items));
        }
        else if (first is MatchStar)
        {
            throw ErrorAt("can't use starred name here", first.Span);
        }

        ExprNode? guard = null;
        if (Eat(TokenKind.If))
        {
            guard = ParseNamedExpression();
        }

        ExpectColonBeforeNewline();
        var body = ParseBlock("'case' statement", caseToken.Start);
        return new MatchCase(TextSpan.FromBounds(caseToken.Start, LastSignificantEnd()), pattern, guard, body);
    }

    private PatternNode ParseMaybeStarPattern()
    {
        if (Kind == TokenKind.Star)
        {
            var start = Advance().Start;
            var nameToken = Expect(TokenKind.Name);
            var name = NameText(nameToken);
            return new MatchStar(SpanFrom(start), name == "_" ? null : name);
        }

        return ParsePattern();
    }

    /// <summary><c>pattern</c>: <c>or_pattern ['as' NAME]</c>.</summary>
    private PatternNode ParsePattern()
    {
        EnterNesting();
        try
        {
            var start = Current.Start;
            var pattern = ParseOrPattern();
            if (!Eat(TokenKind.As))
            {
                return pattern;
            }

            var nameToken = Expect(TokenKind.Name);
            var name = NameText(nameToken);
            if (name == "_")
            {
                throw ErrorAt("cannot use '_' as a target", nameToken.Span);
            }

            return new MatchAs(SpanFrom(start), pattern, name);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private PatternNode ParseOrPattern()
    {
        var start = Current.Start;
        var first = ParseClosedPattern();
        if (Kind != TokenKind.VerticalBar)
        {
            return first;
        }

        var items = new List<PatternNode>(4) { first };
        while (Eat(TokenKind.VerticalBar))
        {
            items.Add(ParseClosedPattern());
        }

        return new MatchOr(SpanFrom(start), ToArray(items));
    }

    private PatternNode ParseClosedPattern()
    {
        var start = Current.Start;
        switch (Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
            {
                var number = ParseSignedNumberOrComplex();
                return new MatchValue(SpanFrom(start), number);
            }

            case TokenKind.String:
            {
                var strings = ParseStrings();
                return new MatchValue(SpanFrom(start), strings);
            }

            case TokenKind.FStringStart:
                throw Error("patterns may only match literals and attribute lookups");
            case TokenKind.None:
                Advance();
                return new MatchSingleton(SpanFrom(start), null);
            case TokenKind.True:
                Advance();
                return new MatchSingleton(SpanFrom(start), true);
            case TokenKind.False:
                Advance();
                return new MatchSingleton(SpanFrom(start), false);
            case TokenKind.Name:
            {
                var nameToken = Current;
                var target = ParseNameOrAttribute();
                if (Kind == TokenKind.LeftParen)
                {
                    return ParseClassPattern(start, target);
                }

                if (target is Attribute)
                {
                    return new MatchValue(SpanFrom(start), target);
                }

                var name = ((Name)target).Id;
                return new MatchAs(nameToken.Span, null, name == "_" ? null : name);
            }

            case TokenKind.LeftParen:
            {
                var open = Advance();
                if (Eat(TokenKind.RightParen))
                {
                    return new MatchSequence(SpanFrom(start), []);
                }

                var first = ParseMaybeStarPattern();
                if (Kind != TokenKind.Comma)
                {
                    ExpectClosing(TokenKind.RightParen, open, commaHint: false);
                    if (first is MatchStar)
                    {
                        throw ErrorAt("can't use starred name here", first.Span);
                    }

                    return first;
                }

                var items = new List<PatternNode>(4) { first };
                while (Eat(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RightParen)
                    {
                        break;
                    }

                    items.Add(ParseMaybeStarPattern());
                }

                ExpectClosing(TokenKind.RightParen, open, commaHint: false);
                return new MatchSequence(SpanFrom(start), ToArray(items));
            }

            case TokenKind.LeftSquare:
            {
                var open = Advance();
                var items = new List<PatternNode>(4);
                while (Kind != TokenKind.RightSquare)
                {
                    items.Add(ParseMaybeStarPattern());
                    if (!Eat(TokenKind.Comma))
                    {
                        break;
                    }
                }

                ExpectClosing(TokenKind.RightSquare, open, commaHint: false);
                return new MatchSequence(SpanFrom(start), ToArray(items));
            }

            case TokenKind.LeftBrace:
                return ParseMappingPattern();
            default:
                throw InvalidSyntax();
        }
    }

    private ExprNode ParseNameOrAttribute()
    {
        var start = Current.Start;
        var nameToken = Advance();
        ExprNode expr = new Name(nameToken.Span, NameText(nameToken), ExprContext.Load);
        while (Eat(TokenKind.Dot))
        {
            var attr = NameText(Expect(TokenKind.Name));
            expr = new Attribute(SpanFrom(start), expr, attr, ExprContext.Load);
        }

        return expr;
    }

    /// <summary><c>signed_number</c> or <c>complex_number</c>: <c>-1</c>, <c>1 + 2j</c>, <c>-1 - 2j</c>.</summary>
    private ExprNode ParseSignedNumberOrComplex()
    {
        var start = Current.Start;
        ExprNode real;
        if (Kind == TokenKind.Minus)
        {
            Advance();
            var number = Expect(TokenKind.Number);
            real = new UnaryOp(SpanFrom(start), UnaryOperator.USub, new Constant(number.Span, ParseNumber(number), null));
        }
        else
        {
            var number = Advance();
            real = new Constant(number.Span, ParseNumber(number), null);
        }

        if (Kind is TokenKind.Plus or TokenKind.Minus && PeekKind(1) == TokenKind.Number)
        {
            var op = Advance().Kind == TokenKind.Plus ? Operator.Add : Operator.Sub;
            var imagToken = Advance();
            var imag = ParseNumber(imagToken);
            if (imag is not System.Numerics.Complex)
            {
                throw ErrorAt("imaginary number required in complex literal", imagToken.Span);
            }

            return new BinOp(SpanFrom(start), real, op, new Constant(imagToken.Span, imag, null));
        }

        return real;
    }

    private MatchClass ParseClassPattern(int start, ExprNode cls)
    {
        var open = Advance();
        var patterns = new List<PatternNode>(2);
        var kwdAttrs = new List<string>(2);
        var kwdPatterns = new List<PatternNode>(2);
        while (Kind != TokenKind.RightParen)
        {
            if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                kwdAttrs.Add(NameText(Advance()));
                Advance();
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                var pattern = ParsePattern();
                if (kwdAttrs.Count > 0)
                {
                    throw ErrorAt("positional patterns follow keyword patterns", pattern.Span);
                }

                patterns.Add(pattern);
            }

            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }

        ExpectClosing(TokenKind.RightParen, open, commaHint: false);
        return new MatchClass(SpanFrom(start), cls, ToArray(patterns), ToArray(kwdAttrs), ToArray(kwdPatterns));
    }

    private MatchMapping ParseMappingPattern()
    {
        var open = Advance();
        var keys = RentExprs();
        var patterns = new List<PatternNode>(4);
        string? rest = null;
        while (Kind != TokenKind.RightBrace)
        {
            if (Eat(TokenKind.DoubleStar))
            {
                rest = NameText(Expect(TokenKind.Name));
                Eat(TokenKind.Comma);
                break;
            }

            ExprNode key = Kind switch
            {
                TokenKind.Number or TokenKind.Minus => ParseSignedNumberOrComplex(),
                TokenKind.String => ParseStrings(),
                TokenKind.None or TokenKind.True or TokenKind.False => ParseAtom(),
                TokenKind.Name => ParseNameOrAttribute(),
                _ => throw InvalidSyntax(),
            };
            if (key is Name)
            {
                throw InvalidSyntax();
            }

            ExpectColonBeforeNewline();
            keys.Add(key);
            patterns.Add(ParsePattern());
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }

        ExpectClosing(TokenKind.RightBrace, open, commaHint: false);
        return new MatchMapping(SpanFrom(open.Start), ToArray(keys), ToArray(patterns), rest);
    }
}
