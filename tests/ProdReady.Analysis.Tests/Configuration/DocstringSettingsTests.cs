using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Docstrings;

namespace ProdReady.Analysis.Tests.Configuration;

[Trait("Issue", "9")]
public sealed class DocstringSettingsTests
{
    private static readonly KnownRuleCodes s_codes = new(["DOC001"]);

    private static ProdReadyConfiguration Parse(string text) =>
        ConfigurationLoader.Parse(text, "/project/prodready.toml", s_codes.IsKnownSelector)!;

    [Fact]
    public void Defaults_are_google_with_inheritance()
    {
        var configuration = Parse("src = [\".\"]\n");
        Assert.Equal(DocstringConvention.Google, configuration.DocstringConvention);
        Assert.True(configuration.InheritDocstrings);
        Assert.Equal(DocstringSettings.Default, new DocstringSettings());
    }

    [Theory]
    [InlineData("google", DocstringConvention.Google)]
    [InlineData("numpy", DocstringConvention.Numpy)]
    [InlineData("sphinx", DocstringConvention.Sphinx)]
    public void Reads_the_convention(string value, DocstringConvention expected)
    {
        Assert.Equal(expected, Parse($"docstring-convention = \"{value}\"\n").DocstringConvention);
    }

    [Fact]
    public void Reads_inherit_docstrings()
    {
        Assert.False(Parse("inherit-docstrings = false\n").InheritDocstrings);
    }

    [Theory]
    [InlineData("docstring-convention = \"epytext\"\n", "`docstring-convention` must be")]
    [InlineData("docstring-convention = 1\n", "docstring-convention")]
    [InlineData("inherit-docstrings = \"yes\"\n", "inherit-docstrings")]
    [InlineData("docstring-conventions = \"google\"\n", "did you mean `docstring-convention`?")]
    public void Rejects_bad_values_with_the_key(string text, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse(text, "/project/prodready.toml", s_codes.IsKnownSelector));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
