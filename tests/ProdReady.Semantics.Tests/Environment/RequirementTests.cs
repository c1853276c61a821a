using ProdReady.Semantics.Environment;

namespace ProdReady.Semantics.Tests.Environment;

public sealed class RequirementTests
{
    [Theory]
    [InlineData("requests", "requests")]
    [InlineData("requests>=2.0", "requests")]
    [InlineData("requests >= 2.0, < 3", "requests")]
    [InlineData("requests[socks,security]>=2.0", "requests")]
    [InlineData("requests [socks] ; python_version < \"3.8\"", "requests")]
    [InlineData("PyYAML==6.0.1", "PyYAML")]
    [InlineData("zope.interface~=6.0", "zope.interface")]
    [InlineData("foo (>=1.0)", "foo")]
    [InlineData("foo===1.0-weird", "foo")]
    [InlineData("pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee", "pip")]
    [InlineData("mylib @ git+https://example.invalid/mylib.git@v1.0 ; sys_platform == 'linux'", "mylib")]
    [InlineData("git+https://example.invalid/repo.git#egg=some_pkg", "some_pkg")]
    [InlineData("https://example.invalid/files/numpy-1.26.0-cp311-cp311-linux_x86_64.whl", "numpy")]
    [InlineData("./downloads/requests-2.31.0.tar.gz", "requests")]
    [InlineData("attrs; python_version >= '3.6' and (platform_system == 'Windows' or extra == 'x')", "attrs")]
    [InlineData("typing_extensions; weird marker ((( with no close", "typing_extensions")]
    public void Returns_the_distribution_name(string text, string name)
    {
        Assert.True(Requirement.TryParse(text, out var requirement));
        Assert.Equal(name, requirement!.Name);
    }

    [Fact]
    public void Returns_extras_and_marker()
    {
        Assert.True(Requirement.TryParse("Requests[Socks, security] >=2 ; python_version<'3.8'", out var requirement));
        Assert.Equal(["Socks", "security"], requirement!.Extras);
        Assert.Equal("python_version<'3.8'", requirement.Marker);
        Assert.Equal("requests", requirement.NormalizedName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(">=1.0")]
    [InlineData("-requests")]
    [InlineData("requests[socks")]
    [InlineData("requests 2.0")]
    [InlineData("requests==")]
    [InlineData("foo @ ")]
    [InlineData("https://example.invalid/some/folder/")]
    [InlineData("./local/folder")]
    [InlineData("ré>=1")]
    public void Returns_false_for_text_that_names_no_distribution(string text)
    {
        Assert.False(Requirement.TryParse(text, out _));
    }

    [Theory]
    [InlineData("PyYAML", "pyyaml")]
    [InlineData("typing_extensions", "typing-extensions")]
    [InlineData("zope.interface", "zope-interface")]
    [InlineData("Foo__Bar-._baz", "foo-bar-baz")]
    [InlineData("ruamel.yaml.clib", "ruamel-yaml-clib")]
    public void Returns_pep_503_normalised_names(string name, string normalized)
    {
        Assert.Equal(normalized, DistributionName.Normalize(name));
    }

    [Fact]
    public void Returns_default_import_names_for_a_distribution()
    {
        Assert.Equal(["typing_extensions"], DistributionName.DefaultImportNames("typing-extensions"));
        Assert.Equal(["zope_interface", "zope.interface"], DistributionName.DefaultImportNames("zope.interface"));
        Assert.Equal(["flask"], DistributionName.DefaultImportNames("Flask"));
    }
}
