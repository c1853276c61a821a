namespace ProdReady.Analysis.Docstrings;

/// <summary>A place where a docstring breaks its convention's grammar.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Line">The 0-based line of the docstring's text the problem is on.</param>
/// <param name="Message">What is wrong, precisely, for a report.</param>
public sealed record DocstringProblem(DocstringProblemKind Kind, int Line, string Message);
