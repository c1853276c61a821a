using ProdReady.Semantics.Index;
using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Semantics.Tests.TestMapping;

/// <summary>
/// The filter of the names a module spells, which the test map's record keeps per file: it must never miss a name the
/// module's facts spell (a miss would leave a test's links stale after an outline change), it should seldom answer yes
/// for others, and it must read back from the record as written.
/// </summary>
[Trait("Issue", "11")]
public sealed class SpelledNamesTests
{
    private static readonly DateTime s_start = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private static ModuleSummary Summary(List<string> calls, Dictionary<string, string>? imported = null) => new()
    {
        Module = "pkg.mod",
        Path = "pkg/mod.py",
        Hash = "hash",
        Names = [],
        TypeCheckingNames = [],
        StarImports = [],
        AsyncFunctions = [],
        Classes = [],
        Imported = imported,
        Units = [new UnitFacts { Name = "run", Kind = "function", Calls = calls, Bases = ["pkg.base.Base"], Returns = "pkg.types.Result" }],
    };

    /// <summary>Dotted names of a deterministic pseudo-random shape, as the facts spell calls.</summary>
    private static List<string> Names(int seed, int count)
    {
        var random = new Random(seed);
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 4)).Select(_ => "n" + random.Next(1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? "_x" : "Ω"));
            names.Add(string.Join('.', parts) + (random.Next(3) == 0 ? "()" : string.Empty));
        }

        return names;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 40)]
    [InlineData(3, 2_000)]
    [InlineData(4, 60_000)]
    public void The_filter_holds_every_identifier_the_facts_spell(int seed, int count)
    {
        var calls = Names(seed, count);
        var filter = SpelledNames.FilterOf(Summary(calls, new Dictionary<string, string> { ["alias"] = "pkg.other.target" }));

        var identifiers = new List<string>();
        foreach (var call in calls.Concat(["alias", "pkg.other.target", "pkg.base.Base", "pkg.types.Result"]))
        {
            SpelledNames.ForEachIdentifier(call, identifiers.Add);
        }

        Assert.NotEmpty(identifiers);
        Assert.All(identifiers, identifier => Assert.True(SpelledNames.MayHold(filter, identifier), identifier));
        Assert.InRange(filter.Length, 1, SpelledNames.MaxWords);
    }

    [Fact]
    public void The_filter_seldom_holds_a_name_the_facts_do_not_spell()
    {
        var filter = SpelledNames.FilterOf(Summary(Names(5, 500)));

        var others = Enumerable.Range(0, 10_000).Select(i => "other_name_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var answeredYes = others.Count(name => SpelledNames.MayHold(filter, name));

        // Eight bits a name and three probes: about 3% in theory; a broken hash answers yes far more often.
        Assert.InRange(answeredYes, 0, 600);
    }

    [Fact]
    public void A_module_that_spells_nothing_holds_no_name()
    {
        Assert.Empty(SpelledNames.FilterOf(null));
        Assert.False(SpelledNames.MayHold(SpelledNames.FilterOf(Summary([])), "anything"));
        Assert.True(SpelledNames.MayHold(SpelledNames.FilterOf(Summary([])), "Base"));
    }

    [Fact]
    public void Identifiers_are_split_at_every_character_that_cannot_be_part_of_one()
    {
        var identifiers = new List<string>();
        SpelledNames.ForEachIdentifier("@ret:pkg.mod.Cart#total(x)|GET /items/1 é_1", identifiers.Add);

        Assert.Equal(["ret", "pkg", "mod", "Cart", "total", "x", "GET", "items", "1", "é_1"], identifiers);
    }

    [Fact]
    public void A_record_keeps_each_file_s_filter_and_tells_a_file_without_one()
    {
        using var tree = new TempTree();
        var store = new TestMapStore(tree.Root, "settings", s_start);
        var key = store.KeyOf(["pkg/a.py", "pkg/b.py", "pkg/c.py"]);
        var filter = SpelledNames.FilterOf(Summary(Names(6, 100)));
        var files = new[]
        {
            new FileRecord("pkg/a.py", 10, s_start.AddDays(-1).Ticks, "hash-a", "outline", filter),
            new FileRecord("pkg/b.py", 10, s_start.AddDays(-1).Ticks, "hash-b", "outline", []),
            new FileRecord("pkg/c.py", 10, s_start.AddDays(-1).Ticks, "hash-c", "outline"),
        };
        store.Save(new TestMapRecord(key, s_start.Ticks, files, RecordedTests.From(new Dictionary<string, int[]> { ["tests/test_a.py::test_a"] = [0] }), []));

        var loaded = new TestMapStore(tree.Root, "settings", s_start.AddHours(1)).Load(key);

        Assert.NotNull(loaded);
        Assert.Equal(files, loaded.Files);
        Assert.Equal(filter, loaded.Files[0].Spelled);
        Assert.Empty(loaded.Files[1].Spelled!);
        Assert.Null(loaded.Files[2].Spelled);
        Assert.NotEqual(files[0], files[0] with { Spelled = [.. filter.Select(w => ~w)] });
    }
}
