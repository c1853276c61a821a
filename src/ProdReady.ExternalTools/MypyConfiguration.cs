namespace ProdReady.ExternalTools;

/// <summary>
/// Whether the project configures mypy, in the files mypy itself reads at the root (<c>mypy.ini</c>, <c>.mypy.ini</c>,
/// <c>[tool.mypy]</c> in <c>pyproject.toml</c>, <c>[mypy]</c> in <c>setup.cfg</c>), and whether that configuration
/// names the <c>files</c> to check.
/// </summary>
/// <param name="Path">The configuration file, or <see langword="null"/> when the project has none.</param>
/// <param name="NamesFiles">Whether it sets <c>files</c>, so that mypy is run without targets.</param>
internal sealed record MypyConfiguration(string? Path, bool NamesFiles)
{
    private static readonly string[] s_iniFiles = ["mypy.ini", ".mypy.ini"];

    /// <summary>Finds the configuration of a project.</summary>
    /// <param name="root">The project root.</param>
    /// <returns>The configuration found, or one with a <see langword="null"/> path.</returns>
    public static MypyConfiguration Find(string root)
    {
        foreach (var name in s_iniFiles)
        {
            var path = System.IO.Path.Combine(root, name);
            if (File.Exists(path))
            {
                return new MypyConfiguration(name, IniSectionHasKey(Read(path), "mypy", "files"));
            }
        }

        var pyproject = System.IO.Path.Combine(root, "pyproject.toml");
        if (File.Exists(pyproject) && PyprojectMypy(Read(pyproject)) is { } namesFiles)
        {
            return new MypyConfiguration("pyproject.toml", namesFiles);
        }

        var setup = System.IO.Path.Combine(root, "setup.cfg");
        if (File.Exists(setup) && IniSection(Read(setup), "mypy") is { } section)
        {
            return new MypyConfiguration("setup.cfg", section.Contains("files"));
        }

        return new MypyConfiguration(null, false);
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    /// <summary>
    /// Tells whether a <c>pyproject.toml</c> has a <c>[tool.mypy]</c> table (or <c>[[tool.mypy.overrides]]</c>), and if so
    /// whether the table sets <c>files</c>; <see langword="null"/> when it has none. Read by headers and keys at the start
    /// of a line, which is how mypy's settings are written; nothing is evaluated.
    /// </summary>
    private static bool? PyprojectMypy(string text)
    {
        bool? found = null;
        var inside = false;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                var header = line.TrimStart('[').Split(']')[0].Trim();
                inside = header == "tool.mypy";
                if (inside || header.StartsWith("tool.mypy.", StringComparison.Ordinal))
                {
                    found ??= false;
                }

                continue;
            }

            if (inside && (line.StartsWith("files ", StringComparison.Ordinal) || line.StartsWith("files=", StringComparison.Ordinal)))
            {
                found = true;
            }
        }

        return found;
    }

    private static bool IniSectionHasKey(string text, string section, string key) => IniSection(text, section)?.Contains(key) ?? false;

    /// <summary>Returns the keys of an INI section, or <see langword="null"/> when the section is absent.</summary>
    private static HashSet<string>? IniSection(string text, string section)
    {
        HashSet<string>? keys = null;
        var inside = false;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                inside = string.Equals(line[1..^1].Trim(), section, StringComparison.Ordinal);
                if (inside)
                {
                    keys ??= new HashSet<string>(StringComparer.Ordinal);
                }

                continue;
            }

            var separator = line.IndexOfAny(['=', ':']);
            if (inside && separator > 0 && !line.StartsWith('#') && !line.StartsWith(';') && !char.IsWhiteSpace(raw[0]))
            {
                keys!.Add(line[..separator].Trim());
            }
        }

        return keys;
    }
}
