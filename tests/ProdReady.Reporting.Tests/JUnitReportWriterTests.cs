using System.Xml.Linq;
using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

public sealed class JUnitReportWriterTests
{
    private static XElement Suite(GateReport report) =>
        XDocument.Parse(ReportFixtures.Render(ReportFormat.JUnit, report)).Root!.Element("testsuite")!;

    private static int Attribute(XElement element, string name) => int.Parse(element.Attribute(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Writes_one_test_case_per_checklist_item_plus_the_suppression_case()
    {
        var report = ReportFixtures.Failing();
        var suite = Suite(report);
        var cases = suite.Elements("testcase").ToArray();

        Assert.Equal(report.Checklist.Select(e => e.Title).Append("No new suppressions"), cases.Select(c => c.Attribute("name")!.Value));
        Assert.Equal(cases.Length, Attribute(suite, "tests"));
        Assert.Equal(cases.Count(c => c.Element("failure") is not null), Attribute(suite, "failures"));
        Assert.Equal(cases.Count(c => c.Element("skipped") is not null), Attribute(suite, "skipped"));
        Assert.Equal(8, Attribute(suite, "failures"));
        Assert.Equal(5, Attribute(suite, "skipped"));
    }

    [Fact]
    public void Lists_the_findings_of_a_failed_item_in_its_failure()
    {
        var failure = Suite(ReportFixtures.Failing()).Elements("testcase")
            .Single(c => c.Attribute("name")!.Value == "Docstrings complete").Element("failure")!;

        Assert.Equal("2 findings", failure.Attribute("message")!.Value);
        Assert.Equal(
            "src/app.py:3:1: DOC101 Public function 'load' has no docstring\nsrc/app.py:10:5: DOC102 Args: lists 'path' but the function has no parameter named `path`",
            failure.Value);
    }

    [Fact]
    public void Writes_only_the_checklist_cases_for_a_passing_report_without_the_suppression_policy()
    {
        var suite = Suite(ReportFixtures.Passing());

        Assert.Equal(14, Attribute(suite, "tests"));
        Assert.Equal(0, Attribute(suite, "failures"));
        Assert.Equal(5, Attribute(suite, "skipped"));
    }

    [Fact]
    public void Survives_characters_that_xml_cannot_carry()
    {
        var bad = new Diagnostic("RUN001", "bell \u0007 lone \ud800 pair 🐍 end", Severity.Error, ChecklistItem.RuntimeErrors, SourceLocation.AtLine("a.py", 1));
        var report = new GateReport(ReportFixtures.Tool, "scope \u0001", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules, [bad], 1);

        var failure = Suite(report).Elements("testcase").Single(c => c.Element("failure") is not null).Element("failure")!;

        Assert.Equal("a.py:1:1: RUN001 bell   lone \uFFFD pair 🐍 end", failure.Value);
    }

    [Fact]
    public void Replaces_only_invalid_characters()
    {
        Assert.Equal("ok 🐍", JUnitReportWriter.Clean("ok 🐍"));
        Assert.Equal("\uFFFDa\uFFFD", JUnitReportWriter.Clean("\u0000a\udc00"));
        Assert.Equal("tab\tnewline\n", JUnitReportWriter.Clean("tab\tnewline\n"));
    }

    [Fact]
    public void Records_the_timestamp_only_when_asked()
    {
        var stamped = ReportFixtures.Render(ReportFormat.JUnit, ReportFixtures.Passing(),
            new ReportWriterOptions(Timestamp: new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.Zero)));

        Assert.Contains("timestamp=\"2026-05-06T07:08:09\"", stamped, StringComparison.Ordinal);
        Assert.DoesNotContain("timestamp", ReportFixtures.Render(ReportFormat.JUnit, ReportFixtures.Passing()), StringComparison.Ordinal);
    }
}
