using System.Text;
using System.Text.RegularExpressions;
using ProdReady.Core.Paths;
using ProdReady.Semantics.Configuration;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Semantics.Project;

/// <summary>
/// The files the project measures with coverage.py, read from its configuration the way coverage.py (7.x) and pytest-cov
/// read it: the code the project expects its tests to exercise. A file outside it (an example, a script, a task file, a
/// benchmark) is code the project chose not to measure.
/// </summary>
/// <remarks>
/// <para>
/// The configuration file is pytest-cov's <c>--cov-config</c> when the pytest settings' <c>addopts</c> give one (read
/// whole, sections <c>[run]</c> or <c>[coverage:run]</c>); otherwise the first of <c>.coveragerc</c> (read whole),
/// <c>setup.cfg</c> and <c>tox.ini</c> with a <c>[coverage:...]</c> setting, and <c>pyproject.toml</c> with a
/// <c>[tool.coverage...]</c> setting. Values of INI files are lists separated by commas and newlines (the exclusion
/// expressions by newlines only).
/// </para>
/// <para>
/// What is measured: with <c>source</c> (existing folders, else importable names), <c>source_pkgs</c> (importable names)
/// or <c>source_dirs</c> (folders), or pytest-cov's <c>--cov=SOURCE</c> (which replaces <c>source</c> unless a bare
/// <c>--cov</c> is given too), the files under those folders and the files of those packages and modules; otherwise, with
/// <c>[run] include</c>, the files those patterns match; otherwise every file. Then
/// the files <c>[run] omit</c> matches are left out, and the report keeps only what <c>[report] include</c> matches and
/// leaves out what <c>[report] omit</c> matches. Patterns follow coverage.py's file patterns: <c>*</c> and <c>?</c> stay
/// within a folder name, <c>**</c> spans folders, a leading <c>*/</c> and a trailing <c>/*</c> span folders too, a pattern
/// without a <c>/</c> matches a name at any depth, and one that does not start with a wildcard is also tried relative to
/// the project root.
/// </para>
/// <para>
/// What cannot be told statically is not guessed: when a source names neither a folder nor a module the project layout
/// finds, the sources restrict nothing; a pattern that cannot be read matches nothing (a list of none restricts nothing);
/// an unreadable or malformed file, or a <c>--cov-config</c> outside the root, counts as no configuration. Environment
/// variables (<c>COVERAGE_RCFILE</c>, <c>$VAR</c> in values) and options given on the command line of a CI job are not seen.
/// </para>
/// </remarks>
public sealed class CoverageScope
{
    private readonly string[] _folders;
    private readonly string[] _files;
    private readonly Regex? _runInclude;
    private readonly Regex? _runOmit;
    private readonly Regex? _reportInclude;
    private readonly Regex? _reportOmit;
    private readonly string _root;

    private CoverageScope(string? configFile, string root, string[] folders, string[] files, Regex? runInclude, Regex? runOmit, Regex? reportInclude, Regex? reportOmit, IReadOnlyList<string>? exclusions = null)
    {
        ConfigFile = configFile;
        ExclusionPatterns = exclusions;
        _root = root;
        _folders = folders;
        _files = files;
        _runInclude = runInclude;
        _runOmit = runOmit;
        _reportInclude = reportInclude;
        _reportOmit = reportOmit;
    }

    /// <summary>The keys of <c>[run]</c> and <c>[report]</c> the scope reads.</summary>
    private static readonly string[] s_keys = ["source", "source_pkgs", "source_dirs", "include", "omit", "exclude_lines", "exclude_also"];

    /// <summary>Gets the scope of a project without coverage configuration: every file.</summary>
    public static CoverageScope Everything { get; } = new(null, "/", [], [], null, null, null, null);

    /// <summary>Gets the configuration file the scope was read from, relative to the root, or <see langword="null"/>.</summary>
    public string? ConfigFile { get; }

    /// <summary>
    /// Gets the regular expressions (Python's) whose lines coverage.py excludes when the project sets its own
    /// (<c>[report] exclude_lines</c> replacing coverage.py's default comment, then <c>exclude_also</c>), or
    /// <see langword="null"/> for the default.
    /// </summary>
    public IReadOnlyList<string>? ExclusionPatterns { get; }

    /// <summary>Gets a value indicating whether the configuration leaves some file out (a source, an include or an omit).</summary>
    public bool Restricts => _folders.Length + _files.Length > 0 || _runInclude is not null || _runOmit is not null || _reportInclude is not null || _reportOmit is not null;

    /// <summary>Reads the scope from a project root on disk; an unreadable or malformed file counts as no configuration.</summary>
    /// <param name="root">The project root.</param>
    /// <param name="pytestAddOpts">The pytest settings' <c>addopts</c> words (pytest-cov's <c>--cov</c> and <c>--cov-config</c>).</param>
    /// <param name="resolveModule">Finds a project module or package by its dotted name, or <see langword="null"/>.</param>
    /// <returns>The scope.</returns>
    public static CoverageScope Load(string root, IReadOnlyList<string> pytestAddOpts, Func<string, ModuleInfo?> resolveModule)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        var full = Path.GetFullPath(root);
        return Read(
            name =>
            {
                var path = Path.Combine(full, name);
                try
                {
                    return File.Exists(path) ? File.ReadAllText(path) : null;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return null;
                }
            },
            full,
            pytestAddOpts,
            resolveModule,
            folder => Directory.Exists(Path.Combine(full, folder)));
    }

    /// <summary>Reads the scope through readers of the root's files and folders.</summary>
    /// <param name="readFile">Returns a file's text by its path relative to the root, or <see langword="null"/> when it does not exist.</param>
    /// <param name="root">The project root's absolute path (patterns that do not start with a wildcard are relative to it).</param>
    /// <param name="pytestAddOpts">The pytest settings' <c>addopts</c> words.</param>
    /// <param name="resolveModule">Finds a project module or package by its dotted name, or <see langword="null"/>.</param>
    /// <param name="isFolder">Tells whether a path relative to the root is an existing folder.</param>
    /// <returns>The scope.</returns>
    public static CoverageScope Read(Func<string, string?> readFile, string root, IReadOnlyList<string> pytestAddOpts, Func<string, ModuleInfo?> resolveModule, Func<string, bool> isFolder)
    {
        ArgumentNullException.ThrowIfNull(readFile);
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(pytestAddOpts);
        ArgumentNullException.ThrowIfNull(resolveModule);
        ArgumentNullException.ThrowIfNull(isFolder);
        root = Normalize(root).TrimEnd('/');
        var (cliSources, configFile, unreadable) = PytestCov(pytestAddOpts, root);
        if (unreadable)
        {
            // A configuration file outside the project: what it says is not read, so nothing is left out.
            return Everything;
        }

        var settings = configFile is not null ? ReadNamed(readFile, configFile) : ReadFirst(readFile);
        if (settings is null && cliSources.Count == 0)
        {
            return Everything;
        }

        settings ??= new Settings(null, new Dictionary<string, List<string>>(StringComparer.Ordinal), Used: false);
        var folders = new List<string>();
        var files = new List<string>();
        var sources = cliSources.Count > 0 ? cliSources : settings.Get("run", "source");
        var found = true;
        foreach (var source in sources)
        {
            var relative = ProjectPath.Normalize(source, root);
            if (relative is not null && isFolder(relative))
            {
                folders.Add(relative);
            }
            else
            {
                found &= AddModule(source, resolveModule, folders, files);
            }
        }

        foreach (var package in settings.Get("run", "source_pkgs"))
        {
            found &= AddModule(package, resolveModule, folders, files);
        }

        // `source_dirs` (coverage.py 7.8): folders only.
        foreach (var folder in settings.Get("run", "source_dirs"))
        {
            if (ProjectPath.Normalize(folder, root) is { } relative && isFolder(relative))
            {
                folders.Add(relative);
            }
            else
            {
                found = false;
            }
        }

        var anySource = sources.Count > 0 || settings.Get("run", "source_pkgs").Count > 0 || settings.Get("run", "source_dirs").Count > 0;
        if (!found)
        {
            // A source that cannot be found (a module on a path the layout does not know, a folder outside the project)
            // may measure any file: the sources restrict nothing rather than hide what it measures.
            folders.Clear();
            files.Clear();
        }

        return new CoverageScope(
            settings.File,
            root,
            [.. folders],
            [.. files],
            anySource ? null : Patterns(settings.Get("run", "include"), root),
            Patterns(settings.Get("run", "omit"), root),
            Patterns(settings.Get("report", "include"), root),
            Patterns(settings.Get("report", "omit"), root),
            Exclusions(settings));
    }

    /// <summary>The project's exclusion expressions: <c>exclude_lines</c> (or the default comment), then <c>exclude_also</c>; <see langword="null"/> when neither is set.</summary>
    private static List<string>? Exclusions(Settings settings)
    {
        var lines = settings.Values.GetValueOrDefault("report:exclude_lines");
        var also = settings.Values.GetValueOrDefault("report:exclude_also");
        return lines is null && also is null ? null : [.. lines ?? [CoverageExclusion.DefaultPattern], .. also ?? []];
    }

    /// <summary>Tells whether coverage.py measures and reports a file.</summary>
    /// <param name="path">The file, relative to the root, with forward slashes.</param>
    /// <returns><see langword="true"/> when the configuration keeps the file (always, without configuration).</returns>
    public bool Covers(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Restricts)
        {
            return true;
        }

        if (_folders.Length + _files.Length > 0 && !Array.Exists(_files, f => f == path) && !Array.Exists(_folders, f => ProjectPath.IsWithin(path, f)))
        {
            return false;
        }

        var absolute = _root + "/" + path;
        return (_runInclude is null || _runInclude.IsMatch(absolute))
            && (_runOmit is null || !_runOmit.IsMatch(absolute))
            && (_reportInclude is null || _reportInclude.IsMatch(absolute))
            && (_reportOmit is null || !_reportOmit.IsMatch(absolute));
    }

    /// <summary>
    /// pytest-cov's options among pytest's <c>addopts</c>: the <c>--cov</c> sources (none when a bare <c>--cov</c> is among
    /// them: pytest-cov then measures the configuration's sources) and the <c>--cov-config</c> file, which is unreadable when
    /// it lies outside the root.
    /// </summary>
    private static (List<string> Sources, string? ConfigFile, bool Unreadable) PytestCov(IReadOnlyList<string> words, string root)
    {
        var sources = new List<string>();
        var bare = false;
        string? config = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count && !words[i + 1].StartsWith('-') ? words[i + 1] : null;
            if (word == "--cov")
            {
                // The value is optional: a bare `--cov` measures the configuration's sources.
                bare |= next is null;
                if (next is not null)
                {
                    sources.Add(next);
                    i++;
                }
            }
            else if (word.StartsWith("--cov=", StringComparison.Ordinal))
            {
                bare |= word.Length == "--cov=".Length;
                if (word.Length > "--cov=".Length)
                {
                    sources.Add(word["--cov=".Length..]);
                }
            }
            else if (word == "--cov-config" && next is not null)
            {
                config = next;
                i++;
            }
            else if (word.StartsWith("--cov-config=", StringComparison.Ordinal))
            {
                config = word["--cov-config=".Length..];
            }
        }

        if (bare)
        {
            sources.Clear();
        }

        // pytest-cov's default `--cov-config` is `.coveragerc`, which coverage.py reads as "search as usual".
        if (config is null or ".coveragerc" or "")
        {
            return (sources, null, false);
        }

        var relative = ProjectPath.Normalize(config, root);
        return (sources, relative, relative is null);
    }

    /// <summary>The settings of a file named on purpose: read whole, whether or not it holds coverage settings.</summary>
    private static Settings? ReadNamed(Func<string, string?> readFile, string name)
    {
        var text = readFile(name);
        if (text is null)
        {
            return null;
        }

        return name.EndsWith(".toml", StringComparison.OrdinalIgnoreCase) ? ReadToml(name, text) : ReadIni(name, text, ours: true);
    }

    /// <summary>The settings of the first file coverage.py finds: <c>.coveragerc</c>, then the shared files that hold coverage settings.</summary>
    private static Settings? ReadFirst(Func<string, string?> readFile)
    {
        if (readFile(".coveragerc") is { } rc)
        {
            return ReadIni(".coveragerc", rc, ours: true);
        }

        foreach (var name in (string[])["setup.cfg", "tox.ini"])
        {
            if (readFile(name) is { } text && ReadIni(name, text, ours: false) is { Used: true } settings)
            {
                return settings;
            }
        }

        return readFile("pyproject.toml") is { } toml && ReadToml("pyproject.toml", toml) is { Used: true } found ? found : null;
    }

    private static Settings? ReadIni(string name, string text, bool ours)
    {
        var document = IniDocument.Parse(text, IniDialect.ConfigParser);
        if (document.Error is not null)
        {
            return null;
        }

        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var section in (string[])["run", "report"])
        {
            // coverage.py's own file may spell a section `[coverage:run]` or `[run]` (the first that exists is read); a
            // shared file only the former.
            foreach (var spelled in ours ? (string[])["coverage:" + section, section] : ["coverage:" + section])
            {
                if (document.GetSection(spelled) is not { } options)
                {
                    continue;
                }

                foreach (var key in s_keys)
                {
                    if (options.TryGetValue(key, out var value))
                    {
                        values[section + ":" + key] = ListOf(key, value);
                    }
                }

                break;
            }
        }

        // A shared file is coverage.py's only when some `[coverage:...]` section sets an option (its own file always is).
        var used = ours || document.SectionNames.Any(section => section.StartsWith("coverage:", StringComparison.Ordinal) && document.GetSection(section) is { Count: > 0 });
        return new Settings(name, values, used);
    }

    private static Settings? ReadToml(string name, string text)
    {
        if (!TomlDocument.TryParse(text, out var root, out _))
        {
            return null;
        }

        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var coverage = TomlDocument.Get(root, "tool", "coverage") as Dictionary<string, object?>;
        if (coverage is { Count: > 0 })
        {
            foreach (var section in (string[])["run", "report"])
            {
                if (coverage.GetValueOrDefault(section) is not Dictionary<string, object?> options)
                {
                    continue;
                }

                foreach (var key in s_keys)
                {
                    switch (options.GetValueOrDefault(key))
                    {
                        case List<object?> items:
                            values[section + ":" + key] = [.. items.OfType<string>().Where(item => item.Trim().Length > 0)];
                            break;
                        case string single:
                            values[section + ":" + key] = ListOf(key, single);
                            break;
                    }
                }
            }
        }

        return new Settings(name, values, coverage is { Count: > 0 });
    }

    /// <summary>
    /// coverage.py's list value of a key, each item stripped and empty ones dropped: expressions one a line (a comma is part
    /// of an expression), the other lists separated by commas and newlines.
    /// </summary>
    private static List<string> ListOf(string key, string value)
    {
        var lines = value.Split('\n');
        var items = key.StartsWith("exclude_", StringComparison.Ordinal) ? lines : lines.SelectMany(line => line.Split(','));
        return [.. items.Select(item => item.Trim()).Where(item => item.Length > 0)];
    }

    /// <summary>Adds the folders or file of a module or package the layout finds by name.</summary>
    private static bool AddModule(string name, Func<string, ModuleInfo?> resolveModule, List<string> folders, List<string> files)
    {
        if (!PythonNames.IsDottedName(name) || resolveModule(name) is not { } module)
        {
            return false;
        }

        if (module.IsPackage)
        {
            folders.AddRange(module.Directories.Select(d => Normalize(d).TrimEnd('/')));
            return module.Directories.Count > 0;
        }

        if (module.Path is { } path)
        {
            files.Add(Normalize(path));
            return true;
        }

        return false;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    /// <summary>
    /// One regular expression for a list of coverage.py file patterns, or <see langword="null"/> when none is valid: each
    /// pattern as written (one without a <c>/</c> matches a name at any depth) and, unless it starts with a wildcard, also
    /// relative to the folder coverage.py runs in (the root).
    /// </summary>
    private static Regex? Patterns(List<string> patterns, string root)
    {
        var alternatives = new List<string>();
        foreach (var pattern in patterns)
        {
            var prepared = Normalize(pattern);
            var forms = new List<string> { prepared };
            if (!prepared.StartsWith('*') && !prepared.StartsWith('?'))
            {
                forms.Add(prepared.StartsWith('/') ? prepared : root + "/" + (RelativePath.Collapse(prepared) ?? prepared));
            }

            foreach (var form in forms)
            {
                if (GlobToRegex(form.Contains('/') ? form : "**/" + form) is { } regex && IsValid(regex))
                {
                    alternatives.Add("(?:" + regex + ")");
                }
            }
        }

        if (alternatives.Count == 0)
        {
            return null;
        }

        var options = RegexOptions.CultureInvariant | (OperatingSystem.IsWindows() ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new Regex("^(?:" + string.Join('|', alternatives) + @")\z", options, TimeSpan.FromSeconds(1));
    }

    /// <summary>Tells whether .NET reads a translated pattern (a set such as <c>[z-a]</c> is refused, as Python's <c>re</c> refuses it).</summary>
    private static bool IsValid(string regex)
    {
        try
        {
            _ = new Regex(regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// coverage.py's translation of a file pattern: <c>**/</c> spans folders (or none), a leading <c>*/</c> and a trailing
    /// <c>/*</c> likewise, <c>*</c> and <c>?</c> stay within a name, <c>[...]</c> is a set; <c>***</c>, <c>x**</c>,
    /// <c>**x</c>, <c>**/**</c> and a lone bracket make the pattern invalid (<see langword="null"/>).
    /// </summary>
    internal static string? GlobToRegex(string pattern)
    {
        if (pattern.Contains("***", StringComparison.Ordinal) || pattern.Contains("**/**", StringComparison.Ordinal)
            || Regex.IsMatch(pattern, @"[^/]\*\*|\*\*[^/]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            return null;
        }

        var regex = new StringBuilder();
        var i = 0;
        if (Regex.Match(pattern, @"^\*+/", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) is { Success: true } leading)
        {
            regex.Append("(?:.*/)?");
            i = leading.Length;
        }

        while (i < pattern.Length)
        {
            var rest = pattern.AsSpan(i);
            if (rest.Length > 1 && rest[0] == '/' && rest[1..].TrimStart('*').IsEmpty)
            {
                regex.Append("/.*");
                break;
            }

            if (rest.StartsWith("**/"))
            {
                regex.Append("(?:.*/)?");
                i += 3;
                continue;
            }

            switch (rest[0])
            {
                case '*':
                    regex.Append("[^/]*");
                    i++;
                    continue;
                case '?':
                    regex.Append("[^/]");
                    i++;
                    continue;
                case '[':
                    var close = rest[1..].IndexOf(']');
                    if (close < 0)
                    {
                        return null;
                    }

                    // coverage.py hands the set to Python's `re` as written: `[!_]` is `!` or `_`, not a negation.
                    regex.Append('[').Append(Escape(rest[1..(close + 1)].ToString())).Append(']');
                    i += close + 2;
                    continue;
                case ']':
                    return null;
                default:
                    regex.Append(Regex.Escape(rest[0].ToString()));
                    i++;
                    continue;
            }
        }

        return regex.ToString();

        static string Escape(string set) => set.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal);
    }

    /// <summary>The coverage settings of one file (<c>section:key</c> to its list), and whether coverage.py uses the file.</summary>
    private sealed record Settings(string? File, Dictionary<string, List<string>> Values, bool Used)
    {
        public List<string> Get(string section, string key) => Values.GetValueOrDefault(section + ":" + key) ?? [];
    }
}
