using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class UnknownDocumentedParameterTests
{
    [Fact]
    public void Reports_the_entry_line_of_an_unknown_parameter() =>
        RuleHarness.AssertSpans("def f(x):\n    \"\"\"Do.\n\n    Args:\n        x: X.\n        [|y: Y.|]\n    \"\"\"\n", new UnknownDocumentedParameter());

    [Fact]
    public void Reports_the_whole_string_when_lines_cannot_be_mapped() =>
        RuleHarness.AssertSpans("def f(x):\n    [|\"Do.\\n\\nArgs:\\n    y: Y.\\n\"|]\n", new UnknownDocumentedParameter());

    [Theory]
    [InlineData("def f(x, **kw):\n    \"\"\"Do.\n\n    Args:\n        x: X.\n        y: Y.\n    \"\"\"\n")]
    [InlineData("class C:\n    def m(self, x):\n        \"\"\"Do.\n\n        Args:\n            x: X.\n        \"\"\"\n")]
    public void Ignores_known_parameters_and_kwargs_keys(string markup) => RuleHarness.AssertSpans(markup, new UnknownDocumentedParameter());
}
