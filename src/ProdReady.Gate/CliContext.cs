namespace ProdReady.Gate;

/// <summary>
/// Everything a command touches outside its arguments: streams, working directory and environment.
/// Tests build one over <see cref="StringWriter"/>s so that commands run in-process.
/// </summary>
public sealed class CliContext
{
    /// <summary>
    /// Standard input, made when first read: the console's reader sets up terminal handling and the console's own writer,
    /// which only a plan read from standard input needs.
    /// </summary>
    private readonly Lazy<TextReader> _input;

    /// <summary>Initializes a new instance of the <see cref="CliContext"/> class.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="workingDirectory">The directory relative paths are resolved against.</param>
    /// <param name="environment">Reads an environment variable; returns <see langword="null"/> when unset.</param>
    /// <param name="isOutputTerminal">Whether standard output is an interactive terminal.</param>
    /// <param name="isErrorTerminal">Whether standard error is an interactive terminal.</param>
    public CliContext(
        TextWriter output,
        TextWriter error,
        TextReader input,
        string workingDirectory,
        Func<string, string?> environment,
        bool isOutputTerminal = false,
        bool isErrorTerminal = false)
        : this(output, error, new Lazy<TextReader>(input), workingDirectory, environment, isOutputTerminal, isErrorTerminal)
    {
    }

    private CliContext(
        TextWriter output,
        TextWriter error,
        Lazy<TextReader> input,
        string workingDirectory,
        Func<string, string?> environment,
        bool isOutputTerminal,
        bool isErrorTerminal)
    {
        Output = output;
        Error = error;
        _input = input;
        WorkingDirectory = workingDirectory;
        Environment = environment;
        IsOutputTerminal = isOutputTerminal;
        IsErrorTerminal = isErrorTerminal;
    }

    /// <summary>Gets standard output.</summary>
    public TextWriter Output { get; }

    /// <summary>Gets standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets standard input.</summary>
    public TextReader Input => _input.Value;

    /// <summary>Gets the directory relative paths are resolved against.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Gets the environment lookup.</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>Gets a value indicating whether standard output is a terminal (colour allowed).</summary>
    public bool IsOutputTerminal { get; }

    /// <summary>Gets a value indicating whether standard error is a terminal (progress allowed).</summary>
    public bool IsErrorTerminal { get; }

    /// <summary>
    /// Gets the analysis engine's warm-up when the process started it before parsing its command line (a <c>check</c> does:
    /// the warm-up then overlaps the parsing too), or <see langword="null"/>, and the gate starts its own.
    /// </summary>
    public Task? EngineWarmUp { get; init; }

    /// <summary>
    /// Gets the environment variables set (or, with a <see langword="null"/> value, removed) for every git
    /// process, on top of the process environment; empty for the real process. Tests isolate git with it.
    /// </summary>
    public IReadOnlyDictionary<string, string?> GitEnvironment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Creates the context of the real process.</summary>
    /// <param name="engineWarmUp">The analysis engine's warm-up, when the process has started it; see <see cref="EngineWarmUp"/>.</param>
    /// <returns>A context over the console and the process environment.</returns>
    public static CliContext FromConsole(Task? engineWarmUp = null)
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        var error = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        return new CliContext(
            output,
            error,
            new Lazy<TextReader>(() => Console.In),
            Directory.GetCurrentDirectory(),
            System.Environment.GetEnvironmentVariable,
            !Console.IsOutputRedirected,
            !Console.IsErrorRedirected)
        {
            EngineWarmUp = engineWarmUp,
        };
    }

    /// <summary>Resolves <paramref name="path"/> against <see cref="WorkingDirectory"/>.</summary>
    /// <param name="path">An absolute or relative path.</param>
    /// <returns>The absolute path.</returns>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
