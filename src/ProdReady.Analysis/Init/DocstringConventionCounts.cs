namespace ProdReady.Analysis.Init;

/// <summary>How many of a project's docstrings have sections in each convention, and the convention chosen.</summary>
/// <param name="Convention">The convention with the most docstrings (<c>google</c>, <c>numpy</c> or <c>sphinx</c>); <c>google</c> when none has any, or on a tie with it.</param>
/// <param name="Google">Docstrings with Google sections (<c>Args:</c> followed by an indented line).</param>
/// <param name="Numpy">Docstrings with NumPy sections (<c>Parameters</c> underlined with dashes).</param>
/// <param name="Sphinx">Docstrings with Sphinx fields (<c>:param x:</c>, <c>:returns:</c>, <c>:raises E:</c>).</param>
/// <param name="Read">The docstrings read.</param>
public sealed record DocstringConventionCounts(string Convention, int Google, int Numpy, int Sphinx, int Read);
