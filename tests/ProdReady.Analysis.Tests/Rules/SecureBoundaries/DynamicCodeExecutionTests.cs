using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class DynamicCodeExecutionTests
{
    [Theory]
    [InlineData("def f(s):\n    return [|eval(s)|]\n")]
    [InlineData("import builtins as b\ndef f(s):\n    [|b.exec(s)|]\n")]
    [InlineData("run = exec\ndef f(s):\n    [|run(s)|]\n")]
    [InlineData("def f(s):\n    return [|compile(s, \"<s>\", \"eval\")|]\n")]
    public void Reports_code_computed_at_run_time(string markup) => RuleHarness.AssertSpans(markup, new DynamicCodeExecution());

    [Theory]
    [InlineData("eval(\"1 + 1\")\n")]
    [InlineData("def f(eval, s):\n    return eval(s)\n")]
    [InlineData("def f(o, s):\n    return o.eval(s)\n")]
    [InlineData("import ast\ndef f(s):\n    return ast.literal_eval(s)\n")]
    [InlineData("eval()\n")]
    public void Ignores_literals_and_other_callables(string source) => RuleHarness.AssertSpans(source, new DynamicCodeExecution());

    [Fact]
    public void Ignores_test_code() => RuleHarness.AssertSpans("def test_x(s):\n    eval(s)\n", new DynamicCodeExecution(), "tests/test_x.py");
}
