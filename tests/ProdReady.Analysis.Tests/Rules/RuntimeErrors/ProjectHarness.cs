using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Project;
using ProdReady.Testing;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.RuntimeErrors;

/// <summary>Runs rules over a real project tree, with its layout, dependencies and module index.</summary>
internal static class ProjectHarness
{
    public static IReadOnlyList<Diagnostic> Check(TempTree tree, Rule rule, params string[] paths)
    {
        var configuration = new ProdReadyConfiguration(tree.Root);
        var files = Directory.EnumerateFiles(tree.Root, "*.py*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(tree.Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".prodready_cache", StringComparison.Ordinal))
            .ToList();
        var project = ProjectContextFactory.Create(tree.Root, configuration, files);
        return new AnalysisEngine([rule]).Analyze(
            new AnalysisInput
            {
                Files = [.. paths.Select(p => SourceFile.FromDisk(p, tree.Path(p)))],
                Project = project,
            },
            TestContext.Current.CancellationToken).Diagnostics;
    }
}
