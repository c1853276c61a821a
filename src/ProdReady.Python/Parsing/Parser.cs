using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ProdReady.Core.Text;
using ProdReady.Python.Lexing;
using ProdReady.Python.Syntax;

namespace ProdReady.Python.Parsing;

/// <summary>
/// A hand-written parser for Python 3.13 over the lexer's token array. It follows CPython's PEG grammar
/// (<c>Grammar/python.gram</c>) rule by rule; the few points where that grammar backtracks are handled by
/// saving and restoring the token index. Node positions are taken from the tokens each rule consumed, as
/// CPython's <c>EXTRA</c> does. The first syntax error stops the parse: the statements parsed before it form
/// the partial tree.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Nesting depth beyond which the parser gives up: CPython's own parser stack holds 6,000 levels (it
    /// accepts 5,999 nested unary minus signs, and 200 nested brackets, which its tokenizer limits). The
    /// stack probe in <see cref="EnterNesting"/> ends the parse earlier on a thread with a small stack.
    /// </summary>
    private const int MaxDepth = 6000;

    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly int _count;
    private readonly TokenizeResult? _tokenization;
    private readonly TokenizeError? _tokenizeError;
    private readonly NameTable _names;
    private readonly Stack<List<ExprNode>> _exprLists = new();
    private readonly Stack<List<StmtNode>> _stmtLists = new();
    private int _pos;
    private int _depth;

    /// <summary>
    /// A primary that <c>ParseExpression</c> parsed ahead of the precedence chain; the chain's first
    /// <c>ParsePower</c> takes it as its operand instead of parsing one.
    /// </summary>
    private ExprNode? _pendingPrimary;

    /// <summary>The start of the display element or argument parsed last, for "Perhaps you forgot a comma?".</summary>
    private int _elementStart;

    /// <summary>Initializes a new instance of the <see cref="Parser"/> class.</summary>
    /// <param name="text">The source text.</param>
    /// <param name="tokens">The significant tokens, ending with <see cref="TokenKind.EndOfFile"/> (possibly followed by unused slots).</param>
    /// <param name="count">The number of tokens in <paramref name="tokens"/>.</param>
    /// <param name="tokenization">The lexer's full output, for the comments (optional).</param>
    /// <param name="tokenizeError">The tokenizer's error, if any (its token is <see cref="TokenKind.Error"/>).</param>
    public Parser(string text, Token[] tokens, int count, TokenizeError? tokenizeError, TokenizeResult? tokenization = null)
    {
        _text = text;
        _tokenization = tokenization;
        _tokens = tokens;
        _count = count;
        if (_count == 0 || _tokens[_count - 1].Kind != TokenKind.EndOfFile)
        {
            _tokens = [.. tokens.AsSpan(0, count), new Token(TokenKind.EndOfFile, text.Length, 0)];
            _count = _tokens.Length;
        }

        _tokenizeError = tokenizeError;
        // A file's distinct names are a small fraction of its tokens.
        _names = new NameTable(Math.Clamp(_count / 16, 16, 1024));
    }

    /// <summary>Parses the whole module.</summary>
    /// <param name="error">The first syntax error, or <see langword="null"/>.</param>
    /// <returns>The module; on error, the statements parsed before it.</returns>
    public Module ParseModule(out ParseError? error)
    {
        var body = RentStmts();
        error = null;
        try
        {
            while (Kind != TokenKind.EndOfFile)
            {
                if (Kind == TokenKind.Newline)
                {
                    _pos++;
                    continue;
                }

                ParseStatement(body);
            }
        }
        catch (SyntaxErrorSignal signal)
        {
            error = PreferTokenizerError(signal.Error);
        }
        catch (InsufficientExecutionStackException)
        {
            error = new ParseError("too many nested parentheses or expressions: the source is too complex to parse", Current.Span);
        }

        return new Module(TextSpan.FromBounds(0, _text.Length), ToArray(body), []);
    }

    private Token Current => _tokens[_pos];

    /// <summary>Gets where the operand about to be parsed starts: at the pending primary, if any.</summary>
    private int OperandStart => _pendingPrimary?.Span.Start ?? _tokens[_pos].Start;

    private TokenKind Kind => _tokens[_pos].Kind;

    /// <summary>Gets the end offset of the last consumed token.</summary>
    private int PrevEnd => _pos > 0 ? _tokens[_pos - 1].End : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TokenKind PeekKind(int ahead)
    {
        var index = _pos + ahead;
        return index < _count ? _tokens[index].Kind : TokenKind.EndOfFile;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token Advance()
    {
        var token = _tokens[_pos];
        if (_pos < _count - 1)
        {
            _pos++;
        }

        return token;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Eat(TokenKind kind)
    {
        if (_tokens[_pos].Kind == kind)
        {
            Advance();
            return true;
        }

        return false;
    }

    /// <summary>Consumes a token of <paramref name="kind"/>, or fails with CPython's generic "invalid syntax".</summary>
    private Token Expect(TokenKind kind)
    {
        if (_tokens[_pos].Kind == kind)
        {
            return Advance();
        }

        throw InvalidSyntax();
    }

    private bool IsSoftKeyword(int index, string word)
    {
        var token = _tokens[index];
        return token.Kind == TokenKind.Name && token.Length == word.Length && _text.AsSpan(token.Start, token.Length).SequenceEqual(word);
    }

    private bool AtSoftKeyword(string word) => IsSoftKeyword(_pos, word);

    private string TokenText(Token token) => _text.Substring(token.Start, token.Length);

    private string NameText(Token token) => _names.Get(_text, token);

    private TextSpan SpanFrom(int start) => TextSpan.FromBounds(start, Math.Max(start, PrevEnd));

    private void EnterNesting()
    {
        // The stack probe runs every fourth level: four levels use far less stack than the probe's margin.
        if (++_depth > MaxDepth || ((_depth & 3) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw new SyntaxErrorSignal(new ParseError("too many nested parentheses or expressions: the source is too complex to parse", Current.Span));
        }
    }

    private void LeaveNesting() => _depth--;

    /// <summary>
    /// CPython tokenizes the rest of the file after a parser error and reports a tokenizer error found there
    /// instead; an unclosed bracket wins only when it was opened on a line before the parser's error.
    /// </summary>
    private ParseError PreferTokenizerError(ParseError error)
    {
        if (_tokenizeError is not { } lexical || error.Type != PythonErrorType.SyntaxError
            || (error.Message == lexical.Message && error.Span == lexical.Span))
        {
            return error;
        }

        var errorLine = LineOf(Math.Min(Math.Max(error.Span.Start, Current.Start), _text.Length));
        if (lexical.Message.EndsWith("was never closed", StringComparison.Ordinal))
        {
            var bracketLine = LineOf(Math.Min(lexical.Span.Start, _text.Length));
            return bracketLine < errorLine ? new ParseError(lexical.Message, lexical.Span, lexical.Type) : error;
        }

        if (lexical.IsStatusError)
        {
            // CPython keeps its parser's error; only a bracket left open on an earlier line replaces it.
            return lexical.OpenBracket >= 0 && LineOf(Math.Min(lexical.OpenBracket, _text.Length)) < errorLine
                ? new ParseError($"'{lexical.OpenBracketChar}' was never closed", new TextSpan(lexical.OpenBracket, 0))
                : error;
        }

        return new ParseError(lexical.Message, lexical.Span, lexical.Type);
    }

    /// <summary>Builds the error for the current token: the tokenizer's own error when the parse reached it.</summary>
    private SyntaxErrorSignal Error(string message) => ErrorAt(message, ErrorSpan(Current));

    /// <summary>
    /// The span CPython reports for an error at <paramref name="token"/>: its C tokenizer starts the NEWLINE
    /// token of a line that ends in a comment at the comment's '#', so errors there point at the comment.
    /// </summary>
    private TextSpan ErrorSpan(Token token)
    {
        if (token.Kind != TokenKind.Newline || _tokenization is null)
        {
            return token.Span;
        }

        var comments = _tokenization.Comments;
        int low = 0, high = comments.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (comments[middle].End < token.Start)
            {
                low = middle + 1;
            }
            else if (comments[middle].End > token.Start)
            {
                high = middle - 1;
            }
            else
            {
                return TextSpan.FromBounds(comments[middle].Start, token.End);
            }
        }

        return token.Span;
    }

    private SyntaxErrorSignal ErrorAt(string message, TextSpan span, PythonErrorType type = PythonErrorType.SyntaxError)
    {
        if (Kind == TokenKind.Error && _tokenizeError is { } lexical)
        {
            return new SyntaxErrorSignal(new ParseError(lexical.Message, lexical.Span, lexical.Type));
        }

        return new SyntaxErrorSignal(new ParseError(message, span, type));
    }

    /// <summary>
    /// "unexpected indent" at the current INDENT token. CPython's INDENT has no column of its own, so it
    /// reports its tokenizer's offset after the indentation as the 1-based column: one character earlier
    /// than a token there would be reported.
    /// </summary>
    private SyntaxErrorSignal UnexpectedIndent() =>
        ErrorAt("unexpected indent", new TextSpan(Math.Max(Current.Start, Current.End - 1), 0), PythonErrorType.IndentationError);

    /// <summary>The generic "invalid syntax" error at the current token.</summary>
    private SyntaxErrorSignal InvalidSyntax()
    {
        if (Kind == TokenKind.Indent)
        {
            return UnexpectedIndent();
        }

        if (Kind == TokenKind.Dedent)
        {
            return ErrorAt("unexpected unindent", Current.Span, PythonErrorType.IndentationError);
        }

        if (Kind == TokenKind.EndOfFile)
        {
            return ErrorAt("invalid syntax", _pos > 0 ? _tokens[_pos - 1].Span : Current.Span);
        }

        return Error("invalid syntax");
    }

    /// <summary>
    /// Copies <paramref name="list"/> into an immutable array. A list of expressions or statements comes from
    /// <see cref="RentExprs()"/> or <see cref="RentStmts"/> and goes back to its pool here, so every such list
    /// must be turned into an array once, as the last use of it.
    /// </summary>
    private ImmutableArray<T> ToArray<T>(List<T> list)
    {
        var result = list.Count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(list.ToArray());
        if (list is List<ExprNode> exprs)
        {
            exprs.Clear();
            _exprLists.Push(exprs);
        }
        else if (list is List<StmtNode> stmts)
        {
            stmts.Clear();
            _stmtLists.Push(stmts);
        }

        return result;
    }

    /// <summary>A cleared list for expressions, reused across the parse (the parser allocates most of its lists here).</summary>
    private List<ExprNode> RentExprs() => _exprLists.Count > 0 ? _exprLists.Pop() : new List<ExprNode>(8);

    private List<ExprNode> RentExprs(ExprNode first)
    {
        var list = RentExprs();
        list.Add(first);
        return list;
    }

    private List<StmtNode> RentStmts() => _stmtLists.Count > 0 ? _stmtLists.Pop() : new List<StmtNode>(8);

    private static ImmutableArray<T> One<T>(T item) => ImmutableCollectionsMarshal.AsImmutableArray(new[] { item });

    /// <summary>Carries the first syntax error out of the recursive descent; thrown at most once per parse.</summary>
    private sealed class SyntaxErrorSignal : Exception
    {
        public SyntaxErrorSignal(ParseError error)
            : base(error.Message)
        {
            Error = error;
        }

        public SyntaxErrorSignal()
        {
            Error = new ParseError("invalid syntax", default);
        }

        public SyntaxErrorSignal(string message)
            : base(message)
        {
            Error = new ParseError(message, default);
        }

        public SyntaxErrorSignal(string message, Exception innerException)
            : base(message, innerException)
        {
            Error = new ParseError(message, default);
        }

        public ParseError Error { get; }
    }
}
