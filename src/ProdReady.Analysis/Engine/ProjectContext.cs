using ProdReady.Semantics.Environment;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Model;
using ProdReady.Semantics.Project;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// What the rules know about the project around a file: the target Python version, which module each file is,
/// which files are test code, the declared dependencies, and the summaries of other modules (through
/// <see cref="Index"/>). One instance serves a whole run and is safe to share between threads.
/// </summary>
public sealed class ProjectContext
{
    private readonly Func<string, bool> _isBuiltin;

    /// <summary>Initializes a new instance of the <see cref="ProjectContext"/> class.</summary>
    /// <param name="targetVersion">The Python version the project targets.</param>
    /// <param name="layout">Which module each file is, or <see langword="null"/> when unknown (a module is then named after its file).</param>
    /// <param name="tests">Which files are test code, or <see langword="null"/> for pytest's defaults.</param>
    /// <param name="dependencies">The declared dependencies, or <see langword="null"/> when they were not read.</param>
    /// <param name="index">Summaries of the project's modules, or <see langword="null"/> when cross-file facts are unavailable.</param>
    public ProjectContext(PythonVersion targetVersion, ProjectLayout? layout = null, TestCodeClassifier? tests = null, ImportAvailability? dependencies = null, ProjectIndex? index = null)
    {
        TargetVersion = targetVersion;
        Layout = layout;
        Tests = tests ?? new TestCodeClassifier(PytestSettings.Default, ["tests"]);
        Dependencies = dependencies;
        Index = index;
        var builtins = StandardLibrary.Builtins(targetVersion);
        _isBuiltin = builtins.Contains;
    }

    /// <summary>Gets a context with pytest's defaults, the latest Python version and no project facts.</summary>
    public static ProjectContext Default { get; } = new(PythonVersion.Latest);

    /// <summary>Gets the Python version the project targets.</summary>
    public PythonVersion TargetVersion { get; }

    /// <summary>Gets which module each file is, or <see langword="null"/> when unknown.</summary>
    public ProjectLayout? Layout { get; }

    /// <summary>Gets which files are test code.</summary>
    public TestCodeClassifier Tests { get; }

    /// <summary>Gets the declared dependencies, or <see langword="null"/> when they were not read.</summary>
    public ImportAvailability? Dependencies { get; }

    /// <summary>Gets the summaries of the project's modules, or <see langword="null"/>.</summary>
    public ProjectIndex? Index { get; }

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
