using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class ShellCommandExecutionTests
{
    [Theory]
    [InlineData("import subprocess\ndef f(c):\n    [|subprocess.run(c, shell=True)|]\n")]
    [InlineData("from subprocess import Popen as P\ndef f(c):\n    [|P(c, shell=1)|]\n")]
    [InlineData("import os\ndef f(c):\n    [|os.system(c)|]\n")]
    [InlineData("import subprocess\ndef f(c, s):\n    [|subprocess.call(c, shell=s)|]\n")]
    public void Reports_shell_execution(string markup) => RuleHarness.AssertSpans(markup, new ShellCommandExecution());

    [Theory]
    [InlineData("import subprocess\ndef f(c):\n    subprocess.run(c)\n")]
    [InlineData("import subprocess\ndef f(c):\n    subprocess.run(c, shell=False)\n")]
    [InlineData("def system(c):\n    return c\nsystem(\"ls\")\n")]
    public void Ignores_commands_without_a_shell(string source) => RuleHarness.AssertSpans(source, new ShellCommandExecution());

    [Fact]
    public void Grades_literal_commands_as_warnings()
    {
        var findings = RuleHarness.Analyze("import os\nos.system(\"ls\")\ndef f(c):\n    os.system(\"ls \" + c)\n", new ShellCommandExecution());
        Assert.Equal([Severity.Warning, Severity.Error], findings.Select(f => f.Severity));
    }
}
