using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Tests.Rules.RuntimeErrors;
using ProdReady.Core.Diagnostics;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>A small project (a package and its tests) checked whole with one test rule.</summary>
internal static class TestProject
{
    public static TempTree Create() => new TempTree()
        .File("pyproject.toml", "[project]\nname = \"shop\"\nrequires-python = \">=3.10\"\ndependencies = []\n[dependency-groups]\ntest = [\"pytest\"]\n")
        .File("shop/__init__.py", "from .cart import Cart\n");

    /// <summary>Checks every Python file of the tree with <paramref name="rule"/>; returns "path:line CODE message" lines.</summary>
    public static List<string> Check(TempTree tree, Rule rule)
    {
        var files = Directory.EnumerateFiles(tree.Root, "*.py", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(tree.Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".prodready_cache", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return [.. ProjectHarness.Check(tree, rule, files).Select(Line)];
    }

    private static string Line(Diagnostic d) => $"{d.Location!.Path}:{d.Location.Line} {d.Code} {d.Message}";
}
