using System.Collections.Frozen;

namespace ProdReady.Semantics.Environment;

/// <summary>
/// What CPython 3.6-3.13 ships: standard-library modules (submodules included), the names of
/// <c>builtins</c>, and the names every module's namespace starts with. Answers come from tables
/// generated from the interpreters themselves (<c>tools/generate_python_tables.py</c>), read once on
/// first use; a version outside 3.6-3.13 is answered as the nearest covered one.
/// </summary>
public static class StandardLibrary
{
    private static readonly Lazy<VersionedNameTable> s_modules = new(() => EmbeddedData.Load(EmbeddedData.StdlibModules, VersionedNameTable.Parse));
    private static readonly Lazy<VersionedNameTable> s_builtins = new(() => EmbeddedData.Load(EmbeddedData.Builtins, VersionedNameTable.Parse));
    private static readonly Lazy<FrozenDictionary<string, string>> s_qualifiedBuiltins = new(() => s_builtins.Value.AllNames.ToFrozenDictionary(name => name, name => "builtins." + name, StringComparer.Ordinal));
    private static readonly Lazy<(FrozenSet<string> Module, FrozenSet<string> Package)> s_moduleGlobals = new(() => EmbeddedData.Load(EmbeddedData.ModuleGlobals, ParseModuleGlobals));

    /// <summary>Whether a module or package, top-level or dotted (<c>os.path</c>, <c>asyncio.taskgroups</c>), is in the standard library of a version.</summary>
    /// <param name="dottedName">The module's full name.</param>
    /// <param name="version">The Python version.</param>
    /// <returns>Whether the version ships it.</returns>
    public static bool IsModule(string dottedName, PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(dottedName);
        return s_modules.Value.Contains(dottedName, version);
    }

    /// <summary>Whether a top-level name (no dots) is a standard-library module or package of a version.</summary>
    /// <param name="name">The name.</param>
    /// <param name="version">The Python version.</param>
    /// <returns>Whether the version ships it as a top-level module.</returns>
    public static bool IsTopLevelModule(string name, PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(name);
        return !name.Contains('.', StringComparison.Ordinal) && s_modules.Value.Contains(name, version);
    }

    /// <summary>The first and last version (of 3.6-3.13) whose standard library has a module, for messages such as "new in 3.11".</summary>
    /// <param name="dottedName">The module's full name.</param>
    /// <param name="first">The first version that ships it.</param>
    /// <param name="last">The last version that ships it.</param>
    /// <returns>Whether any covered version ships it.</returns>
    public static bool TryGetModuleVersions(string dottedName, out PythonVersion first, out PythonVersion last)
    {
        ArgumentNullException.ThrowIfNull(dottedName);
        return s_modules.Value.TryGetSpan(dottedName, out first, out last);
    }

    /// <summary>Whether a name is an attribute of the <c>builtins</c> module in a version (<c>print</c>, <c>aiter</c> from 3.10, <c>__debug__</c>), Windows' <c>WindowsError</c> included.</summary>
    /// <param name="name">The name.</param>
    /// <param name="version">The Python version.</param>
    /// <returns>Whether the name is built in.</returns>
    public static bool IsBuiltin(string name, PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_builtins.Value.Contains(name, version);
    }

    /// <summary>The first and last version (of 3.6-3.13) whose <c>builtins</c> has a name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="first">The first version that has it.</param>
    /// <param name="last">The last version that has it.</param>
    /// <returns>Whether any covered version has it.</returns>
    public static bool TryGetBuiltinVersions(string name, out PythonVersion first, out PythonVersion last)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_builtins.Value.TryGetSpan(name, out first, out last);
    }

    /// <summary>
    /// The qualified name of a builtin (<c>builtins.len</c> for <c>len</c>): the same string every time for the names of
    /// every covered version, so that resolving a builtin allocates nothing.
    /// </summary>
    /// <param name="name">The builtin's name.</param>
    /// <returns><c>builtins.</c> and the name.</returns>
    public static string QualifiedBuiltin(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_qualifiedBuiltins.Value.TryGetValue(name, out var qualified) ? qualified : "builtins." + name;
    }

    /// <summary>Every name of <c>builtins</c> in a version.</summary>
    /// <param name="version">The Python version.</param>
    /// <returns>The names (an immutable set).</returns>
    public static IReadOnlySet<string> Builtins(PythonVersion version) => s_builtins.Value.Names(version);

    /// <summary>
    /// Whether a name is bound in a module's namespace before its first statement runs: <c>__name__</c>,
    /// <c>__file__</c>, <c>__doc__</c>, <c>__package__</c>, <c>__spec__</c>, <c>__loader__</c>,
    /// <c>__cached__</c>, <c>__builtins__</c>, <c>__annotations__</c>, and <c>__path__</c> in a package's <c>__init__</c>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="isPackageInit">Whether the module is a package's <c>__init__.py</c>.</param>
    /// <returns>Whether the name is predefined.</returns>
    public static bool IsModuleGlobal(string name, bool isPackageInit)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (module, package) = s_moduleGlobals.Value;
        return module.Contains(name) || (isPackageInit && package.Contains(name));
    }

    private static (FrozenSet<string> Module, FrozenSet<string> Package) ParseModuleGlobals(TextReader reader, string name)
    {
        var module = new List<string>();
        var package = new List<string>();
        foreach (var (number, fields) in EmbeddedData.Records(reader))
        {
            var target = fields.Length != 2 ? null : fields[1] switch
            {
                "module" => module,
                "package" => package,
                _ => null,
            };
            if (target is null)
            {
                throw new InvalidOperationException($"{name}:{number}: expected name<TAB>module|package");
            }

            target.Add(fields[0]);
        }

        return (module.ToFrozenSet(StringComparer.Ordinal), package.ToFrozenSet(StringComparer.Ordinal));
    }
}
