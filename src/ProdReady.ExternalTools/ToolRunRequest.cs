namespace ProdReady.ExternalTools;

/// <summary>What <see cref="ExternalToolRunner"/> runs, and where.</summary>
public sealed class ToolRunRequest
{
    /// <summary>The characters of a tool's standard output read at most (16 Mi); the rest is read and dropped.</summary>
    public const long DefaultOutputLimitChars = 16L * 1024 * 1024;

    /// <summary>Gets the project root: the tools run there, and finding paths are made relative to it.</summary>
    public required string Root { get; init; }

    /// <summary>Gets the tools to run, in the order they run.</summary>
    public required IReadOnlyList<ExternalTool> Tools { get; init; }

    /// <summary>Gets the environment lookup that chooses the interpreter (<c>PRODREADY_PYTHON</c>, <c>VIRTUAL_ENV</c>, <c>PATH</c>).</summary>
    public required Func<string, string?> Environment { get; init; }

    /// <summary>Gets the folders mypy and flake8 check, relative to the root (the configured source and test roots).</summary>
    public IReadOnlyList<string> Targets { get; init; } = ["."];

    /// <summary>Gets folder names mypy (without a configuration of its own) and flake8 leave out, such as <c>build</c> or <c>.venv</c>.</summary>
    public IReadOnlyList<string> ExcludedNames { get; init; } = [];

    /// <summary>Gets the time limit of each tool; a tool not listed has its default (<see cref="ToolCatalog.DefaultTimeout"/>).</summary>
    public IReadOnlyDictionary<ExternalTool, TimeSpan> Timeouts { get; init; } = new Dictionary<ExternalTool, TimeSpan>();

    /// <summary>Gets the characters of a tool's output read at most.</summary>
    public long OutputLimitChars { get; init; } = DefaultOutputLimitChars;

    /// <summary>Returns the time limit of a tool.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>The limit.</returns>
    public TimeSpan TimeoutOf(ExternalTool tool) => Timeouts.TryGetValue(tool, out var limit) ? limit : ToolCatalog.DefaultTimeout(tool);
}
