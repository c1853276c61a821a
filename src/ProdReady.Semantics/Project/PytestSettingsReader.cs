using ProdReady.Semantics.Configuration;

namespace ProdReady.Semantics.Project;

/// <summary>Finds pytest's configuration file among the project root's files and reads its collection settings.</summary>
/// <remarks>The search order and the per-file rules are documented on <see cref="PytestSettings"/>.</remarks>
internal static class PytestSettingsReader
{
    private const string PyprojectToml = "pyproject.toml";

    /// <summary>Gets the candidate files in pytest 9's order.</summary>
    public static IReadOnlyList<string> Candidates { get; } =
        ["pytest.toml", ".pytest.toml", "pytest.ini", ".pytest.ini", PyprojectToml, "tox.ini", "setup.cfg"];

    /// <summary>Reads the settings through a file reader.</summary>
    /// <param name="readFile">Returns a root file's text, or <see langword="null"/> when it does not exist; may throw
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</param>
    /// <returns>The settings.</returns>
    public static PytestSettings Load(Func<string, string?> readFile)
    {
        ArgumentNullException.ThrowIfNull(readFile);
        var sawPyproject = false;
        foreach (var name in Candidates)
        {
            string? text;
            try
            {
                text = readFile(name);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return Broken(name, null, "cannot read the file: " + exception.Message);
            }

            if (text is null)
            {
                continue;
            }

            sawPyproject |= name == PyprojectToml;
            var settings = name switch
            {
                "pytest.toml" or ".pytest.toml" => ReadPytestToml(name, text),
                "pytest.ini" or ".pytest.ini" => ReadIni(name, text, "pytest", always: true),
                PyprojectToml => ReadPyproject(name, text),
                "tox.ini" => ReadIni(name, text, "pytest", always: false),
                _ => ReadSetupCfg(name, text),
            };
            if (settings is not null)
            {
                return settings;
            }
        }

        return sawPyproject ? new PytestSettings(configFile: PyprojectToml) : PytestSettings.Default;
    }

    private static PytestSettings? ReadPytestToml(string name, string text)
    {
        if (!TomlDocument.TryParse(text, out var root, out var error))
        {
            return Broken(name, error!.Line, "invalid TOML: " + error.Message);
        }

        return root.GetValueOrDefault("pytest") switch
        {
            null => new PytestSettings(configFile: name),
            Dictionary<string, object?> table => Build(name, table, native: true),
            var other => Broken(name, null, $"`pytest` must be a table, not {TomlDocument.PythonTypeName(other)}"),
        };
    }

    private static PytestSettings? ReadPyproject(string name, string text)
    {
        if (!TomlDocument.TryParse(text, out var root, out var error))
        {
            return Broken(name, error!.Line, "invalid TOML: " + error.Message);
        }

        if (root.GetValueOrDefault("tool") is not { } tool)
        {
            return null;
        }

        if (tool is not Dictionary<string, object?> toolTable)
        {
            return Broken(name, null, $"`tool` must be a table, not {TomlDocument.PythonTypeName(tool)}");
        }

        if (toolTable.GetValueOrDefault("pytest") is not { } pytest)
        {
            return null;
        }

        if (pytest is not Dictionary<string, object?> pytestTable)
        {
            return Broken(name, null, $"`tool.pytest` must be a table, not {TomlDocument.PythonTypeName(pytest)}");
        }

        var native = pytestTable.Where(entry => entry.Key != "ini_options")
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var iniOptions = pytestTable.GetValueOrDefault("ini_options");
        var hasIniOptions = iniOptions is not null && (iniOptions is not Dictionary<string, object?> iniTable || iniTable.Count > 0);
        if (native.Count > 0 && hasIniOptions)
        {
            return Broken(name, null, "cannot use both [tool.pytest] (native TOML types) and [tool.pytest.ini_options] (INI format)");
        }

        if (native.Count > 0)
        {
            return Build(name, native, native: true);
        }

        return iniOptions switch
        {
            null => null,
            Dictionary<string, object?> table => Build(name, table, native: false),
            var other => Broken(name, null, $"`tool.pytest.ini_options` must be a table, not {TomlDocument.PythonTypeName(other)}"),
        };
    }

    private static PytestSettings? ReadIni(string name, string text, string section, bool always)
    {
        var document = IniDocument.Parse(text, IniDialect.IniConfig);
        if (document.Error is { } error)
        {
            return Broken(name, error.Line, error.Message);
        }

        if (document.GetSection(section) is { } values)
        {
            return Build(name, values.ToDictionary(entry => entry.Key, entry => (object?)entry.Value, StringComparer.Ordinal), native: false);
        }

        return always ? new PytestSettings(configFile: name) : null;
    }

    private static PytestSettings? ReadSetupCfg(string name, string text)
    {
        var document = IniDocument.Parse(text, IniDialect.IniConfig);
        if (document.Error is { } error)
        {
            return Broken(name, error.Line, error.Message);
        }

        if (document.GetSection("tool:pytest") is { } values)
        {
            return Build(name, values.ToDictionary(entry => entry.Key, entry => (object?)entry.Value, StringComparer.Ordinal), native: false);
        }

        return document.HasSection("pytest")
            ? Broken(name, null, "[pytest] section in setup.cfg files is no longer supported, change to [tool:pytest] instead")
            : null;
    }

    private static PytestSettings Broken(string name, int? line, string message) =>
        new(configFile: name, problems: [new PytestSettingsProblem(name, line, message + "; pytest's defaults are used")]);

    private static PytestSettings Build(string name, Dictionary<string, object?> values, bool native)
    {
        var problems = new List<PytestSettingsProblem>();
        var reader = new ValueReader(name, values, native, problems);
        return new PytestSettings(
            configFile: name,
            testPaths: reader.Read("testpaths"),
            pythonFiles: reader.Read("python_files"),
            pythonClasses: reader.Read("python_classes"),
            pythonFunctions: reader.Read("python_functions"),
            noRecurseDirs: reader.Read("norecursedirs"),
            problems: problems,
            addOpts: reader.Read("addopts"));
    }

    /// <summary>Reads pytest's <c>args</c>-typed options from one settings table.</summary>
    private sealed class ValueReader(string file, Dictionary<string, object?> values, bool native, List<PytestSettingsProblem> problems)
    {
        /// <summary>Reads one option.</summary>
        /// <returns>The words, or <see langword="null"/> for the default (absent or invalid).</returns>
        public string[]? Read(string key)
        {
            if (!values.TryGetValue(key, out var value))
            {
                return null;
            }

            if (value is List<object?> items)
            {
                var words = new string[items.Count];
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is not string word)
                    {
                        return Problem(key, $"item {i} is {TomlDocument.PythonTypeName(items[i])}, not a string");
                    }

                    words[i] = word;
                }

                return words;
            }

            if (native)
            {
                return Problem(key, $"expects an array of strings, not {TomlDocument.PythonTypeName(value)}");
            }

            var text = TomlDocument.ToPythonString(value);
            if (text is null)
            {
                return Problem(key, $"expects a string or an array of strings, not {TomlDocument.PythonTypeName(value)}");
            }

            return ShellWords.TrySplit(text, out var split, out var error) ? [.. split] : Problem(key, error!);
        }

        private string[]? Problem(string key, string message)
        {
            problems.Add(new PytestSettingsProblem(file, null, $"`{key}` {message}; pytest's default is used"));
            return null;
        }
    }
}
