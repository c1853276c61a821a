namespace ProdReady.Python.Text;

/// <summary>Why the bytes of a Python source file cannot be read as text, in CPython's words.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">CPython's message, for example <c>unknown encoding: uft-8</c>.</param>
/// <param name="Line">The 1-based line of the offending byte, or of the coding declaration.</param>
public sealed record SourceDecodingError(SourceDecodingErrorKind Kind, string Message, int Line)
{
    /// <summary>Gets a value indicating whether the error lies at a byte of the text rather than in its declared encoding.</summary>
    public bool IsAtByte => Kind is SourceDecodingErrorKind.UndecodableBytes or SourceDecodingErrorKind.NullByte;
}
