using System.Globalization;
using System.Text;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>
/// A whole map followed in two halves (the second on a map of its own, merged after) must be the map one traversal in
/// test order makes: every unit's links in test order with their ways, the dynamic tests, and a record from which the
/// next run follows again exactly the tests an edit concerns.
/// </summary>
[Trait("Issue", "11")]
public sealed class TestMapHalvesTests
{
    private const string Operations = """
        class Cart:
            def total(self):
                return helper_sum(self)


        def helper_sum(cart):
            return 1


        def alpha():
            return helper_sum(None)


        def beta():
            return 2


        def gamma():
            return Cart().total()
        """;

    /// <summary>
    /// 252 tests in five modules: each calls the project one of five ways (through a function, on an instance, through a
    /// helper of the test module, through a class it builds, by `getattr`). Two tests of `test_m2.py` share an id and sort
    /// to positions 125 and 126, on both sides of the halves' split.
    /// </summary>
    private static TempTree Shop()
    {
        var tree = TestProject.Create().File("shop/ops.py", Operations);
        for (var module = 0; module < 5; module++)
        {
            var text = new StringBuilder("import shop.ops\nfrom shop.ops import Cart, alpha, beta, gamma\n\n\ndef _call_beta():\n    return beta()\n");
            for (var i = module * 50; i < (module + 1) * 50; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n\ndef test_{i:D3}():\n    assert {Call(i)}\n");
                if (i == 124)
                {
                    text.Append("\n\ndef test_124z():\n    assert alpha() == 1\n\n\ndef test_124z():\n    assert Cart().total() == 1\n");
                }
            }

            tree.File($"tests/test_m{module}.py", text.ToString());
        }

        return tree;
    }

    private static string Call(int i) => (i % 5) switch
    {
        0 => "alpha() == 1",
        1 => "Cart().total() == 1",
        2 => "_call_beta() == 2",
        3 => "gamma() == 1",
        _ => "getattr(shop.ops, \"beta\")() == beta()",
    };

    /// <summary>Builds the whole map without a record, in two halves from <paramref name="testsForTwoHalves"/> tests on.</summary>
    private static TestMap Build(TempTree tree, int testsForTwoHalves)
    {
        var files = TestMapFocusTests.Files(tree);
        var project = ProjectContextFactory.Create(tree.Root, new ProdReadyConfiguration(tree.Root), files, null, useCache: false, collectTestFacts: true);
        return TestMap.Build(project.Index!, project.Tests, files, _ => null, null, null, testsForTwoHalves);
    }

    /// <summary>Everything the map says of the project's units and module, in words.</summary>
    private static List<string> Contents(TestMap map)
    {
        List<string> contents = [$"tests {map.TestCount}", $"dynamic {map.DynamicTestsReaching("shop.ops")}"];
        foreach (var unit in map.UnitsOf("shop/ops.py"))
        {
            contents.Add(unit.QualifiedName);
            contents.AddRange(TestMapFocusTests.Links(map, unit.QualifiedName));
        }

        return contents;
    }

    [Fact]
    public void Two_halves_link_every_unit_as_one_traversal_in_test_order()
    {
        using var tree = Shop();
        var one = Contents(Build(tree, int.MaxValue));
        var halves = Contents(Build(tree, 2));

        Assert.Equal(one, halves);
        Assert.Equal("tests 251", one[0]);
        Assert.Equal("dynamic 50", one[1]);
        var helperLinks = TestMapFocusTests.Links(Build(tree, 2), "shop.ops.helper_sum");
        Assert.Equal(152, helperLinks.Count);
        Assert.Contains("tests/test_m0.py::test_000 claimed through `shop.ops.alpha`", helperLinks);
        Assert.Contains("tests/test_m4.py::test_248 claimed through `shop.ops.Cart.total`", helperLinks);
    }

    [Fact]
    public void A_record_written_in_two_halves_follows_again_only_what_an_edit_concerns()
    {
        using var tree = Shop();
        var first = TestMapFocusTests.Project(tree, null);
        Assert.Equal(Contents(Build(tree, int.MaxValue)), Contents(first.TestMap!));
        Assert.Equal("whole", first.TestMapStore!.LastUse);

        TestMapFocusTests.Edit(tree, "tests/test_m2.py", text => text + "\n\ndef test_added():\n    assert beta() == 2\n");
        var again = TestMapFocusTests.Project(tree, null);

        Assert.Equal(Contents(Build(tree, int.MaxValue)), Contents(again.TestMap!));
        Assert.Equal("incremental", again.TestMapStore!.LastUse);
        Assert.Equal(53, again.TestMapStore.LastFollowed);
    }
}
