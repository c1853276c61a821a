using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ProdReady.Testing;

namespace ProdReady.Cli.Tests.Mcp;

/// <summary>
/// <c>prodready mcp</c> driven by the SDK's own client, which starts the built command line as a subprocess and
/// speaks the protocol over its standard input and output.
/// </summary>
public sealed class McpServerTests
{
    private const string TodoModule = """
        def greet(name):
            # TODO: say hello properly
            return name

        """;

    private const string Changelog = """
        # Changelog
        All notable changes to this project will be documented in this file.

        ## [Unreleased]

        ## [0.1.0] - 2026-01-01
        ### Added
        - The first release.

        """;

    private static readonly string[] s_otherFolder = ["other"];

    [Fact]
    public async Task Lists_the_tools_and_the_workflow_prompt()
    {
        using var repo = TempGitRepository.CreateWithoutRepository();
        await using var client = await StartAsync(repo);

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var prompts = await client.ListPromptsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["changelog_add", "check", "explain_rule", "list_rules", "tests_for"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal("prodready", client.ServerInfo?.Name);
        var prompt = Assert.Single(prompts);
        Assert.Equal("production-workflow", prompt.Name);
        var rendered = await client.GetPromptAsync("production-workflow", new Dictionary<string, object?> { ["task"] = "parse dates" }, cancellationToken: TestContext.Current.CancellationToken);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(rendered.Messages).Content).Text;
        Assert.Contains("parse dates", text, StringComparison.Ordinal);
        foreach (var step in new[] { "Plan", "Implement", "Test", "Validate", "Record" })
        {
            Assert.Contains(step + ".", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Checks_a_repository_and_returns_the_report_as_structured_content()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("CHANGELOG.md", Changelog).WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");
        repo.WriteFile("app/greeting.py", TodoModule);
        await using var client = await StartAsync(repo);

        var result = await client.CallToolAsync("check", new Dictionary<string, object?> { ["scope"] = "uncommitted" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(true, result.IsError);
        var summary = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.StartsWith("The gate fails", summary, StringComparison.Ordinal);
        Assert.Contains("✘ No TODOs or placeholders", summary, StringComparison.Ordinal);
        var report = Assert.NotNull(result.StructuredContent).GetRawText();
        var schema = await File.ReadAllTextAsync(Golden.PathNextToCaller("../../../docs/report-schema.json"), TestContext.Current.CancellationToken);
        Assert.Empty(JsonSchemaValidator.Validate(schema, report));
        Assert.Contains("\"PLH001\"", report, StringComparison.Ordinal);
        Assert.Contains("app/greeting.py", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_the_whole_tree_with_the_plan_and_fail_on_given()
    {
        using var repo = TempGitRepository.CreateWithoutRepository();
        repo.WriteFile("app/greeting.py", TodoModule).WriteFile("other/clean.py", "VALUE = 1\n");
        await using var client = await StartAsync(repo);

        var result = await client.CallToolAsync(
            "check",
            new Dictionary<string, object?> { ["scope"] = "all", ["paths"] = s_otherFolder, ["plan"] = "Approach: none.", ["fail_on"] = "error" },
            cancellationToken: TestContext.Current.CancellationToken);

        var report = Assert.NotNull(result.StructuredContent);
        Assert.DoesNotContain(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "PLH001");
        Assert.Equal(1, report.GetProperty("summary").GetProperty("filesChecked").GetInt32());
    }

    [Fact]
    public async Task Adds_a_changelog_entry_with_a_minimal_edit()
    {
        using var repo = TempGitRepository.CreateWithoutRepository();
        repo.WriteFile("CHANGELOG.md", Changelog);
        await using var client = await StartAsync(repo);

        var result = await client.CallToolAsync(
            "changelog_add",
            new Dictionary<string, object?> { ["type"] = "added", ["text"] = "The greeting module." },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(true, result.IsError);
        Assert.Equal("Added", Assert.NotNull(result.StructuredContent).GetProperty("section").GetString());
        var expected = Changelog.Replace("## [Unreleased]\n", "## [Unreleased]\n### Added\n- The greeting module.\n", StringComparison.Ordinal);
        Assert.Equal(expected, await File.ReadAllTextAsync(repo.FullPath("CHANGELOG.md"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Explains_a_rule_and_lists_them_all()
    {
        using var repo = TempGitRepository.CreateWithoutRepository();
        await using var client = await StartAsync(repo);

        var rule = await client.CallToolAsync("explain_rule", new Dictionary<string, object?> { ["code"] = "PLH001" }, cancellationToken: TestContext.Current.CancellationToken);
        var rules = await client.CallToolAsync("list_rules", new Dictionary<string, object?>(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("## What it does", Assert.IsType<TextContentBlock>(Assert.Single(rule.Content)).Text, StringComparison.Ordinal);
        Assert.Equal("PLH001", Assert.NotNull(rule.StructuredContent).GetProperty("code").GetString());
        var codes = Assert.NotNull(rules.StructuredContent).GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Contains("PLH001", codes);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    private static readonly (string Tool, string Arguments)[] s_badCalls =
    [
        ("no_such_tool", "{}"),
        ("check", """{ "scope": "everything" }"""),
        ("check", """{ "paths": "app" }"""),
        ("check", """{ "scope": "base" }"""),
        ("check", """{ "scope": "all", "base": "main" }"""),
        ("check", """{ "paths": ["../outside"] }"""),
        ("check", """{ "paths": ["/etc"] }"""),
        ("check", """{ "unknown": true }"""),
        ("explain_rule", "{}"),
        ("explain_rule", """{ "code": "XYZ999" }"""),
        ("changelog_add", """{ "type": "improved", "text": "x" }"""),
        ("changelog_add", """{ "type": "added", "text": "x", "file": "../CHANGELOG.md" }"""),
        ("tests_for", "{}"),
        ("tests_for", """{ "unit": "shop..Cart" }"""),
        ("tests_for", """{ "unit": "shop.cart.Cart", "path": "../cart.py" }"""),
        ("tests_for", """{ "unit": 3 }"""),
    ];

    [Fact]
    public async Task Answers_each_bad_call_with_a_protocol_error_and_keeps_serving()
    {
        using var repo = TempGitRepository.CreateWithoutRepository();
        repo.WriteFile("CHANGELOG.md", Changelog);
        await using var client = await StartAsync(repo);

        foreach (var (tool, arguments) in s_badCalls)
        {
            using var document = JsonDocument.Parse(arguments);
            var values = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

            var error = await Assert.ThrowsAsync<McpProtocolException>(async () =>
                await client.CallToolAsync(new CallToolRequestParams { Name = tool, Arguments = values }, TestContext.Current.CancellationToken));

            Assert.True(error.ErrorCode == McpErrorCode.InvalidParams, $"{tool} {arguments}: {error.ErrorCode} {error.Message}");
        }

        var after = await client.CallToolAsync("explain_rule", new Dictionary<string, object?> { ["code"] = "PLH001" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEqual(true, after.IsError);
        Assert.Equal(Changelog, await File.ReadAllTextAsync(repo.FullPath("CHANGELOG.md"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Reports_a_call_that_cannot_be_carried_out_as_a_tool_error()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");
        await using var client = await StartAsync(repo);

        var result = await client.CallToolAsync("check", new Dictionary<string, object?> { ["scope"] = "base", ["base"] = "no-such-branch" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.IsError);
        Assert.Contains("no-such-branch", Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tells_the_tests_of_a_unit_and_the_way_each_reaches_it()
    {
        using var repo = TempGitRepository.CreateWithoutRepository();
        repo.WriteFile("shop/__init__.py", string.Empty)
            .WriteFile("shop/cart.py", "class Cart:\n    def add(self, price):\n        return self.total() + price\n\n    def total(self):\n        return 0\n\n    def clear(self):\n        return None\n")
            .WriteFile("tests/test_cart.py", "from shop.cart import Cart\n\n\ndef test_add():\n    assert Cart().add(1) == 1\n");
        await using var client = await StartAsync(repo);

        var total = await client.CallToolAsync("tests_for", new Dictionary<string, object?> { ["unit"] = "shop.cart.Cart.total" }, cancellationToken: TestContext.Current.CancellationToken);
        var add = await client.CallToolAsync("tests_for", new Dictionary<string, object?> { ["unit"] = "Cart.add", ["path"] = "shop/cart.py" }, cancellationToken: TestContext.Current.CancellationToken);
        var clear = await client.CallToolAsync("tests_for", new Dictionary<string, object?> { ["unit"] = "shop.cart.Cart.clear" }, cancellationToken: TestContext.Current.CancellationToken);
        var missing = await client.CallToolAsync("tests_for", new Dictionary<string, object?> { ["unit"] = "shop.cart.Basket" }, cancellationToken: TestContext.Current.CancellationToken);

        var link = Assert.Single(Assert.NotNull(total.StructuredContent).GetProperty("tests").EnumerateArray());
        Assert.Equal("tests/test_cart.py::test_add", link.GetProperty("test").GetString());
        Assert.Equal("through", link.GetProperty("way").GetString());
        Assert.Equal("shop.cart.Cart.add", link.GetProperty("through").GetString());
        Assert.Equal("direct", Assert.Single(Assert.NotNull(add.StructuredContent).GetProperty("tests").EnumerateArray()).GetProperty("way").GetString());
        Assert.NotEqual(true, clear.IsError);
        Assert.Empty(Assert.NotNull(clear.StructuredContent).GetProperty("tests").EnumerateArray());
        Assert.Equal("No test is known to reach `shop.cart.Cart.clear` (shop/cart.py:8).", Assert.IsType<TextContentBlock>(Assert.Single(clear.Content)).Text);
        Assert.True(missing.IsError);
        Assert.Contains("no function, method or class `shop.cart.Basket`", Assert.IsType<TextContentBlock>(Assert.Single(missing.Content)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tells_the_tests_of_a_unit_named_through_a_re_export()
    {
        using var repo = TempGitRepository.CreateWithoutRepository();
        repo.WriteFile("shop/__init__.py", "from .cart import Cart\n")
            .WriteFile("shop/cart.py", "class Cart:\n    def add(self, price):\n        return self.total() + price\n\n    def total(self):\n        return 0\n")
            .WriteFile("tests/test_cart.py", "from shop import Cart\n\n\ndef test_add():\n    assert Cart().add(1) == 1\n");
        await using var client = await StartAsync(repo);

        var total = await client.CallToolAsync("tests_for", new Dictionary<string, object?> { ["unit"] = "shop.Cart.total" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(true, total.IsError);
        var link = Assert.Single(Assert.NotNull(total.StructuredContent).GetProperty("tests").EnumerateArray());
        Assert.Equal("tests/test_cart.py::test_add", link.GetProperty("test").GetString());
        Assert.Equal("shop.cart.Cart.add", link.GetProperty("through").GetString());
    }

    private static async Task<McpClient> StartAsync(TempGitRepository repo)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in repo.Environment)
        {
            environment[name] = value;
        }

        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "prodready",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "prodready.dll"), "mcp", "--root", repo.Root],
            WorkingDirectory = repo.Root,
            EnvironmentVariables = environment,
        });
        return await McpClient.CreateAsync(transport, cancellationToken: TestContext.Current.CancellationToken);
    }
}
