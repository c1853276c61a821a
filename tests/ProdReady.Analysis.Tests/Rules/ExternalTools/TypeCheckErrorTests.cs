using ProdReady.Analysis.Rules.ExternalTools;
using ProdReady.Core.Diagnostics;
using ProdReady.ExternalTools;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.ExternalTools;

[Trait("Issue", "12")]
public sealed class TypeCheckErrorTests
{
    [Fact]
    public void Reads_errors_with_their_codes_and_drops_notes_and_summaries()
    {
        var findings = File.ReadAllLines(Golden.PathNextToCaller("../../Fixtures/ExternalTools/EXT002.mypy.txt"))
            .Select(MypyOutputParser.ParseTextLine)
            .OfType<ToolFinding>()
            .ToList();

        Assert.Equal(
            [
                new ToolFinding("app/__init__.py", 6, 12, "mypy [return-value]: Incompatible return value type (got \"int\", expected \"str\")"),
                new ToolFinding("tests/test_a.py", 4, 1, "mypy [no-untyped-def]: Function is missing a return type annotation"),
                new ToolFinding("app/util.py", 3, 1, "mypy: Name \"y\" is not defined"),
            ],
            findings);
    }

    [Fact]
    public void Reads_the_json_output_of_newer_versions_with_one_based_columns()
    {
        var findings = File.ReadAllLines(Golden.PathNextToCaller("../../Fixtures/ExternalTools/EXT002.mypy.jsonl"))
            .Select(MypyOutputParser.ParseJsonLine)
            .OfType<ToolFinding>()
            .ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(new ToolFinding("app/__init__.py", 6, 12, "mypy [return-value]: Incompatible return value type (got \"int\", expected \"str\")"), finding);
    }

    [Theory]
    [InlineData("mypy 1.11.2 (compiled: yes)", true)]
    [InlineData("mypy 2.0.0", true)]
    [InlineData("mypy 1.0.1 (compiled: yes)", false)]
    [InlineData("mypy 0.991", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Uses_json_from_version_1_11_on(string? version, bool json) => Assert.Equal(json, MypyOutputParser.SupportsJson(version));

    [Fact]
    public void Is_an_error_of_the_external_tools_item()
    {
        var info = new TypeCheckError().Info;
        Assert.Equal("EXT002", info.Code);
        Assert.Equal(ChecklistItem.ExternalTools, info.Category);
        Assert.Equal(Severity.Error, info.DefaultSeverity);
    }
}
