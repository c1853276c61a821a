namespace ProdReady.Python.Text;

/// <summary>The kinds of problem that keep a Python source file's bytes from being read as text.</summary>
public enum SourceDecodingErrorKind
{
    /// <summary>The coding declaration names an encoding Python does not know.</summary>
    UnknownEncoding,

    /// <summary>The declared encoding cannot be used: another one than UTF-8 after a byte order mark, or a wide encoding.</summary>
    UnusableEncoding,

    /// <summary>A byte sequence is not valid in the file's encoding.</summary>
    UndecodableBytes,

    /// <summary>The file contains a null byte.</summary>
    NullByte,
}
