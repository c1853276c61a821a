namespace ProdReady.Python.Text;

/// <summary>Why the bytes of a Python source file cannot be read as text, in CPython's words.</summary>
/// <param name="Message">CPython's message, for example <c>unknown encoding: uft-8</c>.</param>
/// <param name="Line">The 1-based line of the offending byte or declaration.</param>
public sealed record SourceDecodingError(string Message, int Line);
