using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Naming;

[Trait("Issue", "9")]
public sealed class FirstParameterMisnamedTests
{
    [Theory]
    [InlineData("class C:\n    def m([|this|]): ...\n")]
    [InlineData("class C:\n    @classmethod\n    def m([|self|]): ...\n")]
    [InlineData("class C:\n    def __init_subclass__([|self|]): ...\n")]
    [InlineData("class M(type):\n    @classmethod\n    def m([|self|]): ...\n")]
    [InlineData("class V:\n    def __add__([|x1|], x2): ...\n    __radd__ = __add__\n")]
    [InlineData("class V:\n    def __mul__([|a|], b): ...\n    __rmul__ = __imul__ = __mul__\n")]
    public void Reports_unconventional_receivers(string markup) => RuleHarness.AssertSpans(markup, new FirstParameterMisnamed());

    [Theory]
    [InlineData("class C:\n    def m(self): ...\n    @classmethod\n    def k(cls): ...\n    @staticmethod\n    def s(x): ...\n")]
    [InlineData("class C:\n    def m(*args): ...\n")]
    [InlineData("def f(this): ...\n")]
    [InlineData("import abc\nclass M(abc.ABCMeta):\n    def m(cls): ...\n")]
    [InlineData("from pydantic import validator\nclass C:\n    @validator('x')\n    def check(cls, v): ...\n")]
    [InlineData("from helpers import jump_test\nclass C:\n    @jump_test(1)\n    def test_jump(output): ...\n")]
    [InlineData("class C:\n    def wrap(func): ...\n    @wrap\n    def m(self): ...\n")]
    [InlineData("class C:\n    def _add(a, b): ...\n    __add__, __radd__ = fallbacks(_add)\n")]
    [InlineData("class C:\n    def _add(a, b): ...\n    __radd__ = _add\n    __add__ = fallbacks(_add)\n")]
    [InlineData("class C:\n    def key(item): ...\n    table = {'k': key}\n")]
    [InlineData("class C:\n    def _wrap(func): ...\n    wrap = _wrap\n    @wrap\n    def m(self): ...\n")]
    [InlineData("class C:\n    def _key(item): ...\n    key = _key\n    ORDER = sorted([3, 1], key=key)\n")]
    [InlineData("class C:\n    def _cgi(cls, item): ...\n    __class_getitem__ = _cgi\n")]
    [InlineData("class C:\n    def _new(cls, *args): ...\n    __new__ = _new\n")]
    [InlineData("class C:\n    def _init_sub(cls, **kw): ...\n    __init_subclass__ = _init_sub\n")]
    [InlineData("import enum\nclass E(enum.Enum):\n    def _gen(name, start, count, last): ...\n    _generate_next_value_ = _gen\n")]
    [InlineData("class C:\n    def _m(x): ...\n    if True:\n        m = _m\n")]
    [InlineData("import enum\nclass E(enum.Enum):\n    def _generate_next_value_(name, start, count, last): ...\n")]
    public void Ignores_conventional_receivers(string source) => RuleHarness.AssertSpans(source, new FirstParameterMisnamed());
}
