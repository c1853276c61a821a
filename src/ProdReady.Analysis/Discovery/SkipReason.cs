namespace ProdReady.Analysis.Discovery;

/// <summary>Why a Python file was not analysed.</summary>
public enum SkipReason
{
    /// <summary>The file has a NUL byte in its first 8 KiB.</summary>
    Binary,

    /// <summary>The file declares no coding (or UTF-8) and is not valid UTF-8.</summary>
    Undecodable,

    /// <summary>The file is larger than <c>max-file-size</c>.</summary>
    TooLarge,

    /// <summary>The file or directory could not be read.</summary>
    Unreadable,

    /// <summary>An explicitly listed path is outside the checked root.</summary>
    OutsideRoot,
}
