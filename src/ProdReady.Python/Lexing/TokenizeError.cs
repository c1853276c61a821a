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
public sealed record TokenizeError(string Message, TextSpan Span, PythonErrorType Type = PythonErrorType.SyntaxError);
