using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class WeakCryptoOrXmlParserTests
{
    [Theory]
    [InlineData("from xml.etree.ElementTree import parse\ndef f(p):\n    return [|parse(p)|]\n")]
    [InlineData("import xml.sax\ndef f(s):\n    [|xml.sax.parseString(s, None)|]\n    return [|xml.sax.make_parser()|]\n")]
    [InlineData("import hashlib\ndef f(d):\n    return [|hashlib.sha1(d)|]\n")]
    [InlineData("import random\ndef f():\n    nonce = [|random.randint(0, 1 << 32)|]\n    return nonce\n")]
    [InlineData("import random\ndef f(make):\n    return make(csrf_token=[|random.random()|])\n")]
    public void Reports_weak_spots(string markup) => RuleHarness.AssertSpans(markup, new WeakCryptoOrXmlParser());

    [Theory]
    [InlineData("import hashlib\ndef f(d):\n    return hashlib.new(\"sha256\", d)\n")]
    [InlineData("import random\ndef roll():\n    return random.randint(1, 6)\n")]
    [InlineData("import secrets\ndef token():\n    return secrets.token_hex()\n")]
    [InlineData("import random\ndef f():\n    tokens = random.sample(range(9), 3)\n    return tokens\n")]
    public void Ignores_safe_uses(string source) => RuleHarness.AssertSpans(source, new WeakCryptoOrXmlParser());

    [Fact]
    public void Grades_xml_parsers_as_warnings()
    {
        var finding = Assert.Single(RuleHarness.Analyze("import xml.dom.minidom\ndef f(s):\n    return xml.dom.minidom.parseString(s)\n", new WeakCryptoOrXmlParser()));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("defusedxml", finding.Message, StringComparison.Ordinal);
    }
}
