using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ProdReady.Core.Text;

namespace ProdReady.Python.Text;

/// <summary>
/// Turns the bytes of a Python source file into its text the way CPython reads a file: a UTF-8 byte
/// order mark, else a PEP 263 coding declaration on line 1 (or on line 2 when line 1 is blank or only a
/// comment), else UTF-8. Decoding is strict: any byte the encoding cannot decode, or a null byte, is an
/// error worded as CPython words it.
/// </summary>
public static class PythonSourceDecoder
{
    private const string Utf8Name = "utf-8";

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="path">The path shown to the user (kept on the text and quoted in some messages).</param>
    /// <returns>The text without its byte order mark, or the reason it cannot be decoded.</returns>
    public static DecodedSource Decode(ReadOnlySpan<byte> bytes, string? path = null)
    {
        var hasBom = bytes is [0xEF, 0xBB, 0xBF, ..];
        var body = hasBom ? bytes[3..] : bytes;

        var (declared, declarationLine) = FindCodingDeclaration(body);
        var encodingName = hasBom ? Utf8Name : declared ?? Utf8Name;
        if (declared is not null && hasBom && declared != Utf8Name)
        {
            return Fail(SourceDecodingErrorKind.UnusableEncoding, $"encoding problem: {declared} with BOM", declarationLine);
        }

        PythonCodec? codec = null;
        if (declared is not null && declared != Utf8Name)
        {
            codec = PythonCodec.Lookup(declared);
            if (codec is null)
            {
                return Fail(SourceDecodingErrorKind.UnknownEncoding, $"unknown encoding: {declared}", declarationLine);
            }

            if (codec.Kind == PythonCodecKind.Wide)
            {
                // CPython reads the declaration line by line as bytes; a wide codec cannot decode those lines.
                return Fail(SourceDecodingErrorKind.UnusableEncoding, $"encoding problem: {declared}", declarationLine);
            }
        }

        var nullByte = body.IndexOf((byte)0);
        var limit = nullByte < 0 ? body : body[..nullByte];
        string? text;
        SourceDecodingError? error;
        if (codec is null || codec.Kind == PythonCodecKind.Utf8)
        {
            (text, error) = DecodeUtf8(limit, body, explicitEncoding: hasBom || declared is not null, path);
        }
        else
        {
            (text, error) = DecodeWith(codec, limit, body);
        }

        if (error is not null)
        {
            return DecodedSource.FromError(error, encodingName, hasBom);
        }

        if (nullByte >= 0)
        {
            return Fail(SourceDecodingErrorKind.NullByte, "source code cannot contain null bytes", LineOf(body, nullByte));
        }

        return DecodedSource.FromText(new SourceText(text!, path), encodingName, hasBom);

        DecodedSource Fail(SourceDecodingErrorKind kind, string message, int line) =>
            DecodedSource.FromError(new SourceDecodingError(kind, message, line), encodingName, hasBom);
    }

    /// <summary>Reads and decodes the file at <paramref name="fullPath"/>.</summary>
    /// <param name="fullPath">The file to read.</param>
    /// <param name="displayPath">The path shown to the user; defaults to <paramref name="fullPath"/>.</param>
    /// <returns>The decoded text or the reason it cannot be decoded.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DecodedSource DecodeFile(string fullPath, string? displayPath = null) =>
        Decode(File.ReadAllBytes(fullPath), displayPath ?? fullPath);

    /// <summary>
    /// Finds a PEP 263 declaration as CPython's tokenizer does: on line 1, or on line 2 when line 1 holds
    /// nothing but blanks and a comment. Returns the name normalized as CPython's <c>get_normal_name</c> does.
    /// </summary>
    private static (string? Name, int Line) FindCodingDeclaration(ReadOnlySpan<byte> body)
    {
        var rest = body;
        for (var line = 1; line <= 2; line++)
        {
            var end = rest.IndexOfAny((byte)'\n', (byte)'\r');
            var content = end < 0 ? rest : rest[..end];
            var spec = GetCodingSpec(content);
            if (spec is not null)
            {
                return (NormalizeName(spec), line);
            }

            if (end < 0 || !IsBlankOrComment(content))
            {
                break;
            }

            var next = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? end + 2 : end + 1;
            rest = rest[next..];
        }

        return (null, 0);
    }

    // CPython's get_coding_spec: only blanks before '#', then "coding" followed by ':' or '=', blanks,
    // and a name of ASCII letters, digits, '-', '_' and '.'. The line is seen with a '\n' appended.
    private static string? GetCodingSpec(ReadOnlySpan<byte> content)
    {
        var size = content.Length + 1;
        var i = 0;
        for (; i < size - 6; i++)
        {
            if (content[i] == '#')
            {
                break;
            }

            if (!IsBlank(content[i]))
            {
                return null;
            }
        }

        for (; i < size - 6; i++)
        {
            if (!content[i..].StartsWith("coding"u8))
            {
                continue;
            }

            var t = i + 6;
            if (t >= content.Length || (content[t] != ':' && content[t] != '='))
            {
                continue;
            }

            do
            {
                t++;
            }
            while (t < content.Length && (content[t] == ' ' || content[t] == '\t'));

            var begin = t;
            while (t < content.Length && (char.IsAsciiLetterOrDigit((char)content[t]) || content[t] is (byte)'-' or (byte)'_' or (byte)'.'))
            {
                t++;
            }

            if (begin < t)
            {
                return Encoding.ASCII.GetString(content[begin..t]);
            }
        }

        return null;
    }

    // CPython's get_normal_name: the utf-8 and latin-1 families get their canonical names; any other
    // name is kept as written (and then looked up by the codec registry).
    private static string NormalizeName(string spec)
    {
        var head = spec.Length > 12 ? spec[..12] : spec;
        var buffer = head.Replace('_', '-').ToLowerInvariant();
        if (buffer == "utf-8" || buffer.StartsWith("utf-8-", StringComparison.Ordinal))
        {
            return Utf8Name;
        }

        if (buffer is "latin-1" or "iso-8859-1" or "iso-latin-1"
            || buffer.StartsWith("latin-1-", StringComparison.Ordinal)
            || buffer.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || buffer.StartsWith("iso-latin-1-", StringComparison.Ordinal))
        {
            return "iso-8859-1";
        }

        return spec;
    }

    private static bool IsBlankOrComment(ReadOnlySpan<byte> content)
    {
        foreach (var b in content)
        {
            if (b == '#')
            {
                return true;
            }

            if (!IsBlank(b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\f';

    private static (string? Text, SourceDecodingError? Error) DecodeUtf8(
        ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> whole, bool explicitEncoding, string? path)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return (new string(buffer, 0, written), null);
            }

            var line = LineOf(whole, read);
            if (!explicitEncoding)
            {
                var where = path is null ? string.Empty : $" in file {path}";
                return (null, new SourceDecodingError(
                    SourceDecodingErrorKind.UndecodableBytes,
                    string.Create(CultureInfo.InvariantCulture, $"Non-UTF-8 code starting with '\\x{whole[read]:x2}'{where} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
                    line));
            }

            var column = read - LineStartOf(whole, read);
            return (null, new SourceDecodingError(SourceDecodingErrorKind.UndecodableBytes, "(unicode error) " + DescribeUtf8Error(whole, read, column), line));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Words an invalid UTF-8 sequence as Python's UTF-8 codec does ("invalid start byte",
    // "invalid continuation byte", "unexpected end of data"), positioned at `shownPosition`.
    private static string DescribeUtf8Error(ReadOnlySpan<byte> bytes, int position, int shownPosition)
    {
        var first = bytes[position];
        string reason;
        var length = 1;
        if (first is < 0xC2 or > 0xF4)
        {
            reason = "invalid start byte";
        }
        else
        {
            var needed = first < 0xE0 ? 1 : first < 0xF0 ? 2 : 3;
            reason = "unexpected end of data";
            length = bytes.Length - position;
            for (var k = 1; k <= needed; k++)
            {
                if (position + k >= bytes.Length)
                {
                    break;
                }

                var b = bytes[position + k];
                var (low, high) = k == 1
                    ? first switch { 0xE0 => (0xA0, 0xBF), 0xED => (0x80, 0x9F), 0xF0 => (0x90, 0xBF), 0xF4 => (0x80, 0x8F), _ => (0x80, 0xBF) }
                    : (0x80, 0xBF);
                if (b < low || b > high)
                {
                    reason = "invalid continuation byte";
                    length = k;
                    break;
                }
            }
        }

        return length == 1
            ? string.Create(CultureInfo.InvariantCulture, $"'utf-8' codec can't decode byte 0x{first:x2} in position {shownPosition}: {reason}")
            : string.Create(CultureInfo.InvariantCulture, $"'utf-8' codec can't decode bytes in position {shownPosition}-{shownPosition + length - 1}: {reason}");
    }

    private static (string? Text, SourceDecodingError? Error) DecodeWith(PythonCodec codec, ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> whole)
    {
        var encoding = codec.CreateStrictEncoding();
        try
        {
            return (encoding.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            var position = FirstUndecodable(encoding, bytes, e);
            var (name, reason) = codec.Kind switch
            {
                PythonCodecKind.Ascii => ("ascii", "ordinal not in range(128)"),
                PythonCodecKind.SingleByte => ("charmap", "character maps to <undefined>"),
                _ => (codec.Name, "illegal multibyte sequence"),
            };
            return (null, new SourceDecodingError(
                SourceDecodingErrorKind.UndecodableBytes,
                string.Create(CultureInfo.InvariantCulture, $"'{name}' codec can't decode byte 0x{whole[position]:x2} in position {position}: {reason}"),
                LineOf(whole, position)));
        }
    }

    // The exception's index is relative to the decoder's internal buffer, so the offending byte is
    // found by decoding ever longer prefixes line by line (only on the failure path).
    private static int FirstUndecodable(Encoding encoding, ReadOnlySpan<byte> bytes, DecoderFallbackException e)
    {
        if (e.Index >= 0 && e.Index < bytes.Length && e.BytesUnknown is { Length: > 0 } unknown && bytes[e.Index] == unknown[0])
        {
            return e.Index;
        }

        var decoder = encoding.GetDecoder();
        var chars = new char[8];
        for (var i = 0; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes.Slice(i, 1), chars, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }

        return Math.Max(0, bytes.Length - 1);
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    private static int LineStartOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var start = bytes[..offset].LastIndexOfAny((byte)'\n', (byte)'\r');
        return start + 1;
    }
}
