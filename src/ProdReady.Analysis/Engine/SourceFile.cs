using ProdReady.Core.Text;
using ProdReady.Python.Text;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// One file to analyse: its path as reports show it and a way to read its text. The text is read when the
/// engine reaches the file, on a worker thread, and dropped once the file is analysed.
/// </summary>
public sealed class SourceFile
{
    private readonly Func<DecodedSource>? _decode;
    private readonly string? _text;

    private SourceFile(string path, Func<DecodedSource>? decode, string? text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        _decode = decode;
        _text = text;
    }

    /// <summary>Gets the path relative to the checked root, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>Creates a file whose text is already decoded.</summary>
    /// <param name="path">The path relative to the checked root, with forward slashes.</param>
    /// <param name="text">The text.</param>
    /// <returns>The file.</returns>
    public static SourceFile FromText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceFile(path, null, text);
    }

    /// <summary>Creates a file from its bytes, decoded as CPython decodes source (BOM, PEP 263).</summary>
    /// <param name="path">The path relative to the checked root, with forward slashes.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The file.</returns>
    public static SourceFile FromBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new SourceFile(path, () => PythonSourceDecoder.Decode(bytes, path), null);
    }

    /// <summary>Creates a file read from disk when the engine reaches it, decoded as CPython decodes source.</summary>
    /// <param name="path">The path relative to the checked root, with forward slashes.</param>
    /// <param name="fullPath">The absolute path to read.</param>
    /// <returns>The file.</returns>
    public static SourceFile FromDisk(string path, string fullPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullPath);
        return new SourceFile(path, () => PythonSourceDecoder.DecodeFile(fullPath, path), null);
    }

    /// <summary>Reads the text, or the reason it cannot be decoded.</summary>
    /// <returns>The text or the decoding error.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    internal (SourceText? Text, SourceDecodingError? Error) Load()
    {
        if (_text is not null)
        {
            return (new SourceText(_text, Path), null);
        }

        var decoded = _decode!();
        return (decoded.Text, decoded.Error);
    }
}
