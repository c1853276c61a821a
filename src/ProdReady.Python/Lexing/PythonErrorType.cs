namespace ProdReady.Python.Lexing;

/// <summary>The Python exception type CPython raises for a syntax error.</summary>
public enum PythonErrorType
{
    /// <summary><c>SyntaxError</c>.</summary>
    SyntaxError,

    /// <summary><c>IndentationError</c> (a subclass of <c>SyntaxError</c>).</summary>
    IndentationError,

    /// <summary><c>TabError</c> (a subclass of <c>IndentationError</c>).</summary>
    TabError,
}
