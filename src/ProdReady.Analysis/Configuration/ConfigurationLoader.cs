using System.Globalization;
using ProdReady.Analysis.Discovery;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.Configuration;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace ProdReady.Analysis.Configuration;

/// <summary>
/// Finds and reads the configuration: <c>prodready.toml</c> (top-level keys) or the <c>[tool.prodready]</c>
/// table of <c>pyproject.toml</c>. Every problem is a <see cref="ConfigurationException"/> naming the file,
/// line, column and reason; nothing in the file is evaluated.
/// </summary>
public static class ConfigurationLoader
{
    /// <summary>The dedicated configuration file name; it wins over <c>pyproject.toml</c> in the same folder.</summary>
    public const string ProdReadyFileName = "prodready.toml";

    /// <summary>The Python project file, read only when it has a <c>[tool.prodready]</c> table.</summary>
    public const string PyprojectFileName = "pyproject.toml";

    private static readonly string[] s_keys =
    [
        "allow-star-arg-any", "baseline", "changelog", "docstring-convention", "exclude", "extend-exclude", "fail-on", "ignore", "inherit-docstrings",
        "max-file-size", "per-file-ignores", "respect-gitignore", "run-tools", "select", "src", "target-version", "tests", "tool-timeouts",
    ];

    private static readonly string[] s_tools = ["pytest", "mypy", "flake8"];

    /// <summary>
    /// Loads the configuration for a checked root: the explicit file when given, else the nearest
    /// configuration found walking up from <paramref name="root"/> to the repository root (the first
    /// folder with a <c>.git</c>) or the filesystem root, else the defaults anchored at <paramref name="root"/>.
    /// </summary>
    /// <param name="root">The checked root.</param>
    /// <param name="explicitPath">The <c>--config</c> file, or <see langword="null"/>.</param>
    /// <param name="isKnownRuleSelector">Whether a rule code or prefix exists (see <see cref="KnownRuleCodes.IsKnownSelector"/>).</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigurationException">The file cannot be read or is invalid.</exception>
    public static ProdReadyConfiguration Load(string root, string? explicitPath, Func<string, bool> isKnownRuleSelector)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(isKnownRuleSelector);
        if (explicitPath is not null)
        {
            return LoadFile(explicitPath, isKnownRuleSelector);
        }

        foreach (var directory in SearchDirectories(root))
        {
            var dedicated = Path.Combine(directory, ProdReadyFileName);
            if (File.Exists(dedicated))
            {
                return LoadFile(dedicated, isKnownRuleSelector);
            }

            var pyproject = Path.Combine(directory, PyprojectFileName);
            if (File.Exists(pyproject))
            {
                var configuration = Parse(ReadFile(pyproject), pyproject, isKnownRuleSelector);
                if (configuration is not null)
                {
                    return configuration;
                }
            }
        }

        return new ProdReadyConfiguration(root);
    }

    /// <summary>Finds the configuration file that <see cref="Load"/> would read for a root, without validating its settings.</summary>
    /// <param name="root">The checked root.</param>
    /// <returns>The file, or <see langword="null"/> when the defaults apply.</returns>
    /// <exception cref="ConfigurationException">A <c>pyproject.toml</c> on the way is not valid TOML.</exception>
    public static string? FindFile(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        foreach (var directory in SearchDirectories(root))
        {
            var dedicated = Path.Combine(directory, ProdReadyFileName);
            if (File.Exists(dedicated))
            {
                return dedicated;
            }

            var pyproject = Path.Combine(directory, PyprojectFileName);
            if (File.Exists(pyproject) && FindSettings(ParseTree(ReadFile(pyproject), pyproject), pyproject, isPyproject: true) is not null)
            {
                return pyproject;
            }
        }

        return null;
    }

    /// <summary>Loads an explicit configuration file: a <c>pyproject.toml</c> is read from its <c>[tool.prodready]</c> table (defaults when it has none), any other file from its top-level keys.</summary>
    /// <param name="path">The file.</param>
    /// <param name="isKnownRuleSelector">Whether a rule code or prefix exists.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigurationException">The file cannot be read or is invalid.</exception>
    public static ProdReadyConfiguration LoadFile(string path, Func<string, bool> isKnownRuleSelector)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        return Parse(ReadFile(full), full, isKnownRuleSelector)
            ?? new ProdReadyConfiguration(Path.GetDirectoryName(full) ?? full) { SourcePath = full };
    }

    /// <summary>Parses configuration text. The file name decides the layout: <c>pyproject.toml</c> uses <c>[tool.prodready]</c>, anything else top-level keys.</summary>
    /// <param name="text">The TOML text.</param>
    /// <param name="path">The file path, for messages and as the anchor of relative paths.</param>
    /// <param name="isKnownRuleSelector">Whether a rule code or prefix exists.</param>
    /// <returns>The configuration, or <see langword="null"/> for a <c>pyproject.toml</c> without <c>[tool.prodready]</c>.</returns>
    /// <exception cref="ConfigurationException">The text is invalid.</exception>
    public static ProdReadyConfiguration? Parse(string text, string path, Func<string, bool> isKnownRuleSelector)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(isKnownRuleSelector);
        var isPyproject = string.Equals(Path.GetFileName(path), PyprojectFileName, StringComparison.Ordinal);
        var settings = FindSettings(ParseTree(text, path), path, isPyproject);
        if (settings is null)
        {
            return null;
        }

        var reader = new SettingsReader(path, isPyproject ? "[tool.prodready]" : "the configuration", isKnownRuleSelector);
        return reader.Read(settings, new ProdReadyConfiguration(Path.GetDirectoryName(Path.GetFullPath(path)) ?? path)
        {
            SourcePath = Path.GetFullPath(path),
        });
    }

    private static IEnumerable<string> SearchDirectories(string root)
    {
        for (var directory = Path.GetFullPath(root); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            yield return directory;
            var dotGit = Path.Combine(directory, ".git");
            if (Directory.Exists(dotGit) || File.Exists(dotGit))
            {
                yield break;
            }
        }
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = exception is FileNotFoundException or DirectoryNotFoundException
                ? "configuration file not found"
                : "cannot read the configuration file: " + exception.Message;
            throw new ConfigurationException(path, null, null, reason, exception);
        }
    }

    private static TomlTree ParseTree(string text, string path)
    {
        var document = SyntaxParser.Parse(text, path);
        if (TomlSyntax.FirstError(document) is { } diagnostic)
        {
            throw new ConfigurationException(
                path,
                diagnostic.Span.Start.Line + 1,
                diagnostic.Span.Start.Column + 1,
                "invalid TOML: " + diagnostic.Message);
        }

        return TomlTree.FromDocument(document);
    }

    private static TomlTree? FindSettings(TomlTree document, string path, bool isPyproject)
    {
        if (!isPyproject)
        {
            return document;
        }

        var tool = document.Find("tool");
        if (tool is null)
        {
            return null;
        }

        if (tool.Table is null)
        {
            throw new ConfigurationException(path, tool.Line, tool.Column, "`tool` must be a table");
        }

        var settings = tool.Table.Find("prodready");
        if (settings is null)
        {
            return null;
        }

        return settings.Table ?? throw new ConfigurationException(path, settings.Line, settings.Column, "`tool.prodready` must be a table");
    }

    /// <summary>Reads and validates the keys of the settings table.</summary>
    private sealed class SettingsReader(string path, string tableName, Func<string, bool> isKnownRuleSelector)
    {
        public ProdReadyConfiguration Read(TomlTree settings, ProdReadyConfiguration configuration)
        {
            foreach (var entry in settings.Entries)
            {
                configuration = entry.Key switch
                {
                    "src" => configuration with { Src = Paths(entry) },
                    "tests" => configuration with { Tests = Paths(entry) },
                    "exclude" => configuration with { Exclude = Patterns(entry) },
                    "extend-exclude" => configuration with { ExtendExclude = Patterns(entry) },
                    "respect-gitignore" => configuration with { RespectGitignore = Boolean(entry) },
                    "select" => configuration with { Select = Selectors(entry) },
                    "ignore" => configuration with { Ignore = Selectors(entry) },
                    "per-file-ignores" => configuration with { PerFileIgnores = PerFileIgnores(entry) },
                    "changelog" => configuration with { Changelog = NonEmptyString(entry) },
                    "fail-on" => configuration with { FailOn = FailOn(entry) },
                    "max-file-size" => configuration with { MaxFileSize = MaxFileSize(entry) },
                    "target-version" => configuration with { TargetVersion = TargetVersion(entry) },
                    "baseline" => configuration with { Baseline = NonEmptyString(entry) },
                    "run-tools" => configuration with { RunTools = RunTools(entry) },
                    "tool-timeouts" => configuration with { ToolTimeouts = ToolTimeouts(entry) },
                    "allow-star-arg-any" => configuration with { AllowStarArgAny = Boolean(entry) },
                    "docstring-convention" => configuration with { DocstringConvention = Convention(entry) },
                    "inherit-docstrings" => configuration with { InheritDocstrings = Boolean(entry) },
                    _ => throw UnknownKey(entry),
                };
            }

            return configuration;
        }

        private Docstrings.DocstringConvention Convention(TomlEntry entry)
        {
            var text = NonEmptyString(entry);
            return text switch
            {
                "google" => Docstrings.DocstringConvention.Google,
                "numpy" => Docstrings.DocstringConvention.Numpy,
                "sphinx" => Docstrings.DocstringConvention.Sphinx,
                _ => throw ValueError(entry, $"`docstring-convention` must be \"google\", \"numpy\" or \"sphinx\", not \"{text}\""),
            };
        }

        private string TargetVersion(TomlEntry entry)
        {
            var text = NonEmptyString(entry);
            if (ProdReady.Semantics.Environment.PythonVersion.FromTargetVersion(text) is null)
            {
                throw ValueError(entry, $"`target-version` must name a Python version from py36 to py313 (such as \"py311\"), not \"{text}\"");
            }

            return text;
        }

        private string[] RunTools(TomlEntry entry)
        {
            if (entry.Node is BooleanValueSyntax boolean)
            {
                return boolean.Value ? s_tools : [];
            }

            if (entry.Node is not ArraySyntax)
            {
                throw ValueError(entry, $"`run-tools` must be true, false or an array of tool names (\"pytest\", \"mypy\", \"flake8\"), not {Describe(entry)}");
            }

            var names = Strings(entry);
            foreach (var (name, node) in names)
            {
                if (!s_tools.Contains(name, StringComparer.Ordinal))
                {
                    var suggestion = Suggestions.Closest(name, s_tools);
                    throw Error(node, $"`run-tools` entry \"{name}\" is not a tool: use \"pytest\", \"mypy\" or \"flake8\"{(suggestion is null ? "" : $"; did you mean \"{suggestion}\"?")}");
                }
            }

            return [.. s_tools.Where(tool => names.Exists(n => n.Value == tool))];
        }

        private Dictionary<string, int> ToolTimeouts(TomlEntry entry)
        {
            if (entry.Table is null)
            {
                throw ValueError(entry, $"`tool-timeouts` must be a table of tool = seconds (such as pytest = 900), not {Describe(entry)}");
            }

            var limits = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in entry.Table.Entries)
            {
                if (!s_tools.Contains(item.Key, StringComparer.Ordinal))
                {
                    throw Error(item, $"`tool-timeouts` key `{item.Key}` is not a tool: use pytest, mypy or flake8");
                }

                if (item.Node is not IntegerValueSyntax { Value: > 0 and <= 86_400 } seconds)
                {
                    throw ValueError(item, $"`tool-timeouts.{item.Key}` must be a number of seconds from 1 to 86400, not {Describe(item)}");
                }

                limits[item.Key] = (int)seconds.Value;
            }

            return limits;
        }

        private ConfigurationException UnknownKey(TomlEntry entry)
        {
            var suggestion = Suggestions.Closest(entry.Key, s_keys);
            var hint = suggestion is null ? "" : $"; did you mean `{suggestion}`?";
            return Error(entry, $"unknown key `{entry.Key}` in {tableName}{hint}");
        }

        private ConfigurationException Error(TomlEntry entry, string reason) => new(path, entry.Line, entry.Column, reason);

        private ConfigurationException Error(SyntaxNode node, string reason) =>
            new(path, node.Span.Start.Line + 1, node.Span.Start.Column + 1, reason);

        private List<(string Value, SyntaxNode Node)> Strings(TomlEntry entry)
        {
            if (entry.Node is not ArraySyntax array)
            {
                throw ValueError(entry, $"`{entry.Key}` must be an array of strings, not {Describe(entry)}");
            }

            var values = new List<(string Value, SyntaxNode Node)>();
            foreach (var item in array.Items)
            {
                if (item.Value is not StringValueSyntax text || text.Value is null)
                {
                    throw Error((SyntaxNode?)item.Value ?? item, $"`{entry.Key}` must be an array of strings, not an array containing {Describe(item.Value)}");
                }

                values.Add((text.Value, text));
            }

            return values;
        }

        private string[] Paths(TomlEntry entry) =>
            Strings(entry).Select(item => item.Value.Length == 0
                ? throw Error(item.Node, $"`{entry.Key}` entries must not be empty")
                : item.Value).ToArray();

        private string[] Patterns(TomlEntry entry) =>
            Strings(entry).Select(item => IgnorePattern.Parse(item.Value, 0) is null
                ? throw Error(item.Node, $"`{entry.Key}` entry \"{item.Value}\" is not a pattern (empty, a comment or only a slash)")
                : item.Value).ToArray();

        private string[] Selectors(TomlEntry entry) => Strings(entry).Select(item => Selector(entry.Key, item.Value, item.Node)).ToArray();

        private string Selector(string key, string selector, SyntaxNode node)
        {
            if (!KnownRuleCodes.IsWellFormedSelector(selector))
            {
                throw Error(node, $"`{key}` entry \"{selector}\" is not a rule code or prefix (expected `ALL` or uppercase letters and digits, such as `PLH` or `PLH001`)");
            }

            if (selector != KnownRuleCodes.All && !isKnownRuleSelector(selector))
            {
                var hint = new KnownRuleCodes(RuleCatalog.All.Select(r => r.Info.Code)).Suggest(selector) is { } suggestion ? $"; did you mean `{suggestion}`?" : "";
                throw Error(node, $"`{key}` entry \"{selector}\": unknown rule code or prefix{hint}");
            }

            return selector;
        }

        private PerFileIgnore[] PerFileIgnores(TomlEntry entry)
        {
            if (entry.Table is null)
            {
                throw ValueError(entry, $"`per-file-ignores` must be a table of \"pattern\" = [codes], not {Describe(entry)}");
            }

            var result = new List<PerFileIgnore>();
            foreach (var item in entry.Table.Entries)
            {
                if (IgnorePattern.Parse(item.Key, 0) is null)
                {
                    throw Error(item, $"`per-file-ignores` key \"{item.Key}\" is not a pattern");
                }

                if (item.Table is not null)
                {
                    throw Error(item, $"`per-file-ignores` key `{item.Key}` is a table; quote patterns that contain dots, such as \"__init__.py\" = [\"DOC\"]");
                }

                var codes = Strings(item with { Key = "per-file-ignores." + Quote(item.Key) })
                    .Select(code => Selector("per-file-ignores", code.Value, code.Node))
                    .ToArray();
                result.Add(new PerFileIgnore(item.Key, codes));
            }

            return [.. result];
        }

        private bool Boolean(TomlEntry entry) => entry.Node is BooleanValueSyntax boolean
            ? boolean.Value
            : throw ValueError(entry, $"`{entry.Key}` must be true or false, not {Describe(entry)}");

        private string NonEmptyString(TomlEntry entry) => entry.Node is StringValueSyntax { Value: { Length: > 0 } text }
            ? text
            : throw ValueError(entry, $"`{entry.Key}` must be a non-empty string, not {Describe(entry)}");

        private Severity FailOn(TomlEntry entry) => entry.Node is StringValueSyntax text
            ? text.Value switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                _ => throw ValueError(entry, $"`fail-on` must be \"error\", \"warning\" or \"info\", not \"{text.Value}\""),
            }
            : throw ValueError(entry, $"`fail-on` must be \"error\", \"warning\" or \"info\", not {Describe(entry)}");

        private long MaxFileSize(TomlEntry entry)
        {
            const string Expected = "`max-file-size` must be a positive number of bytes or a size such as \"2MB\" or \"512KB\"";
            long? size = entry.Node switch
            {
                IntegerValueSyntax integer => integer.Value,
                StringValueSyntax text => ParseSize(text.Value ?? ""),
                _ => null,
            };
            return size is > 0 ? size.Value : throw ValueError(entry, $"{Expected}, not {Describe(entry)}");
        }

        private static long? ParseSize(string text)
        {
            var trimmed = text.Trim();
            var digits = 0;
            while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
            {
                digits++;
            }

            if (digits == 0 || !long.TryParse(trimmed.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            long multiplier = trimmed[digits..].Trim().ToUpperInvariant() switch
            {
                "" or "B" => 1,
                "KB" or "KIB" => 1024,
                "MB" or "MIB" => 1024 * 1024,
                "GB" or "GIB" => 1024 * 1024 * 1024,
                _ => 0,
            };
            return multiplier == 0 || number > long.MaxValue / multiplier ? null : number * multiplier;
        }

        private ConfigurationException ValueError(TomlEntry entry, string reason) =>
            entry.Node is null ? Error(entry, reason) : Error(entry.Node, reason);

        private static string Quote(string key) => BareKeySyntax.IsBareKey(key) ? key : "\"" + key + "\"";

        private static string Describe(TomlEntry entry) => entry.Table is not null ? "a table" : Describe(entry.Node);

        private static string Describe(SyntaxNode? node) => node switch
        {
            null => "nothing",
            StringValueSyntax text => $"the string \"{text.Value}\"",
            IntegerValueSyntax => "an integer",
            FloatValueSyntax => "a float",
            BooleanValueSyntax => "a boolean",
            DateTimeValueSyntax => "a date-time",
            ArraySyntax => "an array",
            InlineTableSyntax => "a table",
            TableArraySyntax => "an array of tables",
            _ => "a value of another type",
        };
    }
}
