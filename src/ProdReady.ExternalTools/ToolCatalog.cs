using System.Collections.Frozen;

namespace ProdReady.ExternalTools;

/// <summary>The names, modules, rule codes and default time limits of the external tools.</summary>
public static class ToolCatalog
{
    private static readonly FrozenDictionary<string, ExternalTool> s_byName = new Dictionary<string, ExternalTool>(StringComparer.Ordinal)
    {
        ["pytest"] = ExternalTool.Pytest,
        ["mypy"] = ExternalTool.Mypy,
        ["flake8"] = ExternalTool.Flake8,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets every tool, in the order they run.</summary>
    public static IReadOnlyList<ExternalTool> All { get; } = [ExternalTool.Pytest, ExternalTool.Mypy, ExternalTool.Flake8];

    /// <summary>Gets the names users write (<c>pytest</c>, <c>mypy</c>, <c>flake8</c>), in the order the tools run.</summary>
    public static IReadOnlyList<string> Names { get; } = ["pytest", "mypy", "flake8"];

    /// <summary>Returns the name of a tool, which is also the module run with <c>python -m</c>.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>Its name.</returns>
    public static string Name(ExternalTool tool) => tool switch
    {
        ExternalTool.Pytest => "pytest",
        ExternalTool.Mypy => "mypy",
        ExternalTool.Flake8 => "flake8",
        _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, "Unknown tool."),
    };

    /// <summary>Returns the rule code of a tool's findings.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns><c>EXT001</c>, <c>EXT002</c> or <c>EXT003</c>.</returns>
    public static string Code(ExternalTool tool) => tool switch
    {
        ExternalTool.Pytest => "EXT001",
        ExternalTool.Mypy => "EXT002",
        ExternalTool.Flake8 => "EXT003",
        _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, "Unknown tool."),
    };

    /// <summary>Returns the default time limit of a tool: 10 minutes for pytest, 5 for mypy and flake8.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>The limit.</returns>
    public static TimeSpan DefaultTimeout(ExternalTool tool) => tool == ExternalTool.Pytest ? TimeSpan.FromMinutes(10) : TimeSpan.FromMinutes(5);

    /// <summary>Finds a tool by its name, ignoring surrounding spaces.</summary>
    /// <param name="name">The name.</param>
    /// <param name="tool">The tool, when found.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out ExternalTool tool) => s_byName.TryGetValue((name ?? string.Empty).Trim(), out tool);

    /// <summary>Parses a comma-separated list such as <c>pytest,mypy</c>; an empty list means every tool.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The tools, in the order they run, without repeats.</returns>
    /// <exception cref="FormatException">A name is not a known tool; the message names it and the known ones.</exception>
    public static IReadOnlyList<ExternalTool> ParseList(string? list)
    {
        var names = (list ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            return All;
        }

        var tools = new HashSet<ExternalTool>();
        foreach (var name in names)
        {
            if (!TryParse(name, out var tool))
            {
                throw new FormatException($"unknown tool '{name}': use {string.Join(", ", Names)}");
            }

            tools.Add(tool);
        }

        return [.. All.Where(tools.Contains)];
    }
}
