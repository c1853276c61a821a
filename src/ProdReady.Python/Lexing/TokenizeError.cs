using ProdReady.Core.Text;

namespace ProdReady.Python.Lexing;

/// <summary>
/// The first error of a text, worded as CPython 3.13 words it. <see cref="Span"/> starts where CPython's
/// <c>SyntaxError</c> puts <c>lineno</c>/<c>offset</c> and ends where it puts <c>end_lineno</c>/<c>end_offset</c>
/// (zero-length when CPython reports no distinct end).
/// </summary>
/// <param name="Message">The message, e.g. <c>unterminated string literal (detected at line 3)</c>.</param>
/// <param name="Span">Where the error is reported (UTF-16 offsets into the text).</param>
/// <param name="Type">The exception type CPython raises.</param>
public sealed record TokenizeError(string Message, TextSpan Span, PythonErrorType Type = PythonErrorType.SyntaxError)
{
    /// <summary>
    /// Gets a value indicating whether CPython's tokenizer reports this error through its status code rather
    /// than by raising it (bad indentation, a character after a line continuation, end of file inside a
    /// statement). Such an error does not replace a syntax error the parser found earlier in the file.
    /// </summary>
    public bool IsStatusError { get; init; }

    /// <summary>Gets the offset of the innermost bracket still open where the error was found, or -1.</summary>
    public int OpenBracket { get; init; } = -1;

    /// <summary>Gets that bracket's character (<c>(</c>, <c>[</c> or <c>{</c>), or <c>'\0'</c>.</summary>
    public char OpenBracketChar { get; init; }
}
