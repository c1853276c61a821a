using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class UnraisedDocumentedExceptionTests
{
    [Fact]
    public void Reports_the_entry_of_an_exception_never_raised() =>
        RuleHarness.AssertSpans("def f():\n    \"\"\"Do.\n\n    Raises:\n        [|KeyError: Missing.|]\n    \"\"\"\n    return 1\n", new UnraisedDocumentedException());

    [Theory]
    [InlineData("def f():\n    \"\"\"Do.\n\n    Raises:\n        LookupError: Missing.\n    \"\"\"\n    raise KeyError\n")]
    [InlineData("def f(e):\n    \"\"\"Do.\n\n    Raises:\n        KeyError: Missing.\n    \"\"\"\n    raise e\n")]
    [InlineData("def f():\n    \"\"\"Do.\n\n    :raises KeyError: Missing.\n    \"\"\"\n    raise KeyError\n")]
    public void Ignores_raised_and_unresolvable_exceptions(string markup) => RuleHarness.AssertSpans(markup, new UnraisedDocumentedException());
}
