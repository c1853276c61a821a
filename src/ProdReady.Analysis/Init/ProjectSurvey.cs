using System.Globalization;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;
using ProdReady.Core.Text;
using ProdReady.Python;
using ProdReady.Semantics.Environment;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace ProdReady.Analysis.Init;

/// <summary>
/// What <c>prodready init</c> reads off a project before writing its configuration: the source and test roots, the
/// target Python version, and the docstring convention in use. Nothing in the project is run.
/// </summary>
/// <param name="Src">The source roots (<c>["src"]</c> for a src layout, else <c>["."]</c>).</param>
/// <param name="Tests">The test roots that exist (<c>tests</c>, <c>test</c>); empty when there is none.</param>
/// <param name="TargetVersion">The version as <c>py311</c>, or <see langword="null"/> when the project declares none.</param>
/// <param name="TargetVersionSource">Where the version came from ("requires-python in pyproject.toml", ...), or <see langword="null"/>.</param>
/// <param name="Docstrings">The docstring conventions counted.</param>
public sealed record ProjectSurvey(
    IReadOnlyList<string> Src,
    IReadOnlyList<string> Tests,
    string? TargetVersion,
    string? TargetVersionSource,
    DocstringConventionCounts Docstrings)
{
    /// <summary>The Python files read at most for the docstring convention.</summary>
    public const int MaxFilesRead = 2000;

    private static readonly string[] s_testFolders = ["tests", "test"];

    /// <summary>Surveys a project.</summary>
    /// <param name="root">The project root.</param>
    /// <returns>What was found.</returns>
    public static ProjectSurvey Survey(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        var src = IsSrcLayout(root) ? new[] { "src" } : ["."];
        var tests = s_testFolders.Where(t => Directory.Exists(Path.Combine(root, t))).ToArray();
        var (version, source) = TargetVersionOf(root);
        var defaults = new ProdReadyConfiguration(root) { Src = src, Tests = tests };
        var paths = SourceDiscovery.ListPythonPaths(root, defaults)
            .Where(p => p.EndsWith(".py", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Take(MaxFilesRead);
        var docstrings = new List<string>();
        foreach (var path in paths)
        {
            try
            {
                var text = File.ReadAllText(Path.Combine(root, path));
                docstrings.AddRange(DocstringConventionDetector.DocstringsOf(PythonParser.Parse(new SourceText(text, path)).Module));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable file says nothing about the convention; the others decide.
            }
        }

        return new ProjectSurvey(src, tests, version, source, DocstringConventionDetector.Count(docstrings));
    }

    /// <summary>A <c>src</c> folder that is not itself a package and holds Python code.</summary>
    private static bool IsSrcLayout(string root)
    {
        var src = Path.Combine(root, "src");
        return Directory.Exists(src)
            && !File.Exists(Path.Combine(src, "__init__.py"))
            && Directory.EnumerateFiles(src, "*.py", SearchOption.AllDirectories).Any();
    }

    private static (string? Version, string? Source) TargetVersionOf(string root)
    {
        var pyproject = Path.Combine(root, ConfigurationLoader.PyprojectFileName);
        if (File.Exists(pyproject) && RequiresPython(File.ReadAllText(pyproject)) is { } specifier
            && PythonVersion.FromRequiresPython(specifier) is { } fromProject)
        {
            return (Name(fromProject), $"requires-python \"{specifier}\" in pyproject.toml");
        }

        var setup = Path.Combine(root, "setup.cfg");
        if (File.Exists(setup))
        {
            foreach (var line in File.ReadLines(setup))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("python_requires", StringComparison.Ordinal) && trimmed.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
                {
                    var value = trimmed[(equals + 1)..].Trim();
                    if (PythonVersion.FromRequiresPython(value) is { } fromSetup)
                    {
                        return (Name(fromSetup), $"python_requires \"{value}\" in setup.cfg");
                    }
                }
            }
        }

        var pinned = Path.Combine(root, ".python-version");
        if (File.Exists(pinned) && File.ReadLines(pinned).FirstOrDefault()?.Trim() is { Length: > 0 } text
            && PythonVersion.TryParse(string.Join('.', text.Split('.').Take(2)), out var fromPin))
        {
            return (Name(PythonVersion.Clamp(fromPin)), $"\"{text}\" in .python-version");
        }

        return (null, null);
    }

    /// <summary>Reads <c>[project] requires-python</c> of a <c>pyproject.toml</c>, if it is a string.</summary>
    internal static string? RequiresPython(string text)
    {
        var document = SyntaxParser.Parse(text, ConfigurationLoader.PyprojectFileName);
        if (Semantics.Configuration.TomlSyntax.FirstError(document) is not null)
        {
            return null;
        }

        var tree = TomlTree.FromDocument(document);
        return tree.Find("project")?.Table?.Find("requires-python")?.Node is StringValueSyntax { Value: { } value } ? value : null;
    }

    private static string Name(PythonVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"py{version.Major}{version.Minor}");
}
