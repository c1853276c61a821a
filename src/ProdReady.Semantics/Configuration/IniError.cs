namespace ProdReady.Semantics.Configuration;

/// <summary>The first error in an INI file.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Message">What is wrong (for <see cref="IniDialect.IniConfig"/>, in <c>iniconfig</c>'s words).</param>
internal sealed record IniError(int Line, string Message);
