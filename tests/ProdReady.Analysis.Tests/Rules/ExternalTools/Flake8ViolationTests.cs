using ProdReady.Analysis.Rules.ExternalTools;
using ProdReady.Core.Diagnostics;
using ProdReady.ExternalTools;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.ExternalTools;

[Trait("Issue", "12")]
public sealed class Flake8ViolationTests
{
    [Fact]
    public void Reads_the_default_format_and_strips_the_leading_dot_slash()
    {
        var findings = File.ReadAllLines(Golden.PathNextToCaller("../../Fixtures/ExternalTools/EXT003.flake8.txt"))
            .Select(Flake8OutputParser.ParseLine)
            .OfType<ToolFinding>()
            .ToList();

        Assert.Equal(
            [
                new ToolFinding("tests/test_broken.py", 1, 1, "flake8 F401: 'missing_module' imported but unused"),
                new ToolFinding("app/__init__.py", 12, 80, "flake8 E501: line too long (88 > 79 characters)"),
            ],
            findings);
    }

    [Fact]
    public void Is_a_warning_of_the_external_tools_item()
    {
        var info = new Flake8Violation().Info;
        Assert.Equal("EXT003", info.Code);
        Assert.Equal(ChecklistItem.ExternalTools, info.Category);
        Assert.Equal(Severity.Warning, info.DefaultSeverity);
    }

    [Theory]
    [InlineData("pytest,mypy", new[] { ExternalTool.Pytest, ExternalTool.Mypy })]
    [InlineData("flake8, pytest", new[] { ExternalTool.Pytest, ExternalTool.Flake8 })]
    [InlineData("", new[] { ExternalTool.Pytest, ExternalTool.Mypy, ExternalTool.Flake8 })]
    public void Parses_tool_lists_in_run_order(string list, ExternalTool[] expected) => Assert.Equal(expected, ToolCatalog.ParseList(list));

    [Fact]
    public void Rejects_an_unknown_tool_by_name() =>
        Assert.Contains("unknown tool 'pylint'", Assert.Throws<FormatException>(() => ToolCatalog.ParseList("pytest,pylint")).Message, StringComparison.Ordinal);
}
