namespace ProdReady.Analysis.Baseline;

/// <summary>
/// One finding a baseline holds. It matches a finding by rule, path, the qualified name of its unit and the hash of
/// its normalized source line, so it survives code moving up or down; the line number is never compared.
/// </summary>
/// <param name="Code">The rule code.</param>
/// <param name="Path">The file relative to the root with forward slashes; empty for a finding about the change as a whole.</param>
/// <param name="Unit">The qualified name of the function or class around the finding; empty at module level.</param>
/// <param name="Hash">The first 16 hex digits of the SHA-256 of the finding's line with its whitespace normalized.</param>
/// <param name="Message">The finding's message when it was recorded, for the reader; not compared.</param>
public sealed record BaselineEntry(string Code, string Path, string Unit, string Hash, string Message)
{
    /// <summary>Gets the part that decides a match: rule, path, unit and hash.</summary>
    public (string Code, string Path, string Unit, string Hash) Key => (Code, Path, Unit, Hash);
}
