using ProdReady.Semantics.Configuration;

namespace ProdReady.Semantics.Environment;

/// <content>Reads <c>setup.cfg</c> and <c>tox.ini</c>.</content>
public sealed partial class DeclaredDependencies
{
    private void ReadSetupCfg()
    {
        const string SetupCfg = "setup.cfg";
        var document = ReadIni(SetupCfg);
        if (document is null)
        {
            return;
        }

        RequiresPython ??= document.Get("options", "python_requires");
        ReadIniRequirements(document.Get("options", "install_requires"), DependencyKind.Runtime, $"{SetupCfg}: [options] install_requires");
        ReadIniRequirements(document.Get("options", "tests_require"), DependencyKind.Development, $"{SetupCfg}: [options] tests_require");
        if (document.GetSection("options.extras_require") is { } extras)
        {
            foreach (var (extra, value) in extras)
            {
                ReadIniRequirements(value, KindOfName(extra), $"{SetupCfg}: [options.extras_require] {extra}");
            }
        }
    }

    private void ReadToxIni()
    {
        const string ToxIni = "tox.ini";
        var document = ReadIni(ToxIni);
        if (document is null)
        {
            return;
        }

        foreach (var section in document.SectionNames)
        {
            if (section != "testenv" && !section.StartsWith("testenv:", StringComparison.Ordinal))
            {
                continue;
            }

            var deps = document.Get(section, "deps");
            if (deps is null)
            {
                continue;
            }

            _declaresAny = true;
            foreach (var raw in deps.Split('\n'))
            {
                var line = StripFactors(StripComment(raw).Trim().Replace("{toxinidir}", ".", StringComparison.Ordinal));
                if (line.Length == 0)
                {
                    continue;
                }

                if (line.StartsWith('-'))
                {
                    var (option, value) = SplitOption(line);
                    if (option is "-r" or "--requirement" && !value.Contains('{', StringComparison.Ordinal))
                    {
                        ReadRequirementsFile(Path.GetFullPath(Path.Combine(_root, value)), DependencyKind.Development, counts: true, []);
                    }
                    else if (option is "-e" or "--editable")
                    {
                        AddEditable(value, DependencyKind.Development);
                    }

                    continue;
                }

                // Other substitutions ({[base]deps}, {env:X}) refer to text this reader does not expand.
                if (!line.Contains('{', StringComparison.Ordinal))
                {
                    AddRequirement(line, DependencyKind.Development, $"{ToxIni}: [{section}] deps");
                }
            }
        }
    }

    /// <summary>Removes a tox factor condition: <c>py38,py39: pytest</c> and <c>!lint: coverage</c> are <c>pytest</c> and <c>coverage</c>.</summary>
    private static string StripFactors(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon + 1 >= line.Length || !char.IsWhiteSpace(line[colon + 1]))
        {
            return line;
        }

        var factors = line[..colon];
        return factors.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ',' or '!' or ' ')
            ? line[(colon + 1)..].Trim()
            : line;
    }

    private void ReadIniRequirements(string? value, DependencyKind kind, string location)
    {
        if (value is null)
        {
            return;
        }

        _declaresAny = true;
        var text = value.Trim();
        if (text.StartsWith("file:", StringComparison.Ordinal))
        {
            // setuptools: install_requires = file: requirements.in (several files separated by commas).
            foreach (var file in text[5..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                ReadRequirementsRoot(Path.Combine(_root, file), kind);
            }

            return;
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = StripComment(raw).Trim();
            if (line.Length > 0)
            {
                AddRequirement(line, kind, location);
            }
        }
    }

    private IniDocument? ReadIni(string name)
    {
        if (ReadRootFile(name) is not { } text)
        {
            return null;
        }

        var document = IniDocument.Parse(text, IniDialect.ConfigParser);
        if (document.Error is { } error)
        {
            Problem(name, $"invalid INI at line {error.Line}: {error.Message}");
            return null;
        }

        return document;
    }
}
