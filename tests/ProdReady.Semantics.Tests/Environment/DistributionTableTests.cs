using ProdReady.Semantics.Environment;

namespace ProdReady.Semantics.Tests.Environment;

public sealed class DistributionTableTests
{
    [Fact]
    public void Returns_at_least_150_curated_entries()
    {
        Assert.True(DistributionTable.Default.Count >= 150, $"{DistributionTable.Default.Count} entries");
    }

    [Theory]
    [InlineData("PyYAML", "yaml")]
    [InlineData("pyyaml", "yaml")]
    [InlineData("opencv-python-headless", "cv2")]
    [InlineData("attrs", "attr")]
    [InlineData("attrs", "attrs")]
    [InlineData("google-cloud-bigquery", "google.cloud")]
    [InlineData("pywin32", "win32con")]
    [InlineData("setuptools", "_distutils_hack")]
    [InlineData("importlib-metadata", "importlib_metadata")]
    [InlineData("hypothesis", "hypothesis")]
    [InlineData("typing-extensions", "typing_extensions")]
    [InlineData("Typing_Extensions", "typing_extensions")]
    [InlineData("zope.interface", "zope.interface")]
    public void Returns_import_names_of_a_distribution(string distribution, string import)
    {
        Assert.Contains(import, DistributionTable.Default.ImportNames(distribution));
    }

    [Fact]
    public void Returns_no_import_names_for_type_stubs()
    {
        Assert.Empty(DistributionTable.Default.ImportNames("types-PyYAML"));
    }

    [Theory]
    [InlineData("x\n")]
    [InlineData("x\t\n")]
    [InlineData("x\tnot-a-module\n")]
    [InlineData("x\ta\nX\tb\n")]
    public void Survives_malformed_table_text_by_naming_the_line(string text)
    {
        using var reader = new StringReader(text);

        var error = Assert.Throws<InvalidOperationException>(() => DistributionTable.Parse(reader, "d.tsv"));

        Assert.StartsWith("d.tsv:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Returns_the_first_listed_distribution_for_a_shared_import()
    {
        using var reader = new StringReader("# c\nfirst\tshared\nsecond\tshared,other\nfam-*\tns.pkg\nfam-special-*\tns.special\n");
        var table = DistributionTable.Parse(reader, "d.tsv");

        Assert.Equal("first", table.DistributionFor("shared.sub"));
        Assert.Equal("second", table.DistributionFor("other"));
        Assert.Null(table.DistributionFor("ns.pkg"));
        Assert.Equal(["ns.special"], table.ImportNames("fam-special-one"));
        Assert.Equal(["ns.pkg"], table.ImportNames("Fam_Two"));
    }
}
