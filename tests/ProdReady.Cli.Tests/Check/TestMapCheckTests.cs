using System.Text.Json;
using ProdReady.Testing;

namespace ProdReady.Cli.Tests.Check;

/// <summary>End-to-end runs of the test rules in throw-away git repositories: a change without tests, with happy-path tests only, with failure and edge tests.</summary>
[Trait("Issue", "11")]
public sealed class TestMapCheckTests
{
    private const string Plan = """
        Approach: one pure function per step, tested with pytest.
        Scalability: linear in the size of the input, constant memory per record.
        Security: every input is validated at the boundary before use; no secrets are logged.
        """;

    private const string Discount = """
        def discount(price, percent):
            if not 0 <= percent <= 100:
                raise ValueError(percent)
            return price * (100 - percent) / 100
        """;

    private const string HappyTest = """
        from shop.pricing import discount


        def test_discount():
            assert discount(200, 10) == 180
        """;

    private const string FullTest = """
        import pytest

        from shop.pricing import discount


        @pytest.mark.parametrize("percent, expected", [(0, 200), (100, 0), (10, 180)])
        def test_discount(percent, expected):
            assert discount(200, percent) == expected


        def test_discount_out_of_range():
            with pytest.raises(ValueError):
                discount(200, -1)
        """;

    private const string Changelog = """
        # Changelog
        All notable changes to this project will be documented in this file.

        ## [Unreleased]
        {0}
        ## [0.1.0] - 2026-01-01
        ### Added
        - The first release.

        """;

    private static TempGitRepository Repository()
    {
        var repo = TempGitRepository.Create();
        repo.WriteFile("shop/__init__.py", string.Empty).WriteFile("tests/__init__.py", string.Empty).WriteFile("README.md", "shop\n")
            .WriteFile("prodready.toml", "select = [\"TST\"]\n").WriteFile("CHANGELOG.md", Changelog.Replace("{0}", string.Empty, StringComparison.Ordinal));
        repo.CommitAll("Initial commit");
        repo.CheckoutNewBranch("feature");
        repo.WriteFile("CHANGELOG.md", Changelog.Replace("{0}", "### Added\n- Discounts.\n", StringComparison.Ordinal)).WriteFile("plan.md", Plan);
        return repo;
    }

    private static async Task<(int Code, List<string> Codes, JsonElement Report)> CheckAsync(TempGitRepository repo)
    {
        var result = await CliRunner.RunAsync(repo.Root, null, Plan, repo.Environment, "check", "--base", "main", "--plan", "plan.md", "--format", "json", "--extend-select", "TST");
        using var document = JsonDocument.Parse(result.Output);
        var report = document.RootElement.Clone();
        var codes = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()!).Where(c => c.StartsWith("TST", StringComparison.Ordinal)).ToList();
        return (result.ExitCode, codes, report);
    }

    [Fact]
    public async Task Reports_TST001_for_a_function_added_without_a_test()
    {
        using var repo = Repository();
        repo.WriteFile("shop/pricing.py", Discount);

        var (code, codes, report) = await CheckAsync(repo);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal(["TST001"], codes);
        var unit = Assert.Single(report.GetProperty("units").EnumerateArray());
        Assert.Equal("shop.pricing.discount", unit.GetProperty("unit").GetString());
        Assert.Empty(unit.GetProperty("tests").EnumerateArray());
    }

    [Fact]
    public async Task Leaves_TST003_and_TST004_when_the_test_covers_the_happy_path_only()
    {
        using var repo = Repository();
        repo.WriteFile("shop/pricing.py", Discount).WriteFile("tests/test_pricing.py", HappyTest);

        var (code, codes, report) = await CheckAsync(repo);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal(["TST003", "TST004"], codes.Order(StringComparer.Ordinal));
        var unit = Assert.Single(report.GetProperty("units").EnumerateArray());
        var test = Assert.Single(unit.GetProperty("tests").EnumerateArray());
        Assert.Equal("tests/test_pricing.py::test_discount", test.GetProperty("test").GetString());
        Assert.Equal("direct", test.GetProperty("way").GetString());
    }

    [Fact]
    public async Task Passes_when_failure_and_edge_tests_are_added()
    {
        using var repo = Repository();
        repo.WriteFile("shop/pricing.py", Discount).WriteFile("tests/test_pricing.py", FullTest);

        var (code, codes, report) = await CheckAsync(repo);

        Assert.True(codes.Count == 0, string.Join(", ", codes));
        Assert.Equal(ExitCodes.Success, code);
        var unit = Assert.Single(report.GetProperty("units").EnumerateArray());
        Assert.Equal(2, unit.GetProperty("tests").GetArrayLength());
    }

    [Fact]
    public async Task Does_not_ask_for_tests_of_code_the_coverage_configuration_leaves_out()
    {
        using var repo = Repository();
        repo.WriteFile("shop/pricing.py", Discount).WriteFile("tests/test_pricing.py", FullTest)
            .WriteFile("examples/demo.py", "def show():\n    return 1\n");

        var (_, judged, _) = await CheckAsync(repo);
        Assert.Equal(["TST001"], judged);

        repo.WriteFile("pyproject.toml", "[project]\nname = \"shop\"\n\n[tool.coverage.run]\nsource = [\"shop\", \"tests\"]\n");
        var (code, codes, report) = await CheckAsync(repo);

        Assert.True(codes.Count == 0, string.Join(", ", codes));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(report.GetProperty("units").EnumerateArray(), u => u.GetProperty("unit").GetString() == "shop.pricing.discount");
    }

    [Fact]
    public async Task Tests_map_prints_each_unit_with_its_tests_and_the_way()
    {
        using var repo = Repository();
        repo.WriteFile("shop/pricing.py", Discount + "\n\ndef sale(price):\n    return discount(price, 50)\n")
            .WriteFile("tests/test_pricing.py", "from shop.pricing import sale\n\n\ndef test_sale():\n    assert sale(10) == 5\n");

        var text = await CliRunner.RunAsync(repo.Root, "tests", "map");
        var json = await CliRunner.RunAsync(repo.Root, "tests", "map", "--format", "json", "shop");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("tests/test_pricing.py::test_sale  through `shop.pricing.sale`", text.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var units = document.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(["shop.pricing.discount", "shop.pricing.sale"], units.Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal("through", units[0].GetProperty("tests")[0].GetProperty("way").GetString());
    }

    [Fact]
    public async Task Tests_map_names_a_possible_call_of_the_test_itself_possible()
    {
        const string Models = """
            class Cart:
                def total(self):
                    return 3


            class Order:
                def total(self):
                    return 4


            def find(key) -> Cart | Order:
                return Cart()
            """;
        const string FindTest = """
            from shop.models import find


            def test_find():
                assert find("c").total() == 3
            """;
        using var repo = Repository();
        repo.WriteFile("shop/models.py", Models).WriteFile("tests/test_models.py", FindTest);

        var text = await CliRunner.RunAsync(repo.Root, "tests", "map", "shop/models.py");
        var json = await CliRunner.RunAsync(repo.Root, "tests", "map", "--format", "json", "shop/models.py");

        // Which `total` the test calls depends on what `find` returns: neither `direct` nor `directly`, as a claimed link reads.
        Assert.Contains("tests/test_models.py::test_find  possibly directly", text.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var total = document.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "shop.models.Cart.total");
        Assert.Equal("possible", Assert.Single(total.GetProperty("tests").EnumerateArray()).GetProperty("way").GetString());

        // The check's report of the changed units says the same.
        var (_, _, report) = await CheckAsync(repo);
        var changed = report.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "shop.models.Cart.total");
        Assert.Equal("possible", Assert.Single(changed.GetProperty("tests").EnumerateArray()).GetProperty("way").GetString());
    }

    [Fact]
    public async Task Tests_map_of_one_file_lists_the_same_tests_as_the_whole_map()
    {
        using var repo = Repository();
        repo.WriteFile("shop/pricing.py", Discount + "\n\ndef sale(price):\n    return discount(price, 50)\n")
            .WriteFile("shop/orders.py", "from shop.pricing import sale\n\n\ndef order(price):\n    return sale(price) + 1\n")
            .WriteFile("tests/test_pricing.py", "from shop.pricing import sale\n\n\ndef test_sale():\n    assert sale(10) == 5\n")
            .WriteFile("tests/test_orders.py", "from shop.orders import order\n\n\ndef test_order():\n    assert order(10) == 6\n");

        var whole = await CliRunner.RunAsync(repo.Root, "tests", "map", "--format", "json");
        var one = await CliRunner.RunAsync(repo.Root, "tests", "map", "--format", "json", "shop/pricing.py");

        Assert.Equal(0, one.ExitCode);
        using var wholeDocument = JsonDocument.Parse(whole.Output);
        using var oneDocument = JsonDocument.Parse(one.Output);
        var expected = wholeDocument.RootElement.GetProperty("units").EnumerateArray()
            .Where(u => u.GetProperty("path").GetString() == "shop/pricing.py").Select(u => u.GetRawText()).ToList();
        var actual = oneDocument.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetRawText()).ToList();
        Assert.Equal(expected, actual);
        Assert.Contains("test_order", string.Concat(actual), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_tree_check_leaves_every_files_summary_in_the_cache_and_the_next_reads_them_back()
    {
        using var repo = Repository();
        repo.WriteFile("shop/pricing.py", Discount).WriteFile("tests/test_pricing.py", FullTest);
        var first = await CliRunner.RunAsync(repo.Root, "check", "--all", "--format", "json", "--extend-select", "TST");

        // The summaries are written while the test map is followed, and the run ends once they are: one per Python file.
        var cache = Path.Combine(repo.Root, ".prodready_cache");
        var summaries = Directory.GetFiles(cache, "*.bin", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))!).StartsWith("summaries", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(4, summaries.Count);
        Assert.DoesNotContain(Directory.GetFiles(cache, "*", SearchOption.AllDirectories), f => f.Contains(".tmp", StringComparison.Ordinal));

        var second = await CliRunner.RunAsync(repo.Root, "check", "--all", "--format", "json", "--extend-select", "TST");
        Assert.Equal(first.ExitCode, second.ExitCode);
        using var firstReport = JsonDocument.Parse(first.Output);
        using var secondReport = JsonDocument.Parse(second.Output);
        Assert.Equal(firstReport.RootElement.GetProperty("findings").GetRawText(), secondReport.RootElement.GetProperty("findings").GetRawText());
    }

    [Fact]
    public async Task Tests_map_rejects_a_missing_path()
    {
        using var repo = Repository();
        var result = await CliRunner.RunAsync(repo.Root, "tests", "map", "nowhere");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
    }
}
