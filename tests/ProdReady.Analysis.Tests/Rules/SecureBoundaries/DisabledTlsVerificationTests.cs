using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class DisabledTlsVerificationTests
{
    [Theory]
    [InlineData("import requests\ndef f(u):\n    return requests.post(u, [|verify=False|], timeout=1)\n")]
    [InlineData("from httpx import AsyncClient\ndef f():\n    return AsyncClient([|verify=False|])\n")]
    [InlineData("import requests\ndef f(u):\n    s = requests.Session()\n    return s.get(u, [|verify=False|], timeout=1)\n")]
    [InlineData("import ssl as s\nctx = [|s._create_unverified_context|]()\n")]
    [InlineData("import ssl\ndef f(c):\n    c.verify_mode = [|ssl.CERT_NONE|]\n")]
    [InlineData("def f(c):\n    [|c.check_hostname = False|]\n")]
    public void Reports_verification_turned_off(string markup) => RuleHarness.AssertSpans(markup, new DisabledTlsVerification());

    [Theory]
    [InlineData("import ssl\ndef f(c):\n    return c.verify_mode == ssl.CERT_NONE\n")]
    [InlineData("def f(o):\n    return o.run(verify=False)\n")]
    [InlineData("import requests\ndef f(u):\n    return requests.get(u, verify=True, timeout=1)\n")]
    [InlineData("def f(c):\n    c.check_hostname = True\n")]
    public void Ignores_verification_kept_on(string source) => RuleHarness.AssertSpans(source, new DisabledTlsVerification());
}
