using ProdReady.Analysis.Docstrings;
using ProdReady.Semantics.Environment;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Model;
using ProdReady.Semantics.Project;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// What the rules know about the project around a file: the target Python version, which module each file is,
/// which files are test code, the declared dependencies, and the summaries of other modules (through
/// <see cref="Index"/>). One instance serves a whole run and is safe to share between threads.
/// </summary>
public sealed class ProjectContext
{
    private readonly Func<string, bool> _isBuiltin;
    private readonly Lazy<ImportAvailability>? _dependencies;
    private readonly HashSet<string> _pathNames = new(StringComparer.Ordinal);
    private readonly string? _root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _nestedProject = new(StringComparer.Ordinal);
    private readonly List<string> _pythonFiles = [];
    private readonly Lazy<TestMap?> _testMap;
    private readonly Lazy<TypeCheckedFiles> _typeChecked;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<StubSignatures?>> _stubs = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="ProjectContext"/> class.</summary>
    /// <param name="targetVersion">The Python version the project targets.</param>
    /// <param name="layout">Which module each file is, or <see langword="null"/> when unknown (a module is then named after its file).</param>
    /// <param name="tests">Which files are test code, or <see langword="null"/> for pytest's defaults.</param>
    /// <param name="dependencies">The declared dependencies, read on first use (only third-party imports need them), or <see langword="null"/> when they are not to be read.</param>
    /// <param name="index">Summaries of the project's modules, or <see langword="null"/> when cross-file facts are unavailable.</param>
    /// <param name="root">The project root on disk, or <see langword="null"/> when the files are not on disk.</param>
    /// <param name="pythonFiles">Every Python file of the project, relative to the root.</param>
    public ProjectContext(PythonVersion targetVersion, ProjectLayout? layout = null, TestCodeClassifier? tests = null, Lazy<ImportAvailability>? dependencies = null, ProjectIndex? index = null, string? root = null, IEnumerable<string>? pythonFiles = null)
    {
        _root = root;
        foreach (var file in pythonFiles ?? [])
        {
            _pythonFiles.Add(file);
            var parts = file.Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                var part = i == parts.Length - 1 ? Path.GetFileNameWithoutExtension(parts[i]) : parts[i];
                _pathNames.Add(part);
            }
        }

        TargetVersion = targetVersion;
        Layout = layout;
        Tests = tests ?? new TestCodeClassifier(PytestSettings.Default, ["tests"]);
        _dependencies = dependencies;
        Index = index;
        var builtins = StandardLibrary.Builtins(targetVersion);
        _isBuiltin = builtins.Contains;
        _testMap = new Lazy<TestMap?>(() => MapTests(TestMapFocus), LazyThreadSafetyMode.ExecutionAndPublication);
        _typeChecked = new Lazy<TypeCheckedFiles>(() => root is null ? TypeCheckedFiles.None : TypeCheckedFiles.Load(root), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets a context with pytest's defaults, the latest Python version and no project facts.</summary>
    public static ProjectContext Default { get; } = new(PythonVersion.Latest);

    /// <summary>
    /// Gets the files whose units the test map is asked about (the files of a change), or <see langword="null"/> for the
    /// whole map; with a focus the map links only those files' units, and skips the code that cannot lead to them.
    /// </summary>
    public IReadOnlyCollection<string>? TestMapFocus { get; init; }

    /// <summary>
    /// Gets what the test map keeps between runs, or <see langword="null"/> when nothing is kept: with it, the map of a
    /// change follows only the tests that can reach the change.
    /// </summary>
    public TestMapStore? TestMapStore { get; init; }

    /// <summary>
    /// Gets the files the project measures with coverage.py: the code it expects its tests to exercise (every file unless
    /// the project's coverage configuration is given, see <see cref="CoverageScope.Load"/>).
    /// </summary>
    public CoverageScope Coverage { get; init; } = CoverageScope.Everything;

    /// <summary>Gets how the docstring rules read the project (convention, inheritance of overridden docstrings).</summary>
    public DocstringSettings Docstrings { get; init; } = DocstringSettings.Default;

    /// <summary>Gets the Python version the project targets.</summary>
    public PythonVersion TargetVersion { get; }

    /// <summary>Gets which module each file is, or <see langword="null"/> when unknown.</summary>
    public ProjectLayout? Layout { get; }

    /// <summary>Gets which files are test code.</summary>
    public TestCodeClassifier Tests { get; }

    /// <summary>Gets the declared dependencies, or <see langword="null"/> when they were not read.</summary>
    public ImportAvailability? Dependencies => _dependencies?.Value;

    /// <summary>Gets the summaries of the project's modules, or <see langword="null"/>.</summary>
    public ProjectIndex? Index { get; }

    /// <summary>Gets every Python file of the project, relative to the root.</summary>
    public IReadOnlyList<string> PythonFiles => _pythonFiles;

    /// <summary>
    /// Gets the test map of the project (which tests exercise which units), built on first use from the module
    /// summaries of <see cref="Index"/>; <see langword="null"/> without an index.
    /// </summary>
    public TestMap? TestMap => _testMap.Value;

    /// <summary>Tells whether some file or folder of the project carries a name (a first-party module the layout may not place).</summary>
    /// <param name="name">A top-level module name.</param>
    /// <returns><see langword="true"/> when a path segment of a project file is that name.</returns>
    public bool HasFileOrFolderNamed(string name) => _pathNames.Contains(name);

    /// <summary>
    /// Tells whether a file is read only by the project's type checkers: test code that pytest does not collect (not a
    /// test module, not a <c>conftest.py</c>) and that mypy's <c>files</c> or pyright's <c>include</c> names, such as a
    /// type test (<c>tests/typing/typing_options.py</c>). Such a file is never run, and the checkers resolve
    /// <c>typing_extensions</c> from the stubs they ship.
    /// </summary>
    /// <param name="path">The file, relative to the root.</param>
    /// <param name="isTestCode">Whether the file is test code.</param>
    /// <returns><see langword="true"/> when only type checkers read the file.</returns>
    public bool IsTypeCheckedOnly(string path, bool isTestCode)
    {
        ArgumentNullException.ThrowIfNull(path);
        return isTestCode && !Tests.IsTestModule(path) && Path.GetFileName(path) != "conftest.py" && _typeChecked.Value.Covers(path);
    }

    /// <summary>
    /// Tells whether a file's third-party imports are judged against the root's declared dependencies: test code, and
    /// files in a regular package (a folder with <c>__init__.py</c>), unless a nested <c>pyproject.toml</c> between
    /// the file and the root declares a project of its own.
    /// </summary>
    /// <param name="path">The file, relative to the root.</param>
    /// <param name="isTestCode">Whether the file is test code.</param>
    /// <returns><see langword="true"/> when the root's declarations describe the file.</returns>
    public bool IsJudgedForDependencies(string path, bool isTestCode)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Path.GetDirectoryName(path)?.Replace('\\', '/') ?? string.Empty;
        if (_root is not null && InNestedProject(folder))
        {
            return false;
        }

        if (isTestCode)
        {
            return true;
        }

        return folder.Length > 0 && _root is not null && File.Exists(Path.Combine(_root, folder, "__init__.py"));
    }

    /// <summary>
    /// Builds a test map focused on some files, apart from <see cref="TestMap"/>: it links only those files' units,
    /// exactly as the whole map would, and follows only the code that can lead to them.
    /// </summary>
    /// <param name="focus">The files whose units are asked about, relative to the root.</param>
    /// <returns>The map; <see langword="null"/> without an index.</returns>
    public TestMap? BuildTestMap(IReadOnlyCollection<string> focus)
    {
        ArgumentNullException.ThrowIfNull(focus);
        return MapTests(focus);
    }

    private TestMap? MapTests(IReadOnlyCollection<string>? focus)
    {
        if (Index is null)
        {
            return null;
        }

        return TestMap.Build(Index, Tests, _pythonFiles, plugin =>
        {
            if (_dependencies?.Value.Dependencies is not { DeclaresAny: true } declared)
            {
                return null;
            }

            return declared.Runtime.Contains(plugin) || declared.Development.Contains(plugin);
        },
        focus,
        TestMapStore);
    }

    private bool InNestedProject(string folder) => folder.Length > 0 && _nestedProject.GetOrAdd(folder, key =>
        File.Exists(Path.Combine(_root!, key, "pyproject.toml")) || File.Exists(Path.Combine(_root!, key, "setup.py"))
        || InNestedProject(Path.GetDirectoryName(key)?.Replace('\\', '/') ?? string.Empty));

    /// <summary>Gets a value indicating whether <c>*args: Any</c> and <c>**kwargs: Any</c> are accepted (<c>allow-star-arg-any</c>, default false).</summary>
    public bool AllowStarArgAny { get; init; }

    /// <summary>
    /// Returns the signatures of the type stub beside a module (<c>pkg/mod.pyi</c> for <c>pkg/mod.py</c>), read and
    /// parsed once per run, or <see langword="null"/> when there is none or it cannot be read.
    /// </summary>
    /// <param name="path">The module's path relative to the project root.</param>
    /// <returns>The stub's signatures.</returns>
    public StubSignatures? StubFor(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_root is null || !path.EndsWith(".py", StringComparison.Ordinal))
        {
            return null;
        }

        return _stubs.GetOrAdd(path, key => new Lazy<StubSignatures?>(() => ReadStub(key + "i"), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private StubSignatures? ReadStub(string stubPath)
    {
        var full = Path.Combine(_root!, stubPath);
        byte[] bytes;
        try
        {
            if (!File.Exists(full))
            {
                return null;
            }

            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable stub annotates nothing: the module is judged on its own annotations.
            return null;
        }

        return Python.Text.PythonSourceDecoder.Decode(bytes, stubPath).Text is { } text
            ? StubSignatures.From(Python.PythonParser.Parse(text))
            : null;
    }

    /// <summary>Returns the options the semantic model of a file is built with.</summary>
    /// <param name="path">The file's path relative to the project root.</param>
    /// <returns>The options.</returns>
    public SemanticOptions OptionsFor(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var isPackage = path.EndsWith("/__init__.py", StringComparison.Ordinal) || path.EndsWith("/__init__.pyi", StringComparison.Ordinal)
            || path is "__init__.py" or "__init__.pyi";
        return new SemanticOptions
        {
            ModuleName = Layout?.GetModuleName(path),
            IsPackage = isPackage,
            IsStub = path.EndsWith(".pyi", StringComparison.OrdinalIgnoreCase),
            IsBuiltin = _isBuiltin,
            IsModuleGlobal = StandardLibrary.IsModuleGlobal,
        };
    }
}
