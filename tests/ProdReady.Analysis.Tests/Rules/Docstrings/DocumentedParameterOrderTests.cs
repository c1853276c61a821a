using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class DocumentedParameterOrderTests
{
    [Fact]
    public void Reports_the_first_entry_out_of_order() =>
        RuleHarness.AssertSpans("def f(a, b, c):\n    \"\"\"Do.\n\n    Args:\n        b: B.\n        [|a: A.|]\n        c: C.\n    \"\"\"\n", new DocumentedParameterOrder());

    [Theory]
    [InlineData("def f(a, b):\n    \"\"\"Do.\n\n    Args:\n        a: A.\n        z: Unknown.\n        b: B.\n    \"\"\"\n")]
    [InlineData("def f(a):\n    \"\"\"Do.\n\n    Args:\n        a: A.\n    \"\"\"\n")]
    public void Ignores_ordered_entries(string markup) => RuleHarness.AssertSpans(markup, new DocumentedParameterOrder());
}
