using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ProdReady.Reporting;

/// <summary>
/// Streams what a <see cref="Utf8JsonWriter"/> writes into a <see cref="TextWriter"/> in chunks, so that a report of
/// any size never exists as one byte array and one string at once: the writer fills <see cref="Buffer"/>, and
/// <see cref="DrainWhenFull"/> decodes it into the text writer once it holds a chunk. The decoder keeps a UTF-8 sequence
/// split between two chunks until its last byte arrives.
/// </summary>
internal sealed class Utf8TextSink
{
    /// <summary>How many bytes are gathered before they are decoded and handed on.</summary>
    private const int ChunkSize = 64 * 1024;

    private readonly TextWriter _output;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetDecoder();
    private char[] _chars = [];

    /// <summary>Initializes a new instance of the <see cref="Utf8TextSink"/> class.</summary>
    /// <param name="output">Where the decoded text goes.</param>
    public Utf8TextSink(TextWriter output)
    {
        _output = output;
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
