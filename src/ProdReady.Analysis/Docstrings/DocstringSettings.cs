namespace ProdReady.Analysis.Docstrings;

/// <summary>How the docstring rules read a project: its convention and whether overrides inherit their base's docstring.</summary>
/// <param name="Convention">The section grammar (<c>docstring-convention</c>, default Google).</param>
/// <param name="InheritOverridden">
/// Whether a method without a docstring that overrides a documented base method, or is marked <c>@override</c>,
/// inherits the base's docstring (<c>inherit-docstrings</c>, default true).
/// </param>
public sealed record DocstringSettings(DocstringConvention Convention = DocstringConvention.Google, bool InheritOverridden = true)
{
    /// <summary>Gets the defaults: Google convention, overrides inherit.</summary>
    public static DocstringSettings Default { get; } = new();
}
