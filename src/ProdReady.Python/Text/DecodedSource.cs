using ProdReady.Core.Text;

namespace ProdReady.Python.Text;

/// <summary>The outcome of reading a Python source file's bytes: its text, or why it has none.</summary>
public sealed class DecodedSource
{
    private DecodedSource(SourceText? text, SourceDecodingError? error, string encoding, bool hasByteOrderMark)
    {
        Text = text;
        Error = error;
        Encoding = encoding;
        HasByteOrderMark = hasByteOrderMark;
    }

    /// <summary>Gets the decoded text (without the byte order mark), or <see langword="null"/> when <see cref="Error"/> is set.</summary>
    public SourceText? Text { get; }

    /// <summary>Gets the reason the bytes cannot be read, or <see langword="null"/> on success.</summary>
    public SourceDecodingError? Error { get; }

    /// <summary>Gets the encoding used, as CPython names it after normalization (<c>utf-8</c>, <c>iso-8859-1</c>, or the declared name).</summary>
    public string Encoding { get; }

    /// <summary>Gets a value indicating whether the bytes started with a UTF-8 byte order mark.</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>Gets a value indicating whether the bytes were decoded.</summary>
    public bool Success => Text is not null;

    internal static DecodedSource FromText(SourceText text, string encoding, bool hasByteOrderMark) =>
        new(text, null, encoding, hasByteOrderMark);

    internal static DecodedSource FromError(SourceDecodingError error, string encoding, bool hasByteOrderMark) =>
        new(null, error, encoding, hasByteOrderMark);
}
