using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Analysis.Tests.Rules.RuntimeErrors;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.Naming;

[Trait("Issue", "9")]
public sealed class ExceptionNameWithoutErrorSuffixTests
{
    [Theory]
    [InlineData("class BaseError(Exception): ...\nclass [|BadInput|](BaseError): ...\n")]
    [InlineData("import json\nclass [|BadJson|](json.JSONDecodeError): ...\n")]
    [InlineData("class [|ParseException|](ValueError): ...\n")]
    public void Reports_exceptions_without_error_suffix(string markup) => RuleHarness.AssertSpans(markup, new ExceptionNameWithoutErrorSuffix());

    [Theory]
    [InlineData("class BadInputError(Exception): ...\n")]
    [InlineData("class Skip(BaseException): ...\n")]
    [InlineData("class Old(DeprecationWarning): ...\n")]
    [InlineData("class Done(StopIteration): ...\n")]
    [InlineData("class Thing(object): ...\n")]
    [InlineData("class Disconnect(Exception): ...\n")]
    public void Ignores_errors_warnings_and_control_flow(string source) => RuleHarness.AssertSpans(source, new ExceptionNameWithoutErrorSuffix());

    [Fact]
    public void Follows_bases_into_other_project_modules()
    {
        using var tree = new TempTree()
            .File("pkg/__init__.py", string.Empty)
            .File("pkg/errors.py", "class ProblemError(Exception): ...\nclass Notice(UserWarning): ...\n")
            .File("pkg/use.py", "from pkg.errors import ProblemError, Notice\nclass Specific(ProblemError): ...\nclass Quiet(Notice): ...\n");
        var findings = ProjectHarness.Check(tree, new ExceptionNameWithoutErrorSuffix(), "pkg/use.py");
        Assert.Equal([2], findings.Select(f => f.Location!.Line));
    }
}
