using System.Text.Json;
using ModelContextProtocol.Protocol;
using ProdReady.Cli.Mcp;
using ProdReady.Testing;

namespace ProdReady.Cli.Tests.Mcp;

/// <summary>The server's checks, called in process: the engine's warm-up is started once and shared.</summary>
public sealed class McpServerWarmUpTests
{
    [Fact]
    public async Task Starts_the_engine_s_warm_up_with_the_first_check_and_shares_it_with_the_next()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("README.md", "demo\n");
        repo.CommitAll("Initial commit");
        repo.WriteFile("app/greeting.py", "def greet(name):\n    pass\n");
        using var server = new ProdReadyMcpServer(new ServedRoot(repo.Root), _ => null, repo.Environment);
        var request = new CallToolRequestParams
        {
            Name = "check",
            Arguments = new Dictionary<string, JsonElement> { ["scope"] = JsonSerializer.SerializeToElement("uncommitted") },
        };

        Assert.Null(server.SharedWarmUp);
        var first = await server.CallToolAsync(request, TestContext.Current.CancellationToken);
        var warmUp = Assert.IsAssignableFrom<Task>(server.SharedWarmUp);
        await warmUp;
        var second = await server.CallToolAsync(request, TestContext.Current.CancellationToken);

        Assert.NotEqual(true, first.IsError);
        Assert.NotEqual(true, second.IsError);
        Assert.Same(warmUp, server.SharedWarmUp);
        Assert.Contains("PLH002", Assert.NotNull(second.StructuredContent).GetRawText(), StringComparison.Ordinal);
    }
}
