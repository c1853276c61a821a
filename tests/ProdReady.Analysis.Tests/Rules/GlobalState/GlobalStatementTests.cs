using ProdReady.Analysis.Rules.GlobalState;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.GlobalState;

public sealed class GlobalStatementTests
{
    [Theory]
    [InlineData("x = 0\n\ndef set_x():\n    [|global x|]\n    x = 1\n")]
    [InlineData("import os\nmod = None\n\ndef load():\n    [|global mod|]\n    import json as mod\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new GlobalStatement());

    [Theory]
    [InlineData("x = 0\n\ndef read():\n    global x\n    return x\n")]
    [InlineData("global y\ny = 1\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new GlobalStatement());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("x = 0\n\ndef test_x():\n    global x\n    x = 1\n", new GlobalStatement(), "tests/test_g.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new GlobalStatement()));
}
