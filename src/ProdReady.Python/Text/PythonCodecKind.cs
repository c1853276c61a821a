namespace ProdReady.Python.Text;

/// <summary>How a codec maps bytes to characters; decides how CPython words a decoding error.</summary>
internal enum PythonCodecKind
{
    /// <summary>UTF-8.</summary>
    Utf8,

    /// <summary>7-bit ASCII: bytes above 0x7F are errors (<c>ordinal not in range(128)</c>).</summary>
    Ascii,

    /// <summary>A one-byte table (<c>charmap</c>): unmapped bytes <c>map to &lt;undefined&gt;</c>.</summary>
    SingleByte,

    /// <summary>A CJK multi-byte codec: bad sequences are an <c>illegal multibyte sequence</c>.</summary>
    MultiByte,

    /// <summary>UTF-16 or UTF-32: CPython cannot read source lines in them.</summary>
    Wide,
}
