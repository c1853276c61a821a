using System.Text;

namespace ProdReady.Cli.Tests;

/// <summary>The outcome of one in-process run of the command line.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The golden form: exit code, stdout and stderr, with <paramref name="root"/> replaced by <c>[TEMP]</c>.</summary>
    public string ToGolden(string? root = null)
    {
        var text = $"exit_code: {ExitCode}\n----- stdout -----\n{Output}----- stderr -----\n{Error}";
        if (root is not null)
        {
            text = text.Replace(root.TrimEnd(Path.DirectorySeparatorChar), "[TEMP]", StringComparison.Ordinal);
        }

        return text.ReplaceLineEndings("\n");
    }
}

/// <summary>Runs <c>prodready</c> in-process through <see cref="ProdReadyApp.RunAsync"/>.</summary>
internal static class CliRunner
{
    /// <summary>Runs the command line with the given working directory, environment and standard input.</summary>
    public static Task<CliResult> RunAsync(
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null,
        string input = "",
        params string[] args) =>
        RunAsync(workingDirectory, environment, input, null, args);

    /// <summary>Runs the command line with git isolated by <paramref name="gitEnvironment"/>.</summary>
    public static async Task<CliResult> RunAsync(
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment,
        string input,
        IReadOnlyDictionary<string, string?>? gitEnvironment,
        params string[] args)
    {
        using var output = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        using var error = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        using var stdin = new StringReader(input);
        var env = environment ?? new Dictionary<string, string>();
        var context = new CliContext(output, error, stdin, workingDirectory, name => env.TryGetValue(name, out var value) ? value : null)
        {
            GitEnvironment = gitEnvironment ?? new Dictionary<string, string?>(),
        };
        var code = await ProdReadyApp.RunAsync(args, context, TestContext.Current.CancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the command line in <paramref name="workingDirectory"/> with an empty environment.</summary>
    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, null, "", args);
}
