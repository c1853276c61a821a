namespace ProdReady.Semantics.Project;

/// <summary>
/// Which module each Python file of the project is, and which project module an import reaches.
/// </summary>
/// <remarks>
/// <para>
/// Paths are relative to the project root with forward slashes; <c>.py</c> and <c>.pyi</c> files take part (a stub
/// describes the same module as the <c>.py</c> beside it). Only folders that hold Python files, directly or below
/// them, are known; a folder is a regular package when it holds <c>__init__.py</c> or <c>__init__.pyi</c>.
/// </para>
/// <para>
/// <b>Source roots</b> are the configured <c>src</c> entries, in order. When the configuration is the default
/// <c>["."]</c> and the project has a <c>src</c> layout (a <c>src</c> folder that is not itself a package and holds a
/// module directly or a regular package at any depth), the roots are <c>src</c> and then <c>.</c>.
/// </para>
/// <para>
/// <b>Module names</b> follow pytest's rules for a file it imports. From the file's folder, walk up while the folder
/// is a regular package whose name is an identifier (never above the project root): the package names and the file
/// name (without <c>__init__</c>) give the dotted name, and the first folder left out is the file's <i>import
/// root</i> (pytest's <c>basedir</c>, which its default <c>prepend</c> import mode puts on <c>sys.path</c>). When the
/// import root is not itself a source root but lies below one, and every folder name from that root down to it is an
/// identifier, the name is taken from the nearest such root instead: those folders are namespace packages (PEP 420),
/// which is also how pytest names modules with <c>consider_namespace_packages</c> when the roots are on
/// <c>sys.path</c>. So <c>src/pkg/mod.py</c> is <c>pkg.mod</c>, <c>a/b/__init__.py</c> is <c>a.b</c>, and with the
/// root <c>.</c> a <c>tests/test_x.py</c> without <c>tests/__init__.py</c> is <c>tests.test_x</c>. A file whose own
/// name is not an identifier, and an <c>__init__</c> in the project root, have no module name.
/// </para>
/// <para>
/// <b>Resolution</b> of an absolute import follows Python's path finder over a search path: the source roots in
/// order, then the importing file's import root (which is how <c>import helpers</c> beside a test works under
/// pytest). For each name, every search location is tried in order: a regular package or a module found there wins
/// at once (a package folder is tried before a module file of the same name); folders without <c>__init__</c> are
/// remembered as namespace portions, and only when no location has a regular package or module do they merge into a
/// namespace package. Submodules are then searched in the package's folder, or in all portions of a namespace
/// package, in the same way.
/// </para>
/// <para>
/// The index is built once in O(files × depth); every question takes O(depth × roots).
/// </para>
/// </remarks>
public sealed class ProjectLayout
{
    private readonly Dictionary<string, LayoutDirectory> _directories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileModule> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _topLevelNames = new(StringComparer.Ordinal);
    private readonly string[] _roots;
    private readonly string _projectRoot;

    /// <summary>The answers for absolute names (no importing file), which every rule and the test map ask again and again.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ModuleInfo?> _absolute = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="ProjectLayout"/> class and builds its index.</summary>
    /// <param name="projectRoot">The project root (used to make absolute paths relative).</param>
    /// <param name="pythonFiles">Every Python file of the project, relative to the root with forward slashes; other
    /// files and paths outside the root are ignored.</param>
    /// <param name="sourceRoots">The configured source roots (<c>src</c>, default <c>["."]</c>), relative to the root.</param>
    /// <param name="workspaceMembers">
    /// The folders of a workspace's members (see <see cref="WorkspaceMembers"/>), relative to the root: with the default
    /// source roots, each member's <c>src</c> folder (or the member's own folder, when it has no <c>src</c> layout) is a
    /// source root after the root's.
    /// </param>
    public ProjectLayout(string projectRoot, IEnumerable<string> pythonFiles, IReadOnlyList<string> sourceRoots, IReadOnlyList<string>? workspaceMembers = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(projectRoot);
        ArgumentNullException.ThrowIfNull(pythonFiles);
        ArgumentNullException.ThrowIfNull(sourceRoots);
        _projectRoot = projectRoot;
        _directories[""] = new LayoutDirectory();

        var paths = new List<string>();
        foreach (var file in pythonFiles)
        {
            var path = file is null ? null : ProjectPath.Normalize(file, projectRoot);
            if (path is not null && AddFile(path))
            {
                paths.Add(path);
            }
        }

        _roots = ChooseRoots(sourceRoots, workspaceMembers ?? []);
        SourceRoots = _roots.Select(root => root.Length == 0 ? "." : root).ToArray();

        foreach (var path in paths)
        {
            var module = ComputeModule(path);
            _files[path] = module;
            if (module.ImportRootName is { } local)
            {
                _topLevelNames.Add(FirstSegment(local));
            }
        }

        foreach (var root in _roots)
        {
            if (_directories.TryGetValue(root, out var directory))
            {
                AddTopLevelNames(directory);
            }
        }
    }

    /// <summary>Gets the source roots in search order, relative to the project root (<c>.</c> is the root itself).</summary>
    public IReadOnlyList<string> SourceRoots { get; }

    /// <summary>Gets the dotted module name of a file (see the type's remarks for the rules).</summary>
    /// <param name="relativePath">A <c>.py</c> or <c>.pyi</c> file, relative to the project root.</param>
    /// <returns>The name, or <see langword="null"/> when the file cannot be imported by name.</returns>
    public string? GetModuleName(string relativePath) => Describe(relativePath)?.Name;

    /// <summary>Gets a file's import root: the first folder above it that is not a regular package (pytest's <c>basedir</c>).</summary>
    /// <param name="relativePath">A <c>.py</c> or <c>.pyi</c> file, relative to the project root.</param>
    /// <returns>The folder relative to the project root (<c>.</c> for the root), or <see langword="null"/> for a path outside the root.</returns>
    public string? GetImportRoot(string relativePath) => Describe(relativePath) is { } module
        ? (module.ImportRoot.Length == 0 ? "." : module.ImportRoot)
        : null;

    /// <summary>Finds the project module an absolute import reaches.</summary>
    /// <param name="dottedName">The absolute module name, for example <c>pkg.sub.mod</c>.</param>
    /// <param name="importingFile">The importing file, relative to the project root; its import root is searched after the source roots.</param>
    /// <returns>The module, or <see langword="null"/> when the project does not provide it.</returns>
    public ModuleInfo? Resolve(string dottedName, string? importingFile = null)
    {
        ArgumentNullException.ThrowIfNull(dottedName);
        if (importingFile is null)
        {
            // The layout does not change after it is built, so an absolute name always resolves the same way.
            return _absolute.TryGetValue(dottedName, out var known) ? known : _absolute.GetOrAdd(dottedName, name => Search(name, null));
        }

        return Search(dottedName, importingFile);
    }

    private ModuleInfo? Search(string dottedName, string? importingFile)
    {
        if (!PythonNames.IsDottedName(dottedName))
        {
            return null;
        }

        var parts = dottedName.Split('.');
        var module = Find(SearchPath(importingFile), parts[0], parts[0]);
        for (var i = 1; i < parts.Length && module is not null; i++)
        {
            var name = module.Name + "." + parts[i];
            module = module switch
            {
                // `import pkg.__init__` imports the package's __init__ file once more, as a module of that name.
                { Kind: ModuleKind.Package } when parts[i] == "__init__" => new ModuleInfo(name, ModuleKind.Module, module.Path, module.StubPath, []),
                { IsPackage: true } => Find(module.Directories, parts[i], name),
                _ => null,
            };
        }

        return module;
    }

    /// <summary>Tells whether an absolute import of a module succeeds within the project.</summary>
    /// <param name="dottedName">The absolute module name.</param>
    /// <param name="importingFile">The importing file, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <see cref="Resolve"/> finds it.</returns>
    public bool ModuleExists(string dottedName, string? importingFile = null) => Resolve(dottedName, importingFile) is not null;

    /// <summary>Lists the names that can be imported from a package: its modules, regular packages and namespace sub-packages.</summary>
    /// <param name="packageName">The absolute package name.</param>
    /// <param name="importingFile">The importing file, or <see langword="null"/>.</param>
    /// <returns>The submodule names (last part only) in ordinal order; empty when the name is not a project package.</returns>
    public IReadOnlyList<string> GetSubmodules(string packageName, string? importingFile = null)
    {
        if (Resolve(packageName, importingFile) is not { IsPackage: true } package)
        {
            return [];
        }

        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in package.Directories)
        {
            var directory = _directories[folder];
            names.UnionWith(directory.Modules.Keys.Where(name => PythonNames.IsIdentifier(name)));
            names.UnionWith(directory.Subdirectories.Where(name => PythonNames.IsIdentifier(name)));
        }

        return [.. names];
    }

    /// <summary>
    /// Resolves the module of a relative import (<c>from ..x import y</c>) to an absolute name, as
    /// <c>importlib</c> does from the importing module's package: an <c>__init__</c> file is its own package, any
    /// other module's package is its name without the last part; each level above 1 drops one more part.
    /// </summary>
    /// <param name="importingFile">The importing file, relative to the project root.</param>
    /// <param name="level">The number of leading dots (1 or more).</param>
    /// <param name="module">The module after the dots, or <see langword="null"/> for <c>from . import x</c>.</param>
    /// <returns>The absolute name, or <see langword="null"/> when the file has no package or the import goes beyond the
    /// top-level package.</returns>
    public string? ResolveRelative(string importingFile, int level, string? module)
    {
        ArgumentNullException.ThrowIfNull(importingFile);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(level);
        if (Describe(importingFile) is not { Name: { } name } file)
        {
            return null;
        }

        var package = file.IsInit ? name : (name.LastIndexOf('.') is var dot and >= 0 ? name[..dot] : "");
        if (package.Length == 0)
        {
            return null;
        }

        var parts = package.Split('.');
        if (parts.Length < level)
        {
            return null;
        }

        var baseName = string.Join('.', parts, 0, parts.Length - (level - 1));
        return string.IsNullOrEmpty(module) ? baseName : baseName + "." + module;
    }

    /// <summary>
    /// Tells whether a top-level name is provided by the project: a module file, regular package or namespace folder
    /// directly in a source root, or the first part of any file's name relative to its import root (pytest puts every
    /// test's import root on <c>sys.path</c>, so a <c>helpers.py</c> beside a test is first-party too).
    /// </summary>
    /// <param name="name">The top-level name (a dotted name is judged by its first part).</param>
    /// <returns><see langword="true"/> when the project provides the name.</returns>
    public bool IsProjectTopLevel(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _topLevelNames.Contains(FirstSegment(name));
    }

    private static string FirstSegment(string name) => name.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? name[..dot] : name;

    private static bool TrySplitModuleFile(string path, out string folder, out string stem, out bool isStub)
    {
        folder = ProjectPath.Parent(path);
        var name = ProjectPath.Name(path);
        isStub = name.EndsWith(".pyi", StringComparison.Ordinal);
        var extension = isStub ? 4 : name.EndsWith(".py", StringComparison.Ordinal) ? 3 : 0;
        stem = extension == 0 ? "" : name[..^extension];
        return stem.Length > 0;
    }

    private bool AddFile(string path)
    {
        if (!TrySplitModuleFile(path, out var folder, out var stem, out var isStub))
        {
            return false;
        }

        var directory = GetOrAddDirectory(folder);
        if (stem == "__init__")
        {
            directory.Init = isStub ? directory.Init with { Stub = path } : directory.Init with { Source = path };
        }
        else
        {
            var files = directory.Modules.GetValueOrDefault(stem);
            directory.Modules[stem] = isStub ? files with { Stub = path } : files with { Source = path };
        }

        return true;
    }

    private LayoutDirectory GetOrAddDirectory(string folder)
    {
        if (_directories.TryGetValue(folder, out var existing))
        {
            return existing;
        }

        var directory = new LayoutDirectory();
        _directories.Add(folder, directory);
        GetOrAddDirectory(ProjectPath.Parent(folder)).Subdirectories.Add(ProjectPath.Name(folder));
        return directory;
    }

    private string[] ChooseRoots(IReadOnlyList<string> sourceRoots, IReadOnlyList<string> workspaceMembers)
    {
        var roots = new List<string>();
        foreach (var root in sourceRoots)
        {
            var normalized = root is null ? null : ProjectPath.Normalize(root, _projectRoot);
            if (normalized is not null && !roots.Contains(normalized))
            {
                roots.Add(normalized);
            }
        }

        if (roots is not [""])
        {
            // Configured roots are taken as they are.
            return [.. roots];
        }

        if (HasSrcLayout("src"))
        {
            roots.Insert(0, "src");
        }

        foreach (var member in workspaceMembers)
        {
            var normalized = ProjectPath.Normalize(member, _projectRoot);
            if (normalized is { Length: > 0 })
            {
                var root = HasSrcLayout(normalized + "/src") ? normalized + "/src" : normalized;
                if (!roots.Contains(root))
                {
                    roots.Add(root);
                }
            }
        }

        return [.. roots];
    }

    /// <summary>Whether a folder named <c>src</c> is a source root: no package itself, it holds a module or a package.</summary>
    private bool HasSrcLayout(string src)
    {
        if (!_directories.TryGetValue(src, out var directory) || directory.HasInit)
        {
            return false;
        }

        if (directory.Modules.Count > 0)
        {
            return true;
        }

        foreach (var (folder, below) in _directories)
        {
            if (below.HasInit && ProjectPath.IsWithin(folder, src))
            {
                return true;
            }
        }

        return false;
    }

    private void AddTopLevelNames(LayoutDirectory directory)
    {
        foreach (var name in directory.Modules.Keys)
        {
            if (PythonNames.IsIdentifier(name))
            {
                _topLevelNames.Add(name);
            }
        }

        foreach (var name in directory.Subdirectories)
        {
            if (PythonNames.IsIdentifier(name))
            {
                _topLevelNames.Add(name);
            }
        }
    }

    private FileModule? Describe(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = ProjectPath.Normalize(relativePath, _projectRoot);
        if (path is null)
        {
            return null;
        }

        return _files.TryGetValue(path, out var known) ? known : ComputeModule(path);
    }

    /// <summary>Applies the naming rules of the type's remarks to one file.</summary>
    private FileModule ComputeModule(string path)
    {
        var isModuleFile = TrySplitModuleFile(path, out var folder, out var stem, out _);
        var isInit = isModuleFile && stem == "__init__";
        var parts = new List<string>();
        if (isModuleFile && !isInit)
        {
            parts.Add(stem);
        }

        var importRoot = folder;
        while (importRoot.Length > 0
            && _directories.TryGetValue(importRoot, out var directory)
            && directory.HasInit
            && PythonNames.IsIdentifier(ProjectPath.Name(importRoot)))
        {
            parts.Add(ProjectPath.Name(importRoot));
            importRoot = ProjectPath.Parent(importRoot);
        }

        parts.Reverse();
        var valid = isModuleFile && parts.Count > 0 && PythonNames.IsIdentifier(parts[^1]);
        var localName = valid ? string.Join('.', parts) : null;
        var name = localName;
        if (valid && Array.IndexOf(_roots, importRoot) < 0 && NearestEnclosingRoot(importRoot) is { } root)
        {
            var between = importRoot[(root.Length == 0 ? 0 : root.Length + 1)..].Split('/');
            if (between.All(segment => PythonNames.IsIdentifier(segment)))
            {
                name = string.Join('.', between) + "." + localName;
            }
        }

        return new FileModule(name, localName, importRoot, isInit);
    }

    private string? NearestEnclosingRoot(string folder)
    {
        string? best = null;
        foreach (var root in _roots)
        {
            if (root != folder && ProjectPath.IsWithin(folder, root) && (best is null || root.Length > best.Length))
            {
                best = root;
            }
        }

        return best;
    }

    private List<string> SearchPath(string? importingFile)
    {
        var locations = new List<string>(_roots);
        if (importingFile is not null && Describe(importingFile) is { } file && !locations.Contains(file.ImportRoot))
        {
            locations.Add(file.ImportRoot);
        }

        return locations;
    }

    /// <summary>Python's path finder for one name over a list of folders.</summary>
    private ModuleInfo? Find(IReadOnlyList<string> locations, string name, string qualifiedName)
    {
        List<string>? portions = null;
        foreach (var location in locations)
        {
            if (!_directories.TryGetValue(location, out var parent))
            {
                continue;
            }

            var folder = ProjectPath.Join(location, name);
            if (parent.Subdirectories.Contains(name))
            {
                var directory = _directories[folder];
                if (directory.HasInit)
                {
                    return new ModuleInfo(qualifiedName, ModuleKind.Package, directory.Init.Primary, directory.Init.Stub, [folder]);
                }
            }

            if (parent.Modules.TryGetValue(name, out var files))
            {
                return new ModuleInfo(qualifiedName, ModuleKind.Module, files.Primary, files.Stub, []);
            }

            if (parent.Subdirectories.Contains(name))
            {
                (portions ??= []).Add(folder);
            }
        }

        return portions is null ? null : new ModuleInfo(qualifiedName, ModuleKind.NamespacePackage, null, null, portions);
    }

    /// <summary>What the index knows of one file.</summary>
    /// <param name="Name">Its module name, or <see langword="null"/>.</param>
    /// <param name="ImportRootName">Its name relative to its import root, or <see langword="null"/>.</param>
    /// <param name="ImportRoot">Its import root (the empty string for the project root).</param>
    /// <param name="IsInit">Whether it is a package's <c>__init__</c>.</param>
    private sealed record FileModule(string? Name, string? ImportRootName, string ImportRoot, bool IsInit);
}
