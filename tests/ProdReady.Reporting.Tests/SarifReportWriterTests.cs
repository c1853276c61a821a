using System.Text.Json;
using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

/// <summary>A structural check of the SARIF 2.1.0 properties that the specification requires and that GitHub
/// code scanning needs to ingest a file.</summary>
public sealed class SarifReportWriterTests
{
    private static readonly string[] s_levels = ["none", "note", "warning", "error"];

    public static TheoryData<string> Reports() => ["failing", "passing"];

    private static JsonDocument Render(GateReport report) =>
        JsonDocument.Parse(ReportFixtures.Render(ReportFormat.Sarif, report));

    [Theory]
    [MemberData(nameof(Reports))]
    public void Produces_the_structure_code_scanning_requires(string name)
    {
        var report = name == "passing" ? ReportFixtures.Passing() : ReportFixtures.Failing();
        using var sarif = Render(report);

        Assert.Empty(SarifStructure.Check(sarif.RootElement));
    }

    [Fact]
    public void Reports_every_located_finding_as_a_result_and_every_file_less_one_as_a_notification()
    {
        var report = ReportFixtures.Failing();
        using var sarif = Render(report);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var notifications = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToArray();

        Assert.Equal(report.Diagnostics.Count(d => d.Location is not null), run.GetProperty("results").GetArrayLength());
        var plan = Assert.Single(notifications, n => n.TryGetProperty("associatedRule", out _));
        Assert.Equal("PLN001", plan.GetProperty("associatedRule").GetProperty("id").GetString());
        Assert.Equal("error", plan.GetProperty("level").GetString());
        Assert.Equal(report.Notes.Count, notifications.Length - 1);
    }

    [Fact]
    public void Describes_codes_that_no_enabled_rule_declares_so_that_every_rule_index_resolves()
    {
        using var sarif = Render(ReportFixtures.Failing());
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");

        var ids = rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        Assert.Contains("TYP002", ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Encodes_paths_as_relative_uris()
    {
        Assert.Equal("src/m%C3%B3dulo.py", SarifReportWriter.RelativeUri("src/módulo.py"));
        Assert.Equal("a%20b/c%23d.py", SarifReportWriter.RelativeUri("a b/c#d.py"));
        Assert.Equal("win/path.py", SarifReportWriter.RelativeUri("win\\path.py"));
    }

    [Fact]
    public void Keeps_a_fingerprint_when_the_finding_moves_to_another_line()
    {
        var before = new Diagnostic("DOC101", "Public function 'f' has no docstring", Severity.Warning, ChecklistItem.Docstrings, SourceLocation.AtLine("a.py", 3));
        var after = before with { Location = SourceLocation.AtLine("a.py", 30) };
        var other = before with { Location = SourceLocation.AtLine("b.py", 3) };

        Assert.Equal(SarifReportWriter.Fingerprint(before, 0), SarifReportWriter.Fingerprint(after, 0));
        Assert.NotEqual(SarifReportWriter.Fingerprint(before, 0), SarifReportWriter.Fingerprint(other, 0));
        Assert.NotEqual(SarifReportWriter.Fingerprint(before, 0), SarifReportWriter.Fingerprint(before, 1));
    }

    [Fact]
    public void Gives_identical_findings_distinct_fingerprints()
    {
        var finding = new Diagnostic("DOC101", "same", Severity.Warning, ChecklistItem.Docstrings, SourceLocation.AtLine("a.py", 3));
        var report = new GateReport(ReportFixtures.Tool, "whole tree", "/repo", new GatePolicy(Severity.Warning), ReportFixtures.Rules,
            [finding, finding with { Location = SourceLocation.AtLine("a.py", 9) }], 1);
        using var sarif = Render(report);

        var fingerprints = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString())
            .ToArray();

        Assert.Equal(2, fingerprints.Distinct(StringComparer.Ordinal).Count());
        Assert.EndsWith(":0", fingerprints[0], StringComparison.Ordinal);
        Assert.EndsWith(":1", fingerprints[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_severities_to_sarif_levels()
    {
        Assert.Equal("error", SarifReportWriter.Level(Severity.Error));
        Assert.Equal("warning", SarifReportWriter.Level(Severity.Warning));
        Assert.Equal("note", SarifReportWriter.Level(Severity.Info));
    }

    [Fact]
    public void Omits_the_root_uri_when_the_root_is_not_absolute()
    {
        var report = new GateReport(ReportFixtures.Tool, "whole tree", "relative/dir", new GatePolicy(Severity.Warning), [], [], 0);
        using var sarif = Render(report);

        Assert.False(sarif.RootElement.GetProperty("runs")[0].TryGetProperty("originalUriBaseIds", out _));
        Assert.Empty(SarifStructure.Check(sarif.RootElement));
    }

    [Fact]
    public void Fails_the_structural_check_on_what_code_scanning_rejects()
    {
        using var broken = JsonDocument.Parse("""
            {"version": "2.0.0", "runs": [{"tool": {"driver": {"rules": [{"id": "A"}]}},
              "results": [{"ruleId": "B", "ruleIndex": 0, "level": "fatal", "message": {}, "locations": []}]}]}
            """);

        var errors = SarifStructure.Check(broken.RootElement);

        Assert.Contains(errors, e => e.Contains("$schema", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("version", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("driver.name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("ruleIndex", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("level", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("message.text", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("at least one location", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("columnKind", StringComparison.Ordinal));
    }

    /// <summary>The hand-written structural check.</summary>
    private static class SarifStructure
    {
        public static List<string> Check(JsonElement log)
        {
            var errors = new List<string>();
            if (!IsString(log, "$schema"))
            {
                errors.Add("$schema is missing");
            }

            if (!log.TryGetProperty("version", out var version) || version.GetString() != "2.1.0")
            {
                errors.Add("version is not 2.1.0");
            }

            if (!log.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array || runs.GetArrayLength() != 1)
            {
                errors.Add("runs must hold exactly one run");
                return errors;
            }

            var run = runs[0];
            var driver = run.GetProperty("tool").GetProperty("driver");
            if (!IsString(driver, "name"))
            {
                errors.Add("tool.driver.name is missing");
            }

            var rules = driver.TryGetProperty("rules", out var r) ? r.EnumerateArray().ToArray() : [];
            var ids = rules.Select(rule => rule.TryGetProperty("id", out var id) ? id.GetString() : null).ToArray();
            if (ids.Any(id => string.IsNullOrEmpty(id)) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
            {
                errors.Add("every rule needs a unique id");
            }

            foreach (var rule in rules.Where(rule => rule.TryGetProperty("shortDescription", out _)))
            {
                if (!IsString(rule.GetProperty("shortDescription"), "text") || !IsString(rule.GetProperty("help"), "markdown")
                    || !s_levels.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString()))
                {
                    errors.Add($"rule {rule.GetProperty("id")} lacks description, help or default level");
                }
            }

            if (!run.TryGetProperty("columnKind", out var columnKind) || columnKind.GetString() is not ("unicodeCodePoints" or "utf16CodeUnits"))
            {
                errors.Add("columnKind is not set explicitly");
            }

            if (run.TryGetProperty("invocations", out var invocations)
                && invocations.EnumerateArray().Any(i => !i.TryGetProperty("executionSuccessful", out _)))
            {
                errors.Add("invocation lacks executionSuccessful");
            }

            var fingerprints = new HashSet<string>(StringComparer.Ordinal);
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                CheckResult(result, ids, fingerprints, errors);
            }

            return errors;
        }

        private static void CheckResult(JsonElement result, string?[] ids, HashSet<string> fingerprints, List<string> errors)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            if (!result.TryGetProperty("ruleIndex", out var index) || index.GetInt32() >= ids.Length || ids[index.GetInt32()] != ruleId)
            {
                errors.Add($"{ruleId}: ruleIndex does not point at its rule");
            }

            if (!s_levels.Contains(result.GetProperty("level").GetString()))
            {
                errors.Add($"{ruleId}: level is not a SARIF level");
            }

            if (!result.TryGetProperty("message", out var message) || !IsString(message, "text"))
            {
                errors.Add($"{ruleId}: message.text is missing");
            }

            if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0)
            {
                errors.Add($"{ruleId}: code scanning needs at least one location");
                return;
            }

            var physical = locations[0].GetProperty("physicalLocation");
            var artifact = physical.GetProperty("artifactLocation");
            var uri = artifact.GetProperty("uri").GetString()!;
            if (uri.Length == 0 || uri.StartsWith('/') || uri.Contains('\\', StringComparison.Ordinal) || !Uri.IsWellFormedUriString(uri, UriKind.Relative))
            {
                errors.Add($"{ruleId}: uri '{uri}' is not a relative URI reference");
            }

            if (artifact.GetProperty("uriBaseId").GetString() != "%SRCROOT%")
            {
                errors.Add($"{ruleId}: uriBaseId is not %SRCROOT%");
            }

            var region = physical.GetProperty("region");
            int Get(string name) => region.GetProperty(name).GetInt32();
            if (Get("startLine") < 1 || Get("startColumn") < 1 || Get("endLine") < Get("startLine")
                || (Get("endLine") == Get("startLine") && Get("endColumn") < Get("startColumn")))
            {
                errors.Add($"{ruleId}: region is not a valid range");
            }

            var fingerprint = result.GetProperty("partialFingerprints").EnumerateObject().Single().Value.GetString()!;
            if (!fingerprints.Add(fingerprint))
            {
                errors.Add($"{ruleId}: fingerprint {fingerprint} is not unique");
            }
        }

        private static bool IsString(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;
    }
}
