using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ProdReady.Semantics.Index;

/// <summary>
/// Builds the bytes of a sealed cache file in one growing array, in the encodings <see cref="BinaryWriter"/> uses (7-bit
/// numbers, little-endian integers, length-prefixed UTF-8 strings), and seals them in place: a large file (the test map's
/// links run to megabytes) is neither written byte by byte through a stream nor copied again to be sealed.
/// </summary>
internal sealed class SealedBytes
{
    private byte[] _bytes;

    /// <summary>Initializes a new instance of the <see cref="SealedBytes"/> class.</summary>
    /// <param name="capacity">The expected size, seal excluded.</param>
    public SealedBytes(long capacity) => _bytes = new byte[(int)Math.Clamp(capacity + CacheFile.SealLength, 256, Array.MaxLength)];

    /// <summary>Gets how many bytes were written.</summary>
    public int Length { get; private set; }

    /// <summary>Writes a non-negative number, 7 bits a byte (as <see cref="BinaryWriter.Write7BitEncodedInt(int)"/>).</summary>
    /// <param name="value">The number.</param>
    public void Number(int value)
    {
        Fit(5);
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            _bytes[Length++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        _bytes[Length++] = (byte)rest;
    }

    /// <summary>Writes a 32-bit integer, little-endian.</summary>
    /// <param name="value">The integer.</param>
    public void Int32(int value)
    {
        Fit(4);
        BinaryPrimitives.WriteInt32LittleEndian(_bytes.AsSpan(Length), value);
        Length += 4;
    }

    /// <summary>Writes a flag as one byte.</summary>
    /// <param name="value">The flag.</param>
    public void Flag(bool value)
    {
        Fit(1);
        _bytes[Length++] = value ? (byte)1 : (byte)0;
    }

    /// <summary>Writes bytes as they are.</summary>
    /// <param name="bytes">The bytes.</param>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        Fit(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Writes a string: its UTF-8 length as a 7-bit number, then its UTF-8 bytes.</summary>
    /// <param name="text">The string.</param>
    public void Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Encoding.UTF8.GetByteCount(text);
        Number(length);
        Fit(length);
        Length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(Length));
    }

    /// <summary>Seals what was written: its SHA-256 after it.</summary>
    /// <returns>The sealed bytes (a view of the builder's array).</returns>
    public ReadOnlyMemory<byte> Seal()
    {
        Fit(CacheFile.SealLength);
        SHA256.HashData(_bytes.AsSpan(0, Length), _bytes.AsSpan(Length, CacheFile.SealLength));
        return _bytes.AsMemory(0, Length + CacheFile.SealLength);
    }

    private void Fit(int more)
    {
        if (Length + more > _bytes.Length)
        {
            Array.Resize(ref _bytes, (int)Math.Min(Math.Max((long)_bytes.Length * 2, (long)Length + more + CacheFile.SealLength), Array.MaxLength));
        }
    }
}
