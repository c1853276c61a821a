using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Naming;

[Trait("Issue", "9")]
public sealed class ParameterNameNotSnakeCaseTests
{
    [Theory]
    [InlineData("def f([|newWidth|]): ...\n")]
    [InlineData("def f(*[|Args|], [|Key|]=1, **[|Opts|]): ...\n")]
    public void Reports_names_with_capitals(string markup) => RuleHarness.AssertSpans(markup, new ParameterNameNotSnakeCase());

    [Theory]
    [InlineData("def f(new_width): ...\n")]
    [InlineData("from lib import B\nclass C(B):\n    def m(self, newWidth): ...\n")]
    public void Ignores_snake_case_and_overrides(string source) => RuleHarness.AssertSpans(source, new ParameterNameNotSnakeCase());
}
