using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class MissingDocstringTests
{
    private const string Module = "\"\"\"Module.\"\"\"\n";

    [Theory]
    [InlineData(Module + "def [|f|]():\n    pass\n")]
    [InlineData(Module + "class [|C|]:\n    pass\n")]
    [InlineData(Module + "class C:\n    \"\"\"C.\"\"\"\n    async def [|m|](self):\n        pass\n")]
    [InlineData(Module + "__all__ = ['f']\ndef [|f|]():\n    pass\ndef g():\n    pass\n")]
    [InlineData(Module + "from typing_extensions import override\nclass C:\n    \"\"\"C.\"\"\"\n    def [|m|](self):\n        pass\n")]
    [InlineData(Module + "class E(Exception):\n    \"\"\"E.\"\"\"\n    def [|describe|](self):\n        pass\n")]
    public void Reports_public_definitions_without_docstrings(string markup) => RuleHarness.AssertSpans(markup, new MissingDocstring());

    [Theory]
    [InlineData(Module + "def _f():\n    pass\n")]
    [InlineData(Module + "class C:\n    \"\"\"C.\"\"\"\n    def __init__(self):\n        pass\n    def __eq__(self, other):\n        return True\n")]
    [InlineData(Module + "import typing as t\nclass B:\n    \"\"\"B.\"\"\"\n    def m(self):\n        \"\"\"M.\"\"\"\nclass C(B):\n    \"\"\"C.\"\"\"\n    def m(self):\n        pass\n    @t.override\n    def n(self):\n        pass\n")]
    [InlineData(Module + "class _Hidden:\n    def m(self):\n        pass\n")]
    [InlineData(Module + "def f():\n    \"\"\"F.\"\"\"\n    def inner():\n        pass\n")]
    [InlineData("")]
    [InlineData(Module + "import socketserver\nclass H(socketserver.BaseRequestHandler):\n    \"\"\"H.\"\"\"\n    def handle(self):\n        pass\n")]
    public void Ignores_documented_private_exempt_and_inherited_definitions(string markup) => RuleHarness.AssertSpans(markup, new MissingDocstring());

    [Fact]
    public void Ignores_test_code_and_private_modules()
    {
        RuleHarness.AssertSpans("def test_it():\n    pass\n", new MissingDocstring(), "tests/test_x.py");
        RuleHarness.AssertSpans("def helper():\n    pass\n", new MissingDocstring(), "pkg/_internal/x.py");
    }

    [Fact]
    public void Reports_an_undocumented_module_at_its_start()
    {
        RuleHarness.AssertSpans("[||]import os\n", new MissingDocstring());
    }
}
