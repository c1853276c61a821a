using System.Collections.Immutable;
using ProdReady.Core.Text;
using ProdReady.Python.Lexing;
using ProdReady.Python.Syntax;
using Attribute = ProdReady.Python.Syntax.Attribute;
using Tuple = ProdReady.Python.Syntax.Tuple;

namespace ProdReady.Python.Parsing;

/// <summary>Statements: CPython's <c>statements</c>, <c>compound_stmt</c> and <c>simple_stmts</c> rules.</summary>
internal sealed partial class Parser
{
    /// <summary>Parses one statement (a compound statement, or a line of simple statements) into <paramref name="into"/>.</summary>
    private void ParseStatement(List<StmtNode> into)
    {
        switch (Kind)
        {
            case TokenKind.Def:
            case TokenKind.Class:
            case TokenKind.At:
            case TokenKind.If:
            case TokenKind.While:
            case TokenKind.For:
            case TokenKind.With:
            case TokenKind.Try:
                into.Add(ParseCompound());
                return;
            case TokenKind.Async:
                if (PeekKind(1) is TokenKind.Def or TokenKind.For or TokenKind.With)
                {
                    into.Add(ParseCompound());
                    return;
                }

                break;
            case TokenKind.Name:
                if (AtSoftKeyword("match") && TryParseMatch() is { } match)
                {
                    into.Add(match);
                    return;
                }

                break;
            case TokenKind.Indent:
                throw UnexpectedIndent();
            default:
                break;
        }

        ParseSimpleStatements(into);
    }

    private StmtNode ParseCompound()
    {
        EnterNesting();
        try
        {
            switch (Kind)
            {
                case TokenKind.Def:
                    return ParseFunctionDef(Current.Start, isAsync: false, []);
                case TokenKind.Class:
                    return ParseClassDef([]);
                case TokenKind.At:
                    return ParseDecorated();
                case TokenKind.If:
                    return ParseIf();
                case TokenKind.While:
                    return ParseWhile();
                case TokenKind.For:
                    return ParseFor(Current.Start, isAsync: false);
                case TokenKind.With:
                    return ParseWith(Current.Start, isAsync: false);
                case TokenKind.Try:
                    return ParseTry();
                default:
                    var start = Advance().Start;
                    return Kind switch
                    {
                        TokenKind.Def => ParseFunctionDef(start, isAsync: true, []),
                        TokenKind.For => ParseFor(start, isAsync: true),
                        _ => ParseWith(start, isAsync: true),
                    };
            }
        }
        finally
        {
            LeaveNesting();
        }
    }

    private void ParseSimpleStatements(List<StmtNode> into)
    {
        while (true)
        {
            var statement = ParseSimpleStatement();
            into.Add(statement);
            if (Eat(TokenKind.Semicolon))
            {
                if (Kind == TokenKind.Newline)
                {
                    Advance();
                    return;
                }

                continue;
            }

            if (Kind == TokenKind.Newline)
            {
                Advance();
                return;
            }

            throw InvalidSyntaxAfterStatement(statement);
        }
    }

    private SyntaxErrorSignal InvalidSyntaxAfterStatement(StmtNode statement)
    {
        if (statement is Expr { Value: Name { Id: "print" or "exec" } name } && StartsExpression(Kind))
        {
            return ErrorAt($"Missing parentheses in call to '{name.Id}'. Did you mean {name.Id}(...)?", TextSpan.FromBounds(statement.Span.Start, Current.End));
        }

        if (Kind is TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.FStringStart or TokenKind.None or TokenKind.True or TokenKind.False
            && _pos > 0 && _tokens[_pos - 1].Kind is TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.RightParen or TokenKind.RightSquare or TokenKind.RightBrace or TokenKind.FStringEnd)
        {
            return Error("invalid syntax");
        }

        return InvalidSyntax();
    }

    private StmtNode ParseSimpleStatement()
    {
        var start = Current.Start;
        switch (Kind)
        {
            case TokenKind.Pass:
                Advance();
                return new Pass(SpanFrom(start));
            case TokenKind.Break:
                Advance();
                return new Break(SpanFrom(start));
            case TokenKind.Continue:
                Advance();
                return new Continue(SpanFrom(start));
            case TokenKind.Return:
            {
                Advance();
                var value = StartsExpression(Kind) ? ParseStarExpressions() : null;
                return new Return(SpanFrom(start), value);
            }

            case TokenKind.Raise:
            {
                Advance();
                ExprNode? exc = null;
                ExprNode? cause = null;
                if (StartsExpression(Kind))
                {
                    exc = ParseExpression();
                    if (Eat(TokenKind.From))
                    {
                        cause = ParseExpression();
                    }
                }

                return new Raise(SpanFrom(start), exc, cause);
            }

            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                var isGlobal = Advance().Kind == TokenKind.Global;
                var names = new List<string>(4);
                do
                {
                    names.Add(NameText(Expect(TokenKind.Name)));
                }
                while (Eat(TokenKind.Comma));
                return isGlobal ? new Global(SpanFrom(start), ToArray(names)) : new Nonlocal(SpanFrom(start), ToArray(names));
            }

            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
            {
                Advance();
                var test = ParseExpression();
                ExprNode? msg = null;
                if (Eat(TokenKind.Comma))
                {
                    msg = ParseExpression();
                }

                return new Assert(SpanFrom(start), test, msg);
            }

            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseImportFrom();
            case TokenKind.Name when AtSoftKeyword("type") && PeekKind(1) == TokenKind.Name && PeekKind(2) is TokenKind.Equal or TokenKind.LeftSquare:
                return ParseTypeAlias();
            default:
                return ParseExpressionStatement();
        }
    }

    private Delete ParseDel()
    {
        var start = Advance().Start;
        var targetsStart = _pos;
        var targets = RentExprs();
        do
        {
            if (Kind is TokenKind.Newline or TokenKind.Semicolon && targets.Count > 0)
            {
                break;
            }

            var target = ParseTargetElement(allowStar: false);
            targets.Add(SetContext(target, ExprContext.Del));
        }
        while (Eat(TokenKind.Comma));
        if (Kind is not (TokenKind.Newline or TokenKind.Semicolon))
        {
            // CPython's invalid_del_stmt: re-read the targets as expressions and name the one that cannot be deleted.
            var failure = _pos;
            _pos = targetsStart;
            if (StartsExpression(Kind))
            {
                var expressions = ParseStarExpressions();
                if (FindInvalidTarget(expressions, ExprContext.Del) is { } invalid)
                {
                    throw ErrorAt($"cannot delete {TargetDescription(invalid)}", invalid.Span);
                }
            }

            _pos = failure;
            throw InvalidSyntax();
        }

        return new Delete(SpanFrom(start), ToArray(targets));
    }

    private Import ParseImport()
    {
        var start = Advance().Start;
        var names = new List<Alias>(2);
        do
        {
            names.Add(ParseAlias(dotted: true));
        }
        while (Eat(TokenKind.Comma));
        return new Import(SpanFrom(start), ToArray(names));
    }

    private Alias ParseAlias(bool dotted)
    {
        var start = Current.Start;
        if (Kind != TokenKind.Name)
        {
            // CPython words it so only when the line ends right after 'import'.
            throw Kind == TokenKind.Newline && _tokens[_pos - 1].Kind == TokenKind.Import
                ? Error("Expected one or more names after 'import'")
                : InvalidSyntax();
        }

        var nameToken = Expect(TokenKind.Name);
        var name = NameText(nameToken);
        if (dotted && Kind == TokenKind.Dot)
        {
            var builder = new System.Text.StringBuilder(name);
            while (Eat(TokenKind.Dot))
            {
                builder.Append('.').Append(NameText(Expect(TokenKind.Name)));
            }

            name = builder.ToString();
        }

        string? asName = null;
        if (Eat(TokenKind.As))
        {
            asName = NameText(Expect(TokenKind.Name));
        }

        return new Alias(SpanFrom(start), name, asName);
    }

    private ImportFrom ParseImportFrom()
    {
        var start = Advance().Start;
        var level = 0;
        while (Kind is TokenKind.Dot or TokenKind.Ellipsis)
        {
            level += Advance().Kind == TokenKind.Dot ? 1 : 3;
        }

        string? module = null;
        if (Kind == TokenKind.Name)
        {
            var builder = new System.Text.StringBuilder(NameText(Advance()));
            while (Eat(TokenKind.Dot))
            {
                builder.Append('.').Append(NameText(Expect(TokenKind.Name)));
            }

            module = builder.ToString();
        }
        else if (level == 0)
        {
            throw InvalidSyntax();
        }

        if (Kind != TokenKind.Import)
        {
            throw Error("invalid syntax");
        }

        Advance();
        var names = new List<Alias>(4);
        if (Kind == TokenKind.Star)
        {
            var star = Advance();
            names.Add(new Alias(star.Span, "*", null));
        }
        else if (Eat(TokenKind.LeftParen))
        {
            do
            {
                if (Kind == TokenKind.RightParen && names.Count > 0)
                {
                    break;
                }

                names.Add(ParseAlias(dotted: false));
            }
            while (Eat(TokenKind.Comma));
            Expect(TokenKind.RightParen);
        }
        else
        {
            do
            {
                if (Kind == TokenKind.Newline && names.Count > 0)
                {
                    throw Error("trailing comma not allowed without surrounding parentheses");
                }

                names.Add(ParseAlias(dotted: false));
            }
            while (Eat(TokenKind.Comma));
            if (_tokens[_pos - 1].Kind == TokenKind.Comma)
            {
                throw ErrorAt("trailing comma not allowed without surrounding parentheses", _tokens[_pos - 1].Span);
            }
        }

        return new ImportFrom(SpanFrom(start), module, ToArray(names), level);
    }

    private TypeAlias ParseTypeAlias()
    {
        var start = Advance().Start;
        var nameToken = Advance();
        var name = new Name(nameToken.Span, NameText(nameToken), ExprContext.Store);
        var typeParams = Kind == TokenKind.LeftSquare ? ParseTypeParams() : [];
        Expect(TokenKind.Equal);
        var value = ParseExpression();
        return new TypeAlias(SpanFrom(start), name, typeParams, value);
    }

    /// <summary>Expression statements, assignments, annotated and augmented assignments.</summary>
    private StmtNode ParseExpressionStatement()
    {
        var start = Current.Start;
        var startsWithParen = Kind == TokenKind.LeftParen;
        if (!StartsExpression(Kind) && Kind != TokenKind.Yield)
        {
            throw InvalidSyntax();
        }

        var first = Kind == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();
        switch (Kind)
        {
            case TokenKind.Equal:
            {
                var targets = RentExprs();
                ExprNode value = first;
                while (Eat(TokenKind.Equal))
                {
                    targets.Add(value);
                    value = Kind == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressionsRequired();
                }

                // CPython suggests '==' only for a single '=' whose target is not a display.
                var suggest = targets.Count == 1 && targets[0] is not (List or Tuple);
                for (var i = 0; i < targets.Count; i++)
                {
                    if (targets[i] is Yield or YieldFrom)
                    {
                        throw ErrorAt("assignment to yield expression not possible", targets[i].Span);
                    }

                    targets[i] = SetContext(targets[i], ExprContext.Store, assignment: suggest);
                }

                return new Assign(SpanFrom(start), ToArray(targets), value, null);
            }

            case TokenKind.Colon:
            {
                // CPython's "illegal target" messages need an annotation after the ':'.
                if (first is not (Name or Attribute or Subscript) && !StartsExpression(PeekKind(1)))
                {
                    throw InvalidSyntax();
                }

                if (first is not (Name or Attribute or Subscript))
                {
                    throw ErrorAt(first is Tuple ? "only single target (not tuple) can be annotated"
                        : first is List ? "only single target (not list) can be annotated"
                        : "illegal target for annotation", first.Span);
                }

                Advance();
                var target = SetContext(first, ExprContext.Store);
                var annotation = ParseExpression();
                ExprNode? value = null;
                if (Eat(TokenKind.Equal))
                {
                    value = Kind == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressionsRequired();
                }

                var simple = first is Name && !startsWithParen ? 1 : 0;
                return new AnnAssign(SpanFrom(start), target, annotation, value, simple);
            }

            case TokenKind.ColonEqual:
                // An unparenthesized walrus at statement level: CPython names the target's kind, unless the
                // target is a plain name, an unparenthesized tuple, a starred or a yield expression.
                if (first is Name or Starred or Yield or YieldFrom || (first is Tuple && _text[first.Span.Start] != '('))
                {
                    throw InvalidSyntax();
                }

                throw ErrorAt($"cannot use assignment expressions with {TargetDescription(first)}", first.Span);

            default:
                if (AugmentedOperator(Kind) is { } op)
                {
                    if (first is not (Name or Attribute or Subscript))
                    {
                        throw ErrorAt($"'{TargetDescription(first)}' is an illegal expression for augmented assignment", first.Span);
                    }

                    Advance();
                    var target = SetContext(first, ExprContext.Store);
                    var value = Kind == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressionsRequired();
                    return new AugAssign(SpanFrom(start), target, op, value);
                }

                return new Expr(SpanFrom(start), first);
        }
    }

    private ExprNode ParseStarExpressionsRequired()
    {
        if (!StartsExpression(Kind))
        {
            throw InvalidSyntax();
        }

        return ParseStarExpressions();
    }

    private static Operator? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => Operator.Add,
        TokenKind.MinusEqual => Operator.Sub,
        TokenKind.StarEqual => Operator.Mult,
        TokenKind.AtEqual => Operator.MatMult,
        TokenKind.SlashEqual => Operator.Div,
        TokenKind.PercentEqual => Operator.Mod,
        TokenKind.AmpersandEqual => Operator.BitAnd,
        TokenKind.VerticalBarEqual => Operator.BitOr,
        TokenKind.CircumflexEqual => Operator.BitXor,
        TokenKind.LeftShiftEqual => Operator.LShift,
        TokenKind.RightShiftEqual => Operator.RShift,
        TokenKind.DoubleStarEqual => Operator.Pow,
        TokenKind.DoubleSlashEqual => Operator.FloorDiv,
        _ => null,
    };

    // ----- blocks -----

    /// <summary>
    /// Where CPython reports a missing indented block: at the token that should have been INDENT, except at
    /// the end of the file, where its DEDENT and ENDMARKER tokens have no position and it reports where its
    /// tokenizer stopped: the line break ending the last line (or the very end, without one).
    /// </summary>
    private TextSpan MissingBlockSpan()
    {
        if (Kind != TokenKind.EndOfFile && !(Kind == TokenKind.Dedent && Current.Start >= _text.Length))
        {
            return Current.Span;
        }

        var end = _text.Length;
        if (end > 0 && _text[end - 1] == '\n')
        {
            end--;
        }

        if (end > 0 && _text[end - 1] == '\r')
        {
            end--;
        }

        return new TextSpan(end, 0);
    }

    /// <summary>CPython's <c>block</c>: an indented suite, or simple statements on the same line.</summary>
    private ImmutableArray<StmtNode> ParseBlock(string construct, int constructOffset)
    {
        var body = RentStmts();
        if (Kind == TokenKind.Newline)
        {
            Advance();
            if (Kind != TokenKind.Indent)
            {
                throw ErrorAt($"expected an indented block after {construct} on line {LineOf(constructOffset)}", MissingBlockSpan(), PythonErrorType.IndentationError);
            }

            Advance();
            while (Kind != TokenKind.Dedent && Kind != TokenKind.EndOfFile)
            {
                ParseStatement(body);
            }

            Eat(TokenKind.Dedent);
        }
        else
        {
            if (Kind == TokenKind.EndOfFile || Kind == TokenKind.Error)
            {
                throw InvalidSyntax();
            }

            ParseSimpleStatements(body);
        }

        return ToArray(body);
    }

    private int LineOf(int offset)
    {
        // Lines are only needed for error messages; count line breaks up to the offset.
        var line = 1;
        for (var i = 0; i < offset && i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= _text.Length || _text[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    private void ExpectColon()
    {
        if (Kind != TokenKind.Colon)
        {
            throw Error("expected ':'");
        }

        Advance();
    }

    /// <summary>
    /// The ':' that CPython's grammar does not force (class, if, elif, while, for, with, except, case, lambda):
    /// its "expected ':'" comes only from rules that see the line end instead; any other token there is
    /// plain "invalid syntax".
    /// </summary>
    private void ExpectColonBeforeNewline()
    {
        if (Kind == TokenKind.Colon)
        {
            Advance();
            return;
        }

        throw Kind == TokenKind.Newline ? Error("expected ':'") : InvalidSyntax();
    }

    /// <summary>The end of the last consumed token other than NEWLINE, INDENT and DEDENT (CPython's block end).</summary>
    private int LastSignificantEnd()
    {
        var index = _pos - 1;
        while (index > 0 && _tokens[index].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
        {
            index--;
        }

        return index >= 0 ? _tokens[index].End : 0;
    }

    // ----- compound statements -----

    private StmtNode ParseDecorated()
    {
        var decorators = RentExprs();
        while (Eat(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }

        if (Kind == TokenKind.Def)
        {
            return ParseFunctionDef(Current.Start, isAsync: false, ToArray(decorators));
        }

        if (Kind == TokenKind.Async && PeekKind(1) == TokenKind.Def)
        {
            var start = Advance().Start;
            return ParseFunctionDef(start, isAsync: true, ToArray(decorators));
        }

        if (Kind == TokenKind.Class)
        {
            return ParseClassDef(ToArray(decorators));
        }

        throw InvalidSyntax();
    }

    private StmtNode ParseFunctionDef(int start, bool isAsync, ImmutableArray<ExprNode> decorators)
    {
        var defToken = Expect(TokenKind.Def);
        var name = NameText(Expect(TokenKind.Name));
        ImmutableArray<TypeParamNode> typeParams = [];
        if (Kind == TokenKind.LeftSquare)
        {
            var bracket = Current;
            try
            {
                typeParams = ParseTypeParams();
            }
            catch (SyntaxErrorSignal signal) when (signal.Error.Message == "invalid syntax")
            {
                // CPython's type parameters are optional before a forced '(': when they do not parse, the
                // '(' is what is missing, at the '['.
                throw ErrorAt("expected '('", bracket.Span);
            }
        }

        if (Kind != TokenKind.LeftParen)
        {
            throw Error("expected '('");
        }

        Advance();
        var args = ParseParameters(TokenKind.RightParen, allowAnnotations: true);
        Expect(TokenKind.RightParen);
        ExprNode? returns = null;
        if (Kind == TokenKind.RightArrow)
        {
            // With no expression after '->', CPython's optional return annotation fails as a whole and the
            // forced ':' is missing at the arrow.
            if (!StartsExpression(PeekKind(1)))
            {
                throw Error("expected ':'");
            }

            Advance();
            returns = ParseExpression();
        }

        ExpectColon();
        var body = ParseBlock("function definition", defToken.Start);
        var span = TextSpan.FromBounds(start, LastSignificantEnd());
        return isAsync
            ? new AsyncFunctionDef(span, name, args, body, decorators, returns, null, typeParams)
            : new FunctionDef(span, name, args, body, decorators, returns, null, typeParams);
    }

    private ClassDef ParseClassDef(ImmutableArray<ExprNode> decorators)
    {
        var classToken = Advance();
        var name = NameText(Expect(TokenKind.Name));
        var typeParams = Kind == TokenKind.LeftSquare ? ParseTypeParams() : [];
        ImmutableArray<ExprNode> bases = [];
        ImmutableArray<Keyword> keywords = [];
        if (Eat(TokenKind.LeftParen))
        {
            ParseCallArguments(out bases, out keywords, null);
            Expect(TokenKind.RightParen);
        }

        ExpectColonBeforeNewline();
        var body = ParseBlock("class definition", classToken.Start);
        return new ClassDef(TextSpan.FromBounds(classToken.Start, LastSignificantEnd()), name, bases, keywords, body, decorators, typeParams);
    }

    private If ParseIf()
    {
        var ifToken = Advance();
        var test = ParseNamedExpression();
        ExpectColonBeforeNewline();
        var body = ParseBlock("'if' statement", ifToken.Start);
        var orelse = ParseElifOrElse();
        var end = LastSignificantEnd();
        return new If(TextSpan.FromBounds(ifToken.Start, end), test, body, orelse);
    }

    private ImmutableArray<StmtNode> ParseElifOrElse()
    {
        if (Kind == TokenKind.Elif)
        {
            var elifToken = Advance();
            EnterNesting();
            try
            {
                var test = ParseNamedExpression();
                ExpectColonBeforeNewline();
                var body = ParseBlock("'elif' statement", elifToken.Start);
                var orelse = ParseElifOrElse();
                var end = LastSignificantEnd();
                return One<StmtNode>(new If(TextSpan.FromBounds(elifToken.Start, end), test, body, orelse));
            }
            finally
            {
                LeaveNesting();
            }
        }

        return ParseElse();
    }

    private ImmutableArray<StmtNode> ParseElse()
    {
        if (Kind != TokenKind.Else)
        {
            return [];
        }

        var elseToken = Advance();
        ExpectColon();
        return ParseBlock("'else' statement", elseToken.Start);
    }

    private While ParseWhile()
    {
        var whileToken = Advance();
        var test = ParseNamedExpression();
        ExpectColonBeforeNewline();
        var body = ParseBlock("'while' statement", whileToken.Start);
        var orelse = ParseElse();
        var end = LastSignificantEnd();
        return new While(TextSpan.FromBounds(whileToken.Start, end), test, body, orelse);
    }

    private StmtNode ParseFor(int start, bool isAsync)
    {
        var forToken = Expect(TokenKind.For);
        var target = ParseStarTargets();
        if (Kind != TokenKind.In)
        {
            throw InvalidSyntax();
        }

        Advance();
        var iter = ParseStarExpressionsRequired();
        ExpectColonBeforeNewline();
        var body = ParseBlock("'for' statement", forToken.Start);
        var orelse = ParseElse();
        var span = TextSpan.FromBounds(start, LastSignificantEnd());
        return isAsync ? new AsyncFor(span, target, iter, body, orelse, null) : new For(span, target, iter, body, orelse, null);
    }

    private StmtNode ParseWith(int start, bool isAsync)
    {
        var withToken = Expect(TokenKind.With);
        var items = new List<WithItem>(2);
        var parsed = false;
        if (Kind == TokenKind.LeftParen)
        {
            // with ( item, item, ) : ...  — only when ':' follows the closing parenthesis.
            var save = _pos;
            try
            {
                Advance();
                do
                {
                    if (Kind == TokenKind.RightParen && items.Count > 0)
                    {
                        break;
                    }

                    items.Add(ParseWithItem());
                }
                while (Eat(TokenKind.Comma));
                if (Kind == TokenKind.RightParen && PeekKind(1) == TokenKind.Colon)
                {
                    Advance();
                    parsed = true;
                }
            }
            catch (SyntaxErrorSignal)
            {
                _pendingPrimary = null;
                parsed = false;
            }

            if (!parsed)
            {
                _pos = save;
                items.Clear();
            }
        }

        if (!parsed)
        {
            do
            {
                items.Add(ParseWithItem());
            }
            while (Eat(TokenKind.Comma));
        }

        ExpectColonBeforeNewline();
        var body = ParseBlock("'with' statement", withToken.Start);
        var span = TextSpan.FromBounds(start, LastSignificantEnd());
        return isAsync ? new AsyncWith(span, ToArray(items), body, null) : new With(span, ToArray(items), body, null);
    }

    private WithItem ParseWithItem()
    {
        var start = Current.Start;
        var context = ParseExpression();
        ExprNode? vars = null;
        if (Eat(TokenKind.As))
        {
            vars = SetContext(ParseTargetElement(allowStar: false), ExprContext.Store);
            if (Kind is not (TokenKind.Comma or TokenKind.RightParen or TokenKind.Colon))
            {
                throw InvalidSyntax();
            }
        }

        return new WithItem(SpanFrom(start), context, vars);
    }

    private StmtNode ParseTry()
    {
        var tryToken = Advance();
        ExpectColon();
        var body = ParseBlock("'try' statement", tryToken.Start);
        var handlers = new List<ExceptHandlerNode>(2);
        bool? star = null;
        while (Kind == TokenKind.Except)
        {
            var exceptToken = Advance();
            var isStar = Eat(TokenKind.Star);
            if (star is { } previous && previous != isStar)
            {
                throw ErrorAt("cannot have both 'except' and 'except*' on the same 'try'", exceptToken.Span);
            }

            star = isStar;
            ExprNode? type = null;
            string? name = null;
            if (Kind != TokenKind.Colon)
            {
                type = ParseExpression();
                if (Kind == TokenKind.Comma)
                {
                    throw ErrorAt("multiple exception types must be parenthesized", type.Span);
                }

                if (Eat(TokenKind.As))
                {
                    name = NameText(Expect(TokenKind.Name));
                }
            }
            else if (isStar)
            {
                throw Error("expected one or more exception types");
            }

            ExpectColonBeforeNewline();
            var handlerBody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", exceptToken.Start);
            handlers.Add(new ExceptHandler(TextSpan.FromBounds(exceptToken.Start, LastSignificantEnd()), type, name, handlerBody));
        }

        var orelse = handlers.Count > 0 ? ParseElse() : [];
        ImmutableArray<StmtNode> finalbody = [];
        if (Kind == TokenKind.Finally)
        {
            var finallyToken = Advance();
            ExpectColon();
            finalbody = ParseBlock("'finally' statement", finallyToken.Start);
        }

        if (handlers.Count == 0 && finalbody.IsEmpty)
        {
            throw Error("expected 'except' or 'finally' block");
        }

        var end = LastSignificantEnd();
        var span = TextSpan.FromBounds(tryToken.Start, end);
        return star == true
            ? new TryStar(span, body, ToArray(handlers), orelse, finalbody)
            : new Try(span, body, ToArray(handlers), orelse, finalbody);
    }
}
