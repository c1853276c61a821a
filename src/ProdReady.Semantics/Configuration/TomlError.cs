namespace ProdReady.Semantics.Configuration;

/// <summary>The first error in a TOML document.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">What is wrong, in Tomlyn's words.</param>
internal sealed record TomlError(int Line, int Column, string Message);
