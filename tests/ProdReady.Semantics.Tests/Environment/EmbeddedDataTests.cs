using ProdReady.Semantics.Environment;

namespace ProdReady.Semantics.Tests.Environment;

public sealed class EmbeddedDataTests
{
    [Fact]
    public void Records_skip_blank_and_comment_lines_and_keep_line_numbers()
    {
        using var reader = new StringReader("# header\nos\t3.6\t3.13\n\nsys\tmodule\n #not a comment\n");

        var records = EmbeddedData.Records(reader).ToList();

        Assert.Equal([2, 4, 5], records.Select(record => record.Line));
        Assert.Equal(["os", "3.6", "3.13"], records[0].Fields);
        Assert.Equal(["sys", "module"], records[1].Fields);
        Assert.Equal([" #not a comment"], records[2].Fields);
    }

    [Fact]
    public void Load_reads_every_shipped_table()
    {
        Assert.True(EmbeddedData.Load(EmbeddedData.StdlibModules, VersionedNameTable.Parse).Count > 0);
        Assert.True(EmbeddedData.Load(EmbeddedData.Builtins, VersionedNameTable.Parse).Count > 0);
        Assert.True(EmbeddedData.Load(EmbeddedData.Distributions, DistributionTable.Parse).Count > 0);
    }

    [Fact]
    public void Load_names_a_missing_resource()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddedData.Load("ProdReady.Semantics.Data.none.tsv", VersionedNameTable.Parse));

        Assert.Contains("ProdReady.Semantics.Data.none.tsv", error.Message, StringComparison.Ordinal);
    }
}
