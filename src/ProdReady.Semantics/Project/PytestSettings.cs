namespace ProdReady.Semantics.Project;

/// <summary>
/// pytest's own collection settings, read from the project's configuration file the way pytest reads them.
/// </summary>
/// <remarks>
/// <para>
/// The configuration file is the first of these in the project root that holds pytest settings (pytest 9's
/// order): <c>pytest.toml</c> or <c>.pytest.toml</c> (always, even without a <c>[pytest]</c> table),
/// <c>pytest.ini</c> or <c>.pytest.ini</c> (always, even without a <c>[pytest]</c> section),
/// <c>pyproject.toml</c> with a <c>[tool.pytest]</c> table (native TOML, pytest 9) or a
/// <c>[tool.pytest.ini_options]</c> table, <c>tox.ini</c> with a <c>[pytest]</c> section, <c>setup.cfg</c> with a
/// <c>[tool:pytest]</c> section. Options from different files are never merged. When none matches, a
/// <c>pyproject.toml</c> without pytest settings is still named the configuration file (pytest 8.1+), with defaults.
/// </para>
/// <para>
/// INI values (and string values of <c>[tool.pytest.ini_options]</c>) are split like a shell command line
/// (<c>shlex.split</c>: whitespace and newlines separate, quotes group); arrays of <c>ini_options</c> are used as
/// they are. Native TOML tables (<c>pytest.toml</c>, <c>[tool.pytest]</c>) must hold arrays of strings.
/// </para>
/// <para>
/// Deviations, chosen so that the gate never reads outside the checked project and never stops on a broken file:
/// pytest also searches the folders above the root, and it refuses to run when the file it picks is malformed; here
/// only the project root is searched, and a malformed file (or value) is recorded in <see cref="Problems"/> and
/// its settings (or that value) fall back to the defaults.
/// </para>
/// </remarks>
public sealed class PytestSettings
{
    /// <summary>Initializes a new instance of the <see cref="PytestSettings"/> class.</summary>
    /// <param name="configFile">The configuration file, relative to the project root, or <see langword="null"/>.</param>
    /// <param name="testPaths">The <c>testpaths</c> entries.</param>
    /// <param name="pythonFiles">The <c>python_files</c> patterns.</param>
    /// <param name="pythonClasses">The <c>python_classes</c> prefixes or patterns.</param>
    /// <param name="pythonFunctions">The <c>python_functions</c> prefixes or patterns.</param>
    /// <param name="noRecurseDirs">The <c>norecursedirs</c> patterns.</param>
    /// <param name="problems">What was wrong with the configuration.</param>
    /// <param name="addOpts">The <c>addopts</c> words: the options every run of pytest adds to its command line.</param>
    public PytestSettings(
        string? configFile = null,
        IReadOnlyList<string>? testPaths = null,
        IReadOnlyList<string>? pythonFiles = null,
        IReadOnlyList<string>? pythonClasses = null,
        IReadOnlyList<string>? pythonFunctions = null,
        IReadOnlyList<string>? noRecurseDirs = null,
        IReadOnlyList<PytestSettingsProblem>? problems = null,
        IReadOnlyList<string>? addOpts = null)
    {
        ConfigFile = configFile;
        TestPaths = testPaths ?? [];
        PythonFiles = pythonFiles ?? DefaultPythonFiles;
        PythonClasses = pythonClasses ?? DefaultPythonClasses;
        PythonFunctions = pythonFunctions ?? DefaultPythonFunctions;
        NoRecurseDirs = noRecurseDirs ?? DefaultNoRecurseDirs;
        Problems = problems ?? [];
        AddOpts = addOpts ?? [];
    }

    /// <summary>Gets pytest's default <c>python_files</c>: <c>test_*.py</c> and <c>*_test.py</c>.</summary>
    public static IReadOnlyList<string> DefaultPythonFiles { get; } = ["test_*.py", "*_test.py"];

    /// <summary>Gets pytest's default <c>python_classes</c>: the prefix <c>Test</c>.</summary>
    public static IReadOnlyList<string> DefaultPythonClasses { get; } = ["Test"];

    /// <summary>Gets pytest's default <c>python_functions</c>: the prefix <c>test</c>.</summary>
    public static IReadOnlyList<string> DefaultPythonFunctions { get; } = ["test"];

    /// <summary>Gets pytest's default <c>norecursedirs</c>.</summary>
    public static IReadOnlyList<string> DefaultNoRecurseDirs { get; } =
        ["*.egg", ".*", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}"];

    /// <summary>Gets the settings of a project without pytest configuration.</summary>
    public static PytestSettings Default { get; } = new();

    /// <summary>Gets the configuration file the settings came from, relative to the project root, or <see langword="null"/>.</summary>
    public string? ConfigFile { get; }

    /// <summary>Gets the <c>testpaths</c> entries: folders or files (glob patterns allowed), relative to the project root.</summary>
    public IReadOnlyList<string> TestPaths { get; }

    /// <summary>Gets the <c>python_files</c> patterns, matched against a file's name (or, with a <c>/</c>, its path).</summary>
    public IReadOnlyList<string> PythonFiles { get; }

    /// <summary>Gets the <c>python_classes</c> entries: name prefixes, or <c>fnmatch</c> patterns when they hold glob characters.</summary>
    public IReadOnlyList<string> PythonClasses { get; }

    /// <summary>Gets the <c>python_functions</c> entries: name prefixes, or <c>fnmatch</c> patterns when they hold glob characters.</summary>
    public IReadOnlyList<string> PythonFunctions { get; }

    /// <summary>Gets the <c>norecursedirs</c> patterns: folders pytest does not descend into.</summary>
    public IReadOnlyList<string> NoRecurseDirs { get; }

    /// <summary>Gets the <c>addopts</c> words (split like a shell command line in INI files): the options every run adds, such as pytest-cov's <c>--cov</c>.</summary>
    public IReadOnlyList<string> AddOpts { get; }

    /// <summary>Gets what was wrong with the configuration; each problem's setting fell back to its default.</summary>
    public IReadOnlyList<PytestSettingsProblem> Problems { get; }

    /// <summary>Reads the settings from the configuration files in a project root.</summary>
    /// <param name="projectRoot">The project root.</param>
    /// <returns>The settings; never throws on a missing, unreadable or malformed file.</returns>
    public static PytestSettings Load(string projectRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(projectRoot);
        return PytestSettingsReader.Load(name =>
        {
            var path = Path.Combine(projectRoot, name);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        });
    }
}
