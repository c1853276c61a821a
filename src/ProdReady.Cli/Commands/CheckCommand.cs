using System.CommandLine;
using System.Text;
using ProdReady.Analysis.Configuration;
using ProdReady.Core.Diagnostics;
using ProdReady.Git;
using ProdReady.Git.Changes;
using ProdReady.Reporting;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready check</c>: the change-aware gate; prints the validation checklist and its findings.</summary>
internal static class CheckCommand
{
    /// <summary>
    /// Reads the token after <c>--run-tools</c>, whose list is optional: the token is the list when it names tools
    /// (<c>--run-tools pytest,mypy</c>); a token that is a path (<c>--run-tools src</c>: a file or folder that exists, or
    /// a token with a slash or a <c>.py</c> ending) is one of the paths, and every tool runs. Any other token is kept as
    /// the list, so that a misspelt tool is reported as one.
    /// </summary>
    /// <param name="token">The token the option took, or <see langword="null"/> when it took none.</param>
    /// <param name="context">The working directory that paths are relative to.</param>
    /// <returns>The tool list (empty for every tool) and the path the token was, if it was one.</returns>
    internal static (string Tools, string? Path) ReadRunTools(string? token, CliContext context)
    {
        if (string.IsNullOrEmpty(token))
        {
            return (string.Empty, null);
        }

        var names = token.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length > 0 && names.All(name => ExternalTools.ToolCatalog.TryParse(name, out _)))
        {
            return (token, null);
        }

        var looksLikePath = token.Contains('/', StringComparison.Ordinal)
            || token.Contains('\\', StringComparison.Ordinal)
            || token.EndsWith(".py", StringComparison.Ordinal)
            || token == "."
            || Path.Exists(Path.GetFullPath(token, context.WorkingDirectory));
        return looksLikePath ? (string.Empty, token) : (token, null);
    }

    /// <summary>Creates the <c>check</c> command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders that narrow what is checked.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var all = new Option<bool>("--all") { Description = "Check the whole tree, not only the change." };
        var baseRef = new Option<string?>("--base") { Description = "Check what changed since the merge base with REF (committed, staged, unstaged and untracked).", HelpName = "REF" };
        var staged = new Option<bool>("--staged") { Description = "Check the staged changes only (for pre-commit hooks)." };
        var format = new Option<string>("--format") { Description = "Report format: " + string.Join(", ", ReportWriters.FormatNames) + ".", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportWriters.FormatNames]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE instead of standard output.", HelpName = "FILE" };
        var failOn = new Option<string?>("--fail-on") { Description = "The lowest severity that fails the gate: error, warning or info (default: the configuration's, else warning).", HelpName = "SEVERITY" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var noNewSuppressions = new Option<bool>("--no-new-suppressions") { Description = "Fail the gate when the change adds '# noqa' suppressions." };
        var plan = new Option<string?>("--plan") { Description = "Read the architecture plan from FILE ('-' for standard input).", HelpName = "FILE" };
        var config = new Option<string?>("--config") { Description = "Use this configuration file instead of searching for prodready.toml or pyproject.toml.", HelpName = "FILE" };

        var runTools = new Option<string?>("--run-tools")
        {
            Description = "Also run pytest, mypy and flake8 in the project's environment (or only those named, as --run-tools=pytest,mypy).",
            HelpName = "TOOLS",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var baseline = new Option<string?>("--baseline") { Description = "Hide the findings recorded in FILE (default: the configuration's `baseline`).", HelpName = "FILE" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record today's findings in FILE (with --all), so that they are hidden from now on.", HelpName = "FILE" };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Remove the baseline entries that no longer match a finding (with --all); the baseline only shrinks." };
        var select = new Option<string[]>("--select") { Description = "Run only these rule codes or prefixes (comma-separated), replacing the configured selection.", HelpName = "CODES", AllowMultipleArgumentsPerToken = false };
        var ignore = new Option<string[]>("--ignore") { Description = "Do not run these rule codes or prefixes (comma-separated), on top of the configuration.", HelpName = "CODES" };
        var extendSelect = new Option<string[]>("--extend-select") { Description = "Also run these rule codes or prefixes (comma-separated), on top of the configuration.", HelpName = "CODES" };
        var statistics = new Option<bool>("--statistics") { Description = "Print a count per rule instead of the findings (text or json)." };
        var exitZero = new Option<bool>("--exit-zero") { Description = "Exit 0 even when the gate fails (the report still says so)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print the findings alone: no checklist, notes or progress, and nothing when the gate passes." };

        var command = new Command("check", "Check a change (or the whole tree) and print the validation checklist.")
        {
            paths, all, baseRef, staged, format, output, failOn, noNewSuppressions, plan, config,
            runTools, baseline, writeBaseline, updateBaseline, select, ignore, extendSelect, statistics, exitZero, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var modes = (parse.GetValue(all) ? 1 : 0) + (parse.GetValue(baseRef) is null ? 0 : 1) + (parse.GetValue(staged) ? 1 : 0);
            if (modes > 1)
            {
                throw new UsageException("--all, --base and --staged choose the scope: give at most one of them");
            }

            var mode = parse.GetValue(all) ? ChangeScopeMode.All
                : parse.GetValue(baseRef) is not null ? ChangeScopeMode.Base
                : parse.GetValue(staged) ? ChangeScopeMode.Staged
                : ChangeScopeMode.Default;
            if (!ReportWriters.TryParseFormat(parse.GetValue(format), out var reportFormat))
            {
                throw new UsageException($"unknown format '{parse.GetValue(format)}'");
            }

            var (toolList, toolPath) = parse.GetResult(runTools) is null ? (null, null) : ReadRunTools(parse.GetValue(runTools), context);
            var options = new CheckOptions(
                mode,
                parse.GetValue(baseRef),
                toolPath is null ? parse.GetValue(paths) ?? [] : [toolPath, .. parse.GetValue(paths) ?? []],
                reportFormat,
                parse.GetValue(output),
                ParseSeverity(parse.GetValue(failOn)),
                parse.GetValue(noNewSuppressions),
                parse.GetValue(plan),
                parse.GetValue(config))
            {
                Adoption = new AdoptionOptions(
                    toolList is null ? null : SelectionOverrides.Split([toolList]),
                    parse.GetValue(baseline),
                    parse.GetValue(writeBaseline),
                    parse.GetValue(updateBaseline),
                    new SelectionOverrides(
                        parse.GetResult(select) is null ? null : SelectionOverrides.Split(parse.GetValue(select)),
                        SelectionOverrides.Split(parse.GetValue(ignore)),
                        SelectionOverrides.Split(parse.GetValue(extendSelect))))
                {
                    Statistics = parse.GetValue(statistics),
                    ExitZero = parse.GetValue(exitZero),
                    Quiet = parse.GetValue(quiet),
                },
            };
            if (options.Adoption.Statistics && options.Format is not (ReportFormat.Text or ReportFormat.Json))
            {
                throw new UsageException("--statistics prints text or json: use --format text or --format json");
            }

            return await RunAsync(context, options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs the gate with <paramref name="options"/>, writes the report, and returns the exit code.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <param name="options">The validated options.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns><see cref="ExitCodes.Success"/> when the gate passes, else <see cref="ExitCodes.Failure"/>.</returns>
    public static async Task<int> RunAsync(CliContext context, CheckOptions options, CancellationToken cancellationToken)
    {
        var showProgress = context.IsErrorTerminal && options.Format == ReportFormat.Text && !options.Adoption.Quiet;
        using var progress = showProgress ? new PhaseProgress(context.Error) : null;
        var runner = new GateRunner(context, new GitCommandLineClient(environment: context.GitEnvironment), progress);
        var report = await runner.RunAsync(options, cancellationToken).ConfigureAwait(false);
        progress?.Dispose();

        var toTerminal = options.OutputPath is null && context.IsOutputTerminal;
        var writerOptions = new ReportWriterOptions(UseColor: ReportWriterOptions.ShouldUseColor(toTerminal, context.Environment));
        // The report is written straight to its destination: a report of a large tree (tens of megabytes) is never held
        // as one string.
        Action<TextWriter> write = options.Adoption switch
        {
            { Statistics: true } when options.Format == ReportFormat.Json => output => output.Write(RuleStatistics.RenderJson(report)),
            { Statistics: true } => output => output.Write(RuleStatistics.RenderText(report)),
            { Quiet: true } when options.Format == ReportFormat.Text => output => output.Write(RuleStatistics.RenderFindingsOnly(report)),
            _ => output => ReportWriters.Create(options.Format, writerOptions).Write(report, output),
        };
        if (options.OutputPath is { } outputPath)
        {
            await WriteAtomicallyAsync(context.ResolvePath(outputPath), write, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            write(context.Output);
            await context.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return report.Verdict == GateVerdict.Passed || options.Adoption.ExitZero ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static Severity? ParseSeverity(string? value) => value switch
    {
        null => null,
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => throw new UsageException($"unknown severity '{value}': use error, warning or info"),
    };

    /// <summary>
    /// Tells whether a report path is a device (<c>/dev/null</c>, <c>/dev/stdout</c>, <c>/dev/fd/N</c>): written in place,
    /// since renaming a temporary file over it would replace the device with a regular file.
    /// </summary>
    /// <param name="path">The full output path.</param>
    /// <returns><see langword="true"/> for a path in the device namespace.</returns>
    internal static bool IsDevicePath(string path) =>
        !OperatingSystem.IsWindows() && path.StartsWith("/dev/", StringComparison.Ordinal);

    private static async Task WriteAtomicallyAsync(string path, Action<TextWriter> write, CancellationToken cancellationToken)
    {
        if (IsDevicePath(path))
        {
            try
            {
                await WriteFileAsync(path, write, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write the report to {path}: {e.Message}", e);
            }
        }

        var directory = Path.GetDirectoryName(path) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            await WriteFileAsync(temporary, write, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException($"cannot write the report to {path}: {e.Message}", e);
        }
    }

    /// <summary>Writes a report into a file (created or truncated) as UTF-8 without a byte-order mark.</summary>
    private static async Task WriteFileAsync(string path, Action<TextWriter> write, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 64 * 1024) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            write(writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
