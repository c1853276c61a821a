using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.RuntimeErrors;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.RuntimeErrors;

public sealed class SyntaxErrorTests
{
    [Fact]
    public void Reports_the_first_syntax_error_with_its_position()
    {
        var finding = Assert.Single(RuleHarness.Analyze("x = 1\ndef f(:\n    pass\n", new SyntaxError()));
        Assert.Equal("RUN001", finding.Code);
        Assert.StartsWith("SyntaxError: ", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, finding.Location!.Line);
    }

    [Fact]
    public void Reports_indentation_errors_by_their_type()
    {
        var finding = Assert.Single(RuleHarness.Analyze("if x:\npass\n", new SyntaxError()));
        Assert.StartsWith("IndentationError: ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_undecodable_bytes_with_the_decoders_message()
    {
        var result = new AnalysisEngine([new SyntaxError()]).Analyze(
            new AnalysisInput { Files = [SourceFile.FromBytes("bad.py", [(byte)'x', (byte)'=', 0xff, (byte)'\n'])] },
            TestContext.Current.CancellationToken);
        var finding = Assert.Single(result.Diagnostics);
        Assert.StartsWith("The file cannot be decoded: ", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, finding.Location!.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("x = 1")]
    public void Ignores_valid_files(string source)
    {
        Assert.Empty(RuleHarness.Analyze(source, new SyntaxError()));
    }

    [Theory]
    [InlineData("(")]
    [InlineData("'''")]
    [InlineData("\t\tx\n  y")]
    [InlineData("def")]
    [InlineData("\0")]
    [InlineData("f'{")]
    public void Survives_truncated_and_garbage_input(string source)
    {
        var finding = Assert.Single(RuleHarness.Analyze(source, new SyntaxError()));
        Assert.NotEmpty(finding.Message);
    }
}
