namespace ProdReady.Analysis.Docstrings;

/// <summary>What a docstring section documents, the same for every convention.</summary>
public enum SectionKind
{
    /// <summary>A section the rules do not read (<c>Note:</c>, <c>Examples:</c>, <c>See Also</c>...).</summary>
    Other,

    /// <summary>The parameters (<c>Args:</c>, <c>Parameters</c>, <c>:param x:</c>).</summary>
    Args,

    /// <summary>Keyword arguments (<c>Keyword Args:</c>, <c>:keyword x:</c>): the keys of <c>**kwargs</c> or keyword-only parameters.</summary>
    KeywordArgs,

    /// <summary>Further parameters (<c>Other Parameters</c>).</summary>
    OtherParameters,

    /// <summary>The return value (<c>Returns:</c>, <c>:returns:</c>).</summary>
    Returns,

    /// <summary>The values a generator yields (<c>Yields:</c>, <c>:yields:</c>).</summary>
    Yields,

    /// <summary>The exceptions raised (<c>Raises:</c>, <c>:raises E:</c>).</summary>
    Raises,

    /// <summary>Attributes of a class or module (<c>Attributes:</c>, <c>:ivar x:</c>).</summary>
    Attributes,

    /// <summary>Warnings issued (<c>Warns:</c>).</summary>
    Warns,

    /// <summary>Values a generator receives (<c>Receives</c>).</summary>
    Receives,
}
