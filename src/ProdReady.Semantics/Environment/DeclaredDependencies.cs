using System.Collections.Frozen;

namespace ProdReady.Semantics.Environment;

/// <summary>
/// The dependencies a Python project declares, read (never executed) from its root folder:
/// <c>pyproject.toml</c> (<c>[project]</c>, PEP 735 <c>[dependency-groups]</c>, Poetry, PDM, uv, Hatch,
/// setuptools' <c>dynamic</c> files), <c>Pipfile</c>, requirements files (<c>requirements*.txt</c>,
/// <c>*-requirements.txt</c>, <c>requirements/*.txt</c>, their <c>.in</c> sources, and every <c>-r</c>
/// include), <c>setup.cfg</c> and <c>tox.ini</c>. Names are normalised per PEP 503. A file that cannot be
/// read or parsed adds to <see cref="Problems"/> and the rest is still read.
/// </summary>
public sealed partial class DeclaredDependencies
{
    private readonly string _root;
    private readonly Dictionary<string, string> _runtime = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _development = new(StringComparer.Ordinal);
    private readonly List<string> _sources = [];
    private readonly List<string> _problems = [];
    private bool _declaresAny;

    /// <summary>Reads the declarations of the project rooted at <paramref name="root"/>.</summary>
    /// <param name="root">The project's root folder (where <c>pyproject.toml</c> would be).</param>
    public DeclaredDependencies(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
        ReadPyproject();
        ReadPipfile();
        ReadSetupCfg();
        ReadToxIni();
        ReadRequirementFiles();
        Runtime = _runtime.Keys.ToFrozenSet(StringComparer.Ordinal);
        Development = _development.Keys.Where(name => !_runtime.ContainsKey(name)).ToFrozenSet(StringComparer.Ordinal);
        DeclaresAny = _declaresAny;
    }

    /// <summary>Gets the project's root folder (full path).</summary>
    public string Root => _root;

    /// <summary>Gets the normalised names of the distributions the project needs at run time.</summary>
    public IReadOnlySet<string> Runtime { get; }

    /// <summary>Gets the normalised names declared only for development (tests, linting, docs), none of them in <see cref="Runtime"/>.</summary>
    public IReadOnlySet<string> Development { get; }

    /// <summary>
    /// Gets a value indicating whether the project has any dependency declaration (a dependency list or
    /// requirements file, even an empty one). A project without one declares nothing, so an import it
    /// lacks is a note rather than a finding.
    /// </summary>
    public bool DeclaresAny { get; }

    /// <summary>Gets the files that were read, relative to the root with <c>/</c> separators, in reading order.</summary>
    public IReadOnlyList<string> Sources => _sources;

    /// <summary>Gets what could not be read, each as <c>file[:line]: reason</c>.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Gets the globs of a uv workspace's members (<c>[tool.uv.workspace] members</c>), empty when the root declares no workspace.</summary>
    public IReadOnlyList<string> WorkspaceMemberGlobs { get; private set; } = [];

    /// <summary>Gets the globs a uv workspace leaves out of its members (<c>[tool.uv.workspace] exclude</c>).</summary>
    public IReadOnlyList<string> WorkspaceExcludeGlobs { get; private set; } = [];

    /// <summary>Gets the <c>requires-python</c> specifier as written (<c>[project]</c>, Poetry's <c>python</c> dependency or <c>setup.cfg</c>'s <c>python_requires</c>), or <see langword="null"/>.</summary>
    public string? RequiresPython { get; private set; }

    /// <summary>The name a distribution was first declared with (<c>PyYAML</c> for <c>pyyaml</c>), for messages.</summary>
    /// <param name="normalizedName">The normalised name.</param>
    /// <returns>The name as written, or <see langword="null"/> when it is not declared.</returns>
    public string? DeclaredName(string normalizedName) =>
        _runtime.GetValueOrDefault(normalizedName) ?? _development.GetValueOrDefault(normalizedName);

    /// <summary>Whether a name (an extra, a dependency group, a requirements file's name) is about development:
    /// one of its words is dev, test, lint, doc, ci, typing, check, coverage, style, format, bench or similar.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether what it names is for development.</returns>
    internal static bool IsDevelopmentName(string name)
    {
        foreach (var word in name.ToLowerInvariant().Split(['-', '_', '.', ' ', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "ci" or "qa" or "mypy" or "cov" or "coverage" or "style" or "tox" or "nox" or "pylint" or "flake8" or "ruff" or "black" or "pytest" or "precommit" or "tools" or "tooling" ||
                word.StartsWith("dev", StringComparison.Ordinal) || word.StartsWith("test", StringComparison.Ordinal) ||
                word.StartsWith("doc", StringComparison.Ordinal) || word.StartsWith("lint", StringComparison.Ordinal) ||
                word.StartsWith("typ", StringComparison.Ordinal) || word.StartsWith("check", StringComparison.Ordinal) ||
                word.StartsWith("format", StringComparison.Ordinal) || word.StartsWith("bench", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static DependencyKind KindOfName(string name) => IsDevelopmentName(name) ? DependencyKind.Development : DependencyKind.Runtime;

    private void Add(Requirement requirement, DependencyKind kind)
    {
        var target = kind == DependencyKind.Runtime ? _runtime : _development;
        target.TryAdd(requirement.NormalizedName, requirement.Name);
    }

    /// <summary>Parses a PEP 508 string from a TOML list or INI value; a malformed one is a problem.</summary>
    private void AddRequirement(string text, DependencyKind kind, string source)
    {
        if (Requirement.TryParse(text, out var requirement))
        {
            Add(requirement!, kind);
        }
        else
        {
            Problem(source, $"cannot read the requirement '{text.Trim()}'");
        }
    }

    private void Problem(string source, string reason) => _problems.Add($"{source}: {reason}");

    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');

    /// <summary>Reads a file of the root folder; <see langword="null"/> when it is absent or cannot be read (a problem).</summary>
    private string? ReadRootFile(string name)
    {
        var path = Path.Combine(_root, name);
        return File.Exists(path) ? ReadText(path) : null;
    }

    private string? ReadText(string path)
    {
        try
        {
            var text = File.ReadAllText(path);
            var relative = Relative(path);
            if (!_sources.Contains(relative))
            {
                _sources.Add(relative);
            }

            return text;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Problem(Relative(path), exception is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "cannot read the file: " + exception.Message);
            return null;
        }
    }
}
