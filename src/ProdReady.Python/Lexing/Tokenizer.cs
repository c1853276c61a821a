using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using ProdReady.Core.Text;

namespace ProdReady.Python.Lexing;

/// <summary>
/// The state machine behind <see cref="Lexer.Tokenize(string)"/>: a port of CPython 3.13's C tokenizer
/// (<c>Parser/lexer/lexer.c</c>) over UTF-16 text, one pass, no per-token allocation.
/// </summary>
/// <remarks>
/// The scanning primitives mirror CPython's <c>tok_nextc</c>/<c>tok_backup</c> so that the port stays
/// checkable line by line: <see cref="Next"/> folds <c>\r\n</c> and <c>\r</c> into <c>\n</c> (CPython
/// translates line endings before tokenizing) and <see cref="Backup(int)"/> undoes exactly one
/// <see cref="Next"/>. Every loop consumes at least one character per iteration or returns.
/// </remarks>
internal sealed partial class Tokenizer
{
    private const int EndOfText = -1;
    private const int TabSize = 8;
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;
    private const int MaxFStringLevel = 150;
    private const int MaxExpressionNesting = 3;

    private readonly string _text;
    private readonly int[] _indents = new int[MaxIndent + 1];
    private readonly int[] _altIndents = new int[MaxIndent + 1];
    private readonly char[] _parens = new char[MaxLevel];
    private readonly int[] _parenOffsets = new int[MaxLevel];

    private int _pos;
    private Token[] _tokens;
    private int _tokenCount;
    private TextSpan[] _comments = new TextSpan[8];
    private int _commentCount;
    private TokenizeError? _error;

    private int _indent;
    private bool _atLineStart = true;
    private bool _blankLine;
    private int _level;

    private FStringMode[] _modes = [];
    private int _modeCount;

    /// <summary>Initializes a new instance of the <see cref="Tokenizer"/> class.</summary>
    /// <param name="text">The text to tokenize.</param>
    public Tokenizer(string text)
    {
        _text = text;
        // A pooled scratch buffer (one token per five characters is the usual density); the result gets an
        // exact copy, so each parse allocates only the tokens it keeps.
        _tokens = ArrayPool<Token>.Shared.Rent((text.Length / 5) + 16);
    }

    private ref FStringMode Top => ref _modes[_modeCount - 1];

    /// <summary>Tokenizes the whole text.</summary>
    /// <returns>The result.</returns>
    public TokenizeResult Run()
    {
        var nul = _text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            Fail("source code string cannot contain null bytes", nul, nul);
        }
        else
        {
            while (_modeCount > 0 && !Top.InExpression ? ScanFStringMode() : ScanRegular())
            {
            }
        }

        // Tokens hold no references, so the copy need not be zeroed first: every slot is written.
        var tokens = GC.AllocateUninitializedArray<Token>(_tokenCount);
        _tokens.AsSpan(0, _tokenCount).CopyTo(tokens);
        ArrayPool<Token>.Shared.Return(_tokens);
        _tokens = tokens;
        return new TokenizeResult(_text, tokens, _tokenCount, _comments, _commentCount, _error);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next()
    {
        if (_pos >= _text.Length)
        {
            return EndOfText;
        }

        var ch = _text[_pos++];
        if (ch == '\r')
        {
            if (_pos < _text.Length && _text[_pos] == '\n')
            {
                _pos++;
            }

            return '\n';
        }

        return ch;
    }

    private void Backup(int c)
    {
        if (c == EndOfText)
        {
            return;
        }

        _pos--;
        if (c == '\n' && _text[_pos] == '\n' && _pos > 0 && _text[_pos - 1] == '\r')
        {
            _pos--;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : EndOfText;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(TokenKind kind, int start, int end, TokenFlags flags = TokenFlags.None)
    {
        if (_tokenCount == _tokens.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(_tokens.Length * 2);
            _tokens.AsSpan().CopyTo(larger);
            ArrayPool<Token>.Shared.Return(_tokens);
            _tokens = larger;
        }

        _tokens[_tokenCount++] = new Token(kind, start, end - start, flags);
    }

    private void AddComment(int start, int end)
    {
        if (_commentCount == _comments.Length)
        {
            Array.Resize(ref _comments, _comments.Length * 2);
        }

        _comments[_commentCount++] = new TextSpan(start, end - start);
    }

    /// <summary>Records the error, ends the token list with Error and EndOfFile, and stops.</summary>
    private bool Fail(string message, int start, int end, PythonErrorType type = PythonErrorType.SyntaxError, bool statusError = false)
    {
        start = Math.Clamp(start, 0, _text.Length);
        end = Math.Clamp(end, start, _text.Length);
        _error = new TokenizeError(message, TextSpan.FromBounds(start, end), type)
        {
            IsStatusError = statusError,
            OpenBracket = _level > 0 ? _parenOffsets[_level - 1] : -1,
            OpenBracketChar = _level > 0 ? _parens[_level - 1] : '\0',
        };
        var last = _tokenCount > 0 ? _tokens[_tokenCount - 1].End : 0;
        var tokenStart = Math.Max(start, last);
        Add(TokenKind.Error, tokenStart, Math.Max(end, tokenStart));
        Add(TokenKind.EndOfFile, _text.Length, _text.Length);
        return false;
    }

    /// <summary>
    /// Fails the way CPython's <c>_PyTokenizer_syntaxerror</c> does with the read position at
    /// <paramref name="cursor"/>: the reported column is that of the character before the cursor.
    /// </summary>
    private bool FailAtCursor(string message, int cursor)
    {
        var start = Math.Max(cursor - 1, 0);
        if (start > 0 && start < _text.Length && char.IsLowSurrogate(_text[start]) && char.IsHighSurrogate(_text[start - 1]))
        {
            start--;
        }

        return Fail(message, start, start);
    }

    /// <summary>Returns the 1-based line of <paramref name="offset"/> (error paths only: linear).</summary>
    private int LineOf(int offset)
    {
        var line = 1;
        var span = _text.AsSpan(0, Math.Min(offset, _text.Length));
        for (var i = 0; i < span.Length; i++)
        {
            var ch = span[i];
            if (ch == '\n' || (ch == '\r' && (i + 1 >= span.Length || span[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>The line CPython names in "(detected at line N)": the end of the text counts as its last line.</summary>
    private int DetectedLine(int offset)
    {
        if (offset >= _text.Length && _text.Length > 0 && _text[^1] is '\n' or '\r')
        {
            return LineOf(_text.Length) - 1;
        }

        return LineOf(offset);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
