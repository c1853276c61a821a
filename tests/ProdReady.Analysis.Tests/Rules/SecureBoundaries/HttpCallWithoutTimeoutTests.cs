using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class HttpCallWithoutTimeoutTests
{
    [Theory]
    [InlineData("import requests as r\ndef f(u):\n    return [|r.get(u)|]\n")]
    [InlineData("from requests import request\ndef f(u):\n    return [|request(\"GET\", u)|]\n")]
    [InlineData("import requests\ndef f(u):\n    with requests.Session() as s:\n        return [|s.post(u)|]\n")]
    [InlineData("import requests\ndef f(s: requests.Session, u):\n    return [|s.get(u)|]\n")]
    [InlineData("import urllib.request\ndef f(u):\n    return [|urllib.request.urlopen(u)|]\n")]
    [InlineData("import httpx\ndef f(u):\n    with httpx.Client() as c:\n        return [|c.get(u, timeout=None)|]\n")]
    public void Reports_requests_that_can_wait_forever(string markup) => RuleHarness.AssertSpans(markup, new HttpCallWithoutTimeout());

    [Theory]
    [InlineData("import requests\ndef f(u):\n    return requests.get(u, timeout=(3, 10))\n")]
    [InlineData("import httpx\ndef f(u):\n    return httpx.post(u)\n")]
    [InlineData("import urllib.request\ndef f(u):\n    return urllib.request.urlopen(u, None, 5)\n")]
    [InlineData("def f(s, u):\n    return s.get(u)\n")]
    [InlineData("import requests\ndef f(u, **kw):\n    return requests.get(u, **kw)\n")]
    public void Ignores_requests_with_a_timeout_or_unknown_objects(string source) => RuleHarness.AssertSpans(source, new HttpCallWithoutTimeout());
}
