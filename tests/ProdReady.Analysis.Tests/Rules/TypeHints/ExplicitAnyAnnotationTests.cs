using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TypeHints;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Semantics.Environment;

namespace ProdReady.Analysis.Tests.Rules.TypeHints;

[Trait("Issue", "9")]
public sealed class ExplicitAnyAnnotationTests
{
    [Theory]
    [InlineData("from typing import Any\ndef f(x: [|Any|]) -> None: ...\n")]
    [InlineData("import typing_extensions as te\ndef f() -> list[[|te.Any|]]: ...\n")]
    [InlineData("from typing import Any as A\nx: dict[str, [|A|]] = {}\n")]
    [InlineData("from typing import Any\ndef f(*args: [|Any|], **kwargs: [|Any|]) -> None: ...\n")]
    [InlineData("from typing import Any\ndef f(x: [|'Any'|]) -> None: ...\n")]
    public void Reports_explicit_any(string markup) => RuleHarness.AssertSpans(markup, new ExplicitAnyAnnotation());

    [Theory]
    [InlineData("def f(x: object) -> None: ...\n")]
    [InlineData("Any = int\ndef f(x: Any) -> None: ...\n")]
    [InlineData("from typing import Any\nx = Any\n")]
    public void Ignores_other_types(string source) => RuleHarness.AssertSpans(source, new ExplicitAnyAnnotation());

    [Fact]
    public void Ignores_test_code()
    {
        Assert.Empty(RuleHarness.Analyze("from typing import Any\ndef helper(x: Any) -> None: ...\n", new ExplicitAnyAnnotation(), "tests/test_a.py"));
    }

    [Fact]
    public void Allows_star_args_any_when_configured()
    {
        const string source = "from typing import Any\ndef f(*args: Any, **kwargs: dict[str, Any]) -> Any: ...\n";
        var project = new ProjectContext(PythonVersion.Latest) { AllowStarArgAny = true };
        var findings = new AnalysisEngine([new ExplicitAnyAnnotation()]).Analyze(
            new AnalysisInput { Files = [SourceFile.FromText("a.py", source)], Project = project },
            TestContext.Current.CancellationToken).Diagnostics;
        Assert.Equal(["'**kwargs' is annotated with Any, which switches type checking off for it: name the type, or use object", "'f' is annotated with Any, which switches type checking off for it: name the type, or use object"], findings.Select(f => f.Message));
    }
}
