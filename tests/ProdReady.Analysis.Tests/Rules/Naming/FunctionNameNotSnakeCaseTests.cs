using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Analysis.Tests.Rules.RuntimeErrors;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.Naming;

[Trait("Issue", "9")]
public sealed class FunctionNameNotSnakeCaseTests
{
    [Theory]
    [InlineData("def [|getValue|](): ...\n")]
    [InlineData("class C:\n    def [|Run|](self): ...\n")]
    [InlineData("import logging\nclass H(logging.Handler):\n    def [|emitAll|](self): ...\n")]
    [InlineData("import json\nclass E(json.JSONEncoder):\n    def [|toJson|](self): ...\n")]
    public void Reports_names_with_capitals(string markup) => RuleHarness.AssertSpans(markup, new FunctionNameNotSnakeCase());

    [Theory]
    [InlineData("import unittest as u\nclass T(u.TestCase):\n    def setUp(self): ...\n    def tearDown(self): ...\n")]
    [InlineData("import logging\nclass F(logging.Formatter):\n    def formatTime(self, record, datefmt=None): ...\n")]
    [InlineData("from xml.sax import handler\nclass H(handler.ContentHandler):\n    def startElement(self, name, attrs): ...\n")]
    [InlineData("import cmd\nclass Shell(cmd.Cmd):\n    def do_EOF(self, arg): ...\n")]
    [InlineData("from http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self): ...\n")]
    [InlineData("from framework import Base\nclass C(Base):\n    def onClick(self): ...\n")]
    [InlineData("from typing import override\nclass C:\n    @override\n    def onClick(self): ...\n")]
    [InlineData("from typing import overload\n@overload\ndef getX(a: int) -> int: ...\n")]
    public void Ignores_overrides_and_snake_case(string source) => RuleHarness.AssertSpans(source, new FunctionNameNotSnakeCase());

    [Fact]
    public void Follows_overrides_into_other_project_modules()
    {
        using var tree = new TempTree()
            .File("pkg/__init__.py", string.Empty)
            .File("pkg/base.py", "class Base:\n    def onClick(self): ...\n")
            .File("pkg/child.py", "from pkg.base import Base\nclass Child(Base):\n    def onClick(self): ...\n    def onHover(self): ...\n");
        var findings = ProjectHarness.Check(tree, new FunctionNameNotSnakeCase(), "pkg/child.py");
        Assert.Equal([4], findings.Select(f => f.Location!.Line));
    }
}
