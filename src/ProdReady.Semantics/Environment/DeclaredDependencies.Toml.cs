using ProdReady.Semantics.Configuration;

namespace ProdReady.Semantics.Environment;

/// <content>Reads <c>pyproject.toml</c> and <c>Pipfile</c>.</content>
public sealed partial class DeclaredDependencies
{
    private void ReadPyproject()
    {
        var document = ReadToml("pyproject.toml");
        if (document is null)
        {
            return;
        }

        const string Pyproject = "pyproject.toml";
        if (TomlDocument.Get(document, "project") is Dictionary<string, object?> project)
        {
            RequiresPython ??= project.GetValueOrDefault("requires-python") as string;
            ReadRequirementArray(project.GetValueOrDefault("dependencies"), DependencyKind.Runtime, Pyproject, "[project].dependencies");
            if (project.GetValueOrDefault("optional-dependencies") is Dictionary<string, object?> extras)
            {
                foreach (var (extra, list) in extras)
                {
                    ReadRequirementArray(list, KindOfName(extra), Pyproject, $"[project.optional-dependencies].{extra}");
                }
            }
        }

        ReadDependencyGroups(document, Pyproject);
        ReadPoetry(document, Pyproject);

        if (TomlDocument.Get(document, "tool", "pdm", "dev-dependencies") is Dictionary<string, object?> pdm)
        {
            foreach (var (group, list) in pdm)
            {
                ReadRequirementArray(list, DependencyKind.Development, Pyproject, $"[tool.pdm.dev-dependencies].{group}");
            }
        }

        ReadRequirementArray(TomlDocument.Get(document, "tool", "uv", "dev-dependencies"), DependencyKind.Development, Pyproject, "[tool.uv].dev-dependencies");
        if (TomlDocument.Get(document, "tool", "uv", "workspace") is Dictionary<string, object?> workspace)
        {
            WorkspaceMemberGlobs = Strings(workspace.GetValueOrDefault("members"));
            WorkspaceExcludeGlobs = Strings(workspace.GetValueOrDefault("exclude"));
        }

        if (TomlDocument.Get(document, "tool", "hatch", "envs") is Dictionary<string, object?> environments)
        {
            foreach (var (name, value) in environments)
            {
                if (value is Dictionary<string, object?> environment)
                {
                    ReadRequirementArray(environment.GetValueOrDefault("dependencies"), DependencyKind.Development, Pyproject, $"[tool.hatch.envs.{name}].dependencies");
                    ReadRequirementArray(environment.GetValueOrDefault("extra-dependencies"), DependencyKind.Development, Pyproject, $"[tool.hatch.envs.{name}].extra-dependencies");
                }
            }
        }

        // setuptools' dynamic metadata: dependencies = { file = ["requirements.txt"] }.
        if (TomlDocument.Get(document, "tool", "setuptools", "dynamic") is Dictionary<string, object?> dynamic)
        {
            ReadDynamicFiles(dynamic.GetValueOrDefault("dependencies"), DependencyKind.Runtime);
            if (dynamic.GetValueOrDefault("optional-dependencies") is Dictionary<string, object?> dynamicExtras)
            {
                foreach (var (extra, value) in dynamicExtras)
                {
                    ReadDynamicFiles(value, KindOfName(extra));
                }
            }
        }
    }

    private void ReadDependencyGroups(Dictionary<string, object?> document, string file)
    {
        if (TomlDocument.Get(document, "dependency-groups") is not Dictionary<string, object?> groups)
        {
            return;
        }

        _declaresAny = true;
        foreach (var group in groups.Keys)
        {
            ReadDependencyGroup(groups, group, file, []);
        }
    }

    private void ReadDependencyGroup(Dictionary<string, object?> groups, string group, string file, HashSet<string> including)
    {
        var location = $"[dependency-groups].{group}";
        if (!including.Add(group))
        {
            Problem(file, $"{location} includes itself through {string.Join(" -> ", including)}");
            return;
        }

        if (groups.GetValueOrDefault(group) is not List<object?> items)
        {
            Problem(file, $"{location} must be an array");
            including.Remove(group);
            return;
        }

        foreach (var item in items)
        {
            switch (item)
            {
                case string text:
                    AddRequirement(text, DependencyKind.Development, $"{file}: {location}");
                    break;
                case Dictionary<string, object?> table when table.GetValueOrDefault("include-group") is string included:
                    var target = groups.Keys.FirstOrDefault(name => DistributionName.Normalize(name) == DistributionName.Normalize(included));
                    if (target is null)
                    {
                        Problem(file, $"{location} includes the unknown group '{included}'");
                    }
                    else
                    {
                        ReadDependencyGroup(groups, target, file, including);
                    }

                    break;
                default:
                    Problem(file, $"{location} holds an entry that is neither a requirement nor an include-group table");
                    break;
            }
        }

        including.Remove(group);
    }

    private void ReadPoetry(Dictionary<string, object?> document, string file)
    {
        if (TomlDocument.Get(document, "tool", "poetry") is not Dictionary<string, object?> poetry)
        {
            return;
        }

        if (poetry.GetValueOrDefault("dependencies") is Dictionary<string, object?> dependencies)
        {
            if (dependencies.GetValueOrDefault("python") is string python)
            {
                RequiresPython ??= python;
            }

            ReadPoetryTable(dependencies, DependencyKind.Runtime, file, "[tool.poetry.dependencies]");
        }

        if (poetry.GetValueOrDefault("dev-dependencies") is Dictionary<string, object?> development)
        {
            ReadPoetryTable(development, DependencyKind.Development, file, "[tool.poetry.dev-dependencies]");
        }

        if (poetry.GetValueOrDefault("group") is Dictionary<string, object?> groups)
        {
            foreach (var (name, value) in groups)
            {
                if (TomlDocument.Get(groups, name, "dependencies") is Dictionary<string, object?> table)
                {
                    // Poetry's "main" group is the runtime dependencies under another name.
                    var kind = name == "main" ? DependencyKind.Runtime : DependencyKind.Development;
                    ReadPoetryTable(table, kind, file, $"[tool.poetry.group.{name}.dependencies]");
                }
                else if (value is not Dictionary<string, object?>)
                {
                    Problem(file, $"[tool.poetry.group.{name}] must be a table");
                }
            }
        }
    }

    private void ReadPoetryTable(Dictionary<string, object?> table, DependencyKind kind, string file, string location)
    {
        _declaresAny = true;
        foreach (var name in table.Keys)
        {
            if (string.Equals(name, "python", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (DistributionName.IsValid(name))
            {
                Add(new Requirement(name, [], null), kind);
            }
            else
            {
                Problem(file, $"{location} has the invalid distribution name '{name}'");
            }
        }
    }

    private void ReadPipfile()
    {
        var document = ReadToml("Pipfile");
        if (document is null)
        {
            return;
        }

        foreach (var (section, kind) in (ReadOnlySpan<(string, DependencyKind)>)[("packages", DependencyKind.Runtime), ("dev-packages", DependencyKind.Development)])
        {
            if (document.GetValueOrDefault(section) is Dictionary<string, object?> packages)
            {
                ReadPoetryTable(packages, kind, "Pipfile", $"[{section}]");
            }
        }

        if (TomlDocument.Get(document, "requires", "python_version") is string version)
        {
            RequiresPython ??= ">=" + version;
        }
    }

    private void ReadRequirementArray(object? value, DependencyKind kind, string file, string location)
    {
        switch (value)
        {
            case null:
                return;
            case List<object?> items:
                _declaresAny = true;
                foreach (var item in items)
                {
                    if (item is string text)
                    {
                        // PDM lists editable installs as pip lines: "-e file:///${PROJECT_ROOT}/lib#egg=lib".
                        if (text.StartsWith("-e ", StringComparison.Ordinal) || text.StartsWith("--editable ", StringComparison.Ordinal))
                        {
                            AddEditable(text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..], kind);
                        }
                        else
                        {
                            AddRequirement(text, kind, $"{file}: {location}");
                        }
                    }
                    else
                    {
                        Problem(file, $"{location} holds a value that is not a string");
                    }
                }

                return;
            default:
                Problem(file, $"{location} must be an array of strings");
                return;
        }
    }

    private void ReadDynamicFiles(object? value, DependencyKind kind)
    {
        var files = (value as Dictionary<string, object?>)?.GetValueOrDefault("file") switch
        {
            string one => [one],
            List<object?> many => many.OfType<string>().ToList(),
            _ => [],
        };
        foreach (var file in files)
        {
            ReadRequirementsRoot(Path.Combine(_root, file), kind);
        }
    }

    /// <summary>The strings of a TOML array; other values are left out, and anything but an array is empty.</summary>
    private static string[] Strings(object? value) => value is List<object?> values ? [.. values.OfType<string>()] : [];

    private Dictionary<string, object?>? ReadToml(string name)
    {
        if (ReadRootFile(name) is not { } text)
        {
            return null;
        }

        if (!TomlDocument.TryParse(text, out var document, out var error))
        {
            Problem(name, $"invalid TOML at {error!.Line}:{error.Column}: {error.Message}");
            return null;
        }

        return document;
    }
}
