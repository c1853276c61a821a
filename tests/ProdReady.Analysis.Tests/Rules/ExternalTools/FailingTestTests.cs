using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.ExternalTools;
using ProdReady.Core.Diagnostics;
using ProdReady.ExternalTools;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.ExternalTools;

[Trait("Issue", "12")]
public sealed class FailingTestTests
{
    [Fact]
    public void Reads_failures_errors_and_collection_errors_from_the_junit_report()
    {
        using var stream = File.OpenRead(Golden.PathNextToCaller("../../Fixtures/ExternalTools/EXT001.junit.xml"));
        var report = PytestJUnitReader.Read(stream);

        Assert.Equal(5, report.Tests);
        Assert.Equal(3, report.Failed);
        Assert.Equal(1, report.Skipped);
        Assert.False(report.Cut);
        Assert.Collection(
            report.Findings,
            f => Assert.Equal(new ToolFinding("tests/test_broken.py", 1, 1, "tests/test_broken.py could not be collected: ModuleNotFoundError: No module named 'missing_module'"), f),
            f => Assert.Equal(new ToolFinding("tests/test_a.py", 8, 1, "test tests.test_a::test_fail failed: assert 3 == 4"), f),
            f => Assert.Equal(new ToolFinding("tests/test_a.py", 13, 1, "test tests.test_a.TestGroup::test_setup errored: failed on setup with \"RuntimeError: no database\""), f));
    }

    [Fact]
    public void Survives_a_truncated_report_and_keeps_what_it_read()
    {
        var text = File.ReadAllText(Golden.PathNextToCaller("../../Fixtures/ExternalTools/EXT001.junit.xml"));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text[..(text.IndexOf("test_setup", StringComparison.Ordinal) + 20)]));

        var report = PytestJUnitReader.Read(stream);

        Assert.True(report.Cut);
        Assert.Equal(2, report.Findings.Count);
    }

    [Fact]
    public void Refuses_document_type_definitions()
    {
        using var stream = new MemoryStream("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><testsuites><testcase name=\"t\"><failure message=\"&e;\"/></testcase></testsuites>"u8.ToArray());
        var report = PytestJUnitReader.Read(stream);
        Assert.True(report.Cut);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Keeps_at_most_the_given_number_of_findings()
    {
        using var stream = File.OpenRead(Golden.PathNextToCaller("../../Fixtures/ExternalTools/EXT001.junit.xml"));
        var report = PytestJUnitReader.Read(stream, maxFindings: 1);
        Assert.Single(report.Findings);
        Assert.True(report.Cut);
        Assert.Equal(3, report.Failed);
    }

    [Fact]
    public void Is_an_error_of_the_external_tools_item_without_checks_of_its_own()
    {
        var rule = new FailingTest();
        Assert.Equal("EXT001", rule.Info.Code);
        Assert.Equal(ChecklistItem.ExternalTools, rule.Info.Category);
        Assert.Equal(Severity.Error, rule.Info.DefaultSeverity);
        var result = new AnalysisEngine([rule]).Analyze(new AnalysisInput { Files = [SourceFile.FromText("a.py", "x = 1\n")] }, TestContext.Current.CancellationToken);
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(ChecklistItem.ExternalTools, result.ComputedItems);
    }
}
