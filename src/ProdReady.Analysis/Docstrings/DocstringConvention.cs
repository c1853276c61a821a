namespace ProdReady.Analysis.Docstrings;

/// <summary>The section grammar docstrings are written in (<c>docstring-convention</c>).</summary>
public enum DocstringConvention
{
    /// <summary>Google style: <c>Args:</c>, <c>Returns:</c>, <c>Raises:</c> headers with indented entries (the default).</summary>
    Google,

    /// <summary>NumPy style: headers underlined with dashes, <c>name : type</c> entries.</summary>
    Numpy,

    /// <summary>Sphinx (reStructuredText) fields: <c>:param x:</c>, <c>:returns:</c>, <c>:raises E:</c>.</summary>
    Sphinx,
}
