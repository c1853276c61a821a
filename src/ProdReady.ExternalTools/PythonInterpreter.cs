namespace ProdReady.ExternalTools;

/// <summary>
/// The Python interpreter the tools run with, so that the project's own versions, plugins and configuration
/// apply: <c>PRODREADY_PYTHON</c>, else the active virtual environment (<c>VIRTUAL_ENV</c>), else a <c>.venv</c>
/// or <c>venv</c> folder at the root, else <c>python3</c> on the <c>PATH</c>.
/// </summary>
/// <param name="Path">The interpreter's path (it may not exist when <c>PRODREADY_PYTHON</c> names a missing file).</param>
/// <param name="Source">Where the choice came from, for messages: "PRODREADY_PYTHON", "VIRTUAL_ENV", ".venv", "venv" or "PATH".</param>
public sealed record PythonInterpreter(string Path, string Source)
{
    /// <summary>The variable that names the interpreter explicitly.</summary>
    public const string OverrideVariable = "PRODREADY_PYTHON";

    private static readonly string[] s_localFolders = [".venv", "venv"];

    /// <summary>Chooses the interpreter for a project.</summary>
    /// <param name="root">The project root.</param>
    /// <param name="environment">Reads an environment variable; <see langword="null"/> when unset.</param>
    /// <returns>The interpreter, or <see langword="null"/> when none is found anywhere.</returns>
    public static PythonInterpreter? Resolve(string root, Func<string, string?> environment)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(OverrideVariable) is { Length: > 0 } chosen)
        {
            var path = chosen.Contains('/', StringComparison.Ordinal) || chosen.Contains(System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)
                ? System.IO.Path.GetFullPath(chosen, root)
                : SearchPath(chosen, environment) ?? chosen;
            return new PythonInterpreter(path, OverrideVariable);
        }

        if (environment("VIRTUAL_ENV") is { Length: > 0 } virtualEnv && InEnvironment(virtualEnv) is { } active)
        {
            return new PythonInterpreter(active, "VIRTUAL_ENV");
        }

        foreach (var folder in s_localFolders)
        {
            if (InEnvironment(System.IO.Path.Combine(root, folder)) is { } local)
            {
                return new PythonInterpreter(local, folder);
            }
        }

        return SearchPath(OperatingSystem.IsWindows() ? "python.exe" : "python3", environment) is { } onPath
            ? new PythonInterpreter(onPath, "PATH")
            : null;
    }

    /// <summary>Returns the interpreter of a virtual environment folder, if it has one.</summary>
    private static string? InEnvironment(string folder)
    {
        string[] candidates = OperatingSystem.IsWindows()
            ? [System.IO.Path.Combine(folder, "Scripts", "python.exe")]
            : [System.IO.Path.Combine(folder, "bin", "python"), System.IO.Path.Combine(folder, "bin", "python3")];
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Finds an executable on the <c>PATH</c> of <paramref name="environment"/>.</summary>
    private static string? SearchPath(string name, Func<string, string?> environment)
    {
        foreach (var directory in (environment("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
