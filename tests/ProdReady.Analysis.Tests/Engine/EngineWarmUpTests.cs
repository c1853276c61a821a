using ProdReady.Analysis.Engine;

namespace ProdReady.Analysis.Tests.Engine;

public sealed class EngineWarmUpTests
{
    [Fact]
    public void The_built_in_module_parses_and_reaches_the_rules_of_every_family()
    {
        var result = EngineWarmUp.Run(TestContext.Current.CancellationToken);

        // A syntax error would stop the model and most rules at the first line: the warm-up would bind little.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RUN001");
        Assert.Equal(1, result.FilesAnalyzed);
        Assert.Empty(result.UnreadableFiles);
        var families = result.Diagnostics.Select(d => d.Code[..3]).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["RUN", "TYP", "DOC", "NAM", "GLB", "EXC", "ASY", "SEC"], StringComparer.Ordinal), families);
    }

    [Fact]
    public void A_cancelled_warm_up_stops_with_the_token()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => EngineWarmUp.Run(source.Token));
    }
}
