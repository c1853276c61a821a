using System.Text.Json;
using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;
using ProdReady.Testing;

namespace ProdReady.Reporting.Tests.Schema;

public sealed class GitLabCodeQualityTests
{
    private static readonly string s_schema = File.ReadAllText(Golden.PathNextToCaller("gitlab-codequality.schema.json"));

    public static TheoryData<string> Reports() => ["failing", "passing", "syntax-error"];

    private static GateReport ReportNamed(string name) => name switch
    {
        "passing" => ReportFixtures.Passing(),
        "syntax-error" => ReportFixtures.SyntaxErrors(),
        _ => ReportFixtures.Failing(),
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Produces_reports_that_the_documented_schema_accepts(string name)
    {
        var json = ReportFixtures.Render(ReportFormat.GitLab, ReportNamed(name));

        Assert.Empty(JsonSchemaValidator.Validate(s_schema, json));
    }

    [Fact]
    public void Gives_every_issue_a_unique_fingerprint()
    {
        using var document = JsonDocument.Parse(ReportFixtures.Render(ReportFormat.GitLab, ReportFixtures.Failing()));

        var fingerprints = document.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()).ToList();

        Assert.NotEmpty(fingerprints);
        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Keeps_a_fingerprint_when_the_finding_moves_to_another_line()
    {
        var before = new Diagnostic("PLH001", "TODO comment", Severity.Warning, ChecklistItem.Placeholders, new SourceLocation("app.py", 3, 5, 3, 20));
        var after = before with { Location = new SourceLocation("app.py", 9, 5, 9, 20) };

        Assert.Equal(Fingerprints(before), Fingerprints(after));
        Assert.NotEqual(Fingerprints(before), Fingerprints(before with { Code = "PLH002" }));
    }

    [Theory]
    [InlineData(Severity.Error, "major")]
    [InlineData(Severity.Warning, "minor")]
    [InlineData(Severity.Info, "info")]
    public void Maps_severities_to_the_gitlab_scale(Severity severity, string expected)
    {
        Assert.Equal(expected, GitLabReportWriter.Severity(severity));
    }

    [Fact]
    public void Rejects_an_issue_without_a_location_through_the_schema()
    {
        Assert.NotEmpty(JsonSchemaValidator.Validate(s_schema, """[{ "description": "x", "check_name": "X", "fingerprint": "f", "severity": "minor" }]"""));
        Assert.NotEmpty(JsonSchemaValidator.Validate(s_schema, """[{ "description": "x", "check_name": "X", "fingerprint": "f", "severity": "high", "location": { "path": "a", "lines": { "begin": 1 } } }]"""));
    }

    private static string Fingerprints(Diagnostic diagnostic)
    {
        var report = ReportFixtures.Passing();
        var json = ReportFixtures.Render(ReportFormat.GitLab, WithDiagnostics(report, diagnostic));
        using var document = JsonDocument.Parse(json);
        return string.Join(",", document.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()));
    }

    private static GateReport WithDiagnostics(GateReport report, params Diagnostic[] diagnostics) =>
        new(report.Tool, report.Scope, report.Root, report.Policy, report.Rules, diagnostics, report.FilesChecked, report.Notes, report.NewSuppressions);
}
