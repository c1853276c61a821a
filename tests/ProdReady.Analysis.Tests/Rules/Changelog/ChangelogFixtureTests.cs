using ProdReady.Analysis.Tests.Engine;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.Changelog;

/// <summary>
/// <c>Fixtures/Changelog/&lt;CODE&gt;*.md</c> is the changelog after a change that adds <c>pkg/api.py</c> (a new
/// public function); <c>&lt;name&gt;.base.md</c>, when present, is the changelog before it; a name containing
/// <c>_none</c> stands for a missing changelog. The findings of the rule named by the code are snapshot.
/// </summary>
public sealed class ChangelogFixtureTests
{
    public static TheoryData<string> Fixtures =>
        [.. Directory.EnumerateFiles(Golden.PathNextToCaller("../../Fixtures/Changelog"), "*.md")
            .Select(path => Path.GetFileName(path))
            .Where(name => !name.EndsWith(".base.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_matches_its_snapshot(string name)
    {
        var path = Golden.PathNextToCaller($"../../Fixtures/Changelog/{name}");
        var basePath = path[..^3] + ".base.md";
        var current = name.Contains("_none", StringComparison.Ordinal) ? null : File.ReadAllText(path);
        var before = File.Exists(basePath) ? File.ReadAllText(basePath) : null;
        var rule = RuleCatalog.Find(name[..6])!;
        var findings = ChangelogHarness.Run(rule, before, current);
        Assert.NotEmpty(findings);
        Golden.MatchFile(RuleHarness.Render(findings, current), path + ".snap");
    }
}
