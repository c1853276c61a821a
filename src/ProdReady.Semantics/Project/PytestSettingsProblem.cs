namespace ProdReady.Semantics.Project;

/// <summary>Something wrong with pytest's configuration that made a setting fall back to its default.</summary>
/// <param name="File">The configuration file, relative to the project root (for example <c>setup.cfg</c>).</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Message">What is wrong and what was used instead.</param>
public sealed record PytestSettingsProblem(string File, int? Line, string Message);
