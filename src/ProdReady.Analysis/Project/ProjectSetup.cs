using ProdReady.Analysis.Configuration;
using ProdReady.Semantics.Environment;
using ProdReady.Semantics.Project;

namespace ProdReady.Analysis.Project;

/// <summary>
/// What a project context takes from the tree alone, read by <see cref="ProjectContextFactory.Prepare"/>: the root,
/// the configuration, the declared dependencies, the target version, pytest's settings and the module layout.
/// Not changed once read (its layout caches lookups in a concurrent table), so it may be read on one thread and used on another.
/// </summary>
public sealed class ProjectSetup
{
    internal ProjectSetup(
        string root,
        ProdReadyConfiguration configuration,
        DateTime runStart,
        DeclaredDependencies dependencies,
        PythonVersion version,
        PytestSettings pytest,
        IReadOnlyList<string> files,
        ProjectLayout layout)
    {
        Root = root;
        Configuration = configuration;
        RunStart = runStart;
        Dependencies = dependencies;
        Version = version;
        Pytest = pytest;
        Files = files;
        Layout = layout;
    }

    /// <summary>Gets the project root.</summary>
    public string Root { get; }

    /// <summary>Gets the configuration.</summary>
    public ProdReadyConfiguration Configuration { get; }

    /// <summary>Gets the project's Python files, relative to <see cref="Root"/>.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Gets when the setup was read (UTC): files written after it are not trusted by their stamps.</summary>
    internal DateTime RunStart { get; }

    internal DeclaredDependencies Dependencies { get; }

    internal PythonVersion Version { get; }

    internal PytestSettings Pytest { get; }

    internal ProjectLayout Layout { get; }

    /// <summary>Gets the folders of the workspace's members (see <see cref="Semantics.Project.WorkspaceMembers"/>), relative to <see cref="Root"/>.</summary>
    internal IReadOnlyList<string> WorkspaceMembers { get; init; } = [];

    /// <summary>The test map's store made while the setup was prepared, reading its record ahead; <see langword="null"/> when not asked for or taken.</summary>
    private Semantics.TestMapping.TestMapStore? _testMapStore;

    /// <summary>Gets the test map's store made while the setup was prepared, reading its record ahead; <see langword="null"/> when not asked for.</summary>
    internal Semantics.TestMapping.TestMapStore? TestMapStore { get => _testMapStore; init => _testMapStore = value; }

    /// <summary>
    /// Takes the store read ahead, once: the context that takes it sets whether it writes, and a second context made from
    /// the same setup makes a store of its own rather than change the first one's.
    /// </summary>
    /// <returns>The store, or <see langword="null"/> when none was made or it was taken.</returns>
    internal Semantics.TestMapping.TestMapStore? TakeTestMapStore() => Interlocked.Exchange(ref _testMapStore, null);
}
