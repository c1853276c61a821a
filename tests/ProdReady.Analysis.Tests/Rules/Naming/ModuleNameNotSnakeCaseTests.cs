using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Naming;

[Trait("Issue", "9")]
public sealed class ModuleNameNotSnakeCaseTests
{
    [Theory]
    [InlineData("pkg/HttpUtils.py", "Module name 'HttpUtils'")]
    [InlineData("pkg/date-parsing.py", "Module name 'date-parsing'")]
    [InlineData("MyPackage/__init__.py", "Package name 'MyPackage'")]
    [InlineData("pkg/2fa.py", "Module name '2fa'")]
    public void Reports_module_names(string path, string start)
    {
        var finding = Assert.Single(RuleHarness.Analyze("x = 1\n", new ModuleNameNotSnakeCase(), path));
        Assert.StartsWith(start, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pkg/http_utils.py")]
    [InlineData("pkg/__init__.py")]
    [InlineData("pkg/__main__.py")]
    [InlineData("__init__.py")]
    [InlineData("stubs/_private2.pyi")]
    public void Ignores_lowercase_names(string path) => Assert.Empty(RuleHarness.Analyze("x = 1\n", new ModuleNameNotSnakeCase(), path));

    [Fact]
    public void Survives_an_undecodable_file()
    {
        var findings = RuleHarness.Analyze("def (:\n", new ModuleNameNotSnakeCase(), "Bad.py");
        Assert.Single(findings);
    }
}
