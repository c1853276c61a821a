using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Semantics.Environment;

namespace ProdReady.Analysis.Tests.Rules.Docstrings;

[Trait("Issue", "9")]
public sealed class UndocumentedParameterTests
{
    [Theory]
    [InlineData("def f([|x|]):\n    \"\"\"Do.\"\"\"\n")]
    [InlineData("def f(x, *[|rest|]):\n    \"\"\"Do.\n\n    Args:\n        x: X.\n    \"\"\"\n")]
    [InlineData("def f(x, *, [|key|]):\n    \"\"\"Do.\n\n    Args:\n        x: X.\n    \"\"\"\n")]
    [InlineData("class C:\n    \"\"\"C.\n\n    Args:\n        a: A.\n    \"\"\"\n    def __init__(self, a, [|b|]):\n        pass\n")]
    public void Reports_undocumented_parameters(string markup) => RuleHarness.AssertSpans(markup, new UndocumentedParameter());

    [Theory]
    [InlineData("def f():\n    \"\"\"Do.\"\"\"\n")]
    [InlineData("def f(x):\n    pass\n")]
    [InlineData("def f(*args, **kwargs):\n    \"\"\"Do.\n\n    Args:\n        args: A.\n        **kwargs: K.\n    \"\"\"\n")]
    public void Ignores_documented_and_undocumented_functions(string markup) => RuleHarness.AssertSpans(markup, new UndocumentedParameter());

    [Theory]
    [InlineData(DocstringConvention.Google, 1)]
    [InlineData(DocstringConvention.Sphinx, 0)]
    public void Reads_the_configured_convention(DocstringConvention convention, int expected)
    {
        var project = new ProjectContext(PythonVersion.Latest) { Docstrings = new DocstringSettings(convention) };
        var result = new AnalysisEngine([new UndocumentedParameter()]).Analyze(
            new AnalysisInput { Files = [SourceFile.FromText("m.py", "def f(x):\n    \"\"\"Do.\n\n    :param x: X.\n    \"\"\"\n")], Project = project },
            TestContext.Current.CancellationToken);
        Assert.Equal(expected, result.Diagnostics.Count);
    }
}
