using ProdReady.Analysis.Docstrings;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Configuration;

/// <summary>
/// The settings of <c>[tool.prodready]</c> in <c>pyproject.toml</c> or of <c>prodready.toml</c>, with defaults
/// for every key. Relative paths and patterns resolve against <see cref="Directory"/>.
/// </summary>
public sealed record ProdReadyConfiguration
{
    /// <summary>The default size limit: files over 1 MiB (1,048,576 bytes) are skipped with a note.</summary>
    public const long DefaultMaxFileSize = 1024 * 1024;

    /// <summary>Initializes a new instance of the <see cref="ProdReadyConfiguration"/> class with defaults.</summary>
    /// <param name="directory">The folder relative paths resolve against (the configuration file's folder, or the checked root).</param>
    public ProdReadyConfiguration(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>Gets the directories and files that are excluded by default (ruff's list plus Python build output).</summary>
    public static IReadOnlyList<string> DefaultExclude { get; } =
    [
        ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache",
        ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv",
        ".vscode", "__pycache__", "__pypackages__", "_build", "buck-out", "build", "dist", "node_modules",
        "site-packages", "venv",
    ];

    /// <summary>Gets the folder relative paths and patterns resolve against, as a full path.</summary>
    public string Directory { get; }

    /// <summary>Gets the configuration file the settings came from, or <see langword="null"/> for built-in defaults.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Gets the source roots to check (<c>src</c>, default <c>["."]</c>).</summary>
    public IReadOnlyList<string> Src { get; init; } = ["."];

    /// <summary>Gets the test roots (<c>tests</c>, default <c>["tests"]</c>); their files are checked too and count as tests.</summary>
    public IReadOnlyList<string> Tests { get; init; } = ["tests"];

    /// <summary>Gets the gitignore-style patterns that are never checked (<c>exclude</c>; setting it replaces <see cref="DefaultExclude"/>).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = DefaultExclude;

    /// <summary>Gets the patterns excluded in addition to <see cref="Exclude"/> (<c>extend-exclude</c>).</summary>
    public IReadOnlyList<string> ExtendExclude { get; init; } = [];

    /// <summary>Gets a value indicating whether <c>.gitignore</c> files and <c>.git/info/exclude</c> are honoured (<c>respect-gitignore</c>, default true).</summary>
    public bool RespectGitignore { get; init; } = true;

    /// <summary>Gets the rule codes or prefixes to enable (<c>select</c>, default <c>["ALL"]</c>).</summary>
    public IReadOnlyList<string> Select { get; init; } = ["ALL"];

    /// <summary>Gets the rule codes or prefixes to disable (<c>ignore</c>, default none).</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Gets the per-file ignores (<c>per-file-ignores</c>): a pattern and the codes or prefixes disabled in matching files.</summary>
    public IReadOnlyList<PerFileIgnore> PerFileIgnores { get; init; } = [];

    /// <summary>Gets the changelog path (<c>changelog</c>, default <c>CHANGELOG.md</c>).</summary>
    public string Changelog { get; init; } = "CHANGELOG.md";

    /// <summary>Gets the lowest severity that fails the gate (<c>fail-on</c>, default <see cref="Severity.Warning"/>).</summary>
    public Severity FailOn { get; init; } = Severity.Warning;

    /// <summary>Gets the size in bytes above which a file is skipped with a note (<c>max-file-size</c>, default 1 MiB).</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>
    /// Gets the Python version the code targets (<c>target-version</c>, such as <c>py311</c>), or <see langword="null"/>
    /// to take the lowest version <c>requires-python</c> allows, else the latest supported.
    /// </summary>
    public string? TargetVersion { get; init; }

    /// <summary>Gets the baseline file whose findings are hidden (<c>baseline</c>), relative to <see cref="Directory"/>, or <see langword="null"/>.</summary>
    public string? Baseline { get; init; }

    /// <summary>
    /// Gets the external tools every <c>check</c> runs (<c>run-tools</c>: <c>true</c> for pytest, mypy and flake8, or a list
    /// of them), as if <c>--run-tools</c> were given; empty for none.
    /// </summary>
    public IReadOnlyList<string> RunTools { get; init; } = [];

    /// <summary>Gets the time limit in seconds of each external tool that has one configured (<c>tool-timeouts</c>).</summary>
    public IReadOnlyDictionary<string, int> ToolTimeouts { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether <c>*args: Any</c> and <c>**kwargs: Any</c> are accepted by TYP005 (<c>allow-star-arg-any</c>, default false).</summary>
    public bool AllowStarArgAny { get; init; }

    /// <summary>Gets the docstring convention (<c>docstring-convention</c>: <c>google</c>, the default, <c>numpy</c> or <c>sphinx</c>).</summary>
    public DocstringConvention DocstringConvention { get; init; } = DocstringConvention.Google;

    /// <summary>
    /// Gets a value indicating whether a method without a docstring that overrides a documented base method, or is
    /// marked <c>@override</c>, inherits the base's docstring (<c>inherit-docstrings</c>, default true).
    /// </summary>
    public bool InheritDocstrings { get; init; } = true;

    /// <summary>Resolves a configured relative path against <see cref="Directory"/>.</summary>
    /// <param name="path">A path from the configuration.</param>
    /// <returns>The full path.</returns>
    public string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetFullPath(Path.Combine(Directory, path));
    }
}
