namespace ProdReady.Analysis.Docstrings;

/// <summary>The ways a docstring can be malformed.</summary>
public enum DocstringProblemKind
{
    /// <summary>The docstring is empty or only whitespace.</summary>
    Empty,

    /// <summary>The docstring opens with a section instead of a summary line.</summary>
    NoSummary,

    /// <summary>A header that is almost a known one (<c>Return:</c>, <c>Arg:</c>, <c>:parm x:</c>).</summary>
    NearMissHeader,

    /// <summary>A known header without its colon (<c>Args</c> followed by an indented block), or a Sphinx field without its closing colon.</summary>
    MissingColon,

    /// <summary>A NumPy header without its underline.</summary>
    MissingUnderline,

    /// <summary>A header written in another convention than the configured one.</summary>
    OtherConvention,

    /// <summary>An entry that names something but does not describe it.</summary>
    EntryWithoutDescription,

    /// <summary>A section header with nothing under it.</summary>
    EmptySection,

    /// <summary>A section (or a Sphinx field for the same name) that appears twice.</summary>
    DuplicateSection,
}
