namespace ProdReady.Semantics.Project;

/// <summary>The first error in an INI file.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Message">What is wrong, in <c>iniconfig</c>'s words.</param>
internal sealed record IniError(int Line, string Message);
