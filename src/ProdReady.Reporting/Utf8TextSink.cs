using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ProdReady.Reporting;

/// <summary>
/// Streams what a <see cref="Utf8JsonWriter"/> writes into a <see cref="TextWriter"/> in chunks, so that a report of
/// any size never exists as one byte array and one string at once: the writer fills <see cref="Buffer"/>, and
/// <see cref="DrainWhenFull"/> decodes it into the text writer once it holds a chunk. The decoder keeps a UTF-8 sequence
/// split between two chunks until its last byte arrives. When the text writer is a <see cref="StreamWriter"/> that writes
/// UTF-8 without a byte-order mark, the bytes go to its stream unchanged instead: decoding them and encoding the text
/// again would give the same bytes.
/// </summary>
internal sealed class Utf8TextSink
{
    /// <summary>How many bytes are gathered before they are decoded and handed on.</summary>
    private const int ChunkSize = 64 * 1024;

    private readonly TextWriter _output;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetDecoder();
    private readonly Stream? _stream;
    private char[] _chars = [];
    private bool _flushed;

    /// <summary>Initializes a new instance of the <see cref="Utf8TextSink"/> class.</summary>
    /// <param name="output">Where the decoded text goes.</param>
    public Utf8TextSink(TextWriter output)
    {
        _output = output;

        // A writer that encodes UTF-8 without a byte-order mark into a stream (standard output, a report file) would turn
        // the decoded text back into the same bytes: those go to its stream directly, after what the writer holds.
        if (output is StreamWriter { BaseStream: { CanWrite: true } stream, Encoding: UTF8Encoding encoding } && encoding.Preamble.Length == 0)
        {
            _stream = stream;
        }
    }

    /// <summary>Gets the buffer the JSON writer writes into.</summary>
    public ArrayBufferWriter<byte> Buffer { get; } = new(ChunkSize * 2);

    /// <summary>Flushes <paramref name="json"/> and hands the buffer on once it holds at least a chunk.</summary>
    /// <param name="json">The writer over <see cref="Buffer"/>.</param>
    public void DrainWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending + Buffer.WrittenCount < ChunkSize)
        {
            return;
        }

        json.Flush();
        Drain(final: false);
    }

    /// <summary>Decodes what the buffer holds into the output and empties it.</summary>
    /// <param name="final">Whether no more bytes follow (a dangling partial sequence is then written as a replacement character).</param>
    public void Drain(bool final)
    {
        var bytes = Buffer.WrittenSpan;
        if (_stream is not null)
        {
            if (!_flushed)
            {
                _output.Flush();
                _flushed = true;
            }

            _stream.Write(bytes);
            Buffer.ResetWrittenCount();
            return;
        }

        var needed = _decoder.GetCharCount(bytes, flush: false) + 4;
        if (_chars.Length < needed)
        {
            _chars = new char[Math.Max(needed, ChunkSize)];
        }

        var count = _decoder.GetChars(bytes, _chars, flush: final);
        _output.Write(_chars, 0, count);
        Buffer.ResetWrittenCount();
    }
}
