namespace ProdReady.Semantics.Project;

/// <summary>Tells test code from production code, by pytest's collection settings and the configured test roots.</summary>
/// <remarks>
/// Paths are relative to the project root with forward slashes. Patterns match as pytest matches them:
/// <c>fnmatch</c> (see <see cref="IsTestModule"/>), case-sensitive except on Windows, where pytest's
/// <c>fnmatch</c> folds case.
/// </remarks>
public sealed class TestCodeClassifier
{
    private static readonly string[] s_testFolderNames = ["test", "tests", "testing"];

    private readonly PytestSettings _settings;
    private readonly string[] _testRoots;
    private readonly string[][] _testPaths;
    private readonly bool _ignoreCase;

    /// <summary>What <see cref="IsTestCode"/> answered, by path: the rules of the test map ask about the same files many times.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _testCode = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="TestCodeClassifier"/> class.</summary>
    /// <param name="settings">pytest's settings.</param>
    /// <param name="testRoots">The configured test roots (<c>tests</c> of the configuration), relative to the project root.</param>
    /// <param name="ignoreCase">Whether patterns fold case; by default only on Windows, as pytest's <c>fnmatch</c> does.</param>
    public TestCodeClassifier(PytestSettings settings, IReadOnlyList<string> testRoots, bool? ignoreCase = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(testRoots);
        _settings = settings;
        _ignoreCase = ignoreCase ?? OperatingSystem.IsWindows();
        _testRoots = testRoots.Select(root => ProjectPath.Normalize(root))
            .OfType<string>()
            .Where(root => root.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        _testPaths = settings.TestPaths
            .Select(entry => ProjectPath.Normalize(entry))
            .OfType<string>()
            .Where(entry => entry.Length > 0)
            .Select(entry => entry.Split('/'))
            .ToArray();
    }

    /// <summary>
    /// Tells whether pytest would collect a file as a test module: it ends in <c>.py</c>, its name matches one of
    /// <c>python_files</c>, and none of its folders is skipped by <c>norecursedirs</c> (or is <c>__pycache__</c>).
    /// </summary>
    /// <remarks>
    /// As pytest's <c>fnmatch_ex</c>: a pattern without <c>/</c> matches the file (or folder) name; a pattern with
    /// <c>/</c> matches the whole path, with <c>*/</c> put in front, and its <c>*</c> crosses folders (so
    /// <c>tests/*.py</c> matches <c>pkg/tests/unit/a.py</c>). pytest matches the absolute path; here the path from
    /// the project root is used, so folders above the root never take part in a match. Collection limits that need
    /// more than the path (<c>collect_ignore</c> in a <c>conftest.py</c>, folders holding a virtual environment,
    /// <c>testpaths</c> restricting a bare <c>pytest</c> run) are not applied.
    /// </remarks>
    /// <param name="relativePath">The file, relative to the project root.</param>
    /// <returns><see langword="true"/> for a test module.</returns>
    public bool IsTestModule(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = ProjectPath.Normalize(relativePath);
        if (path is null || !path.EndsWith(".py", StringComparison.Ordinal))
        {
            return false;
        }

        if (!MatchesAny(path, _settings.PythonFiles))
        {
            return false;
        }

        var folder = ProjectPath.Parent(path);
        while (folder.Length > 0)
        {
            if (ProjectPath.Name(folder) == "__pycache__" || MatchesAny(folder, _settings.NoRecurseDirs))
            {
                return false;
            }

            folder = ProjectPath.Parent(folder);
        }

        return true;
    }

    /// <summary>
    /// Tells whether a file is test code. That is the case when any of these holds:
    /// <list type="number">
    /// <item>it is a test module (<see cref="IsTestModule"/>);</item>
    /// <item>its name is <c>conftest.py</c>;</item>
    /// <item>it is, or lies below, an entry of <c>testpaths</c> (entries are <c>glob</c> patterns relative to the
    /// project root, as pytest expands them: <c>*</c>, <c>?</c> and <c>[seq]</c> stay within one folder name and
    /// skip names starting with <c>.</c>, and a <c>**</c> segment spans any number of folders; an entry naming the
    /// project root itself is ignored, as it would make every file test code);</item>
    /// <item>it lies below a configured test root (a root naming the project root itself is ignored);</item>
    /// <item>one of its folders is named exactly <c>test</c>, <c>tests</c> or <c>testing</c>, or ends with <c>_test</c> or
    /// <c>_tests</c> as pytest's <c>*_test.py</c> does (<c>idle_test</c>, <c>integration_tests</c>; case-sensitive).</item>
    /// </list>
    /// Both <c>.py</c> and <c>.pyi</c> files are classified; only <c>.py</c> files can be test modules.
    /// </summary>
    /// <param name="relativePath">The file, relative to the project root.</param>
    /// <returns><see langword="true"/> for test code.</returns>
    public bool IsTestCode(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return _testCode.TryGetValue(relativePath, out var known) ? known : _testCode.GetOrAdd(relativePath, Classify);
    }

    private bool Classify(string relativePath)
    {
        var path = ProjectPath.Normalize(relativePath);
        if (path is null || path.Length == 0)
        {
            return false;
        }

        if (IsTestModule(path) || ProjectPath.Name(path) == "conftest.py")
        {
            return true;
        }

        foreach (var root in _testRoots)
        {
            if (ProjectPath.IsWithin(path, root))
            {
                return true;
            }
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (Array.IndexOf(s_testFolderNames, segments[i]) >= 0
                || segments[i].EndsWith("_test", StringComparison.Ordinal) || segments[i].EndsWith("_tests", StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var entry in _testPaths)
        {
            if (GlobPrefixMatches(entry, 0, segments, 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells whether a function or method name is a test name per <c>python_functions</c>: it starts with one of the
    /// entries, or matches one that holds glob characters (<c>*</c>, <c>?</c>, <c>[</c>) as an <c>fnmatch</c> pattern.
    /// </summary>
    /// <param name="name">The function name.</param>
    /// <returns><see langword="true"/> when pytest would collect a function of that name.</returns>
    public bool IsTestFunctionName(string name) => MatchesPrefixOrGlob(name, _settings.PythonFunctions);

    /// <summary>Tells whether a class name is a test class name per <c>python_classes</c> (prefix or <c>fnmatch</c> pattern).</summary>
    /// <param name="name">The class name.</param>
    /// <returns><see langword="true"/> when pytest would collect a class of that name.</returns>
    public bool IsTestClassName(string name) => MatchesPrefixOrGlob(name, _settings.PythonClasses);

    private bool MatchesPrefixOrGlob(string name, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var option in options)
        {
            if (name.StartsWith(option, StringComparison.Ordinal)
                || (Fnmatch.HasGlobCharacters(option) && Fnmatch.IsMatch(name, option, _ignoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>pytest's <c>fnmatch_ex</c> over root-relative paths.</summary>
    private bool MatchesAny(string path, IReadOnlyList<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            var matched = pattern.Contains('/', StringComparison.Ordinal)
                ? Fnmatch.IsMatch("/" + path, "*/" + pattern, _ignoreCase)
                : Fnmatch.IsMatch(ProjectPath.Name(path), pattern, _ignoreCase);
            if (matched)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a <c>glob</c> pattern (split into segments) matches the first segments of a path, so the path is the
    /// matched file or folder or lies below it.
    /// </summary>
    private bool GlobPrefixMatches(string[] pattern, int p, string[] path, int s)
    {
        if (p == pattern.Length)
        {
            return true;
        }

        if (pattern[p] == "**")
        {
            // Zero folders, or one more non-hidden one.
            return GlobPrefixMatches(pattern, p + 1, path, s)
                || (s < path.Length && !path[s].StartsWith('.') && GlobPrefixMatches(pattern, p, path, s + 1));
        }

        return s < path.Length && GlobSegmentMatches(pattern[p], path[s]) && GlobPrefixMatches(pattern, p + 1, path, s + 1);
    }

    private bool GlobSegmentMatches(string pattern, string name)
    {
        if (!Fnmatch.HasGlobCharacters(pattern))
        {
            return string.Equals(pattern, name, _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        // glob skips hidden names unless the pattern itself starts with a dot.
        return (pattern.StartsWith('.') || !name.StartsWith('.')) && Fnmatch.IsMatch(name, pattern, _ignoreCase);
    }
}
