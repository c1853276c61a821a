using System.Text.Json;
using ProdReady.Semantics.Configuration;

namespace ProdReady.Semantics.Project;

/// <summary>
/// The files and folders the project's type checkers are configured to check: mypy's <c>files</c> (in
/// <c>pyproject.toml</c>'s <c>[tool.mypy]</c>, or the <c>[mypy]</c> section of <c>mypy.ini</c>, <c>.mypy.ini</c> or
/// <c>setup.cfg</c>) and pyright's or basedpyright's <c>include</c> (in <c>pyproject.toml</c> or
/// <c>pyrightconfig.json</c>). A file only type checkers read (a type test such as
/// <c>tests/typing/typing_options.py</c>, which pytest does not collect) is never run: the checkers resolve
/// <c>typing_extensions</c> from the standard-library stubs they ship, installed or not.
/// </summary>
public sealed class TypeCheckedFiles
{
    private readonly string[] _entries;

    private TypeCheckedFiles(string[] entries)
    {
        _entries = entries;
    }

    /// <summary>Gets a configuration naming no file.</summary>
    public static TypeCheckedFiles None { get; } = new([]);

    /// <summary>Gets the configured entries, relative to the root, with forward slashes and no <c>./</c> or trailing slash.</summary>
    public IReadOnlyList<string> Entries => _entries;

    /// <summary>Reads the type checkers' configured files from a project root; an unreadable or invalid file counts as naming none.</summary>
    /// <param name="root">The project root.</param>
    /// <returns>The configured files.</returns>
    public static TypeCheckedFiles Load(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        return Read(name =>
        {
            var path = Path.Combine(root, name);
            try
            {
                return File.Exists(path) ? File.ReadAllText(path) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        });
    }

    /// <summary>Reads the type checkers' configured files through a reader of the root's files.</summary>
    /// <param name="readFile">Returns a root file's text, or <see langword="null"/> when it does not exist.</param>
    /// <returns>The configured files.</returns>
    public static TypeCheckedFiles Read(Func<string, string?> readFile)
    {
        ArgumentNullException.ThrowIfNull(readFile);
        var entries = new List<string>();
        if (readFile("pyproject.toml") is { } pyproject && TomlDocument.TryParse(pyproject, out var root, out _))
        {
            AddTomlEntries(entries, TomlDocument.Get(root, "tool", "mypy", "files"));
            AddTomlEntries(entries, TomlDocument.Get(root, "tool", "pyright", "include"));
            AddTomlEntries(entries, TomlDocument.Get(root, "tool", "basedpyright", "include"));
        }

        foreach (var name in (string[])["mypy.ini", ".mypy.ini", "setup.cfg"])
        {
            if (readFile(name) is { } text && IniDocument.Parse(text, IniDialect.ConfigParser).Get("mypy", "files") is { } files)
            {
                AddSeparated(entries, files);
            }
        }

        if (readFile("pyrightconfig.json") is { } json)
        {
            AddJsonEntries(entries, json);
        }

        return entries.Count == 0 ? None : new TypeCheckedFiles([.. entries.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Tells whether a type checker is configured to check a file: named itself, inside a named folder, or matched by a pattern.</summary>
    /// <param name="path">The file, relative to the root, with forward slashes.</param>
    /// <returns><see langword="true"/> when a configured entry covers the file.</returns>
    public bool Covers(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var entry in _entries)
        {
            if (entry.Length == 0 || path == entry || (path.StartsWith(entry, StringComparison.Ordinal) && path[entry.Length] == '/')
                || (Fnmatch.HasGlobCharacters(entry) && Fnmatch.IsMatch(path, entry)))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddTomlEntries(List<string> entries, object? value)
    {
        switch (value)
        {
            case string text:
                AddSeparated(entries, text);
                break;
            case IEnumerable<object?> list:
                foreach (var item in list)
                {
                    if (item is string text)
                    {
                        Add(entries, text);
                    }
                }

                break;
        }
    }

    private static void AddJsonEntries(List<string> entries, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("include", out var include) && include.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in include.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && item.GetString() is { } text)
                    {
                        Add(entries, text);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // An invalid pyrightconfig.json names no file: pyright itself refuses it.
        }
    }

    private static void AddSeparated(List<string> entries, string text)
    {
        foreach (var part in text.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Add(entries, part);
        }
    }

    private static void Add(List<string> entries, string entry)
    {
        var normalized = entry.Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        normalized = normalized.TrimEnd('/');
        if (normalized == ".")
        {
            // The whole project: an empty entry covers every file.
            entries.Add(string.Empty);
        }
        else if (normalized.Length > 0)
        {
            entries.Add(normalized);
        }
    }
}
