namespace ProdReady.Python.Lexing;

/// <summary>The state of one f-string being tokenized (CPython's <c>tokenizer_mode</c>).</summary>
internal struct FStringMode
{
    /// <summary>The offset of the f-string's first prefix character.</summary>
    public int Start;

    /// <summary>The quote character.</summary>
    public char Quote;

    /// <summary>1 or 3.</summary>
    public int QuoteSize;

    /// <summary>Whether the prefix has <c>r</c>.</summary>
    public bool Raw;

    /// <summary>Whether the tokenizer is inside a replacement field's expression (regular mode).</summary>
    public bool InExpression;

    /// <summary>The bracket depth inside this f-string (all of <c>( [ {</c> count).</summary>
    public int CurlyDepth;

    /// <summary>The bracket depth at which the innermost open replacement field started; -1 outside any.</summary>
    public int ExpressionStartDepth;

    /// <summary>Whether the tokenizer is in a format specification.</summary>
    public bool InFormatSpec;
}
