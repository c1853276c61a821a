namespace ProdReady.Semantics.Environment;

/// <summary>
/// Reads which distributions a virtual environment holds from their metadata folders in
/// <c>site-packages</c> (<c>*.dist-info</c> with <c>METADATA</c>, <c>*.egg-info</c> with <c>PKG-INFO</c>), and which
/// top-level modules each installed, from <c>top_level.txt</c> or else its <c>RECORD</c>. Nothing is executed.
/// </summary>
internal static class VirtualEnvironment
{
    private static readonly string[] s_folderNames = [".venv", "venv"];

    /// <summary>Finds the environment of a project: the explicit one when given, else <c>.venv</c> or <c>venv</c> in the root.</summary>
    /// <param name="root">The project root.</param>
    /// <param name="explicitPath">An environment named by the caller (such as the value of <c>VIRTUAL_ENV</c>), or <see langword="null"/>.</param>
    /// <returns>The environment folder, or <see langword="null"/> when there is none.</returns>
    public static string? Find(string root, string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        foreach (var name in s_folderNames)
        {
            var candidate = Path.Combine(root, name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The <c>site-packages</c> folders of an environment: <c>lib/python3.*/site-packages</c> (POSIX) and <c>Lib/site-packages</c> (Windows).</summary>
    /// <param name="environment">The environment folder.</param>
    /// <returns>The folders that exist.</returns>
    public static IEnumerable<string> SitePackages(string environment)
    {
        foreach (var lib in (string[])["lib", "lib64", "Lib"])
        {
            var folder = Path.Combine(environment, lib);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var direct = Path.Combine(folder, "site-packages");
            if (Directory.Exists(direct))
            {
                yield return direct;
            }

            foreach (var python in SafeDirectories(folder, "python*"))
            {
                var site = Path.Combine(python, "site-packages");
                if (Directory.Exists(site))
                {
                    yield return site;
                }
            }
        }
    }

    /// <summary>Reads the distributions installed in an environment.</summary>
    /// <param name="environment">The environment folder.</param>
    /// <param name="problems">Receives what could not be read, as <c>file: reason</c>.</param>
    /// <returns>The distributions, in folder order.</returns>
    public static List<InstalledDistribution> Read(string environment, List<string> problems)
    {
        var installed = new List<InstalledDistribution>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in SitePackages(environment).Distinct(StringComparer.Ordinal))
        {
            foreach (var folder in SafeDirectories(site, "*-info").Order(StringComparer.Ordinal))
            {
                var isDistInfo = folder.EndsWith(".dist-info", StringComparison.Ordinal);
                if (!isDistInfo && !folder.EndsWith(".egg-info", StringComparison.Ordinal))
                {
                    continue;
                }

                var distribution = ReadOne(folder, isDistInfo, problems);
                if (distribution is not null && seen.Add(DistributionName.Normalize(distribution.Name)))
                {
                    installed.Add(distribution);
                }
            }
        }

        return installed;
    }

    private static InstalledDistribution? ReadOne(string folder, bool isDistInfo, List<string> problems)
    {
        var metadata = Path.Combine(folder, isDistInfo ? "METADATA" : "PKG-INFO");
        var name = ReadName(metadata, problems) ?? NameFromFolder(folder);
        if (name is null)
        {
            return null;
        }

        var imports = ReadLines(Path.Combine(folder, "top_level.txt"), problems)?
            .Select(line => line.Trim().Replace('/', '.'))
            .Where(line => line.Length > 0 && line.Split('.').All(DistributionName.IsIdentifier))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (imports is null or { Count: 0 })
        {
            imports = ReadLines(Path.Combine(folder, "RECORD"), problems) is { } record ? TopLevelFromRecord(record) : [];
        }

        return new InstalledDistribution(name, imports);
    }

    /// <summary>The top-level modules of a RECORD: <c>pkg/__init__.py</c> gives <c>pkg</c>, <c>mod.py</c> and <c>mod.cpython-312-x86_64-linux-gnu.so</c> give <c>mod</c>.</summary>
    /// <param name="record">The RECORD lines (<c>path,hash,size</c>).</param>
    /// <returns>The module names.</returns>
    internal static List<string> TopLevelFromRecord(IEnumerable<string> record)
    {
        var names = new List<string>();
        foreach (var line in record)
        {
            var path = line.Split(',')[0].Trim().Trim('"');
            if (path.Length == 0 || path.StartsWith("..", StringComparison.Ordinal) || path.StartsWith('/'))
            {
                continue;
            }

            var parts = path.Split('/');
            string candidate;
            if (parts.Length > 1)
            {
                // A folder: a package (or namespace package) unless it is metadata or a cache.
                if (parts[0].EndsWith(".dist-info", StringComparison.Ordinal) || parts[0].EndsWith(".data", StringComparison.Ordinal) ||
                    parts[0] == "__pycache__" || !parts[^1].EndsWith(".py", StringComparison.Ordinal) && !IsExtension(parts[^1]))
                {
                    continue;
                }

                candidate = parts[0];
            }
            else if (path.EndsWith(".py", StringComparison.Ordinal) || IsExtension(path))
            {
                candidate = path.Split('.')[0];
            }
            else
            {
                continue;
            }

            if (DistributionName.IsIdentifier(candidate) && !names.Contains(candidate, StringComparer.Ordinal))
            {
                names.Add(candidate);
            }
        }

        return names;
    }

    private static bool IsExtension(string file) =>
        file.EndsWith(".so", StringComparison.Ordinal) || file.EndsWith(".pyd", StringComparison.Ordinal);

    private static string? ReadName(string metadata, List<string> problems)
    {
        var lines = ReadLines(metadata, problems);
        if (lines is null)
        {
            return null;
        }

        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                break; // The headers end at the first blank line; the description follows.
            }

            if (line.StartsWith("Name:", StringComparison.OrdinalIgnoreCase))
            {
                var value = line[5..].Trim();
                return DistributionName.IsValid(value) ? value : null;
            }
        }

        return null;
    }

    private static string? NameFromFolder(string folder)
    {
        // name-version.dist-info, with '-' in the name escaped as '_'.
        var file = Path.GetFileName(folder);
        var name = file[..file.LastIndexOf('.')].Split('-')[0];
        return DistributionName.IsValid(name) ? name : null;
    }

    private static List<string>? ReadLines(string path, List<string> problems)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return [.. File.ReadLines(path)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{path}: cannot read the file: {exception.Message}");
            return null;
        }
    }

    private static string[] SafeDirectories(string folder, string pattern)
    {
        try
        {
            return Directory.GetDirectories(folder, pattern);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
