using ProdReady.Core.Text;
using ProdReady.Python.Lexing;

namespace ProdReady.Python;

/// <summary>A syntax error found while tokenizing or parsing Python source.</summary>
/// <param name="Message">The message, worded as CPython words it where practical.</param>
/// <param name="Span">The offending source range (possibly empty).</param>
/// <param name="Type">The Python exception type CPython would raise.</param>
public sealed record ParseError(string Message, TextSpan Span, PythonErrorType Type = PythonErrorType.SyntaxError);
