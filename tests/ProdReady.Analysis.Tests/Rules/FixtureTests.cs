using System.Text;
using System.Text.RegularExpressions;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules;

/// <summary>
/// Every <c>Fixtures/&lt;Category&gt;/&lt;CODE&gt;*.py</c> (and <c>.pyi</c>) runs through the engine with the rule its
/// name starts with: lines marked <c># error</c> must be exactly the lines where findings start, lines marked
/// <c># ok</c> must have none, and the rendered findings must equal the <c>.snap</c> next to the fixture.
/// </summary>
public sealed partial class FixtureTests
{
    public static TheoryData<string> Fixtures
    {
        get
        {
            var root = Golden.PathNextToCaller("../Fixtures");
            return [.. Directory.EnumerateFiles(root, "*.py*", SearchOption.AllDirectories)
                .Where(path => path.EndsWith(".py", StringComparison.Ordinal) || path.EndsWith(".pyi", StringComparison.Ordinal))
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)];
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_findings_match_markers_and_snapshot(string fixture)
    {
        var path = Golden.PathNextToCaller($"../Fixtures/{fixture}");
        var name = Path.GetFileName(fixture);
        var rule = RuleCatalog.Find(name[..6]) ?? throw new InvalidOperationException($"{fixture}: no rule {name[..6]}");
        var bytes = File.ReadAllBytes(path);
        var result = new AnalysisEngine([rule]).Analyze(
            new AnalysisInput { Files = [SourceFile.FromBytes(name, bytes)] },
            TestContext.Current.CancellationToken);

        var text = Encoding.Latin1.GetString(bytes).ReplaceLineEndings("\n");
        var marked = text.Split('\n')
            .Select((line, index) => (Line: index + 1, Marker: Marker().Match(line)))
            .Where(m => m.Marker.Success)
            .ToList();
        var expected = marked.Where(m => m.Marker.Groups[1].Value == "error").Select(m => m.Line).ToHashSet();
        var actual = result.Diagnostics.Select(d => d.Location!.Line).ToHashSet();
        Assert.True(expected.SetEquals(actual), $"{fixture}: findings start on lines [{string.Join(", ", actual.Order())}], '# error' marks [{string.Join(", ", expected.Order())}]");
        Assert.Contains(marked, m => m.Marker.Groups[1].Value == "ok");

        var source = Encoding.UTF8.GetString(bytes);
        Golden.MatchFile(RuleHarness.Render(result.Diagnostics, source), path + ".snap");
    }

    [GeneratedRegex(@"#\s*(error|ok)\b[^#]*$")]
    private static partial Regex Marker();
}
