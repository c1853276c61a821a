using ProdReady.Analysis.Rules.GlobalState;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.GlobalState;

public sealed class MutatedModuleStateTests
{
    [Theory]
    [InlineData("[|_cache|] = {}\n\ndef get(key):\n    _cache[key] = 1\n")]
    [InlineData("import collections as c\n[|_q|] = c.deque()\n\ndef push(x):\n    _q.append(x)\n")]
    [InlineData("[|_n|] = [0]\n\ndef bump():\n    _n[0] += 1\n")]
    public void Reports_the_flagged_pattern(string markup) => RuleHarness.AssertSpans(markup, new MutatedModuleState());

    [Theory]
    [InlineData("_table = {}\n_table['a'] = 1\n\ndef read():\n    return _table['a']\n")]
    [InlineData("_items = []\n\ndef local():\n    _items = []\n    _items.append(1)\n    return _items\n")]
    [InlineData("__all__ = []\n\ndef extend():\n    __all__.append('x')\n")]
    public void Ignores_the_accepted_forms(string source) => RuleHarness.AssertSpans(source, new MutatedModuleState());

    [Fact]
    public void Reports_test_code_as_documented() => Assert.Single(RuleHarness.Analyze("_seen = set()\n\ndef test_a():\n    _seen.add(1)\n", new MutatedModuleState(), "tests/test_state.py"));

    [Fact]
    public void Survives_a_file_that_does_not_parse() => Assert.Empty(RuleHarness.Analyze("def broken(:\n    try\n", new MutatedModuleState()));
}
