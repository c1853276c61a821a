using System.Collections.Frozen;

namespace ProdReady.Semantics.Environment;

/// <summary>
/// Which third-party modules a project can import and why: built from its <see cref="DeclaredDependencies"/>,
/// the curated distribution table (<c>Data/distributions.tsv</c>) and, when there is one, its virtual
/// environment, whose installed metadata says exactly which modules each distribution installed. Ask only
/// about modules that are neither standard library nor the project's own.
/// </summary>
public sealed class ImportAvailability
{
    private readonly DistributionTable _table;
    private readonly FrozenDictionary<string, DependencyVerdict> _byModule;
    private readonly FrozenDictionary<string, DependencyVerdict> _byParent;

    /// <summary>Builds the availability of a project's imports.</summary>
    /// <param name="dependencies">The project's declarations.</param>
    /// <param name="virtualEnvironment">
    /// A virtual environment to read (such as the value of <c>VIRTUAL_ENV</c>, which the caller passes in), or
    /// <see langword="null"/> for <c>.venv</c> or <c>venv</c> in the project root, if either exists.
    /// </param>
    public ImportAvailability(DeclaredDependencies dependencies, string? virtualEnvironment = null)
        : this(dependencies, virtualEnvironment, DistributionTable.Default)
    {
    }

    internal ImportAvailability(DeclaredDependencies dependencies, string? virtualEnvironment, DistributionTable table)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        _table = table;
        Dependencies = dependencies;
        var problems = new List<string>();
        var environment = VirtualEnvironment.Find(dependencies.Root, virtualEnvironment);
        VirtualEnvironmentPath = environment;
        var installed = environment is null ? [] : VirtualEnvironment.Read(environment, problems);
        Problems = problems;

        var installedByName = new Dictionary<string, InstalledDistribution>(StringComparer.Ordinal);
        foreach (var distribution in installed)
        {
            installedByName.TryAdd(DistributionName.Normalize(distribution.Name), distribution);
        }

        InstalledDistributions = installedByName.Keys.ToFrozenSet(StringComparer.Ordinal);

        // Later additions never replace earlier ones, so runtime beats development beats installed-only.
        var byModule = new Dictionary<string, DependencyVerdict>(StringComparer.Ordinal);
        var byParent = new Dictionary<string, DependencyVerdict>(StringComparer.Ordinal);
        foreach (var (names, status) in (ReadOnlySpan<(IReadOnlySet<string>, DependencyStatus)>)[
            (dependencies.Runtime, DependencyStatus.Runtime), (dependencies.Development, DependencyStatus.Development)])
        {
            foreach (var name in names.Order(StringComparer.Ordinal))
            {
                var display = dependencies.DeclaredName(name) ?? name;
                var modules = installedByName.TryGetValue(name, out var found) && found.ImportNames.Count > 0
                    ? found.ImportNames
                    : _table.ImportNames(display);
                Register(byModule, byParent, modules, new DependencyVerdict(status, display));
            }
        }

        foreach (var distribution in installed)
        {
            Register(byModule, byParent, distribution.ImportNames, new DependencyVerdict(DependencyStatus.InstalledUndeclared, distribution.Name));
        }

        _byModule = byModule.ToFrozenDictionary(StringComparer.Ordinal);
        _byParent = byParent.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the declarations this was built from.</summary>
    public DeclaredDependencies Dependencies { get; }

    /// <summary>Gets the virtual environment that was read, or <see langword="null"/> when there was none.</summary>
    public string? VirtualEnvironmentPath { get; }

    /// <summary>Gets the normalised names of the distributions installed in the virtual environment.</summary>
    public IReadOnlySet<string> InstalledDistributions { get; }

    /// <summary>Gets what could not be read in the virtual environment, each as <c>file: reason</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>
    /// How a module is provided: by a runtime dependency, a development-only one, only the virtual
    /// environment, or nothing. A dotted name is matched through its parents (<c>google.protobuf.message</c>
    /// is provided by <c>protobuf</c>), and a namespace parent by any distribution inside it
    /// (<c>google</c> by <c>google-cloud-storage</c>).
    /// </summary>
    /// <param name="importName">The imported module: top-level (<c>yaml</c>) or dotted.</param>
    /// <returns>The verdict; for an undeclared module, the distribution to suggest.</returns>
    public DependencyVerdict Classify(string importName)
    {
        ArgumentException.ThrowIfNullOrEmpty(importName);
        for (var name = importName; name.Length > 0; name = Parent(name))
        {
            if (_byModule.TryGetValue(name, out var verdict))
            {
                return verdict;
            }
        }

        return _byParent.TryGetValue(importName, out var parent)
            ? parent
            : new DependencyVerdict(DependencyStatus.Undeclared, SuggestDistribution(importName));
    }

    /// <summary>
    /// The distribution that provides a module, to name in a message: the one installed in the virtual
    /// environment, else the curated table's (<c>yaml</c>: <c>PyYAML</c>, <c>sklearn</c>: <c>scikit-learn</c>),
    /// else the module's top-level name.
    /// </summary>
    /// <param name="importName">The imported module: top-level or dotted.</param>
    /// <returns>The distribution name.</returns>
    public string SuggestDistribution(string importName)
    {
        ArgumentException.ThrowIfNullOrEmpty(importName);
        for (var name = importName; name.Length > 0; name = Parent(name))
        {
            if (_byModule.TryGetValue(name, out var verdict) && verdict.Status == DependencyStatus.InstalledUndeclared)
            {
                return verdict.Distribution;
            }
        }

        return _table.DistributionFor(importName) ?? importName.Split('.')[0];
    }

    private static void Register(
        Dictionary<string, DependencyVerdict> byModule,
        Dictionary<string, DependencyVerdict> byParent,
        IReadOnlyList<string> modules,
        DependencyVerdict verdict)
    {
        foreach (var module in modules)
        {
            byModule.TryAdd(module, verdict);
            for (var parent = Parent(module); parent.Length > 0; parent = Parent(parent))
            {
                byParent.TryAdd(parent, verdict);
            }
        }
    }

    private static string Parent(string dotted)
    {
        var dot = dotted.LastIndexOf('.');
        return dot < 0 ? "" : dotted[..dot];
    }
}
