using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class MalformedDocstringTests
{
    [Theory]
    [InlineData("def f(x):\n    \"\"\"Do.\n\n    [|Arg:|]\n        x: X.\n    \"\"\"\n")]
    [InlineData("def f(x):\n    \"\"\"Do.\n\n    Args:\n        [|x:|]\n    \"\"\"\n")]
    [InlineData("class C:\n    [|\"\"\"\"\"\"|]\n")]
    [InlineData("[|\"\"\"Returns:|]\n    Nothing.\n\"\"\"\n")]
    public void Reports_malformed_docstrings_on_their_line(string markup) => RuleHarness.AssertSpans(markup, new MalformedDocstring());

    [Theory]
    [InlineData("def f(x):\n    \"\"\"Do.\n\n    Args:\n        x: X.\n    \"\"\"\n")]
    [InlineData("def f(x):\n    return 1\n")]
    public void Ignores_well_formed_docstrings(string markup) => RuleHarness.AssertSpans(markup, new MalformedDocstring());

    [Fact]
    public void Reads_sphinx_fields_as_prose_under_the_default_convention()
    {
        RuleHarness.AssertSpans("def f(x):\n    \"\"\"Do.\n\n    :param x: X.\n    \"\"\"\n", new MalformedDocstring());
    }
}
