using ProdReady.Analysis.Rules.GlobalState;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.GlobalState;

public sealed class UnchangedModuleContainerTests
{
    [Theory]
    [InlineData("[|CODES|] = [1, 2]\n\ndef ok(x):\n    return x in CODES\n")]
    [InlineData("[|NAMES|] = {'a', 'b'}\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new UnchangedModuleContainer());

    [Theory]
    [InlineData("from typing import Final\nX: Final = []\n__all__ = ['a']\n")]
    [InlineData("HOOKS = []\n\ndef add(h):\n    HOOKS.append(h)\n")]
    [InlineData("CFG = {}\n\ndef use(f):\n    f(CFG)\n")]
    [InlineData("A = []\nif cond:\n    A = [1]\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new UnchangedModuleContainer());

    [Fact]
    public void Ignores_test_code_as_documented() => Assert.Empty(RuleHarness.Analyze("CASES = [1, 2]\n", new UnchangedModuleContainer(), "tests/test_cases.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new UnchangedModuleContainer()));

    [Theory]
    [InlineData("docs/conf.py")]
    [InlineData("site/settings.py")]
    [InlineData("site/settings/base.py")]
    public void Ignores_configuration_modules_read_by_name(string path) =>
        Assert.Empty(RuleHarness.Analyze("extensions = ['sphinx.ext.autodoc']\n", new UnchangedModuleContainer(), path));
}
