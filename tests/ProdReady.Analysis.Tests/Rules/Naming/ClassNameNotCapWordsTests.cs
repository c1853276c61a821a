using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.Naming;

[Trait("Issue", "9")]
public sealed class ClassNameNotCapWordsTests
{
    [Theory]
    [InlineData("class [|parser|]: ...\n")]
    [InlineData("class [|Http_Client|]: ...\n")]
    [InlineData("@decorator\nclass [|lower|]: ...\n")]
    public void Reports_names_not_in_capwords(string markup) => RuleHarness.AssertSpans(markup, new ClassNameNotCapWords());

    [Theory]
    [InlineData("class Parser: ...\n")]
    [InlineData("class __Private: ...\n")]
    [InlineData("class HTTPClient2: ...\n")]
    public void Ignores_capwords(string source) => RuleHarness.AssertSpans(source, new ClassNameNotCapWords());
}
