using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class UndocumentedRaiseTests
{
    [Theory]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n    raise [|ValueError('x')|]\n")]
    [InlineData("import builtins as b\ndef f():\n    \"\"\"Do.\"\"\"\n    raise [|b.KeyError|]\n")]
    [InlineData("class E(KeyError):\n    pass\nclass F(E):\n    pass\ndef f():\n    \"\"\"Do.\n\n    Raises:\n        ValueError: Never.\n    \"\"\"\n    raise [|F()|]\n")]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n    try:\n        pass\n    except OSError as e:\n        raise [|RuntimeError('x')|] from e\n")]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n    try:\n        raise [|KeyError|]\n    except ValueError:\n        pass\n")]
    public void Reports_undocumented_raises(string markup) => RuleHarness.AssertSpans(markup, new UndocumentedRaise());

    [Theory]
    [InlineData("class E(KeyError):\n    pass\ndef f():\n    \"\"\"Do.\n\n    Raises:\n        LookupError: Missing.\n    \"\"\"\n    raise E()\n")]
    [InlineData("class NotAnError:\n    pass\ndef f():\n    \"\"\"Do.\"\"\"\n    raise NotAnError()\n")]
    [InlineData("def f():\n    \"\"\"Do.\n\n    Raises:\n        :exc:`ValueError`: Bad.\n    \"\"\"\n    raise ValueError\n")]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n    try:\n        raise KeyError\n    except (ValueError, LookupError):\n        pass\n")]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n    raise NotImplementedError\n")]
    public void Ignores_documented_caught_and_non_exception_raises(string markup) => RuleHarness.AssertSpans(markup, new UndocumentedRaise());
}
