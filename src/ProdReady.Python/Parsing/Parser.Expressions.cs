using System.Collections.Immutable;
using ProdReady.Core.Text;
using ProdReady.Python.Lexing;
using ProdReady.Python.Syntax;
using Attribute = ProdReady.Python.Syntax.Attribute;
using Tuple = ProdReady.Python.Syntax.Tuple;

namespace ProdReady.Python.Parsing;

/// <summary>Expressions: CPython's rules from <c>star_expressions</c> down to <c>atom</c>.</summary>
internal sealed partial class Parser
{
    private static bool StartsExpression(TokenKind kind) => kind switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.FStringStart or TokenKind.LeftParen
            or TokenKind.LeftSquare or TokenKind.LeftBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde
            or TokenKind.Not or TokenKind.Lambda or TokenKind.Await or TokenKind.Ellipsis or TokenKind.None
            or TokenKind.True or TokenKind.False or TokenKind.Star => true,
        _ => false,
    };

    /// <summary><c>star_expressions</c>: one expression, or an unparenthesized tuple.</summary>
    private ExprNode ParseStarExpressions()
    {
        var start = Current.Start;
        var first = ParseStarExpression();
        if (Kind != TokenKind.Comma)
        {
            return first;
        }

        var items = RentExprs(first);
        while (Eat(TokenKind.Comma))
        {
            if (!StartsExpression(Kind))
            {
                break;
            }

            items.Add(ParseStarExpression());
        }

        return new Tuple(SpanFrom(start), ToArray(items), ExprContext.Load);
    }

    /// <summary><c>star_expression</c>: <c>'*' bitwise_or | expression</c>.</summary>
    private ExprNode ParseStarExpression()
    {
        if (Kind == TokenKind.Star)
        {
            var start = Advance().Start;
            var value = ParseBitwiseOr();
            return new Starred(SpanFrom(start), value, ExprContext.Load);
        }

        return ParseExpression();
    }

    /// <summary><c>star_named_expression</c>: <c>'*' bitwise_or | named_expression</c>.</summary>
    private ExprNode ParseStarNamedExpression()
    {
        _elementStart = Current.Start;
        if (Kind == TokenKind.Star)
        {
            var start = Advance().Start;
            var value = ParseBitwiseOr();
            return new Starred(SpanFrom(start), value, ExprContext.Load);
        }

        return ParseNamedExpression();
    }

    /// <summary><c>named_expression</c>: an assignment expression or an expression.</summary>
    private ExprNode ParseNamedExpression()
    {
        if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual)
        {
            var nameToken = Advance();
            Advance();
            var value = ParseExpression();
            var target = new Name(nameToken.Span, NameText(nameToken), ExprContext.Store);
            return new NamedExpr(TextSpan.FromBounds(nameToken.Start, PrevEnd), target, value);
        }

        var expr = ParseExpression();
        if (Kind == TokenKind.ColonEqual)
        {
            throw ErrorAt($"cannot use assignment expressions with {TargetDescription(expr)}", expr.Span);
        }

        return expr;
    }

    /// <summary>
    /// Whether no rule between <c>expression</c> and <c>primary</c> continues past an atom followed by
    /// <paramref name="kind"/>: no operator, trailer, <c>if</c> or string concatenation can follow.
    /// </summary>
    private static bool EndsExpression(TokenKind kind) => kind is TokenKind.Comma or TokenKind.RightParen
        or TokenKind.RightSquare or TokenKind.RightBrace or TokenKind.Newline or TokenKind.Colon or TokenKind.Equal
        or TokenKind.Semicolon or TokenKind.EndOfFile;

    /// <summary><c>expression</c>: a conditional expression, a lambda, or a disjunction.</summary>
    private ExprNode ParseExpression()
    {
        // Most expressions are a lone name or number (arguments, subscripts, targets, values): take the atom
        // directly instead of descending through the fifteen precedence levels that would each return it.
        if (Kind is TokenKind.Name or TokenKind.Number or TokenKind.None or TokenKind.True or TokenKind.False
            && EndsExpression(PeekKind(1)))
        {
            return ParseAtom();
        }

        // Likewise a lone attribute access, call or subscription: parse the primary first; when something
        // else follows, hand it to the precedence chain as the operand its first primary would have parsed.
        ExprNode? primary = null;
        if (Kind == TokenKind.Name && PeekKind(1) is TokenKind.Dot or TokenKind.LeftParen or TokenKind.LeftSquare)
        {
            primary = ParsePrimary();
            if (EndsExpression(Kind))
            {
                return primary;
            }
        }

        EnterNesting();
        try
        {
            // Set only now: nothing between here and the chain's first ParsePower can fail.
            _pendingPrimary = primary;
            if (primary is null && Kind == TokenKind.Lambda)
            {
                return ParseLambda();
            }

            var start = OperandStart;
            var body = ParseDisjunction();
            if (Kind != TokenKind.If)
            {
                return body;
            }

            Advance();
            var test = ParseDisjunction();
            if (Kind != TokenKind.Else)
            {
                // CPython names the missing 'else' unless a ':' follows (a statement's colon, most likely).
                throw Kind == TokenKind.Colon ? InvalidSyntax() : ErrorAt("expected 'else' after 'if' expression", SpanFrom(start));
            }

            Advance();
            var orelse = ParseExpression();
            return new IfExp(SpanFrom(start), test, body, orelse);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private ExprNode ParseYieldExpression()
    {
        var start = Advance().Start;
        if (Eat(TokenKind.From))
        {
            var value = ParseExpression();
            return new YieldFrom(SpanFrom(start), value);
        }

        ExprNode? result = null;
        if (StartsExpression(Kind))
        {
            result = ParseStarExpressions();
        }

        return new Yield(SpanFrom(start), result);
    }

    private Lambda ParseLambda()
    {
        var start = Advance().Start;
        var args = ParseParameters(TokenKind.Colon, allowAnnotations: false);
        if (Kind != TokenKind.Colon)
        {
            throw InvalidSyntax();
        }

        Advance();
        var body = ParseExpression();
        return new Lambda(SpanFrom(start), args, body);
    }

    private ExprNode ParseDisjunction()
    {
        var start = OperandStart;
        var first = ParseConjunction();
        if (Kind != TokenKind.Or)
        {
            return first;
        }

        var values = RentExprs(first);
        while (Eat(TokenKind.Or))
        {
            values.Add(ParseConjunction());
        }

        return new BoolOp(SpanFrom(start), BoolOperator.Or, ToArray(values));
    }

    private ExprNode ParseConjunction()
    {
        var start = OperandStart;
        var first = ParseInversion();
        if (Kind != TokenKind.And)
        {
            return first;
        }

        var values = RentExprs(first);
        while (Eat(TokenKind.And))
        {
            values.Add(ParseInversion());
        }

        return new BoolOp(SpanFrom(start), BoolOperator.And, ToArray(values));
    }

    private ExprNode ParseInversion()
    {
        if (_pendingPrimary is not null || Kind != TokenKind.Not)
        {
            return ParseComparison();
        }

        EnterNesting();
        try
        {
            var start = Advance().Start;
            var operand = ParseInversion();
            return new UnaryOp(SpanFrom(start), UnaryOperator.Not, operand);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private ExprNode ParseComparison()
    {
        var start = OperandStart;
        var left = ParseBitwiseOr();
        List<CmpOperator>? ops = null;
        List<ExprNode>? comparators = null;
        while (true)
        {
            CmpOperator op;
            switch (Kind)
            {
                case TokenKind.EqualEqual:
                    op = CmpOperator.Eq;
                    break;
                case TokenKind.NotEqual:
                    op = CmpOperator.NotEq;
                    break;
                case TokenKind.Less:
                    op = CmpOperator.Lt;
                    break;
                case TokenKind.LessEqual:
                    op = CmpOperator.LtE;
                    break;
                case TokenKind.Greater:
                    op = CmpOperator.Gt;
                    break;
                case TokenKind.GreaterEqual:
                    op = CmpOperator.GtE;
                    break;
                case TokenKind.In:
                    op = CmpOperator.In;
                    break;
                case TokenKind.Not when PeekKind(1) == TokenKind.In:
                    Advance();
                    op = CmpOperator.NotIn;
                    break;
                case TokenKind.Is:
                    if (PeekKind(1) == TokenKind.Not)
                    {
                        Advance();
                        op = CmpOperator.IsNot;
                    }
                    else
                    {
                        op = CmpOperator.Is;
                    }

                    break;
                default:
                    if (ops is null)
                    {
                        return left;
                    }

                    return new Compare(SpanFrom(start), left, ToArray(ops), ToArray(comparators!));
            }

            Advance();
            ops ??= new List<CmpOperator>(2);
            comparators ??= RentExprs();
            ops.Add(op);
            comparators.Add(ParseBitwiseOr());
        }
    }

    private ExprNode ParseBitwiseOr()
    {
        var start = OperandStart;
        var left = ParseBitwiseXor();
        while (Kind == TokenKind.VerticalBar)
        {
            Advance();
            var right = ParseBitwiseXor();
            left = new BinOp(SpanFrom(start), left, Operator.BitOr, right);
        }

        return left;
    }

    private ExprNode ParseBitwiseXor()
    {
        var start = OperandStart;
        var left = ParseBitwiseAnd();
        while (Kind == TokenKind.Circumflex)
        {
            Advance();
            var right = ParseBitwiseAnd();
            left = new BinOp(SpanFrom(start), left, Operator.BitXor, right);
        }

        return left;
    }

    private ExprNode ParseBitwiseAnd()
    {
        var start = OperandStart;
        var left = ParseShift();
        while (Kind == TokenKind.Ampersand)
        {
            Advance();
            var right = ParseShift();
            left = new BinOp(SpanFrom(start), left, Operator.BitAnd, right);
        }

        return left;
    }

    private ExprNode ParseShift()
    {
        var start = OperandStart;
        var left = ParseSum();
        while (Kind is TokenKind.LeftShift or TokenKind.RightShift)
        {
            var op = Advance().Kind == TokenKind.LeftShift ? Operator.LShift : Operator.RShift;
            var right = ParseSum();
            left = new BinOp(SpanFrom(start), left, op, right);
        }

        return left;
    }

    private ExprNode ParseSum()
    {
        var start = OperandStart;
        var left = ParseTerm();
        while (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Advance().Kind == TokenKind.Plus ? Operator.Add : Operator.Sub;
            var right = ParseTerm();
            left = new BinOp(SpanFrom(start), left, op, right);
        }

        return left;
    }

    private ExprNode ParseTerm()
    {
        var start = OperandStart;
        var left = ParseFactor();
        while (true)
        {
            Operator op;
            switch (Kind)
            {
                case TokenKind.Star:
                    op = Operator.Mult;
                    break;
                case TokenKind.Slash:
                    op = Operator.Div;
                    break;
                case TokenKind.DoubleSlash:
                    op = Operator.FloorDiv;
                    break;
                case TokenKind.Percent:
                    op = Operator.Mod;
                    break;
                case TokenKind.At:
                    op = Operator.MatMult;
                    break;
                default:
                    return left;
            }

            Advance();
            var right = ParseFactor();
            left = new BinOp(SpanFrom(start), left, op, right);
        }
    }

    private ExprNode ParseFactor()
    {
        if (_pendingPrimary is not null)
        {
            return ParsePower();
        }

        UnaryOperator op;
        switch (Kind)
        {
            case TokenKind.Plus:
                op = UnaryOperator.UAdd;
                break;
            case TokenKind.Minus:
                op = UnaryOperator.USub;
                break;
            case TokenKind.Tilde:
                op = UnaryOperator.Invert;
                break;
            default:
                return ParsePower();
        }

        EnterNesting();
        try
        {
            var start = Advance().Start;
            var operand = ParseFactor();
            return new UnaryOp(SpanFrom(start), op, operand);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private ExprNode ParsePower()
    {
        var start = OperandStart;
        ExprNode left;
        if (_pendingPrimary is { } pending)
        {
            _pendingPrimary = null;
            left = pending;
        }
        else if (Kind == TokenKind.Await)
        {
            Advance();
            var value = ParsePrimary();
            left = new Await(SpanFrom(start), value);
        }
        else
        {
            left = ParsePrimary();
        }

        if (Kind != TokenKind.DoubleStar)
        {
            return left;
        }

        Advance();
        EnterNesting();
        try
        {
            var right = ParseFactor();
            return new BinOp(SpanFrom(start), left, Operator.Pow, right);
        }
        finally
        {
            LeaveNesting();
        }
    }

    /// <summary><c>primary</c>: an atom followed by attribute accesses, calls and subscripts.</summary>
    private ExprNode ParsePrimary()
    {
        var start = Current.Start;
        var expr = ParseAtom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                {
                    Advance();
                    var name = NameText(Expect(TokenKind.Name));
                    expr = new Attribute(SpanFrom(start), expr, name, ExprContext.Load);
                    break;
                }

                case TokenKind.LeftParen:
                    expr = ParseCall(start, expr);
                    break;
                case TokenKind.LeftSquare:
                {
                    Advance();
                    var slice = ParseSlices();
                    if (Kind != TokenKind.RightSquare)
                    {
                        throw InvalidCallSyntax();
                    }

                    Advance();
                    expr = new Subscript(SpanFrom(start), expr, slice, ExprContext.Load);
                    break;
                }

                default:
                    return expr;
            }
        }
    }

    private Call ParseCall(int start, ExprNode func)
    {
        var open = Advance();
        EnterNesting();
        try
        {
            ParseCallArguments(out var args, out var keywords, open);
            if (Kind != TokenKind.RightParen)
            {
                throw Kind == TokenKind.EndOfFile || Kind == TokenKind.Newline ? Error("'(' was never closed") : InvalidCallSyntax();
            }

            Advance();
            return new Call(SpanFrom(start), func, args, keywords);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private SyntaxErrorSignal InvalidCallSyntax()
    {
        if (_pos > 0 && StartsExpression(Kind) && _tokens[_pos - 1].Kind is TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.RightParen or TokenKind.RightSquare or TokenKind.RightBrace or TokenKind.FStringEnd
            or TokenKind.None or TokenKind.True or TokenKind.False)
        {
            var start = _elementStart < Current.Start ? _elementStart : Current.Start;
            return ErrorAt("invalid syntax. Perhaps you forgot a comma?", TextSpan.FromBounds(start, Current.End));
        }

        return InvalidSyntax();
    }

    /// <summary>Call arguments (also class bases): positional, starred, keyword and <c>**</c> arguments.</summary>
    private void ParseCallArguments(out ImmutableArray<ExprNode> args, out ImmutableArray<Keyword> keywords, Token? open)
    {
        List<ExprNode>? positional = null;
        List<Keyword>? named = null;
        var sawDoubleStar = false;
        while (Kind != TokenKind.RightParen)
        {
            var start = Current.Start;
            _elementStart = start;
            if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                var value = ParseExpression();
                (named ??= new List<Keyword>(2)).Add(new Keyword(SpanFrom(start), null, value));
                sawDoubleStar = true;
            }
            else if (Kind == TokenKind.Star)
            {
                Advance();
                var value = ParseExpression();
                if (Kind == TokenKind.Equal)
                {
                    throw ErrorAt("cannot assign to iterable argument unpacking", SpanFrom(start));
                }

                if (sawDoubleStar)
                {
                    throw ErrorAt("iterable argument unpacking follows keyword argument unpacking", SpanFrom(start));
                }

                (positional ??= RentExprs()).Add(new Starred(SpanFrom(start), value, ExprContext.Load));
            }
            else if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                var nameToken = Advance();
                Advance();
                var value = ParseExpression();
                (named ??= new List<Keyword>(2)).Add(new Keyword(SpanFrom(start), NameText(nameToken), value));
            }
            else
            {
                if (!StartsExpression(Kind))
                {
                    throw InvalidCallSyntax();
                }

                // An argument is `NAME := expression` or an expression: CPython has no special message for
                // other walrus targets here, as it has inside brackets.
                var value = Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual ? ParseNamedExpression() : ParseExpression();
                if (Kind == TokenKind.ColonEqual)
                {
                    throw InvalidSyntax();
                }

                if (Kind == TokenKind.Equal)
                {
                    throw ErrorAt("expression cannot contain assignment, perhaps you meant \"==\"?", SpanFrom(start));
                }

                if (Kind is TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For))
                {
                    // primary genexp: f(x for x in y) — the generator's span is the call's parentheses.
                    if (open is not { } paren || positional is not null || named is not null)
                    {
                        throw ErrorAt("Generator expression must be parenthesized", value.Span);
                    }

                    var generators = ParseComprehensionClauses();
                    if (Kind != TokenKind.RightParen)
                    {
                        throw Kind == TokenKind.Comma ? ErrorAt("Generator expression must be parenthesized", SpanFrom(start)) : InvalidSyntax();
                    }

                    positional = RentExprs(new GeneratorExp(TextSpan.FromBounds(paren.Start, Current.End), value, generators));
                    break;
                }

                if (named is not null)
                {
                    throw ErrorAt(sawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument", value.Span);
                }

                (positional ??= RentExprs()).Add(value);
            }

            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }

        args = positional is null ? [] : ToArray(positional);
        keywords = named is null ? [] : ToArray(named);
    }

    /// <summary><c>slices</c>: one slice, or a tuple of slices and starred expressions.</summary>
    private ExprNode ParseSlices()
    {
        var start = Current.Start;
        var first = ParseSlice();
        if (Kind != TokenKind.Comma)
        {
            return first is Starred ? new Tuple(SpanFrom(start), One(first), ExprContext.Load) : first;
        }

        var items = RentExprs(first);
        while (Eat(TokenKind.Comma))
        {
            if (Kind == TokenKind.RightSquare)
            {
                break;
            }

            items.Add(ParseSlice());
        }

        return new Tuple(SpanFrom(start), ToArray(items), ExprContext.Load);
    }

    private ExprNode ParseSlice()
    {
        var start = Current.Start;
        _elementStart = start;
        if (Kind == TokenKind.Star)
        {
            return ParseStarExpression();
        }

        ExprNode? lower = null;
        if (Kind != TokenKind.Colon)
        {
            lower = ParseNamedExpression();
            if (Kind != TokenKind.Colon)
            {
                return lower;
            }

            if (lower is NamedExpr && _tokens[_pos - 1].Kind != TokenKind.RightParen)
            {
                throw InvalidSyntax();
            }
        }

        Advance();
        ExprNode? upper = null;
        ExprNode? step = null;
        if (Kind is not (TokenKind.Colon or TokenKind.Comma or TokenKind.RightSquare))
        {
            upper = ParseExpression();
        }

        if (Eat(TokenKind.Colon))
        {
            if (Kind is not (TokenKind.Comma or TokenKind.RightSquare))
            {
                step = ParseExpression();
            }
        }

        return new Slice(SpanFrom(start), lower, upper, step);
    }

    /// <summary><c>atom</c>: names, literals and displays.</summary>
    private ExprNode ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                Advance();
                return new Name(token.Span, NameText(token), ExprContext.Load);
            case TokenKind.Number:
                Advance();
                return new Constant(token.Span, ParseNumber(token), null);
            case TokenKind.String:
            case TokenKind.FStringStart:
                return ParseStrings();
            case TokenKind.None:
                Advance();
                return new Constant(token.Span, null, null);
            case TokenKind.True:
                Advance();
                return new Constant(token.Span, true, null);
            case TokenKind.False:
                Advance();
                return new Constant(token.Span, false, null);
            case TokenKind.Ellipsis:
                Advance();
                return new Constant(token.Span, EllipsisValue.Instance, null);
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftSquare:
                return ParseListDisplay();
            case TokenKind.LeftBrace:
                return ParseBraceDisplay();
            default:
                throw InvalidAtom();
        }
    }

    private SyntaxErrorSignal InvalidAtom()
    {
        if (Kind == TokenKind.Newline || Kind == TokenKind.EndOfFile)
        {
            return Kind == TokenKind.EndOfFile ? InvalidSyntax() : Error("invalid syntax");
        }

        return InvalidSyntax();
    }

    private ExprNode ParseParenthesized()
    {
        var open = Advance();
        EnterNesting();
        try
        {
            if (Kind == TokenKind.RightParen)
            {
                Advance();
                return new Tuple(SpanFrom(open.Start), [], ExprContext.Load);
            }

            if (Kind == TokenKind.Yield)
            {
                var yield = ParseYieldExpression();
                ExpectClosing(TokenKind.RightParen, open);
                return yield;
            }

            var first = ParseStarNamedExpression();
            if (Kind is TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For))
            {
                if (first is Starred)
                {
                    throw ErrorAt("iterable unpacking cannot be used in comprehension", first.Span);
                }

                var generators = ParseComprehensionClauses();
                ExpectClosing(TokenKind.RightParen, open);
                return new GeneratorExp(SpanFrom(open.Start), first, generators);
            }

            if (Kind == TokenKind.Comma)
            {
                var items = RentExprs(first);
                while (Eat(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RightParen)
                    {
                        break;
                    }

                    items.Add(ParseStarNamedExpression());
                }

                ExpectClosing(TokenKind.RightParen, open);
                return new Tuple(SpanFrom(open.Start), ToArray(items), ExprContext.Load);
            }

            ExpectClosing(TokenKind.RightParen, open);
            if (first is Starred)
            {
                throw ErrorAt("cannot use starred expression here", first.Span);
            }

            return first;
        }
        finally
        {
            LeaveNesting();
        }
    }

    /// <summary>Consumes the closing bracket of <paramref name="open"/>, or fails as CPython does there.</summary>
    /// <param name="closing">The expected closing bracket.</param>
    /// <param name="open">The opening bracket.</param>
    /// <param name="commaHint">Whether "Perhaps you forgot a comma?" may apply (not in patterns or type parameters, which hold no expressions).</param>
    private void ExpectClosing(TokenKind closing, Token open, bool commaHint = true)
    {
        if (Kind == closing)
        {
            Advance();
            return;
        }

        if (Kind is TokenKind.EndOfFile)
        {
            throw ErrorAt($"'{_text[open.Start]}' was never closed", open.Span);
        }

        if (Kind is TokenKind.RightParen or TokenKind.RightSquare or TokenKind.RightBrace)
        {
            var close = _text[Current.Start];
            throw Error($"closing parenthesis '{close}' does not match opening parenthesis '{_text[open.Start]}'");
        }

        throw commaHint ? InvalidCallSyntax() : InvalidSyntax();
    }

    private ExprNode ParseListDisplay()
    {
        var open = Advance();
        EnterNesting();
        try
        {
            if (Kind == TokenKind.RightSquare)
            {
                Advance();
                return new List(SpanFrom(open.Start), [], ExprContext.Load);
            }

            var first = ParseStarNamedExpression();
            if (Kind is TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For))
            {
                if (first is Starred)
                {
                    throw ErrorAt("iterable unpacking cannot be used in comprehension", first.Span);
                }

                var generators = ParseComprehensionClauses();
                ExpectClosing(TokenKind.RightSquare, open);
                return new ListComp(SpanFrom(open.Start), first, generators);
            }

            var items = RentExprs(first);
            while (Eat(TokenKind.Comma))
            {
                if (Kind == TokenKind.RightSquare)
                {
                    break;
                }

                items.Add(ParseStarNamedExpression());
            }

            ExpectClosing(TokenKind.RightSquare, open);
            return new List(SpanFrom(open.Start), ToArray(items), ExprContext.Load);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private ExprNode ParseBraceDisplay()
    {
        var open = Advance();
        EnterNesting();
        try
        {
            if (Kind == TokenKind.RightBrace)
            {
                Advance();
                return new Dict(SpanFrom(open.Start), [], []);
            }

            if (Kind == TokenKind.DoubleStar)
            {
                return ParseDictRest(open, null, null);
            }

            var first = ParseStarNamedExpression();
            if (Kind == TokenKind.Colon && first is not Starred)
            {
                Advance();
                var value = ParseExpression();
                if (Kind is TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For))
                {
                    var generators = ParseComprehensionClauses();
                    ExpectClosing(TokenKind.RightBrace, open);
                    return new DictComp(SpanFrom(open.Start), first, value, generators);
                }

                return ParseDictRest(open, first, value);
            }

            if (Kind is TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For))
            {
                if (first is Starred)
                {
                    throw ErrorAt("iterable unpacking cannot be used in comprehension", first.Span);
                }

                var generators = ParseComprehensionClauses();
                ExpectClosing(TokenKind.RightBrace, open);
                return new SetComp(SpanFrom(open.Start), first, generators);
            }

            var items = RentExprs(first);
            while (Eat(TokenKind.Comma))
            {
                if (Kind == TokenKind.RightBrace)
                {
                    break;
                }

                items.Add(ParseStarNamedExpression());
            }

            ExpectClosing(TokenKind.RightBrace, open);
            return new Set(SpanFrom(open.Start), ToArray(items));
        }
        finally
        {
            LeaveNesting();
        }
    }

    private Dict ParseDictRest(Token open, ExprNode? firstKey, ExprNode? firstValue)
    {
        var keys = new List<ExprNode?>(4);
        var values = RentExprs();
        if (firstValue is not null)
        {
            keys.Add(firstKey);
            values.Add(firstValue);
            if (!Eat(TokenKind.Comma))
            {
                ExpectClosing(TokenKind.RightBrace, open);
                return new Dict(SpanFrom(open.Start), ToArray(keys), ToArray(values));
            }
        }

        while (Kind != TokenKind.RightBrace)
        {
            if (Kind == TokenKind.DoubleStar)
            {
                var starStart = Advance().Start;
                keys.Add(null);
                values.Add(ParseBitwiseOr());
                if (Kind is TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For))
                {
                    throw ErrorAt("dict unpacking cannot be used in dict comprehension", SpanFrom(starStart));
                }
            }
            else
            {
                var key = ParseExpression();
                if (Kind != TokenKind.Colon)
                {
                    throw Kind is TokenKind.Comma or TokenKind.RightBrace ? ErrorAt("':' expected after dictionary key", Current.Span) : InvalidSyntax();
                }

                Advance();
                keys.Add(key);
                values.Add(ParseExpression());
            }

            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }

        ExpectClosing(TokenKind.RightBrace, open);
        return new Dict(SpanFrom(open.Start), ToArray(keys), ToArray(values));
    }

    /// <summary><c>for_if_clauses</c>.</summary>
    private ImmutableArray<Comprehension> ParseComprehensionClauses()
    {
        var clauses = new List<Comprehension>(1);
        while (Kind == TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For))
        {
            var start = Current.Start;
            var isAsync = Eat(TokenKind.Async);
            Advance();
            var target = ParseStarTargets();
            if (Kind != TokenKind.In)
            {
                throw InvalidSyntax();
            }

            Advance();
            var iter = ParseDisjunction();
            List<ExprNode>? ifs = null;
            while (Eat(TokenKind.If))
            {
                (ifs ??= RentExprs()).Add(ParseDisjunction());
            }

            clauses.Add(new Comprehension(SpanFrom(start), target, iter, ifs is null ? [] : ToArray(ifs), isAsync ? 1 : 0));
        }

        return ToArray(clauses);
    }

    // ----- targets -----

    /// <summary><c>star_targets</c>: a target, or an unparenthesized tuple of targets, in Store context.</summary>
    private ExprNode ParseStarTargets()
    {
        var start = Current.Start;
        var first = ParseTargetElement(allowStar: true);
        if (Kind != TokenKind.Comma)
        {
            return SetContext(first, ExprContext.Store);
        }

        var items = RentExprs(first);
        while (Eat(TokenKind.Comma))
        {
            if (Kind is TokenKind.In or TokenKind.Equal or TokenKind.Colon)
            {
                break;
            }

            items.Add(ParseTargetElement(allowStar: true));
        }

        return SetContext(new Tuple(SpanFrom(start), ToArray(items), ExprContext.Load), ExprContext.Store);
    }

    /// <summary>One target: <c>'*'</c> target, or a primary (names, attributes, subscripts, displays).</summary>
    private ExprNode ParseTargetElement(bool allowStar)
    {
        if (allowStar && Kind == TokenKind.Star)
        {
            var start = Advance().Start;
            EnterNesting();
            try
            {
                var value = ParseTargetElement(allowStar: true);
                return new Starred(SpanFrom(start), value, ExprContext.Load);
            }
            finally
            {
                LeaveNesting();
            }
        }

        if (!StartsExpression(Kind) || Kind == TokenKind.Star)
        {
            throw InvalidSyntax();
        }

        return ParsePrimary();
    }

    /// <summary>Rebuilds a target expression in <paramref name="context"/>, rejecting what cannot be a target.</summary>
    private ExprNode SetContext(ExprNode expr, ExprContext context, bool assignment = false)
    {
        switch (expr)
        {
            case Name name:
                return name.Ctx == context ? name : new Name(name.Span, name.Id, context);
            case Attribute attribute:
                return new Attribute(attribute.Span, attribute.Value, attribute.Attr, context);
            case Subscript subscript:
                return new Subscript(subscript.Span, subscript.Value, subscript.Slice, context);
            case Starred starred when context != ExprContext.Del:
                return new Starred(starred.Span, SetContext(starred.Value, context), context);
            case List list:
                return new List(list.Span, SetContextAll(list.Elts, context), context);
            case Tuple tuple:
                return new Tuple(tuple.Span, SetContextAll(tuple.Elts, context), context);
            default:
                var verb = context == ExprContext.Del ? "delete" : "assign to";
                var what = TargetDescription(expr);
                var suffix = assignment && expr is not (Starred or Constant { Value: bool or null }) ? " here. Maybe you meant '==' instead of '='?" : string.Empty;
                throw ErrorAt($"cannot {verb} {what}{suffix}", expr.Span);
        }
    }

    private ImmutableArray<ExprNode> SetContextAll(ImmutableArray<ExprNode> items, ExprContext context)
    {
        var result = new ExprNode[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            result[i] = SetContext(items[i], context);
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>Returns the first subexpression that cannot be a target in <paramref name="context"/> (CPython's <c>_PyPegen_get_invalid_target</c>).</summary>
    private static ExprNode? FindInvalidTarget(ExprNode expr, ExprContext context)
    {
        switch (expr)
        {
            case Name or Attribute or Subscript:
                return null;
            case Starred starred when context != ExprContext.Del:
                return FindInvalidTarget(starred.Value, context);
            case List or Tuple:
                foreach (var element in expr is List list ? list.Elts : ((Tuple)expr).Elts)
                {
                    if (FindInvalidTarget(element, context) is { } invalid)
                    {
                        return invalid;
                    }
                }

                return null;
            case Compare compare when context == ExprContext.Store && compare.Ops[0] == CmpOperator.In:
                return FindInvalidTarget(compare.Left, context);
            default:
                return expr;
        }
    }

    /// <summary>CPython's name for an expression kind in error messages (<c>_PyPegen_get_expr_name</c>).</summary>
    private static string TargetDescription(ExprNode expr) => expr switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: EllipsisValue } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
