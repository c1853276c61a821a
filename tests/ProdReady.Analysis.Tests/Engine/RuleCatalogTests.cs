using System.Reflection;
using System.Text.RegularExpressions;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Engine;

public sealed partial class RuleCatalogTests
{
    public static TheoryData<string> Codes => [.. RuleCatalog.All.Select(r => r.Info.Code)];

    [Fact]
    public void Codes_and_names_are_unique()
    {
        var codes = RuleCatalog.All.Select(r => r.Info.Code).ToList();
        var names = RuleCatalog.All.Select(r => r.Info.Name).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Catalogue_is_ordered_by_code_and_holds_one_instance_per_class()
    {
        var codes = RuleCatalog.All.Select(r => r.Info.Code).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        var types = RuleCatalog.All.Select(r => r.GetType()).ToList();
        Assert.Equal(types.Count, types.Distinct().Count());
    }

    [Fact]
    public void Every_rule_class_of_the_assembly_is_in_the_catalogue()
    {
        var declared = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        var catalogued = RuleCatalog.All.Select(r => r.GetType().FullName).Order(StringComparer.Ordinal);
        Assert.Equal(declared, catalogued);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_is_the_prefix_of_its_item_and_three_digits(string code)
    {
        var info = RuleCatalog.Find(code)!.Info;
        Assert.Matches(CodePattern(), info.Code);
        Assert.StartsWith(ChecklistItems.Prefix(info.Category), info.Code, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Name_is_kebab_case(string code)
    {
        Assert.Matches(NamePattern(), RuleCatalog.Find(code)!.Info.Name);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Docs_have_the_required_sections_in_order(string code)
    {
        var info = RuleCatalog.Find(code)!.Info;
        var lines = info.Docs.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        var positions = RuleInfo.RequiredSections.Select(section => lines.IndexOf(section)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Use instead:", lines.Skip(positions[^1]));
        Assert.NotEmpty(info.Summary);
        Assert.EndsWith(".", info.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rule_lives_in_the_folder_of_its_item_and_has_a_test_class_and_a_fixture(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        var category = rule.Info.Category.ToString();
        Assert.Equal($"ProdReady.Analysis.Rules.{category}", rule.GetType().Namespace);
        Assert.True(rule.GetType().IsSealed);

        var testClass = $"ProdReady.Analysis.Tests.Rules.{category}.{rule.GetType().Name}Tests";
        Assert.NotNull(typeof(RuleCatalogTests).Assembly.GetType(testClass));

        var fixtures = Golden.PathNextToCaller($"../Fixtures/{category}");
        Assert.True(Directory.Exists(fixtures), $"missing fixture folder {fixtures}");
        Assert.Contains(
            Directory.EnumerateFiles(fixtures),
            path => Path.GetFileName(path).StartsWith(code, StringComparison.Ordinal) && !path.EndsWith(".snap", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_ignores_case_and_rejects_unknown_codes()
    {
        Assert.Same(RuleCatalog.All[0], RuleCatalog.Find(RuleCatalog.All[0].Info.Code.ToLowerInvariant()));
        Assert.Null(RuleCatalog.Find("XYZ999"));
        Assert.Null(RuleCatalog.Find(string.Empty));
    }

    [Fact]
    public void Descriptor_carries_the_catalogue_entry()
    {
        var info = RuleCatalog.All[0].Info;
        var descriptor = info.ToDescriptor();
        Assert.Equal(info.Code, descriptor.Code);
        Assert.Equal(info.Name, descriptor.Name);
        Assert.Equal(info.Category, descriptor.Item);
        Assert.Equal(info.DefaultSeverity, descriptor.DefaultSeverity);
        Assert.Equal(info.Summary, descriptor.Summary);
        Assert.Equal(info.Docs, descriptor.Docs);
    }

    [Fact]
    public void Active_rules_exclude_removed_ones()
    {
        Assert.All(RuleCatalog.Active, rule => Assert.NotEqual(RuleStatus.Removed, rule.Info.Status));
        Assert.Equal(RuleCatalog.All.Count(r => r.Info.Status != RuleStatus.Removed), RuleCatalog.Active.Count);
    }

    [Fact]
    public void Docs_file_equals_the_generated_catalogue()
    {
        Golden.Match(RuleDocumentation.RenderMarkdown(RuleCatalog.All), "../../../docs/rules.md");
    }

    [GeneratedRegex("^[A-Z]{3}[0-9]{3}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
