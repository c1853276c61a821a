using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class MissingReturnsSectionTests
{
    [Theory]
    [InlineData("def f():\n    [|\"\"\"Do.\"\"\"|]\n    return 1\n")]
    [InlineData("def f() -> 'int':\n    [|\"\"\"Do.\"\"\"|]\n    ...\n")]
    [InlineData("async def f():\n    [|\"\"\"Do.\"\"\"|]\n    return await g()\n")]
    public void Reports_functions_that_return_a_value(string markup) => RuleHarness.AssertSpans(markup, new MissingReturnsSection());

    [Theory]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n    return\n")]
    [InlineData("def f() -> None:\n    \"\"\"Do.\"\"\"\n    return None\n")]
    [InlineData("from typing import Never as N\ndef f() -> N:\n    \"\"\"Do.\"\"\"\n    raise SystemExit\n")]
    [InlineData("def f():\n    \"\"\"Do.\n\n    Returns:\n        One.\n    \"\"\"\n    return 1\n")]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n    g = lambda: 1\n    g()\n")]
    public void Ignores_functions_without_a_value_or_with_returns(string markup) => RuleHarness.AssertSpans(markup, new MissingReturnsSection());
}
